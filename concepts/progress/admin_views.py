"""The admin's import of indicator values from a CSV file into a report (a new draft)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .importer import IndicatorImportForm, import_values
from .models import ProgressReportPage


def import_view(request, page_id):
    """Upload a CSV file; all rows or none go into a new draft of the report."""
    report = get_object_or_404(ProgressReportPage, pk=page_id)
    if not report.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    errors, status = [], 200
    form = IndicatorImportForm()
    if request.method == "POST":
        form = IndicatorImportForm(request.POST, request.FILES)
        if form.is_valid():
            count, errors = import_values(report, form.cleaned_data["upload"].read(), request.user)
            if not errors:
                messages.success(
                    request,
                    _(
                        "%(count)s Werte übernommen und als Entwurf gespeichert. Prüfen Sie "
                        "die Vorschau, bevor Sie den Bericht veröffentlichen."
                    )
                    % {"count": count},
                )
                return redirect(reverse("wagtailadmin_pages:edit", args=[report.pk]))
        status = 400
    return TemplateResponse(
        request,
        "concepts/progress/admin/import.html",
        {
            "page": report,
            "form": form,
            "errors": errors,
            "header_title": _("Kennzahlen importieren"),
        },
        status=status,
    )
