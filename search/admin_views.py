"""Admin report: what readers searched for without finding anything, per municipality."""

from datetime import timedelta

from django.db.models import Max, Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Site

from home.models import MunicipalityGroup

from . import counting
from .models import SearchLog

REPORT_DAYS = 90
REPORT_ROWS = 50


def sites_for(user):
    """Superusers see every municipality, everybody else those of their groups."""
    sites = Site.objects.order_by("-is_default_site", "hostname")
    if user.is_superuser:
        return list(sites)
    ids = MunicipalityGroup.objects.filter(group__in=user.groups.all()).values("site_id")
    return list(sites.filter(pk__in=ids))


def zero_hit_queries(site, days=REPORT_DAYS):
    since = timezone.localdate() - timedelta(days=days)
    return (
        SearchLog.objects.filter(site=site, hits=0, day__gte=since)
        .values("query")
        .annotate(searches=Sum("searches"), last=Max("day"))
        .order_by("-searches", "-last", "query")[:REPORT_ROWS]
    )


def zero_hits_view(request):
    counting.flush()  # this process's searches of the last seconds too
    return TemplateResponse(
        request,
        "search/admin/zero_hits.html",
        {
            "sites": [(site, zero_hit_queries(site)) for site in sites_for(request.user)],
            "days": REPORT_DAYS,
            "page_title": "Suchen ohne Treffer",
            "header_title": "Suchen ohne Treffer",
        },
    )
