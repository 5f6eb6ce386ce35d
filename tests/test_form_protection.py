"""The one rate limiter counts per real client and per municipality.

Behind a reverse proxy every request arrives from the proxy's address; the
limiter takes the client from X-Forwarded-For as far as the trusted proxies
vouch for it (TRUSTED_PROXY_COUNT, the rule django-axes is given), so one
reader who floods a form locks out neither other readers nor other towns.
"""

import pytest
from django.test import RequestFactory, override_settings

from core import protection

PROXY = "10.0.0.2"


def request_from(host="merzig.localhost", forwarded=None):
    meta = {"REMOTE_ADDR": PROXY}
    if forwarded:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/de/barrierefreiheit/", HTTP_HOST=host, **meta)


@pytest.fixture(autouse=True)
def fresh_counts():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_one_client_behind_the_proxy_cannot_lock_out_another():
    flooder = request_from(forwarded="198.51.100.7")
    assert [protection.rate_limited(flooder, "feedback", 3) for _ in range(4)] == [
        False,
        False,
        False,
        True,
    ]
    neighbour = request_from(forwarded="203.0.113.9")
    assert protection.rate_limited(neighbour, "feedback", 3) is False
    # The same flooder in another municipality starts with a clean slate.
    elsewhere = request_from(host="marl.localhost", forwarded="198.51.100.7")
    assert protection.rate_limited(elsewhere, "feedback", 3) is False


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_header_does_not_choose_the_address():
    # The client sends its own X-Forwarded-For; the proxy appends the real one.
    forged = request_from(forwarded="1.2.3.4, 198.51.100.7")
    assert protection.client_ip(forged) == "198.51.100.7"


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_proxies_the_header_is_ignored():
    direct = request_from(forwarded="1.2.3.4")
    assert protection.client_ip(direct) == PROXY


def test_control_characters_are_refused_but_line_breaks_are_text():
    protection.refuse_control_characters("Zeile eins\nZeile zwei\tmit Tab")
    for bad in ("\x01", "\x1b[31m", "\x7f"):
        with pytest.raises(protection.forms.ValidationError):
            protection.refuse_control_characters(f"Text{bad}")


def test_a_key_for_one_form_does_not_open_another():
    token = protection.issue_token("feedback")
    assert protection.read_token(token, "feedback")[1] >= 0
    assert protection.read_token(token, "comment:1:leitbild") is None
    assert protection.read_token(token + "x", "feedback") is None
