"""The public side of a consultation: read the frozen draft, comment, report."""

from collections import Counter, defaultdict

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from home.models import MunicipalitySettings

from .. import emails, permissions
from ..export import report_csv
from ..forms import CommentForm, ReportForm, StatementForm
from ..models import Comment, CommentReport, Consultation
from ..sections import flatten, section_tree
from .common import RATE_LIMIT_MESSAGE, current_site, limit_reached

STATEMENT_KEY = "gesamt"


def _consultation(request, pk):
    consultation = get_object_or_404(
        Consultation.objects.select_related("revision", "page", "site", "result_page"),
        pk=pk,
        site=current_site(request),
    )
    return consultation


def _login_redirect(request):
    return redirect(f"{reverse('consultation:login')}?next={request.get_full_path()}")


def _gate(request, consultation):
    """None if the person may see the consultation, else the response to give.

    Outside the audience the consultation does not exist (404); an anonymous
    visitor of a board-only consultation is asked to log in instead."""
    if permissions.can_see_notice(request.user, consultation):
        return None
    if not request.user.is_authenticated:
        return _login_redirect(request)
    raise Http404


def _base_context(request, consultation):
    now = timezone.now()
    user = request.user
    return {
        "consultation": consultation,
        "phase": consultation.phase(now),
        "can_read": permissions.can_read(user, consultation, now),
        "can_comment": permissions.can_comment(user, consultation, now),
        "can_statement": permissions.can_hand_in_statement(user, consultation, now),
        "can_report": permissions.can_report(user, consultation, now),
        "can_moderate": permissions.can_moderate(user, consultation),
        "can_read_report": permissions.can_read_report(user, consultation),
        "is_blocked": permissions.is_blocked(user, consultation.site),
        "board_name": MunicipalitySettings.for_site(consultation.site).advisory_board_name,
        # Once the report is out, each comment shows its decision in its thread.
        "show_decisions": consultation.report_published,
        "robots_noindex": True,
    }


def index(request):
    """The consultations of this municipality the person may see."""
    site = current_site(request)
    visible = [
        c
        for c in Consultation.objects.filter(site=site).select_related("page", "site")
        if permissions.can_see_notice(request.user, c) or c.report_published
    ]
    return TemplateResponse(
        request,
        "consultation/index.html",
        {"consultations": visible, "robots_noindex": True},
    )


def detail(request, pk):
    consultation = _consultation(request, pk)
    denied = _gate(request, consultation)
    if denied:
        return denied
    context = _base_context(request, consultation)
    if context["can_read"]:
        tree = section_tree(consultation.draft)
        comments = list(consultation.comments.section_comments())
        threads = defaultdict(list)
        for comment in comments:
            threads[comment.section_key].append(comment)
        for section in flatten(tree):
            section.comments = threads.get(section.key, [])
            section.count = sum(1 for c in section.comments if not c.is_hidden)
        context.update(
            sections=tree,
            total=sum(1 for c in comments if not c.is_hidden),
            statements=list(consultation.comments.statements()),
        )
    return TemplateResponse(request, "consultation/detail.html", context)


def _section(consultation, key):
    for section in flatten(section_tree(consultation.draft)):
        if section.key == key:
            return section
    raise Http404


def _author_name(request, consultation, participant, as_board):
    if participant is not None:
        return str(participant.public_name)
    user = request.user
    return user.get_full_name() or user.get_username()


def _closed_response(request, consultation, context, template):
    """The form page without a form, saying why nothing can be posted."""
    context["form"] = None
    return TemplateResponse(request, template, context, status=403)


