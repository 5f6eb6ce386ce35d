"""What an edition page shows about its consultations."""

from collections import Counter, defaultdict

from django import template
from django.db.models import Q

from consultation.models import Comment, Consultation
from consultation.sections import flatten, section_tree

register = template.Library()


@register.simple_tag
def edition_consultations(page):
    """For an edition: the published reports that belong to it, each with its
    comments counted per section of the consulted draft and by decision; and
    the consultations held on it as a draft.

    Returns {"reports": [...], "drafts": [...]}."""
    if page is None or not getattr(page, "pk", None):
        return {"reports": [], "drafts": []}
    reports = []
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
    for consultation in published:
        comments = consultation.comments.section_comments().exclude(status=Comment.Status.HIDDEN)
        per_section = defaultdict(Counter)
        for key, decision in comments.values_list("section_key", "decision"):
            per_section[key]["total"] += 1
            per_section[key][decision or "open"] += 1
        rows = []
        for section in flatten(section_tree(consultation.draft)):
            counts = per_section.get(section.key)
            if counts:
                rows.append({"section": section, "counts": counts})
        reports.append(
            {
                "consultation": consultation,
                "rows": rows,
                "total": sum(c["total"] for c in per_section.values()),
                "statements": consultation.comments.statements().count(),
            }
        )
    drafts = [c for c in related if c.page_id == page.pk and c.result_page_id != page.pk]
    return {"reports": reports, "drafts": drafts}
