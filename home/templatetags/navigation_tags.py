"""Template tags for the site chrome: main menu, footer links, breadcrumbs,
pagination, plus a small ``capture`` helper used by ``base.html``.

All tags render nothing when there is no request, no matching Wagtail site or
no page, so they are safe on non-page views (search, 404) as well.
"""

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.safestring import mark_safe

from core.cache import site_id_for
from core.fragments import fragment

register = template.Library()

# Page types linked in the footer (app_label, model_name). Looked up lazily at
# call time so this module imports even before the models exist.
FOOTER_PAGE_MODELS = (
    ("home", "LegalPage"),
    ("home", "AccessibilityStatementPage"),
    ("home", "EasyLanguagePage"),
    ("home", "SignLanguagePage"),
)
# Linked in the header of every page, in every language (BITV 2.0 § 4).
HEADER_PAGE_MODELS = (("home", "EasyLanguagePage"), ("home", "SignLanguagePage"))


def _current_page(context):
    """The Wagtail page in the context, or None (e.g. a paginator ``page``)."""
    from wagtail.models import Page

    page = context.get("page")
    return page if isinstance(page, Page) else None


def _site_root(context):
    """Root page of the current site, in the language of the current page.

    Cached on the request so menu, footer and breadcrumbs share the lookups.
    """
    from wagtail.models import Page, Site

    request = context.get("request")
    if request is None:
        return None
    if hasattr(request, "_weltoffen_site_root"):
        return request._weltoffen_site_root

    page = _current_page(context)

    def build():
        root = None
        site = Site.find_for_request(request)
        if site is not None:
            root = site.root_page
            if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
                if page is None:
                    root = root.localized
                elif page.locale_id != root.locale_id:
                    root = (
                        Page.objects.filter(
                            translation_key=root.translation_key,
                            locale_id=page.locale_id,
                        ).first()
                        or root
                    )
        return root

    language = page.locale_id if page is not None else translation.get_language()
    root = fragment(request, site_id_for(request), "root", (language,), build)
    request._weltoffen_site_root = root
    return root


