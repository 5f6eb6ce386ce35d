"""The one protection of every reader form: honeypot, signed one-time key, rate limit.

No captcha that would shut anyone out. Instead, three checks that cost a
person nothing:

* a **honeypot** field (``website``) that people never see (the templates hide
  it with ``display: none``, so screen readers skip it too) and scripts fill in;
* a **signed one-time key** (``form_token``) naming the form's purpose, with the
  time it was issued and a random nonce: forged, expired or foreign keys are
  refused, a form sent faster than a person can (``FORM_MIN_SECONDS``) is sent
  back, and the nonce is **used up** by the first valid sending: the same key
  again (a reload, the back button, a replayed request) is refused with a
  message, on every form. The consultation's comment views turn that refusal
  into the first comment's receipt (``form.replayed``), and the comment's
  unique ``submission_key`` keeps a second row out even without the cache;
* a **rate limit** per client, counted in the cache, keyed by the real client
  address (:func:`client_ip`, the same rule django-axes is given) and the
  municipality's host, so that a flood from one reader locks out neither other
  readers nor other municipalities.
"""

import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.utils.translation import gettext_lazy as _

TOKEN_SALT = "weltoffen.forms.token"
TOKEN_MAX_AGE = 12 * 60 * 60
# A person needs at least this long to read a form and fill it in; scripts
# that post at once are caught without a captcha.
MIN_SECONDS = getattr(settings, "FORM_MIN_SECONDS", 3)
# Line breaks and tabs are text; every other control character is not.
CONTROL_CHARACTERS = frozenset(chr(c) for c in (*range(32), 127)) - {"\n", "\r", "\t"}


def client_ip(request):
    """The reader's address: REMOTE_ADDR, or behind ``TRUSTED_PROXY_COUNT``
    reverse proxies the address they saw, counted from the right of
    X-Forwarded-For so that a client cannot choose its own address by sending
    the header itself. django-axes uses this too (AXES_CLIENT_IP_CALLABLE)."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or None


# Counts of this process alone, for while the shared cache cannot count
# (Redis unreachable: core/shared_cache.py turns its failures into None).
_local_counts = LocMemCache("weltoffen-rate-limit", {"MAX_ENTRIES": 10000})


def _count(store, key, window):
    store.add(key, 0, window)
    try:
        return store.incr(key)
    except ValueError:  # expired between add and incr
        store.set(key, 1, window)
        return 1


def submission_count(key, window=3600):
    """Counts one submission under `key`; the number within `window` seconds."""
    count = _count(cache, key, window)
    return count if count is not None else _count(_local_counts, key, window)


def rate_limited(request, scope, limit, window=3600):
    """Counts a submission of `scope`; True once this client (and, when logged
    in, this account) has sent more than `limit` within `window` seconds on
    this municipality's host. Every key counts, always."""
    host = request.get_host().split(":")[0].lower()
    keys = [f"ratelimit:{scope}:{host}:ip:{client_ip(request) or 'unknown'}"]
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        keys.append(f"ratelimit:{scope}:{host}:user:{user.pk}")
    counts = [submission_count(key, window) for key in keys]
    return any(count > limit for count in counts)


def issue_token(scope):
    """A signed key naming the form's purpose, with its issue time and a nonce."""
    return signing.dumps(
        {"s": scope, "t": time.time(), "n": secrets.token_hex(12)}, salt=TOKEN_SALT
    )


def read_token(token, scope):
    """(nonce, seconds since issue), or None when forged, expired or for another form."""
    try:
        data = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("s") != scope:
        return None
    return data["n"], time.time() - data["t"]


def use_up(nonce):
    """True the first time a nonce is used, False for every later use.

    The record lives in the cache as long as the key itself is valid. A cache
    that cannot be reached does not lock readers out: the key then counts as
    new (the forms' other checks, and for comments the database, still hold).
    """
    try:
        added = cache.add(f"form-nonce:{nonce}", 1, TOKEN_MAX_AGE)
    except Exception:  # noqa: BLE001 - any cache failure: better a repeat than no form
        return True
    # The shared cache answers None when Redis is unreachable (core/shared_cache.py).
    return added is not False


def refuse_control_characters(value):
    """The validator every reader form uses for its text."""
    if any(ch in CONTROL_CHARACTERS for ch in value or ""):
        raise forms.ValidationError(
            _("Der Text enthält Steuerzeichen. Bitte entfernen Sie sie."), code="control"
        )


def clean_plain_text(value, empty_message):
    """Stripped text with normalised line breaks; empty or control characters refused."""
    value = (value or "").replace("\r\n", "\n").strip()
    if not value:
        raise forms.ValidationError(empty_message)
    refuse_control_characters(value)
    return value


class ProtectedFormMixin(forms.Form):
    """The honeypot and the signed one-time key (see the module docstring).

    A view passes ``scope`` (what the form is for, e.g. the section it
    comments on); after a successful check ``form.nonce`` identifies this
    filling-in of the form, and ``form.replayed`` says that it was sent before.
    Every text field (CharField and its kinds: e-mail, URL, password) gets
    :func:`refuse_control_characters` as a validator.
    """

    website = forms.CharField(required=False, label=_("Bitte leer lassen"))
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    token_scope = "form"

    def __init__(self, *args, scope=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.token_scope = scope or self.token_scope
        self.nonce = None
        self.replayed = False
        # Every text a reader types goes through the one validator.
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and (
                refuse_control_characters not in field.validators
            ):
                field.validators.append(refuse_control_characters)
        if not self.is_bound:
            self.initial["form_token"] = issue_token(self.token_scope)

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean(self):
        cleaned = super().clean()
        if self._errors:
            # A field needs correcting: the form goes back to the reader with
            # its own messages, and nothing is stored, so the key is checked
            # when the corrected form comes back.
            return cleaned
        read = read_token(self.data.get("form_token"), self.token_scope)
        if read is None:
            raise forms.ValidationError(
                _(
                    "Das Formular ist abgelaufen oder ungültig. Bitte prüfen Sie Ihre Angaben "
                    "und senden Sie es noch einmal ab."
                ),
                code="token",
            )
        self.nonce, age = read
        if age < MIN_SECONDS:
            raise forms.ValidationError(
                _(
                    "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben "
                    "und senden Sie das Formular noch einmal."
                ),
                code="too_fast",
            )
        # Used up only by a sending that is otherwise valid: a form sent back
        # with an error keeps its key until it is right.
        if not self.errors and not use_up(self.nonce):
            self.replayed = True
            raise forms.ValidationError(
                _(
                    "Dieses Formular wurde bereits abgeschickt. Wenn Sie noch etwas senden "
                    "möchten, prüfen Sie bitte Ihre Angaben und senden Sie es noch einmal ab."
                ),
                code="replayed",
            )
        return cleaned

    def fresh_token(self):
        """After an error the page shows a new key, so the next try gets a new clock."""
        data = self.data.copy()
        data["form_token"] = issue_token(self.token_scope)
        self.data = data
