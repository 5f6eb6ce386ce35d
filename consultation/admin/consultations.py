"""The admin of consultations: open one on a draft, publish the report."""

from django import forms
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from concepts.models import ConceptEditionPage

from .. import emails, permissions
from ..models import Consultation
from .policies import ScopedViewSetMixin, consultation_policy


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
    cell_template_name = "consultation/admin/html_cell.html"


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
