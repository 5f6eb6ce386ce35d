"""The Wagtail admin of consultations, limited to the user's own municipality.

* Integrationsbüro (moderators): consultations (open one on a draft, publish
  the report), comments (hide with a reason, highlight, record the decision),
  reports of comments, participants (block);
* Administration: board accounts (create one, the invitation goes out by e-mail).

Who may do what comes from concepts.consultation.permissions; the permission
policies below only translate it for Wagtail's generic views.
"""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from concepts.models import ConceptEditionPage

from . import emails, permissions
from .export import comments_csv, comments_xlsx
from .models import Comment, CommentReport, Consultation, Participant
from .sections import flatten, section_tree

MODERATORS = "moderators"
ADMINISTRATION = "administration"
SUPERUSERS = "superusers"


def sites_for(user, who):
    if who == MODERATORS:
        return permissions.sites_moderated_by(user)
    if who == ADMINISTRATION:
        return permissions.sites_administered_by(user)
    from wagtail.models import Site

    return Site.objects.all() if user.is_superuser else Site.objects.none()


class MunicipalPolicy(BasePermissionPolicy):
    """Grants each action to roles of a municipality, for that municipality's objects."""

    def __init__(self, model, actions, site_path="site"):
        super().__init__(model)
        self.actions = actions  # action -> list of MODERATORS / ADMINISTRATION / SUPERUSERS
        self.site_path = site_path

    def _sites(self, user, action):
        from wagtail.models import Site

        if not user.is_authenticated or not user.is_active:
            return Site.objects.none()
        sites = Site.objects.none()
        for who in self.actions.get(action, []):
            sites |= sites_for(user, who)
        return sites

    def user_has_permission(self, user, action):
        return self._sites(user, action).exists()

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_superuser=True, is_active=True)

    def instances_user_has_any_permission_for(self, user, actions):
        condition = Q(pk__in=[])
        for action in actions:
            sites = self._sites(user, action)
            condition |= Q(**{f"{self.site_path}__in": sites.values("pk")})
        return self.model._default_manager.filter(condition)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.instances_user_has_any_permission_for(user, [action])
            .filter(pk=instance.pk)
            .exists()
        )


consultation_policy = MunicipalPolicy(
    Consultation,
    {"add": [MODERATORS], "change": [MODERATORS], "view": [MODERATORS], "delete": [SUPERUSERS]},
)
comment_policy = MunicipalPolicy(
    Comment,
    {"change": [MODERATORS], "view": [MODERATORS], "delete": [SUPERUSERS]},
    site_path="consultation__site",
)
report_policy = MunicipalPolicy(
    CommentReport,
    {"change": [MODERATORS], "view": [MODERATORS]},
    site_path="comment__consultation__site",
)
participant_policy = MunicipalPolicy(
    Participant,
    {
        "add": [ADMINISTRATION],
        "change": [MODERATORS, ADMINISTRATION],
        "view": [MODERATORS, ADMINISTRATION],
        "delete": [ADMINISTRATION],
    },
)


class ScopedViewSetMixin:
    """Index and edit views only see the objects of the user's municipality."""

    policy = None

    def _scoped(self, view_class):
        policy = self.policy

        class Scoped(view_class):
            def get_base_queryset(self):
                allowed = policy.instances_user_has_any_permission_for(
                    self.request.user, ["view", "change"]
                )
                return super().get_base_queryset().filter(pk__in=allowed.values("pk"))

            def get_object(self, queryset=None):
                obj = super().get_object(queryset)
                if not policy.user_has_any_permission_for_instance(
                    self.request.user, ["change", "view", "delete"], obj
                ):
                    raise Http404
                return obj

        Scoped.__name__ = view_class.__name__
        return Scoped

    @property
    def index_view_class(self):
        return self._scoped(ModelViewSet.index_view_class)

    @property
    def edit_view_class(self):
        return self._scoped(ModelViewSet.edit_view_class)

    @property
    def delete_view_class(self):
        return self._scoped(ModelViewSet.delete_view_class)

    @property
    def history_view_class(self):
        return self._scoped(ModelViewSet.history_view_class)

    @property
    def usage_view_class(self):
        return self._scoped(ModelViewSet.usage_view_class)


# --- Consultations ----------------------------------------------------------------


