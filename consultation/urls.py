"""Public addresses of consultations, under /<language>/beteiligung/."""

from django.urls import path

from .comparison import what_changes
from .views import accounts, public

app_name = "consultation"

urlpatterns = [
    path("", public.index, name="index"),
    path("<int:pk>/", public.detail, name="detail"),
    path("<int:pk>/abschnitt/<str:key>/", public.comment, name="comment"),
    path("<int:pk>/stellungnahme/", public.statement, name="statement"),
    path("<int:pk>/eingang/<str:receipt>/", public.receipt, name="receipt"),
    path(
        "<int:pk>/kommentar/<int:comment_id>/melden/", public.report_comment, name="report_comment"
    ),
    path("<int:pk>/abwaegung/", public.report, name="report"),
    path("<int:pk>/was-aendert-sich/", what_changes, name="what_changes"),
    path("<int:pk>/abwaegung.csv", public.report_download, name="report_csv"),
    path("anmelden/", accounts.LoginView.as_view(), name="login"),
    path("abmelden/", accounts.logout, name="logout"),
    path("registrieren/", accounts.register, name="register"),
    path("bestaetigen/<str:token>/", accounts.confirm, name="confirm"),
    path("zugang/<uidb64>/<token>/", accounts.SetPasswordView.as_view(), name="set_password"),
]