def _save_comment(request, consultation, form, **fields):
    """Creates the comment once per form token: a form sent twice (reload, back
    button, a replayed request) leads to the first comment's receipt."""
    existing = Comment.objects.filter(submission_key=form.nonce).first()
    if existing is not None:
        return existing, False
    site = consultation.site
    participant = permissions.participant_for(request.user, site)
    as_board = permissions.is_board_member(request.user, site)
    comment = Comment(
        consultation=consultation,
        author=request.user,
        participant=participant,
        as_board=as_board,
        author_name=_author_name(request, consultation, participant, as_board),
        text=form.cleaned_data["text"],
        language=form.cleaned_data["language"],
        notify=form.cleaned_data.get("notify", False),
        submission_key=form.nonce,
        **fields,
    )
    try:
        with transaction.atomic():
            comment.save()
    except IntegrityError:
        return Comment.objects.get(submission_key=form.nonce), False
    emails.send_receipt(comment)
    return comment, True


def _receipt_of_replay(consultation, form):
    """A comment form sent again (reload, back button, a replayed request) has
    its one-time key used up (core/protection.py); it leads to the receipt of
    the comment the first sending saved, as before, instead of an error."""
    if not form.replayed:
        return None
    saved = consultation.comments.filter(submission_key=form.nonce).first()
    if saved is None:
        return None
    return redirect("consultation:receipt", pk=consultation.pk, receipt=saved.receipt)


@require_http_methods(["GET", "POST"])
def comment(request, pk, key):
    consultation = _consultation(request, pk)
    denied = _gate(request, consultation)
    if denied:
        return denied
    context = _base_context(request, consultation)
    if not context["can_read"]:
        raise Http404
    section = _section(consultation, key)
    context["section"] = section
    template = "consultation/comment_form.html"
    if not context["can_comment"]:
        if request.method == "POST" or request.user.is_authenticated:
            return _closed_response(request, consultation, context, template)
        return _login_redirect(request)
    site = consultation.site
    scope = f"comment:{consultation.pk}:{section.key}"
    if request.method == "POST":
        form = CommentForm(request.POST, site=site, scope=scope)
        if limit_reached(request, "comment"):
            form.add_error(None, RATE_LIMIT_MESSAGE)
        elif form.is_valid():
            if form.is_spam:
                messages.success(request, _("Vielen Dank für Ihren Beitrag."))
                return redirect(consultation.get_absolute_url())
            saved, _created = _save_comment(
                request,
                consultation,
                form,
                kind=Comment.Kind.COMMENT,
                section_key=section.key,
                section_label=section.label,
                category=form.cleaned_data["category"],
            )
            return redirect("consultation:receipt", pk=consultation.pk, receipt=saved.receipt)
        elif replay := _receipt_of_replay(consultation, form):
            return replay
        form.fresh_token()
    else:
        from django.utils.translation import get_language

        form = CommentForm(site=site, scope=scope, initial={"language": get_language()})
    context["form"] = form
    return TemplateResponse(request, template, context)


@require_http_methods(["GET", "POST"])
def statement(request, pk):
    consultation = _consultation(request, pk)
    denied = _gate(request, consultation)
    if denied:
        return denied
    context = _base_context(request, consultation)
    template = "consultation/statement_form.html"
    context["statement_exists"] = consultation.comments.statements().exists()
    if not context["can_statement"]:
        if not request.user.is_authenticated and request.method == "GET":
            return _login_redirect(request)
        return _closed_response(request, consultation, context, template)
    site = consultation.site
    scope = f"statement:{consultation.pk}"
    if request.method == "POST":
        form = StatementForm(request.POST, site=site, scope=scope)
        if limit_reached(request, "statement"):
            form.add_error(None, RATE_LIMIT_MESSAGE)
        elif form.is_valid():
            if form.is_spam:
                return redirect(consultation.get_absolute_url())
            with transaction.atomic():
                # One Stellungnahme per board: checked again under a lock.
                Consultation.objects.select_for_update().filter(pk=consultation.pk).first()
                if consultation.comments.statements().exclude(submission_key=form.nonce).exists():
                    return _closed_response(request, consultation, context, template)
                saved, _created = _save_comment(
                    request,
                    consultation,
                    form,
                    kind=Comment.Kind.STATEMENT,
                    section_key=STATEMENT_KEY,
                    section_label=_("Gesamter Entwurf"),
                )
                saved.author_name = context["board_name"]
                saved.save(update_fields=["author_name"])
            return redirect("consultation:receipt", pk=consultation.pk, receipt=saved.receipt)
        elif replay := _receipt_of_replay(consultation, form):
            return replay
        form.fresh_token()
    else:
        from django.utils.translation import get_language

        form = StatementForm(site=site, scope=scope, initial={"language": get_language()})
    context["form"] = form
    return TemplateResponse(request, template, context)


