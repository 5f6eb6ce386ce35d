"""All comments of a consultation as a file, for the admin."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from .. import permissions
from ..export import comments_csv, comments_xlsx
from ..models import Consultation

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
