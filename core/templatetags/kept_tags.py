"""`{% kept "name" part … %} … {% endkept %}`: a piece of a page rendered once
for every reader of the site and language, and kept as a fragment
(core/fragments.py) until the site publishes again.

For listings that gather other pages (the teasers of a field of action, the
events of a page of the event index) and the bodies of the pages built from
many blocks (a concept edition's structure and progress, an event, a press
release): the same for everyone, costly to render, and changed only by
publishing. Previews, and pages under a view restriction, render it afresh.
What is inside must not depend on the reader (no form, no CSRF token, no
nonce) nor on the time of day beyond what a purge interval allows
(PAGE_CACHE_TIMEOUT).
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.cache import site_id_for
from core.fragments import fragment
from core.visibility import restriction_free

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False) or _restricted(context):
            return self.nodelist.render(context)
        parts = tuple(str(part.resolve(context)) for part in self.parts)
        html = fragment(
            request,
            site_id_for(request),
            "kept:" + str(self.name.resolve(context)),
            (*parts, get_language()),
            lambda: str(self.nodelist.render(context)),
        )
        return mark_safe(html)  # noqa: S308 (rendered by this template, escaped there)


def _restricted(context):
    """A page under a view restriction: its parts are rendered for each reader
    who passed it, never kept where the next anonymous reader's page is made."""
    from wagtail.models import Page

    page = context.get("page")
    return isinstance(page, Page) and not restriction_free(page)


@register.tag
def kept(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% kept %} needs a name")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(
        parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]], nodelist
    )
