"""Bad input never gets a 500 and never leaves half a row behind.

Hypothesis generates query strings for every public address and bodies for
every reader form: control characters, NUL bytes, numbers beyond 64 bits,
dates that do not exist, unknown operators, over-long texts, valid values in
between so that the forms' success paths are reached too. Every address comes
from the URL resolver (``test_every_public_address_is_tried`` fails when a new
one has no example here). Bounded and seeded: the same examples on every run.

Then, one by one, the inputs that used to give a 500.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import URLResolver, get_resolver
from hypothesis import given
from hypothesis import strategies as st

from consultation.models import Comment, CommentReport, Participant
from consultation.sections import MISSION
from core import protection
from core.protection import CONTROL_CHARACTERS
from home.models import AccessibilityFeedback
from tests.bad_input.conftest import HUGE, examples
from tests.helpers import german, path_of

# Admin views and input handling behave alike on both databases; make test
# runs this slow file once, in the SQLite pass.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns"), pytest.mark.once]


def addresses(world):
    """{resolver pattern: paths that exercise it}, every public pattern once."""
    c = world["consultation"]
    document = world["document"]
    pages = [path_of(p.specific) for p in world["town"].home.get_descendants(inclusive=True).live()]
    b = f"/de/beteiligung/{c.pk}"
    return {
        r"documents/^(\d+)/(.*)$": [
            f"/documents/{document.pk}/{document.filename}",
            f"/documents/{HUGE}/x.pdf",
        ],
        "documents/authenticate_with_password/<int:restriction_id>/": [
            f"/documents/authenticate_with_password/{HUGE}/"
        ],
        "sitemap.xml": ["/sitemap.xml"],
        "sitemap-<slug:section>.xml": ["/sitemap-pages.xml", "/sitemap-gibt-es-nicht.xml"],
        "gebaerdensprache/video/<int:video_id>/": [f"/gebaerdensprache/video/{HUGE}/"],
        "gebaerdensprache/video/<int:video_id>/download/": [
            f"/gebaerdensprache/video/{HUGE}/download/"
        ],
        "gebaerdensprache/video/<int:video_id>/untertitel.vtt": [
            f"/gebaerdensprache/video/{HUGE}/untertitel.vtt"
        ],
        "api/v2/comparisons/<int:pk>/": [
            f"/api/v2/comparisons/{world['release'].pk}/",
            f"/api/v2/comparisons/{HUGE}/",
        ],
        "robots.txt": ["/robots.txt"],
        "health/": ["/health/"],
        "api/v2/^pages/": ["/api/v2/pages/"],
        "api/v2/^pages/<int:pk>/": [
            f"/api/v2/pages/{world['release'].pk}/",
            f"/api/v2/pages/{HUGE}/",
        ],
        "api/v2/^pages/find/": ["/api/v2/pages/find/"],
        "api/v2/^images/": ["/api/v2/images/"],
        "api/v2/^images/<int:pk>/": [f"/api/v2/images/{world['image'].pk}/"],
        "api/v2/^images/find/": ["/api/v2/images/find/"],
        "api/v2/^documents/": ["/api/v2/documents/"],
        "api/v2/^documents/<int:pk>/": [f"/api/v2/documents/{document.pk}/"],
        "api/v2/^documents/find/": ["/api/v2/documents/find/"],
        "de/suche/": ["/de/suche/", "/en/suche/"],
        "de/suche/vorschlaege/": ["/de/suche/vorschlaege/"],
        "de/beteiligung/": ["/de/beteiligung/"],
        "de/beteiligung/<int:pk>/": [f"{b}/", f"/de/beteiligung/{HUGE}/"],
        "de/beteiligung/<int:pk>/abschnitt/<str:key>/": [
            f"{b}/abschnitt/{MISSION}/",
            f"{b}/abschnitt/%E2%80%AE%C3%A4/",
        ],
        "de/beteiligung/<int:pk>/stellungnahme/": [f"{b}/stellungnahme/"],
        "de/beteiligung/<int:pk>/eingang/<str:receipt>/": [f"{b}/eingang/XYZ-0000/"],
        "de/beteiligung/<int:pk>/kommentar/<int:comment_id>/melden/": [
            f"{b}/kommentar/{world['comment'].pk}/melden/",
            f"{b}/kommentar/{HUGE}/melden/",
        ],
        "de/beteiligung/<int:pk>/abwaegung/": [f"{b}/abwaegung/"],
        "de/beteiligung/<int:pk>/was-aendert-sich/": [f"{b}/was-aendert-sich/"],
        "de/beteiligung/<int:pk>/abwaegung.csv": [f"{b}/abwaegung.csv"],
        "de/beteiligung/anmelden/": ["/de/beteiligung/anmelden/"],
        "de/beteiligung/abmelden/": ["/de/beteiligung/abmelden/"],
        "de/beteiligung/registrieren/": ["/de/beteiligung/registrieren/"],
        "de/beteiligung/bestaetigen/<str:token>/": ["/de/beteiligung/bestaetigen/kaputt/"],
        "de/beteiligung/zugang/<uidb64>/<token>/": ["/de/beteiligung/zugang/MQ/kaputt/"],
        "de/nicht-uebersetzt/<int:page_id>/": [
            f"/de/nicht-uebersetzt/{world['release'].pk}/",
            f"/de/nicht-uebersetzt/{HUGE}/",
        ],
        "de/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [
            f"/de/_util/authenticate_with_password/{HUGE}/{HUGE}/"
        ],
        "de/_util/login/": ["/de/_util/login/"],
        r"de/^((?:[\w\-]+/)*)$": [
            *[german(p) for p in pages],
            "/de/presse/feed/rss/",
            "/de/presse/feed/atom/",
            "/de/veranstaltungen/ical/",
            german(path_of(world["event"])) + "ical/",
            "/de/handlungsfeld/sprache/",
            "/de/gibt-es-nicht/",
            "/en/",
        ],
    }


def public_patterns():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern)

    return {p for p in walk(get_resolver().url_patterns) if not p.startswith("admin/")}


def test_every_public_address_is_tried(world):
    assert public_patterns() == set(addresses(world))


# --- What is sent --------------------------------------------------------------

NASTY = [
    "",
    "0",
    "-1",
    HUGE,
    "-" + HUGE,
    "1e309",
    "NaN",
    "2024-02-30",
    "0001-01-01",
    "9999-12-31T23:59:59",
    "gestern",
    "\x00",
    "a\x00b",
    "\x01\x1b[31m\x7f",
    "%00",
    "%",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "ä" * 300,
    "x" * 5000,
    "xor",
    "random",
    "-title",
    "news.PressReleasePage",
    "wagtailcore.Page",
    "zz",
    "(",
    "*,-id",
    "\u202eevil",
]
READER_KEYS = [
    "q",
    "seite",
    "jahr",
    "handlungsfeld",
    "typ",
    "sprache",
    "alle_sprachen",
    "alle_kommunen",
    "next",
]
API_KEYS = [
    "search",
    "search_operator",
    "offset",
    "limit",
    "fields",
    "order",
    "type",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "translation_of",
    "locale",
    "site",
    "html_path",
    "id",
    "title",
    "slug",
    "first_published_at",
    "date",
    "start",
    "year",
    "tags",
    "format",
]
values = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=30),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)


def queries(keys):
    key = st.one_of(st.sampled_from(keys), st.text(min_size=1, max_size=8))
    return st.lists(st.tuples(key, values), min_size=1, max_size=4).map(
        lambda pairs: urlencode(pairs, doseq=True)
    )


TRIED = {"GET": 0, "POST": 0, "saved": 0, "5xx": 0}


def api_paths(world):
    return [p for pattern, group in addresses(world).items() if "api/" in pattern for p in group]


def get(client, path, query, host):
    response = client.get(f"{path}?{query}", HTTP_HOST=host)
    TRIED["GET"] += 1
    assert response.status_code < 500, (path, query, response.status_code)
    return response


@examples(30)
@given(data=st.data())
def test_generated_api_parameters_get_400_or_404_with_a_message(client, world, data):
    """Each generated query string goes to every endpoint of the API."""
    query = data.draw(queries(API_KEYS + READER_KEYS), label="query")
    page_type = data.draw(
        st.sampled_from(["", "news.PressReleasePage", "news.EventPage", "wagtailcore.Page"])
    )
    if page_type:
        query += f"&type={page_type}"
    cache.clear()
    for path in api_paths(world):
        response = get(client, path, query, world["town"].host)
        if 400 <= response.status_code < 500:
            assert response.json().get("message"), (path, query)


@examples(120)
@given(data=st.data())
def test_generated_query_strings_on_reader_addresses_never_give_a_5xx(client, world, data):
    paths = [p for group in addresses(world).values() for p in group if not p.startswith("/api/")]
    path = data.draw(st.sampled_from(paths), label="path")
    host = data.draw(
        st.sampled_from([world["town"].host, world["merzig"].host, "unbekannt.example"])
    )
    query = data.draw(queries(READER_KEYS + API_KEYS), label="query")
    cache.clear()
    get(client, path, query, host)


# --- Forms -----------------------------------------------------------------------


def forms_of(world):
    """(address, token scope, {field: valid values}, who may send it)."""
    c = world["consultation"]
    comment = world["comment"]
    b = f"/de/beteiligung/{c.pk}"
    text = ["Mehr Kurse am Abend.", "Zeile eins\nZeile zwei"]
    return {
        "feedback": (
            german(path_of(world["statement_page"])),
            "feedback",
            {
                "message": ["Der Kontrast ist zu schwach.", *text],
                "affected_url": ["/de/presse/", "https://voelklingen.example/"],
                "name": ["Ayşe K.", ""],
                "email": ["a@example.org", ""],
            },
        ),
        "comment": (
            f"{b}/abschnitt/{MISSION}/",
            f"comment:{c.pk}:{MISSION}",
            {
                "category": ["suggestion", "question", "criticism"],
                "text": text,
                "language": ["de", "tr"],
                "notify": ["on", ""],
            },
        ),
        "statement": (
            f"{b}/stellungnahme/",
            f"statement:{c.pk}",
            {"text": text, "language": ["de"], "notify": [""]},
        ),
        "report": (
            f"{b}/kommentar/{comment.pk}/melden/",
            f"report:{comment.pk}",
            {"reason": ["offensive", "spam", "off_topic"], "note": ["Beleidigend.", ""]},
        ),
        "register": (
            "/de/beteiligung/registrieren/",
            "register",
            {
                "email": ["neu@example.org", "zweite@example.org"],
                "display_name": ["Neu", ""],
                "anonymous": ["on", ""],
                "password1": ["ein-langes-Passwort-2026"],
                "password2": ["ein-langes-Passwort-2026"],
            },
        ),
        "login": (
            "/de/beteiligung/anmelden/",
            None,
            {"username": ["beirat-eingabe", "x" * 300], "password": ["test-only"]},
        ),
    }


def test_every_form_is_there_to_be_sent(client, world):
    """The generated bodies reach the forms, not a 404."""
    client.force_login(world["board"])
    for name, (address, _scope, _fields) in forms_of(world).items():
        response = client.get(address, HTTP_HOST=world["town"].host)
        assert response.status_code == 200, (name, address, response.status_code)


def rows():
    return {
        "feedback": AccessibilityFeedback.objects.count(),
        "comments": Comment.objects.count(),
        "reports": CommentReport.objects.count(),
        "participants": Participant.objects.count(),
        "users": get_user_model().objects.count(),
    }


def new_texts(before):
    """The texts of the rows saved since `before` (counts), for the control-character check."""
    texts = []
    for feedback in AccessibilityFeedback.objects.order_by("-pk")[
        : AccessibilityFeedback.objects.count() - before["feedback"]
    ]:
        texts += [feedback.message, feedback.name, feedback.email, feedback.affected_url]
    for comment in Comment.objects.order_by("-pk")[: Comment.objects.count() - before["comments"]]:
        texts.append(comment.text)
    for report in CommentReport.objects.order_by("-pk")[
        : CommentReport.objects.count() - before["reports"]
    ]:
        texts.append(report.note)
    return texts


@examples(120)
@given(data=st.data())
def test_generated_form_bodies_never_give_a_5xx_nor_half_saved_rows(client, world, data):
    name = data.draw(st.sampled_from(sorted(forms_of(world))), label="form")
    address, scope, fields = forms_of(world)[name]
    # Mostly what a person sends, with one bad value here and there, so that
    # the success paths are reached as well as every refusal.
    mostly = st.integers(0, 3)
    body = {}
    for field, good in fields.items():
        kind = data.draw(mostly, label=f"kind of {field}")
        if kind == 0:
            body[field] = data.draw(values, label=field)
        elif kind < 3 or data.draw(st.booleans(), label=f"send {field}"):
            body[field] = data.draw(st.sampled_from(good), label=field)
    if scope is not None:
        valid = data.draw(mostly, label="token kind") > 0
        body["form_token"] = (
            protection.issue_token(scope) if valid else data.draw(values, label="token")
        )
        if data.draw(st.integers(0, 9), label="honeypot") == 0:
            body["website"] = "http://spam.example"
    who = data.draw(st.sampled_from(["anonym", "board", "citizen"]), label="who")
    cache.clear()
    client.logout()
    if who != "anonym":
        client.force_login(world[who])
    twice = data.draw(st.booleans(), label="twice")

    before = rows()
    response = client.post(address, body, HTTP_HOST=world["town"].host)
    TRIED["POST"] += 1
    assert response.status_code < 500, (name, body, response.status_code)
    after = rows()
    if after != before:
        TRIED["saved"] += 1
        # Saved only on success: a redirect (or the registration's "done" page).
        assert response.status_code in (200, 302), (name, response.status_code)
        for text in new_texts(before):
            assert not (set(text) & CONTROL_CHARACTERS), (name, text)
    if twice:
        again = client.post(address, body, HTTP_HOST=world["town"].host)
        TRIED["POST"] += 1
        assert again.status_code < 500
        # The same filling-in sent again saves nothing more.
        assert rows() == after or scope is None, (name, rows(), after)


def test_report_tried(capsys):
    """Prints how many generated requests ran (for the closing note)."""
    with capsys.disabled():
        print(
            f"\nbad input: {TRIED['GET']} generated GET, {TRIED['POST']} generated POST "
            f"({TRIED['saved']} of them saved a row)"
        )
