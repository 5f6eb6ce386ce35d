"""The addresses of a page's progress data: ``daten/csv/`` and ``daten/json/``.

A mixin without model imports, so that the edition (concepts/models.py) can use it
before the progress models exist."""

from django.http import HttpResponse, JsonResponse
from wagtail.contrib.routable_page.models import path


class ProgressDataMixin:
    """Adds the open-data downloads to a routable page with a ``progress_data()``."""

    def progress_data(self):  # pragma: no cover - every page using the mixin defines it
        raise NotImplementedError

    @property
    def progress(self):
        """The progress data as the API shows it (only published values)."""
        from .opendata import as_dict

        return as_dict(self.progress_data(), self)

    def data_filename(self, extension):
        return f"{self.slug}-daten.{extension}"

    @path("daten/csv/", name="progress_csv")
    def progress_csv(self, request):
        from .opendata import as_csv, licence_of

        response = HttpResponse(
            as_csv(self.progress_data(), self, request), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.data_filename("csv")}"'
        _name, url = licence_of(self, request)
        response["Link"] = f'<{url}>; rel="license"'
        return response

    @path("daten/json/", name="progress_json")
    def progress_json(self, request):
        from .opendata import as_dict

        response = JsonResponse(
            as_dict(self.progress_data(), self, request),
            json_dumps_params={"ensure_ascii": False, "indent": 1},
        )
        response["Content-Disposition"] = f'inline; filename="{self.data_filename("json")}"'
        return response
