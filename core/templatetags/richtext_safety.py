"""Rich text is sanitised when it is rendered, not only when an editor saves it.

Wagtail renders every rich text value (RichTextField through ``|richtext``,
RichTextBlock through ``RichText.__html__``) with the template
``wagtailcore/shared/richtext.html``; this app overrides that template so the
HTML passes through :func:`sanitize_richtext` after Wagtail has expanded its
internal links. Content that reached the database without Draftail's
whitelist (import scripts, the shell, a migration) therefore cannot bring
script, event handlers, ``javascript:`` links or inline styles onto the site.
"""

import nh3
from django import template
from django.utils.safestring import mark_safe

register = template.Library()

# What Draftail can produce with the features this project enables (see
# WAGTAILADMIN_RICH_TEXT_EDITORS), plus the harmless rest of Wagtail's defaults
# (images, quotes, code) so content from other editor set-ups still shows.
ALLOWED_TAGS = {
    "p", "br", "hr",
    "h2", "h3", "h4", "h5", "h6",
    "b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "blockquote",
    "ul", "ol", "li",
    "a", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"class", "data-block-key", "lang", "dir"},
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "reversed"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_richtext_html(html):
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


@register.filter(is_safe=True)
def sanitize_richtext(html):
    return mark_safe(clean_richtext_html(str(html)))  # noqa: S308 - sanitised just above
