"""Public forms of a consultation: comment, Stellungnahme, report, registration, log-in.

Every form carries the one protection of all reader forms (core/protection.py:
a signed one-time key with timing, which also recognises a form sent twice,
and a honeypot) and German messages; the templates link each error to its
field.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin
from core.protection import ProtectedFormMixin, clean_plain_text, refuse_control_characters
from home.languages.offered import offered_languages

from .models import COMMENT_MAX_LENGTH, STATEMENT_MAX_LENGTH, Comment, CommentReport


def language_choices(site):
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in offered_languages(site)]


class CommentForm(AccessibleFormMixin, ProtectedFormMixin):
    category = forms.ChoiceField(
        label=_("Art Ihres Kommentars"),
        choices=Comment.Category.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Bitte wählen Sie, ob es eine Anregung, Frage oder Kritik ist.")
        },
    )
    text = forms.CharField(
        label=_("Ihr Kommentar"),
        max_length=COMMENT_MAX_LENGTH,
        help_text=_("Höchstens 3.000 Zeichen. Nur Text, keine Formatierung."),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": COMMENT_MAX_LENGTH}),
        error_messages={
            "required": _("Bitte schreiben Sie Ihren Kommentar."),
            "max_length": _(
                "Ihr Kommentar ist zu lang: höchstens %(limit_value)d Zeichen, "
                "Sie haben %(show_value)d."
            ),
        },
    )
    language = forms.ChoiceField(
        label=_("Sprache Ihres Kommentars"),
        help_text=_("Sie können in jeder Sprache schreiben, die diese Website anbietet."),
    )
    notify = forms.BooleanField(
        label=_("Bitte informieren Sie mich per E-Mail, wenn die Abwägung veröffentlicht ist."),
        required=False,
    )

    def __init__(self, *args, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(site)
        self.fields["category"].widget.attrs["class"] = "kern-form-check__radio"
        self.fields["notify"].widget.attrs["class"] = "kern-form-check__checkbox"

    def clean_text(self):
        return clean_plain_text(
            self.cleaned_data.get("text"), _("Bitte schreiben Sie Ihren Kommentar.")
        )


class StatementForm(AccessibleFormMixin, ProtectedFormMixin):
    text = forms.CharField(
        label=_("Stellungnahme des Beirats"),
        max_length=STATEMENT_MAX_LENGTH,
        help_text=_("Höchstens 20.000 Zeichen. Nur Text, keine Formatierung."),
        widget=forms.Textarea(attrs={"rows": 16, "maxlength": STATEMENT_MAX_LENGTH}),
        error_messages={
            "required": _("Bitte geben Sie den Text der Stellungnahme ein."),
            "max_length": _(
                "Die Stellungnahme ist zu lang: höchstens %(limit_value)d Zeichen, "
                "Sie haben %(show_value)d."
            ),
        },
    )
    language = forms.ChoiceField(label=_("Sprache der Stellungnahme"))
    notify = forms.BooleanField(
        label=_("Bitte informieren Sie mich per E-Mail, wenn die Abwägung veröffentlicht ist."),
        required=False,
    )

    def __init__(self, *args, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(site)
        self.fields["notify"].widget.attrs["class"] = "kern-form-check__checkbox"

    def clean_text(self):
        return clean_plain_text(
            self.cleaned_data.get("text"), _("Bitte geben Sie den Text der Stellungnahme ein.")
        )


class ReportForm(AccessibleFormMixin, ProtectedFormMixin):
    reason = forms.ChoiceField(
        label=_("Warum melden Sie diesen Kommentar?"),
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie einen Grund.")},
    )
    note = forms.CharField(
        label=_("Hinweis für die Moderation (optional)"),
        required=False,
        max_length=500,
        help_text=_("Höchstens 500 Zeichen."),
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].widget.attrs["class"] = "kern-form-check__radio"

    def clean_note(self):
        note = (self.cleaned_data.get("note") or "").strip()
        refuse_control_characters(note)
        return note


class RegistrationForm(AccessibleFormMixin, ProtectedFormMixin):
    """Public participants: an e-mail address they confirm, a name or anonymity."""

    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        help_text=_("Wir schicken Ihnen einen Link, mit dem Sie die Adresse bestätigen."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Bitte geben Sie Ihre E-Mail-Adresse ein."),
            "invalid": _("Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@example.de."),
        },
    )
    display_name = forms.CharField(
        label=_("Name, der bei Ihren Kommentaren steht (optional)"),
        max_length=80,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    anonymous = forms.BooleanField(
        label=_("Ich möchte anonym kommentieren (es wird kein Name angezeigt)."), required=False
    )
    password1 = forms.CharField(
        label=_("Passwort"),
        strip=False,
        help_text=_("Mindestens 8 Zeichen, nicht nur Ziffern."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": _("Bitte wählen Sie ein Passwort.")},
    )
    password2 = forms.CharField(
        label=_("Passwort wiederholen"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": _("Bitte wiederholen Sie das Passwort.")},
    )

    token_scope = "register"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["anonymous"].widget.attrs["class"] = "kern-form-check__checkbox"

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_display_name(self):
        name = (self.cleaned_data.get("display_name") or "").strip()
        refuse_control_characters(name)
        if any(ch in "<>" for ch in name):
            raise forms.ValidationError(_("Bitte verwenden Sie keine Sonderzeichen wie < oder >."))
        return name

    def clean(self):
        cleaned = super().clean()
        one, two = cleaned.get("password1"), cleaned.get("password2")
        if one and two and one != two:
            self.add_error("password2", _("Die beiden Passwörter stimmen nicht überein."))
        elif one:
            user = get_user_model()(email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(one, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        if not cleaned.get("anonymous") and not cleaned.get("display_name"):
            self.add_error(
                "display_name",
                _("Bitte geben Sie einen Namen an oder wählen Sie „anonym kommentieren“."),
            )
        return cleaned


class LoginForm(AuthenticationForm):
    """Django's log-in form, with the user name checked before anyone looks it up.

    A name longer than any account's (Django checks no length here) would be
    stored by django-axes as a failed attempt, in a column of 255 characters:
    on PostgreSQL a 500 page. It is a form error instead, and control
    characters are refused as in every reader form.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].validators.append(refuse_control_characters)

    def clean_username(self):
        username = self.cleaned_data.get("username") or ""
        limit = self.username_field.max_length or 150
        if len(username) > limit:
            raise forms.ValidationError(
                _(
                    "Dieser Benutzername ist zu lang: höchstens %(limit)d Zeichen. "
                    "Bitte prüfen Sie Ihre Eingabe."
                ),
                code="max_length",
                params={"limit": limit},
            )
        return username
