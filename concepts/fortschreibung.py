""" "Fortschreibung anlegen": the next edition of an adopted concept, as a draft.

The structure is copied with its block ids, the carried identity by which the
comparison (concepts/comparison/) recognises every field of action, goal and
measure in the new edition, even one that moved to another goal.
"""

import copy

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from .models import ConceptEditionPage


def may_continue(user, edition):
    """Whether `user` may create the Fortschreibung of `edition`."""
    if edition.status != ConceptEditionPage.Status.ADOPTED or not edition.live:
        return False
    if edition.locale_id != Locale.get_default().pk:
        return False  # translations follow the German edition
    return edition.get_parent().permissions_for_user(user).can_add_subpage()


@transaction.atomic
def create_fortschreibung(edition, user):
    """The next edition as a draft below the same section, "in Erarbeitung",
    with the predecessor set and the structure copied with its identities."""
    parent = edition.get_parent()
    year = max(timezone.localdate().year, edition.year + 1)
    draft = ConceptEditionPage(
        title=f"Integrationskonzept – Fortschreibung {year} (Entwurf)",
        slug=find_available_slug(parent, f"fortschreibung-{year}"),
        year=year,
        status=ConceptEditionPage.Status.IN_PREPARATION,
        predecessor=edition,
        lead_office=edition.lead_office,
        commissioned_institute=edition.commissioned_institute,
        mission_statement=edition.mission_statement,
        guiding_goals=edition.guiding_goals,
        structure=copy.deepcopy(list(edition.structure.raw_data)),
        locale=edition.locale,
        live=False,
        owner=user,
    )
    parent.add_child(instance=draft)
    draft.save_revision(user=user, log_action=True)
    return draft


def fortschreibung_view(request, page_id):
    edition = get_object_or_404(ConceptEditionPage, pk=page_id)
    if not may_continue(request.user, edition):
        raise PermissionDenied
    if request.method == "POST":
        draft = create_fortschreibung(edition, request.user)
        messages.success(
            request,
            _("Die Fortschreibung „%(title)s“ ist als Entwurf angelegt.") % {"title": draft.title},
        )
        return redirect("wagtailadmin_pages:edit", draft.pk)
    return TemplateResponse(
        request,
        "concepts/admin/fortschreibung.html",
        {
            "page": edition,
            "header_title": _("Fortschreibung anlegen"),
            "page_title": _("Fortschreibung anlegen"),
            "header_icon": "doc-full-inverse",
            "breadcrumbs_items": [],
        },
    )


class FortschreibungButton(PageMenuItem):
    label = gettext_lazy("Fortschreibung anlegen")
    icon_name = "copy"
    priority = 35

    @property
    def url(self):
        return reverse("concepts_fortschreibung", args=[self.page.pk])


def header_buttons(page, user, view_name=None, next_url=None):
    specific = page.specific_deferred if page else None
    if isinstance(specific, ConceptEditionPage) and may_continue(user, specific):
        return [FortschreibungButton(page=page)]
    return []
