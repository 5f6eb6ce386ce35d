"""What an edition page shows about its consultations."""

from collections import Counter, defaultdict

from django import template
from django.db.models import Q
from django.utils.translation import get_language

from consultation.models import Comment, Consultation
from consultation.sections import flatten, section_tree
from core.cache import site_id_for
from core.fragments import fragment

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_consultations(context, page):
    """For an edition: the published reports that belong to it, each with its
    comments counted per section of the consulted draft and by decision; and
    the consultations held on it as a draft.

    The same for every reader of the edition: kept as a fragment, purged with
    the site's pages and whenever one of its consultations or the comments of
    a published report change (consultation/apps.py).

    Returns {"reports": [...], "drafts": [...]}, as plain values."""
    if page is None or not getattr(page, "pk", None):
        return {"reports": [], "drafts": []}
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return summary(page)
    return fragment(
        request, site_id_for(request), "consultations", (page.pk, get_language()),
        lambda: summary(page),
    )  # fmt: skip


def summary(page):
    # One query for both lists: the reports whose result is this edition and
    # the consultations held on it as a draft.
    related = list(
        Consultation.objects.filter(
            Q(result_page=page, report_published_at__isnull=False) | Q(page=page)
        )
        .select_related("revision")
        .order_by("-starts_at", "pk")
    )
    published = [
        c for c in related if c.result_page_id == page.pk and c.report_published_at is not None
    ]
    reports = [report_of(consultation) for consultation in published]
    drafts = [
        {"pk": c.pk, "title": c.title, "report_published": c.report_published}
        for c in related
        if c.page_id == page.pk and c.result_page_id != page.pk
    ]
    return {"reports": reports, "drafts": drafts}


def report_of(consultation):
    """A published report's counts: per section of the consulted draft (in the
    draft's order) and by decision, and whether the board gave a statement."""
    comments = consultation.comments.section_comments().exclude(status=Comment.Status.HIDDEN)
    per_section = defaultdict(Counter)
    for key, decision in comments.values_list("section_key", "decision"):
        per_section[key]["total"] += 1
        per_section[key][decision or "open"] += 1
    rows = [
        {"label": str(section.label), "counts": dict(per_section[section.key])}
        for section in flatten(section_tree(consultation.draft))
        if section.key in per_section
    ]
    return {
        "pk": consultation.pk,
        "starts_at": consultation.starts_at,
        "ends_at": consultation.ends_at,
        "rows": rows,
        "total": sum(c["total"] for c in per_section.values()),
        "statements": consultation.comments.statements().count(),
    }
