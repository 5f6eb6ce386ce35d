"""The accounts of a consultation: log in and out, set the password of an
invitation, register with an e-mail address and confirm it."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import emails
from ..forms import LoginForm, RegistrationForm
from ..models import Participant
from .common import RATE_LIMIT_MESSAGE, current_site, limit_reached


def _styled(form):
    """KERN input styles and the error attributes the shared field template expects."""
    for name, field in form.fields.items():
        attrs = field.widget.attrs
        attrs["class"] = "kern-form-input__input"
        if form.is_bound and name in form.errors:
            attrs.update({"aria-invalid": "true", "aria-describedby": f"id_{name}_error"})
    return form


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "consultation/login.html"
    extra_context = {"robots_noindex": True}

    def get_form(self, form_class=None):
        return _styled(super().get_form(form_class))

    def get_default_redirect_url(self):
        return reverse("consultation:index")


@require_http_methods(["POST"])
def logout(request):
    from django.contrib.auth import logout as auth_logout

    auth_logout(request)
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = reverse("consultation:index")
    messages.success(request, _("Sie sind abgemeldet."))
    return redirect(target or reverse("consultation:index"))


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """Board members set their password through the link in their invitation."""

    template_name = "consultation/set_password.html"
    success_url = reverse_lazy("consultation:login")
    extra_context = {"robots_noindex": True}

    def get_form(self, form_class=None):
        return _styled(super().get_form(form_class))

    def form_valid(self, form):
        messages.success(
            self.request, _("Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.")
        )
        return super().form_valid(form)


def _unique_username(email):
    """The e-mail address is the user name people log in with (if still free)."""
    User = get_user_model()
    name = email[:150]
    while User.objects.filter(username__iexact=name).exists():
        name = f"{email[:140]}-{get_random_string(4).lower()}"
    return name


@require_http_methods(["GET", "POST"])
def register(request):
    """Public participants register with an e-mail address they confirm."""
    site = current_site(request)
    if request.method == "POST":
        form = RegistrationForm(request.POST)
        if limit_reached(request, "register"):
            form.add_error(None, RATE_LIMIT_MESSAGE)
        elif form.is_valid():
            if not form.is_spam:
                _register(site, form.cleaned_data)
            return TemplateResponse(
                request,
                "consultation/register_done.html",
                {"email": form.cleaned_data["email"], "robots_noindex": True},
            )
        form.fresh_token()
    else:
        form = RegistrationForm()
    return TemplateResponse(
        request, "consultation/register.html", {"form": form, "robots_noindex": True}
    )


def _register(site, data):
    """Creates an inactive account and sends the confirmation link. An address
    that is already known gets no second account (and the page says the same,
    so nobody learns which addresses are registered)."""
    User = get_user_model()
    if User.objects.filter(email__iexact=data["email"]).exists():
        return None
    with transaction.atomic():
        user = User.objects.create_user(
            _unique_username(data["email"]),
            email=data["email"],
            password=data["password1"],
            is_active=False,
        )
        participant = Participant.objects.create(
            user=user,
            site=site,
            kind=Participant.Kind.PUBLIC,
            display_name=data["display_name"],
            anonymous=data["anonymous"],
        )
    emails.send_registration_confirmation(participant)
    return participant


def confirm(request, token):
    data = emails.read_registration_token(token)
    participant = None
    if data:
        participant = (
            Participant.objects.filter(pk=data["p"], user_id=data["u"], site=current_site(request))
            .select_related("user")
            .first()
        )
    if participant is None or participant.user.email != data["e"]:
        return TemplateResponse(
            request,
            "consultation/confirm.html",
            {"ok": False, "robots_noindex": True},
            status=400,
        )
    if participant.email_confirmed_at is None:
        participant.email_confirmed_at = timezone.now()
        participant.save(update_fields=["email_confirmed_at"])
        participant.user.is_active = True
        participant.user.save(update_fields=["is_active"])
    return TemplateResponse(
        request, "consultation/confirm.html", {"ok": True, "robots_noindex": True}
    )