def receipt(request, pk, receipt):
    consultation = _consultation(request, pk)
    if not request.user.is_authenticated:
        return _login_redirect(request)
    saved = get_object_or_404(Comment, consultation=consultation, receipt=receipt)
    if saved.author_id != request.user.pk and not permissions.can_moderate(
        request.user, consultation
    ):
        raise Http404
    context = _base_context(request, consultation)
    context["comment"] = saved
    return TemplateResponse(request, "consultation/receipt.html", context)


@require_http_methods(["GET", "POST"])
def report_comment(request, pk, comment_id):
    consultation = _consultation(request, pk)
    denied = _gate(request, consultation)
    if denied:
        return denied
    context = _base_context(request, consultation)
    if not context["can_report"]:
        raise Http404
    reported = get_object_or_404(
        Comment, pk=comment_id, consultation=consultation, kind=Comment.Kind.COMMENT
    )
    if reported.is_hidden:
        raise Http404
    scope = f"report:{reported.pk}"
    if request.method == "POST":
        form = ReportForm(request.POST, scope=scope)
        if limit_reached(request, "report"):
            form.add_error(None, RATE_LIMIT_MESSAGE)
        elif form.is_valid():
            if not form.is_spam:
                CommentReport.objects.create(
                    comment=reported,
                    reason=form.cleaned_data["reason"],
                    note=form.cleaned_data["note"],
                    reporter=request.user if request.user.is_authenticated else None,
                )
            messages.success(
                request,
                _("Danke für Ihren Hinweis. Die Moderation sieht sich den Kommentar an."),
            )
            return redirect(f"{consultation.get_absolute_url()}#kommentar-{reported.pk}")
        form.fresh_token()
    else:
        form = ReportForm(scope=scope)
    context.update(form=form, comment=reported)
    return TemplateResponse(request, "consultation/report_comment.html", context)


def _report_rows(consultation):
    comments = list(consultation.comments.all().select_related("participant"))
    sections = {s.key: s for s in flatten(section_tree(consultation.draft))}
    result_sections = {}
    if consultation.result_page_id:
        target = consultation.result_page
        result_sections = {s.key: s for s in flatten(section_tree(target))}
    for c in comments:
        c.section = sections.get(c.section_key)
        c.changed_section = result_sections.get(c.changed_section_key)
    return comments


def report(request, pk):
    """The Abwägungstabelle: every comment with its decision."""
    consultation = _consultation(request, pk)
    if not permissions.can_read_report(request.user, consultation):
        if not request.user.is_authenticated:
            return _login_redirect(request)
        raise Http404
    comments = _report_rows(consultation)
    decided = Counter(c.decision for c in comments if c.decision)
    context = {
        "consultation": consultation,
        "comments": comments,
        "decisions": [(label, decided.get(value, 0)) for value, label in Comment.Decision.choices],
        "open_count": sum(1 for c in comments if not c.decision),
        "can_moderate": permissions.can_moderate(request.user, consultation),
        "robots_noindex": not consultation.report_published,
    }
    return TemplateResponse(request, "consultation/report.html", context)


def report_download(request, pk):
    consultation = _consultation(request, pk)
    if not permissions.can_read_report(request.user, consultation):
        raise Http404
    content = report_csv(consultation)
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="abwaegung-beteiligung-{consultation.pk}.csv"'
    )
    return response
