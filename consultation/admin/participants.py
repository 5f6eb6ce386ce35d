"""The admin of participants: the administration creates board accounts (the
invitation goes out by e-mail); moderators and the administration block people."""

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from .. import emails, permissions
from ..models import Participant
from .policies import ScopedViewSetMixin, participant_policy


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
