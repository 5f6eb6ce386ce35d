"""Which municipality's objects a user may see in the admin (tenant isolation).

One installation serves several municipalities; each is a Wagtail site whose
groups are recorded in MunicipalityGroup (home/roles.py). A member of any of
those groups may see the objects of their own municipalities and what belongs
to none (the shared directory, images in the root collection) — never the
pages, images, documents or feedback of another municipality, not even their
titles. Superusers see everything.

Everything the admin hooks, the page permission policy, the bulk actions, the
admin API and the guard in front of the admin views ask goes through the
functions here:

* ``own_sites`` / ``foreign_sites``: the sites the user belongs to or not;
* ``visible_pages`` / ``visible_collection_items`` / ``visible_owned``:
  a queryset narrowed to what the user may see;
* ``may_see``: the same question for one object.
"""

from django.db.models import Q
from wagtail.models import Collection, Page, Site

from .models import MunicipalityGroup

_CACHE = "_weltoffen_tenancy"


def unrestricted(user):
    return user.is_active and user.is_superuser


def _scope(user):
    """(own site ids, own root paths, foreign root paths, foreign collection paths),
    kept on the user object for the request (like Wagtail's permission caches)."""
    cached = getattr(user, _CACHE, None)
    if cached is not None:
        return cached
    own = set(
        MunicipalityGroup.objects.filter(group__in=user.groups.all()).values_list(
            "site_id", flat=True
        )
    )
    roots = dict(Site.objects.values_list("pk", "root_page__path"))
    own_roots = [path for pk, path in roots.items() if pk in own]
    foreign_roots = [
        path
        for pk, path in roots.items()
        if pk not in own and not any(path.startswith(mine) for mine in own_roots)
    ]
    owners = {}
    for site_id, path in Collection.objects.filter(
        group_permissions__group__municipality_role__isnull=False
    ).values_list("group_permissions__group__municipality_role__site", "path"):
        owners.setdefault(path, set()).add(site_id)
    foreign_collections = [path for path, sites in owners.items() if not sites & own]
    cached = (own, own_roots, foreign_roots, foreign_collections)
    setattr(user, _CACHE, cached)
    return cached


def own_sites(user):
    if unrestricted(user):
        return Site.objects.all()
    return Site.objects.filter(pk__in=_scope(user)[0])


def _below(paths, field="path"):
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(**{f"{field}__startswith": path})
    return condition


def page_condition(user, field="path"):
    """A Q for pages (through `field`, a page path) the user may see; None: all."""
    if unrestricted(user):
        return None
    _own, _own_roots, foreign_roots, _collections = _scope(user)
    return ~_below(foreign_roots, field)


def visible_pages(user, pages, field="path"):
    condition = page_condition(user, field)
    return pages if condition is None else pages.filter(condition)


def visible_collection_items(user, items):
    """Images or documents outside the collections of other municipalities."""
    if unrestricted(user):
        return items
    foreign = _scope(user)[3]
    return items.exclude(_below(foreign, "collection__path"))


# Snippets that belong to a municipality through a page: model -> path to the page.
OWNED_THROUGH_PAGE = {"home.accessibilityfeedback": "page"}
# Snippets that belong to a municipality through its site: model -> the site field.
OWNED_THROUGH_SITE = {"home.signlanguagevideo": "site"}
OWNED = {**OWNED_THROUGH_PAGE, **OWNED_THROUGH_SITE}


def owner_path(model):
    return OWNED_THROUGH_PAGE.get(model._meta.label_lower)


def visible_owned(user, queryset):
    """Any queryset narrowed to what the user may see (pages, media, owned snippets)."""
    model = queryset.model
    if issubclass(model, Page):
        return visible_pages(user, queryset)
    if _is_collection_member(model):
        return visible_collection_items(user, queryset)
    through = owner_path(model)
    if through:
        return visible_pages(user, queryset, field=f"{through}__path")
    site_field = OWNED_THROUGH_SITE.get(model._meta.label_lower)
    if site_field and not unrestricted(user):
        return queryset.filter(**{f"{site_field}__in": _scope(user)[0]})
    return queryset


def _is_collection_member(model):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return issubclass(model, (get_image_model(), get_document_model()))


def may_see(user, obj):
    if obj is None or unrestricted(user):
        return True
    manager = type(obj)._default_manager
    return visible_owned(user, manager.filter(pk=obj.pk)).exists()
