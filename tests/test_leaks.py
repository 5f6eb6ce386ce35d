"""Drafts never leak.

For pages in every unpublished state — never published, published with a
newer draft, scheduled, expired, in a workflow (new, and live with a newer
draft) — and for press releases, events and concept editions alike, neither
an anonymous visitor, nor a logged-in user of another municipality, nor even
the municipality's own editor sees anything but the live version (or nothing)
on any public channel: page URL, home page, index pages, RSS, Atom, iCal
(calendar and single event), sitemap, site search, API (list, search, detail),
the related-content boxes of live pages and the search's word list (what
expansions and spelling suggestions are made of). Preview of a draft is only for
those who may edit it.

Each state carries its own marker word in its draft content only.
"""

import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from home.roles import roles_of_site
from search.models import Word
from tests.factories import (
    CHANGED,
    DRAFT,
    LIVE,
    ConceptEditionFactory,
    EventFactory,
    PressReleaseFactory,
    fresh,
    paragraph,
)
from tests.helpers import channels, path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

STATES = {
    # state: marker word that appears only in the unpublished content
    "nie-veroeffentlicht": "Geheimentwurf",
    "live-mit-neuem-entwurf": "Neuentwurf",
    "terminiert": "Sperrfristtext",
    "abgelaufen": "Ablauftext",
    "in-freigabe": "Freigabetext",
    "live-mit-entwurf-in-freigabe": "Nachbesserung",
}


def _drafted(state, marker, kind):
    """(page state for the helpers, change for CHANGED, title)."""
    title = f"{kind} {marker}"
    if state in ("live-mit-neuem-entwurf", "live-mit-entwurf-in-freigabe"):
        return CHANGED, {"title": f"{kind} {marker}", "summary": marker}, f"Offen {kind} {state}"
    if state == "abgelaufen":
        return LIVE, None, title
    return DRAFT, None, title


def _make(town, state, marker, author):
    soon = timezone.now() + timedelta(days=10)
    made = {}
    page_state, change, title = _drafted(state, marker, "Meldung")
    made["release"] = PressReleaseFactory(
        town=town,
        title=title,
        state=page_state,
        change=change,
        slug=f"meldung-{state}",
        body=paragraph(f"<p>{marker if page_state != CHANGED else 'Offen'} im Text.</p>"),
    )
    page_state, change, title = _drafted(state, marker, "Workshop")
    made["event"] = EventFactory(
        town=town,
        title=title,
        start=soon,
        end=soon + timedelta(hours=2),
        state=page_state,
        change=change,
        slug=f"workshop-{state}",
    )
    page_state, change, title = _drafted(state, marker, "Konzept")
    made["edition"] = ConceptEditionFactory(
        town=town,
        title=title,
        year=2040 + list(STATES).index(state),
        state=page_state,
        change=change,
        slug=f"konzept-{state}",
        summary=f"Zusammenfassung {marker}" if page_state == DRAFT else "Zusammenfassung",
    )
    for page in made.values():
        if state == "terminiert":
            page.go_live_at = timezone.now() + timedelta(days=3)
            page.save_revision().publish()
        elif state == "abgelaufen":
            page.title = f"{page.title} {marker}"
            page.expire_at = timezone.now() + timedelta(seconds=1)
            page.save_revision().publish()
        elif state in ("in-freigabe", "live-mit-entwurf-in-freigabe"):
            page.get_workflow().start(page, author)
    return made


