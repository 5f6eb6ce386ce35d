"""The admin form of a sign-language video: the file is checked, the municipality is the user's."""

from wagtail.admin.forms import WagtailAdminModelForm

from .video import check_captions, inspect_video


class SignLanguageVideoForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is not None and "site" in self.fields:
            from .tenancy import own_sites

            sites = own_sites(user)
            self.fields["site"].queryset = sites
            if not self.instance.pk and sites.count() == 1:
                self.fields["site"].initial = sites.first().pk

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
            self._facts = inspect_video(upload)
        return upload

    def clean_captions(self):
        upload = self.cleaned_data.get("captions")
        if upload and hasattr(upload, "content_type"):
            check_captions(upload)
        return upload

    def save(self, commit=True):
        facts = getattr(self, "_facts", None)
        if facts is not None:
            video = self.instance
            video.width, video.height = facts.width, facts.height
            video.frame_rate, video.duration = facts.frame_rate, facts.duration
            video.content_type = facts.content_type
            video.file_size = self.cleaned_data["file"].size
        return super().save(commit=commit)