class ConsultationAdminForm(WagtailAdminModelForm):
    publish_report = forms.BooleanField(
        label=_("Abwägung veröffentlichen"),
        required=False,
        help_text=_(
            "Macht die Abwägungstabelle öffentlich, verlinkt sie von der beschlossenen Ausgabe "
            "und benachrichtigt alle, die das Ergebnis erfahren wollten."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        sites = permissions.sites_moderated_by(user) if user else []
        editions = ConceptEditionPage.objects.none()
        for site in sites:
            editions |= ConceptEditionPage.objects.descendant_of(site.root_page)
        editions = editions.order_by("-year", "title")
        if "page" in self.fields:
            self.fields["page"].queryset = editions
            self.fields["page"].widget = forms.Select(choices=self.fields["page"].choices)
            if self.instance.pk:
                self.fields["page"].disabled = True
                self.fields["page"].help_text = _(
                    "Die Fassung des Entwurfs ist für diese Beteiligung festgehalten."
                )
        if "result_page" in self.fields:
            self.fields["result_page"].queryset = editions.filter(live=True)
            self.fields["result_page"].widget = forms.Select(
                choices=self.fields["result_page"].choices
            )
        if self.instance.report_published:
            self.fields["publish_report"].initial = True
            self.fields["publish_report"].disabled = True

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("starts_at"), cleaned.get("ends_at")
        if start and end and end <= start:
            self.add_error("ends_at", _("Das Ende muss nach dem Beginn liegen."))
        if cleaned.get("publish_report") and not cleaned.get("result_page"):
            self.add_error(
                "result_page",
                _("Bitte wählen Sie die beschlossene Ausgabe, mit der die Abwägung erscheint."),
            )
        return cleaned

    def save(self, commit=True):
        consultation = super().save(commit=False)
        publish = self.cleaned_data.get("publish_report") and not consultation.report_published
        if not consultation.pk:
            consultation.created_by = self.for_user
            consultation.site = consultation.page.get_site()
            consultation.revision = (
                consultation.page.latest_revision or consultation.page.save_revision()
            )
        if publish:
            consultation.report_published_at = timezone.now()
        if commit:
            consultation.save()
            if publish:
                transaction.on_commit(lambda: emails.notify_report_published(consultation))
        return consultation


def export_link(consultation):
    return format_html(
        '<a href="{}">{}</a> · <a href="{}">{}</a> · <a href="{}">{}</a>',
        reverse("consultation_export", args=[consultation.pk]),
        _("CSV"),
        reverse("consultation_export_xlsx", args=[consultation.pk]),
        _("XLSX"),
        reverse("consultation:detail", args=[consultation.pk]),
        _("Ansehen"),
    )


class LinksColumn(Column):
    cell_template_name = "concepts/consultation/admin/html_cell.html"


class ConsultationViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Consultation
    name = "consultation_admin"
    policy = consultation_policy
    icon = "comment"
    menu_label = _("Beteiligungen")
    url_prefix = "beteiligungen"
    copy_view_enabled = False
    list_display = [
        "title",
        "starts_at",
        "ends_at",
        "audience",
        "report_published_at",
        LinksColumn("links", label=_("Export und Ansicht"), accessor=export_link),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("page"),
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("audience"),
            FieldPanel("introduction"),
            FieldPanel("contact"),
            MultiFieldPanel(
                [FieldPanel("result_page"), FieldPanel("publish_report")],
                heading=_("Abwägung"),
            ),
        ],
        base_form_class=ConsultationAdminForm,
    )


# --- Comments -------------------------------------------------------------------


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


# --- Reports of comments -------------------------------------------------------------


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


# --- Participants ---------------------------------------------------------------------


class ParticipantAdminForm(WagtailAdminModelForm):
    """Creating: a board member's account, invited by e-mail. Editing: block or unblock."""

    username = forms.CharField(label=_("Benutzername"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-Mail-Adresse"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        creating = not self.instance.pk
        if "site" in self.fields:
            from wagtail.models import Site

            user = self.for_user
            if creating:
                sites = permissions.sites_administered_by(user) if user else Site.objects.none()
            else:
                sites = Site.objects.filter(pk=self.instance.site_id)
                self.fields["site"].disabled = True
            self.fields["site"].queryset = sites
            self.fields["site"].widget = forms.Select(choices=self.fields["site"].choices)
        self.fields["username"].required = creating
        self.fields["email"].required = creating
        if not creating:
            self.fields["username"].initial = self.instance.user.get_username()
            self.fields["username"].disabled = True
            self.fields["email"].initial = self.instance.user.email
            self.fields["email"].disabled = True

    def clean_username(self):
        name = (self.cleaned_data.get("username") or "").strip()
        if (
            not self.instance.pk
            and name
            and get_user_model().objects.filter(username__iexact=name).exists()
        ):
            raise forms.ValidationError(_("Diesen Benutzernamen gibt es schon."))
        return name

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("blocked") and not (cleaned.get("blocked_reason") or "").strip():
            self.add_error("blocked_reason", _("Bitte nennen Sie den Grund der Sperre."))
        return cleaned

    def save(self, commit=True):
        participant = super().save(commit=False)
        if participant.pk:
            if commit:
                participant.save()
            return participant
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                self.cleaned_data["username"], email=self.cleaned_data["email"]
            )
            user.set_unusable_password()
            user.save()
            participant.user = user
            participant.kind = Participant.Kind.BOARD
            participant.save()
        transaction.on_commit(lambda: emails.send_board_invitation(participant))
        return participant


class ParticipantViewSet(ScopedViewSetMixin, ModelViewSet):
    model = Participant
    name = "consultation_participants"
    policy = participant_policy
    icon = "user"
    menu_label = _("Teilnehmende")
    url_prefix = "beteiligungen/teilnehmende"
    copy_view_enabled = False
    list_display = ["display_name", "user", "kind", "blocked", "email_confirmed_at"]
    list_filter = ["kind", "blocked"]
    search_fields = ["display_name", "user__username", "user__email"]
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("username"),
            FieldPanel("email"),
            FieldPanel("display_name"),
            FieldPanel("anonymous"),
            MultiFieldPanel(
                [FieldPanel("blocked"), FieldPanel("blocked_reason")], heading=_("Sperre")
            ),
        ],
        base_form_class=ParticipantAdminForm,
    )


class ConsultationGroup(ViewSetGroup):
    menu_label = _("Beteiligung")
    menu_icon = "comment"
    menu_order = 250
    items = (ConsultationViewSet, CommentViewSet, ReportViewSet, ParticipantViewSet)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_view(request, pk, fmt="csv"):
    """All comments of a consultation as CSV or XLSX; hidden ones only with ?ausgeblendete=1."""
    consultation = get_object_or_404(Consultation, pk=pk)
    if not permissions.can_export(request.user, consultation):
        raise PermissionDenied
    include_hidden = request.GET.get("ausgeblendete") == "1"
    if fmt == "xlsx":
        content, content_type = comments_xlsx(consultation, include_hidden), XLSX
    else:
        content = comments_csv(consultation, include_hidden=include_hidden)
        content_type = "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="kommentare-beteiligung-{consultation.pk}.{fmt}"'
    )
    return response