@register.simple_tag(takes_context=True)
def site_root_url(context):
    """URL of the current site's home page (language-aware), "/" as fallback."""
    root = _site_root(context)
    url = root.get_url(context.get("request")) if root is not None else None
    return url or "/"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Live, public, ``show_in_menus`` children of the site root.

    ``aria-current`` is "page" for the current page and "true" for the section
    the current page lives in. Costs the ``public()`` restriction lookup plus
    one query for the items.
    """
    request = context.get("request")
    root = _site_root(context)
    # The page goes along for the language switcher inside the menu.
    page = context.get("page")
    if root is None:
        return {"items": [], "request": request, "page": page}

    def build():
        children = root.get_children().live().public().in_menu()
        return [(child.pk, child.path, child.title, child.get_url(request)) for child in children]

    current = _current_page(context)
    items = []
    for pk, path, title, url in fragment(request, site_id_for(request), "menu", (root.pk,), build):
        state = None
        if current is not None:
            if pk == current.pk:
                state = "page"
            elif current.path.startswith(path):
                state = "true"
        items.append({"title": title, "url": url, "current": state})
    return {"items": items, "request": request, "page": page}


def _footer_content_types():
    models = []
    for app_label, model_name in FOOTER_PAGE_MODELS:
        try:
            models.append(apps.get_model(app_label, model_name))
        except LookupError:
            continue
    if not models:
        return []
    # get_for_models() is served from ContentType's cache after the first call.
    return list(ContentType.objects.get_for_models(*models).values())


def _legal_items(context):
    """The footer's links for the current site root (the same for every reader,
    from the fragment cache), once per request: the header's links to Leichte
    Sprache and Gebärdensprache read the same list."""
    request = context.get("request")
    cached = getattr(request, "_weltoffen_legal_items", None) if request else None
    if cached is not None:
        return cached
    root = _site_root(context)
    content_types = _footer_content_types() if root is not None else []
    items = []
    if content_types:
        items = fragment(
            request,
            site_id_for(request),
            "footer",
            (root.pk,),
            lambda: _footer_items(request, root),
        )
    if request is not None:
        request._weltoffen_legal_items = items
    return items


@register.inclusion_tag("includes/accessibility_links.html", takes_context=True)
def accessibility_links(context):
    """ "Leichte Sprache" and "Gebärdensprache" in the header: the German
    Leichte Sprache page and the DGS page of the current municipality."""
    request = context.get("request")
    wanted = {}
    for app_label, model_name in HEADER_PAGE_MODELS:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        wanted[ContentType.objects.get_for_model(model).pk] = model_name
    links = {}
    for item in _legal_items(context):
        kind = wanted.get(item["content_type_id"])
        if kind and kind not in links:
            links[kind] = item["german_url"]
    current = _current_page(context)
    return {
        "easy_language_url": links.get("EasyLanguagePage"),
        "sign_language_url": links.get("SignLanguagePage"),
        "current_url": current.get_url(request) if current is not None else None,
    }


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """Legal notice, accessibility statement, easy language etc.: live, public
    descendants of the site root of the configured types, ordered by path.
    A fixed number of queries, whatever the number of links."""
    request = context.get("request")
    current = _current_page(context)
    items = [
        {**item, "current": "page" if current is not None and item["pk"] == current.pk else None}
        for item in _legal_items(context)
    ]
    return {"items": items, "request": request}


def _footer_items(request, root):
    """The footer's links for a site root, the same for every reader."""
    from wagtail.models import Page

    content_types = _footer_content_types()
    # The legal pages are the German originals' set; a translated tree shows a
    # translation where there is one and links the German original otherwise.
    original_root = root
    if root.locale.language_code != settings.LANGUAGE_CODE:
        original_root = (
            Page.objects.filter(
                translation_key=root.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            or root
        )
    pages = (
        Page.objects.descendant_of(original_root)
        .live()
        .public()
        .filter(content_type__in=content_types)
        .order_by("path")
    )
    translated = {}
    if original_root.pk != root.pk:
        translated = {
            p.translation_key: p
            for p in Page.objects.descendant_of(root)
            .live()
            .public()
            .filter(translation_key__in=[p.translation_key for p in pages])
        }
    items = []
    for page in pages:
        shown = translated.get(page.translation_key, page)
        items.append(
            {
                "title": shown.title,
                "url": shown.get_url(request),
                "pk": shown.pk,
                "content_type_id": page.content_type_id,
                "german_url": page.get_url(request),
                "lang": settings.LANGUAGE_CODE if shown.locale_id != root.locale_id else None,
            }
        )
    return items


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Ancestors from the site root down to the parent, then the current page.
    Renders nothing on the site root itself or without a page."""
    from wagtail.models import Page

    request = context.get("request")
    page = _current_page(context)
    root = _site_root(context)
    if page is None or root is None or page.depth <= root.depth:
        return {"items": [], "request": request}

    def build():
        if page.path.startswith(root.path):
            ancestors = Page.objects.ancestor_of(page).filter(depth__gte=root.depth)
        else:  # page outside the current site's tree: everything below the tree root
            ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1)
        return [{"title": a.title, "url": a.get_url(request)} for a in ancestors]

    crumbs = fragment(request, site_id_for(request), "crumbs", (page.pk, root.pk), build)
    items = list(crumbs)
    items.append({"title": page.title, "url": None})
    return {"items": items, "request": request}


@register.inclusion_tag("includes/pagination.html", takes_context=True)
def pagination(context, page_obj, on_each_side=1, on_ends=1):
    """``{% pagination page_obj %}`` for a Django paginator page; keeps the
    other GET parameters (filters) and elides long page ranges."""
    page_range = []
    # Never `if page_obj`: a page's truth is its length, which reads its rows
    # even where the list itself is kept ({% kept %}).
    if page_obj is not None and page_obj.paginator.num_pages > 1:
        page_range = list(
            page_obj.paginator.get_elided_page_range(
                page_obj.number, on_each_side=on_each_side, on_ends=on_ends
            )
        )
    return {
        "page_obj": page_obj,
        "page_range": page_range,
        "ellipsis": getattr(page_obj.paginator, "ELLIPSIS", "…") if page_obj is not None else "…",
        "request": context.get("request"),
    }


class CaptureNode(template.Node):
    def __init__(self, nodelist, varname):
        self.nodelist = nodelist
        self.varname = varname

    def render(self, context):
        # Output is already escaped by the template engine.
        context[self.varname] = mark_safe(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}`` renders its content once and
    stores it (stripped) in ``name``. ``base.html`` wraps overridable blocks
    in it so e.g. the title block feeds both <title> and og:title."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.simple_tag(takes_context=True)
def field_of_action_url(context, field):
    """URL of the current municipality's page for one field of action."""
    root = _site_root(context)
    if root is None:
        return ""
    root = root.specific
    base = root.get_url(context.get("request")) or "/"
    return base + root.reverse_subpage("field_of_action", kwargs={"slug": field.slug})
