"""The municipality's forms: accessibility feedback, credited images, checked documents."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from core.forms import AccessibleFormMixin
from core.protection import ProtectedFormMixin, clean_plain_text, refuse_control_characters
from core.uploads import CheckedImageField, check_document

from .models import AccessibilityFeedback, MunicipalityGroup, MunicipalitySettings

CREDIT_REQUIRED = _(
    "Bitte einen Bildnachweis angeben, z. B. „Foto: © Stadt Marl / Pressestelle“. "
    "Wer ein Foto gemacht hat, hat das Recht, genannt zu werden. Einen Standard-"
    "Bildnachweis für alle Bilder der Kommune legt die Administration unter "
    "„Angaben zur Kommune“ fest."
)


def default_credit(collection):
    """The default credit of the municipality whose collection this is (or holds it).

    A municipality's collection is the one its groups hold permissions on
    (home/roles.py); the nearest such collection, looking upwards, decides.
    A collection no municipality or several share has no default.
    """
    if collection is None:
        return ""
    nearest_first = sorted(collection.get_ancestors(inclusive=True), key=lambda c: -c.depth)
    for candidate in nearest_first:
        sites = set(
            MunicipalityGroup.objects.filter(
                group__collection_permissions__collection=candidate
            ).values_list("site_id", flat=True)
        )
        if len(sites) == 1:
            config = MunicipalitySettings.objects.filter(site_id=sites.pop()).first()
            return (config.default_image_credit if config else "").strip()
        if sites:
            return ""
    return ""


class CreditedImageForm(BaseImageForm):
    """Alternative text is required unless the editor marks the image as decorative;
    a photo credit is required unless the municipality has a default credit
    (MunicipalitySettings.default_image_credit), which then fills the empty field.

    The file goes through core.uploads.CheckedImageField: damaged, truncated,
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
        if "credit" in self.fields and not (cleaned.get("credit") or "").strip():
            credit = default_credit(self._collection(cleaned))
            if credit:
                cleaned["credit"] = credit
            else:
                self.add_error("credit", CREDIT_REQUIRED)
        return cleaned

    def _collection(self, cleaned):
        """The collection the image goes into (Wagtail hides the field when the
        editor has only one)."""
        if "collection" in self.fields:
            return cleaned.get("collection")
        collections = getattr(self, "collections", None)
        if collections is not None and len(collections) == 1:
            return collections[0]
        return getattr(self.instance, "collection", None)


class AccessibilityFeedbackForm(AccessibleFormMixin, ProtectedFormMixin, forms.ModelForm):
    """Honeypot, one-time key and rate limit as every reader form (core/protection.py)."""

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
        return clean_plain_text(
            self.cleaned_data["message"], _("Bitte beschreiben Sie die Barriere.")
        )

    def clean_name(self):
        refuse_control_characters(self.cleaned_data["name"])
        return self.cleaned_data["name"]


class CheckedDocumentForm(BaseDocumentForm):
    """Documents whose content does not match their extension are refused (core.uploads)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and hasattr(upload, "read"):
            check_document(upload)
        return upload
