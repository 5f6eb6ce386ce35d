"""The consultation's side of comparing editions: the answers behind changes
and "Was ändert der Entwurf?".

A published Abwägung records, for comments taken on (fully or in part), which
section of the adopted edition changed. The comparison page of that edition
shows each such change with the comment's number and decision and a link to
its row; the row links back (templates/consultation/report.html). Handed to
the concepts app through the hook `weltoffen_comparison_answers`, because the
consultation stands above the concepts in the layers.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from concepts.comparison.results import cached_comparison
from concepts.comparison.views import answers_for
from concepts.models import ConceptEditionPage

from . import permissions
from .models import Comment
from .views.public import _base_context, _consultation, _gate, _login_redirect

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


def edition_in_force(draft, site):
    """The edition the draft would replace: its predecessor when that is the
    live adopted edition, else the municipality's current one."""
    predecessor = draft.predecessor_id and (
        ConceptEditionPage.objects.visible().filter(pk=draft.predecessor_id).first()
    )
    if predecessor:
        return predecessor
    return ConceptEditionPage.objects.current_under(site.root_page)


def what_changes(request, pk):
    """ "Was ändert der Entwurf?": the frozen draft revision compared with the
    edition in force, for exactly those who may read the consultation."""
    consultation = _consultation(request, pk)
    denied = _gate(request, consultation)
    if denied:
        return denied
    if not permissions.can_read(request.user, consultation, timezone.now()):
        if not request.user.is_authenticated:
            return _login_redirect(request)
        raise Http404
    draft = consultation.draft
    older = edition_in_force(draft, consultation.site)
    if older is None:
        raise Http404
    comparison = cached_comparison(older, draft, older.live_revision_id, consultation.revision_id)
    changes = [*comparison.texts, *comparison.changes()]
    answers = answers_for(draft, [change.key for change in changes])
    for change in changes:
        change.answers = answers.get(change.key, [])
    context = _base_context(request, consultation)
    comment_base = None
    if context["can_comment"]:
        comment_base = reverse("consultation:comment", kwargs={"pk": pk, "key": "KEY"})[:-4]
    context.update(older=older, newer=draft, comparison=comparison, comment_base=comment_base)
    return TemplateResponse(request, "consultation/what_changes.html", context)
