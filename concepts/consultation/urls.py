"""Public addresses of consultations, under /<language>/beteiligung/."""

from django.urls import path

from . import views

app_name = "consultation"

urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/abschnitt/<str:key>/", views.comment, name="comment"),
    path("<int:pk>/stellungnahme/", views.statement, name="statement"),
    path("<int:pk>/eingang/<str:receipt>/", views.receipt, name="receipt"),
    path(
        "<int:pk>/kommentar/<int:comment_id>/melden/", views.report_comment, name="report_comment"
    ),
    path("<int:pk>/abwaegung/", views.report, name="report"),
    path("<int:pk>/abwaegung.csv", views.report_download, name="report_csv"),
    path("anmelden/", views.LoginView.as_view(), name="login"),
    path("abmelden/", views.logout, name="logout"),
    path("registrieren/", views.register, name="register"),
    path("bestaetigen/<str:token>/", views.confirm, name="confirm"),
    path("zugang/<uidb64>/<token>/", views.SetPasswordView.as_view(), name="set_password"),
]
