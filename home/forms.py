from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .models import AccessibilityFeedback
from .uploads import CheckedImageField, check_document


class CreditedImageForm(BaseImageForm):
    """Alternative text is required unless the editor marks the image as decorative.

    The file goes through home.uploads.CheckedImageField: damaged, truncated,
    oversized and SVG files are refused with a German message instead of failing
    later (or with a 500) when renditions are made.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, CheckedImageField):
            checked = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
            self.fields["file"] = checked

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


class CheckedDocumentForm(BaseDocumentForm):
    """Documents whose content does not match their extension are refused (home.uploads)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and hasattr(upload, "read"):
            check_document(upload)
        return upload


class TranslationExportForm(forms.Form):
    """Admin: which section to send to a translation agency, in which language."""

    section = forms.ChoiceField(label=_("Bereich"))
    language = forms.ChoiceField(label=_("Zielsprache"))
    include_subpages = forms.BooleanField(
        label=_("Mit allen Unterseiten"), required=False, initial=True
    )

    def __init__(self, *args, sections=(), **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        self.fields["section"].choices = sections
        self.fields["language"].choices = [
            (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
        ]


class TranslationImportForm(forms.Form):
    """Admin: PO files back from the agency (one .po, or a ZIP of them)."""

    upload = forms.FileField(
        label=_("PO-Datei oder ZIP-Archiv"),
        help_text=_("Höchstens 5 MB. Die Übersetzungen werden als Entwurf gespeichert."),
    )

    def clean(self):
        from django.core.exceptions import ValidationError

        from .translation_exchange import read_upload

        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload is not None:
            try:
                cleaned["files"] = read_upload(upload)
            except ValidationError as error:
                self.add_error("upload", error)
        return cleaned
