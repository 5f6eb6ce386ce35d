from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from .models import AccessibilityFeedback


class CreditedImageForm(BaseImageForm):
    """Alternative text is required unless the editor marks the image as decorative."""

    def clean(self):
        cleaned = super().clean()
        if "description" in self.fields and "is_decorative" in self.fields:
            if cleaned.get("is_decorative"):
                cleaned["description"] = ""
            elif not (cleaned.get("description") or "").strip():
                self.add_error(
                    "description",
                    _(
                        "Bitte einen Alternativtext eingeben oder das Bild als "
                        "rein dekorativ markieren."
                    ),
                )
        return cleaned


class AccessibleFormMixin:
    """Widgets that tell assistive technology about hints and errors."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "kern-form-input__input")

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_helptext"] if self.fields[name].help_text else []
            ids.append(f"{bound.auto_id}_error")
            attrs = self.fields[name].widget.attrs
            attrs.update({"aria-describedby": " ".join(ids), "aria-invalid": "true"})
            attrs["class"] = f"{attrs.get('class', '')} kern-form-input__input--error".strip()


class AccessibilityFeedbackForm(AccessibleFormMixin, forms.ModelForm):
    # A field people never see (hidden with display:none, so screen readers skip it
    # too); automated spam fills it in. No captcha that would shut anyone out.
    website = forms.CharField(required=False, label=_("Bitte leer lassen"))

    class Meta:
        model = AccessibilityFeedback
        fields = ["message", "affected_url", "name", "email"]
        labels = {
            "message": _("Welche Barriere ist Ihnen begegnet?"),
            "affected_url": _("Auf welcher Seite? (optional)"),
            "name": _("Ihr Name (optional)"),
            "email": _("Ihre E-Mail-Adresse für unsere Antwort (optional)"),
        }
        help_texts = {
            "message": _("Höchstens 5.000 Zeichen."),
            "email": _("Ohne E-Mail-Adresse können wir Ihnen nicht antworten."),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": 5000}),
            "affected_url": forms.TextInput(attrs={"autocomplete": "url"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "message": {"required": _("Bitte beschreiben Sie die Barriere.")},
            "email": {
                "invalid": _("Bitte eine gültige E-Mail-Adresse eingeben, z. B. name@example.de.")
            },
        }

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Bitte beschreiben Sie die Barriere."))
        return message

    @property
    def is_spam(self):
        return bool(self.data.get("website"))
