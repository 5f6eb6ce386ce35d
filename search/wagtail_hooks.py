"""The search's admin: promotions within the own municipality, the zero-hit report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import sites_for, zero_hits_view


def _may_see(user):
    return user.is_active and bool(sites_for(user))


@hooks.register("register_admin_urls")
def search_report_urls():
    from django.contrib.auth.decorators import user_passes_test

    return [
        path(
            "suche/ohne-treffer/",
            user_passes_test(_may_see)(zero_hits_view),
            name="search_zero_hits",
        )
    ]


class ZeroHitsMenuItem(MenuItem):
    def is_shown(self, request):
        return _may_see(request.user)


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return ZeroHitsMenuItem(
        _("Suchen ohne Treffer"), reverse("search_zero_hits"), icon_name="search", order=910
    )
