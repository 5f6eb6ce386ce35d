"""The consultation's side of comparing editions: the answers behind changes.

A published Abwägung records, for comments taken on (fully or in part), which
section of the adopted edition changed. The comparison page of that edition
shows each such change with the comment's number and decision and a link to
its row; the row links back (templates/consultation/report.html). Handed to
the concepts app through the hook `weltoffen_comparison_answers`, because the
consultation stands above the concepts in the layers.
"""

from django.urls import reverse

from .models import Comment

TAKEN_ON = (Comment.Decision.ADOPTED, Comment.Decision.PARTLY)


def answers_behind(newer, keys):
    """{section key of `newer`: [{"number", "decision", "url"}, …]} from the
    published reports of consultations that led to `newer` (in any language)."""
    comments = (
        Comment.objects.filter(
            consultation__result_page__translation_key=newer.translation_key,
            consultation__report_published_at__isnull=False,
            decision__in=TAKEN_ON,
            changed_section_key__in=list(keys),
        )
        .only("pk", "receipt", "decision", "changed_section_key", "consultation_id")
        .order_by("created_at", "pk")
    )
    answers = {}
    for comment in comments:
        url = reverse("consultation:report", kwargs={"pk": comment.consultation_id})
        answers.setdefault(comment.changed_section_key, []).append(
            {
                "number": comment.receipt,
                "decision": comment.get_decision_display(),
                "url": f"{url}#abwaegung-{comment.pk}",
            }
        )
    return answers
