"""The admin of comments (hide with a reason, highlight, record the decision)
and of the reports readers send about them."""

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .. import permissions
from ..models import Comment, CommentReport, Consultation
from ..sections import flatten, section_tree
from .policies import ScopedViewSetMixin, comment_policy, report_policy


def section_choices(consultation):
    target = consultation.result_page or consultation.draft
    return [("", "–")] + [(s.key, s.label) for s in flatten(section_tree(target))]


class CommentAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "changed_section_key" in self.fields:
            self.fields["changed_section_key"] = forms.ChoiceField(
                label=self.fields["changed_section_key"].label,
                choices=section_choices(self.instance.consultation),
                required=False,
                help_text=_("Der Abschnitt der beschlossenen Ausgabe, der sich geändert hat."),
            )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("status") == Comment.Status.HIDDEN
            and not (cleaned.get("hidden_reason") or "").strip()
        ):
            self.add_error(
                "hidden_reason",
                _("Bitte nennen Sie den Grund; er wird anstelle des Kommentars angezeigt."),
            )
        decision = cleaned.get("decision")
        unjustified = not (cleaned.get("justification") or "").strip()
        if decision and decision != Comment.Decision.NOTED and unjustified:
            self.add_error("justification", _("Bitte begründen Sie die Entscheidung."))
        return cleaned

    def save(self, commit=True):
        comment = super().save(commit=False)
        now = timezone.now()
        if {"status", "hidden_reason", "highlighted"} & set(self.changed_data):
            comment.moderated_at, comment.moderated_by = now, self.for_user
        if {"decision", "justification", "changed_section_key"} & set(self.changed_data):
            comment.answered_at, comment.answered_by = now, self.for_user
        if commit:
            comment.save()
        return comment


class CommentFilterSet(WagtailFilterSet):
    consultation = django_filters.ModelChoiceFilter(
        label=_("Beteiligung"),
        queryset=lambda request: Consultation.objects.filter(
            site__in=permissions.sites_moderated_by(request.user)
        ),
    )
    reported = django_filters.BooleanFilter(
        label=_("Gemeldet"), method="filter_reported", widget=forms.NullBooleanSelect
    )

    class Meta:
        model = Comment
        fields = ["consultation", "kind", "status", "category", "decision", "highlighted"]

    def filter_reported(self, queryset, name, value):
        if value is None:
            return queryset
        open_reports = Q(reports__resolved=False)
        with_reports = queryset.filter(open_reports).values("pk")
        return (
            queryset.filter(pk__in=with_reports) if value else queryset.exclude(pk__in=with_reports)
        )


class CommentViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Comment
    name = "consultation_comments"
    policy = comment_policy
    icon = "comment"
    menu_label = _("Kommentare")
    url_prefix = "beteiligungen/kommentare"
    copy_view_enabled = False
    filterset_class = CommentFilterSet
    search_fields = ["text", "receipt", "author_name"]
    list_display = [
        "receipt",
        "section_label",
        "category",
        "status",
        "highlighted",
        "decision",
        Column("open_reports", label=_("Offene Meldungen"), accessor="open_reports"),
        "created_at",
    ]
    ordering = ["-created_at"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("consultation", read_only=True),
                    FieldPanel("kind", read_only=True),
                    FieldPanel("section_label", read_only=True),
                    FieldPanel("category", read_only=True),
                    FieldPanel("author_name", read_only=True),
                    FieldPanel("as_board", read_only=True),
                    FieldPanel("language", read_only=True),
                    FieldPanel("text", read_only=True),
                    FieldPanel("created_at", read_only=True),
                ],
                heading=_("Beitrag"),
            ),
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("hidden_reason"), FieldPanel("highlighted")],
                heading=_("Moderation"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("decision"),
                    FieldPanel("justification"),
                    FieldPanel("changed_section_key"),
                ],
                heading=_("Abwägung"),
            ),
        ],
        base_form_class=CommentAdminForm,
    )

    @property
    def index_view_class(self):
        base = super().index_view_class

        class Index(base):
            def get_base_queryset(self):
                return (
                    super()
                    .get_base_queryset()
                    .annotate(open_reports=Count("reports", filter=Q(reports__resolved=False)))
                )

        return Index


class ReportViewSet(ScopedViewSetMixin, ModelViewSet):
    model = CommentReport
    name = "consultation_reports"
    policy = report_policy
    icon = "warning"
    menu_label = _("Meldungen")
    url_prefix = "beteiligungen/meldungen"
    copy_view_enabled = False
    list_display = ["comment", "reason", "note", "created_at", "resolved"]
    list_filter = ["resolved", "reason"]
    edit_handler = ObjectList(
        [
            FieldPanel("comment", read_only=True),
            FieldPanel("reason", read_only=True),
            FieldPanel("note", read_only=True),
            FieldPanel("resolved"),
        ]
    )
