"""Security headers for every response.

* :class:`ContentSecurityPolicyMiddleware` extends django-csp's middleware: the
  public site gets ``CONTENT_SECURITY_POLICY`` (strict, no inline script or
  style); the Wagtail admin, including its page previews, gets
  ``CONTENT_SECURITY_POLICY_ADMIN``, because Wagtail's own templates still use
  inline scripts and styles.
* :class:`SecurityHeadersMiddleware` adds ``Permissions-Policy`` everywhere and
  relaxes framing to ``SAMEORIGIN`` inside the admin, where the live preview
  shows the page in an iframe. The public site stays at ``X_FRAME_OPTIONS``
  (DENY).
"""

from functools import lru_cache

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


@lru_cache(maxsize=1)
def _admin_prefix():
    return reverse("wagtailadmin_home")


def is_admin_request(request):
    """True for the Wagtail admin, its login page and its page previews.

    Previews (and "view draft", revisions, moderation) render the page through
    a simulated request to the page's public URL, which passes through this
    middleware too; Wagtail marks it with ``is_dummy``. Its response is shown in
    the admin's preview iframe, so it gets the admin's framing rules.
    """
    return getattr(request, "is_dummy", False) or request.path_info.startswith(_admin_prefix())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None or not is_admin_request(request):
            return parts
        admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        if not admin_policy:
            return parts
        return PolicyParts(
            config=default_config(admin_policy.get("DIRECTIVES", {})),
            update=parts.update,
            replace=parts.replace,
            nonce=parts.nonce,
        )


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; SAMEORIGIN framing inside the admin.

    Place it before django.middleware.clickjacking.XFrameOptionsMiddleware in
    MIDDLEWARE so it sees (and, in the admin, replaces) the header that one sets.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        if (
            is_admin_request(request)
            and response.get("X-Frame-Options", "").upper() != "SAMEORIGIN"
        ):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