@pytest.fixture(scope="module")
def matrix(shared_towns):
    town = fresh(shared_towns["voelklingen"])
    merzig = fresh(shared_towns["merzig"])
    User = get_user_model()
    author = User.objects.create_user("vk-red", "vk-red@example.org", "x")
    author.groups.add(roles_of_site(town.site)["redaktion"])
    stranger = User.objects.create_user("mz-press", "mz-press@example.org", "x")
    stranger.groups.add(roles_of_site(merzig.site)["pressestelle"])
    pages = {state: _make(town, state, marker, author) for state, marker in STATES.items()}
    # The expired pages: their time has passed, the scheduler took them offline.
    with_expiry = list(pages["abgelaufen"].values())
    for page in with_expiry:
        page.refresh_from_db()
        assert page.live
    real_now = timezone.now
    timezone.now = lambda: real_now() + timedelta(minutes=1)
    try:
        call_command("publish_scheduled", stdout=io.StringIO())
    finally:
        timezone.now = real_now
    for page in with_expiry:
        page.refresh_from_db()
        assert not page.live and page.expired

    # A live release whose related concept and event are unpublished drafts.
    drafts = pages["nie-veroeffentlicht"]
    related = PressReleaseFactory(
        town=town,
        title="Meldung mit Bezug",
        slug="meldung-mit-bezug",
        related_concept=drafts["edition"],
        related_event=drafts["event"],
    )
    return {
        "town": town,
        "pages": pages,
        "author": author,
        "stranger": stranger,
        "related": related,
    }


VIEWERS = ["anonym", "andere-kommune", "eigene-redaktion"]


def log_in(client, matrix, viewer):
    if viewer == "andere-kommune":
        client.force_login(matrix["stranger"])
    elif viewer == "eigene-redaktion":
        client.force_login(matrix["author"])


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("state", list(STATES))
def test_unpublished_content_is_on_no_channel(client, matrix, state, viewer):
    log_in(client, matrix, viewer)
    town, marker = matrix["town"], STATES[state]
    found = channels(client, town, marker)
    for page in matrix["pages"][state].values():
        found[f"Seite {page.slug}"] = visit(client, town, f"{_url(page)}").content.decode()
        found[f"API {page.slug}"] = visit(
            client, town, f"/api/v2/pages/{page.pk}/"
        ).content.decode()
    found["iCal Veranstaltung"] = visit(
        client, town, f"{_url(matrix['pages'][state]['event'])}ical/"
    ).content.decode()
    found["Bezug"] = visit(client, town, path_of(matrix["related"])).content.decode()
    found["Wortliste der Suche"] = " ".join(Word.objects.values_list("word", flat=True))
    assert {name for name, text in found.items() if marker.lower() in text.lower()} == set()


def _url(page):
    parent = {"PressReleasePage": "presse", "EventPage": "veranstaltungen"}.get(
        type(page).__name__, "integrationskonzept"
    )
    return f"/{parent}/{page.slug}/"


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("state", list(STATES))
def test_only_live_versions_answer(client, matrix, state, viewer):
    log_in(client, matrix, viewer)
    town = matrix["town"]
    live = state.startswith("live-")
    for page in matrix["pages"][state].values():
        expected = 200 if live else 404
        assert visit(client, town, _url(page)).status_code == expected, page.slug
        assert visit(client, town, f"/api/v2/pages/{page.pk}/").status_code == expected
    if live:
        listed = channels(client, town, "Offen")
        assert f"Offen Meldung {state}" in listed["Pressemitteilungen"]
        assert f"Offen Meldung {state}" in listed["RSS"]
        assert f"Offen Workshop {state}" in listed["iCal"]
        assert f"Offen Konzept {state}" in listed["Integrationskonzept"]


def test_related_boxes_show_only_live_pages(client, matrix):
    html = visit(client, matrix["town"], path_of(matrix["related"])).content.decode()
    assert "Meldung mit Bezug" in html
    assert "Geheimentwurf" not in html
    assert "/de/integrationskonzept/konzept-nie-veroeffentlicht/" not in html
    assert "/de/veranstaltungen/workshop-nie-veroeffentlicht/" not in html


@pytest.mark.parametrize("state", ["nie-veroeffentlicht", "live-mit-neuem-entwurf", "in-freigabe"])
def test_preview_only_for_those_who_may_edit(client, matrix, state):
    page = matrix["pages"][state]["release"]
    revision = page.get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response.url
    assert "/admin/login/" in client.get(preview).url

    client.force_login(matrix["stranger"])
    for address in (url, preview):
        response = client.get(address)
        # Merzig's press office: a Völklingen page does not exist for them (home/tenancy.py).
        assert response.status_code == 404
        assert STATES[state] not in response.content.decode()

    client.force_login(matrix["author"])
    response = client.get(url)
    assert response.status_code == 200
    assert STATES[state] in response.content.decode()
