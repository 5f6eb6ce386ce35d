"""Shared test data for Weltoffen.

Two municipalities live side by side, as in production:

* Völklingen, the default site, answers on http://voelklingen.localhost/
  (and on anything unknown, such as the test client's "testserver");
* Merzig answers on http://merzig.localhost/.

Requests go to a municipality through its host name: ``visit(client, merzig, "/")``.
The ``add_*`` helpers put pages into the tree in one of four states:

* ``live``: published;
* ``draft``: created and saved as a revision, never published;
* ``changed``: published, then edited and saved as a newer draft (not published);
* ``unpublished``: published once, then taken offline.
"""

import io
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.municipality import Municipality, set_up_municipality

BERLIN = ZoneInfo("Europe/Berlin")

LIVE, DRAFT, CHANGED, UNPUBLISHED = "live", "draft", "changed", "unpublished"


def berlin(year, month, day, hour=0, minute=0):
    """An aware datetime on the municipality's wall clock."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


# --- Municipalities ----------------------------------------------------------


@dataclass
class Town:
    """One municipality as the tests see it: its site, sections and host."""

    site: object
    sections: dict
    host: str
    name: str
    extra: dict = field(default_factory=dict)

    def __getattr__(self, key):
        sections = self.__dict__.get("sections", {})
        if key in sections:
            return sections[key]
        raise AttributeError(key)

    @property
    def root_url(self):
        return f"http://{self.host}"


VOELKLINGEN = Municipality(
    name="Völklingen",
    official_name="Mittelstadt Völklingen",
    hostname="voelklingen.localhost",
    port=80,
    state="SL",
    is_default=True,
    email="integration@voelklingen.example",
    phone="06898 13-0",
    address="Rathausplatz\n66333 Völklingen",
)

MERZIG = Municipality(
    name="Merzig",
    official_name="Kreisstadt Merzig",
    hostname="merzig.localhost",
    port=80,
    state="SL",
    email="integration@merzig.example",
)


def make_town(m):
    site, sections = set_up_municipality(m)
    return Town(site=site, sections=sections, host=m.hostname, name=m.name)


def fresh(town):
    """The same municipality with its pages reloaded from the database.

    Tree operations keep counters on the parent instance in memory, so a test
    must never reuse page objects another test has already added children to.
    """
    from wagtail.models import Page

    sections = {key: Page.objects.get(pk=page.pk).specific for key, page in town.sections.items()}
    return Town(
        site=type(town.site).objects.get(pk=town.site.pk),
        sections=sections,
        host=town.host,
        name=town.name,
    )


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction around a whole test module, rolled back at its end.

    Data built in module-scoped fixtures on top of this is set up once; every
    test still runs in its own savepoint (pytest-django's `db`), so what a
    test changes is gone before the next one starts.
    """
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def shared_towns(module_db):
    """Völklingen and Merzig, set up once for a module that opts in with
    ``pytestmark = [..., pytest.mark.usefixtures("shared_towns")]``."""
    voelklingen = make_town(VOELKLINGEN)
    return {"voelklingen": voelklingen, "merzig": make_town(MERZIG)}


@pytest.fixture
def voelklingen(request, db):
    if "shared_towns" in request.fixturenames:
        return fresh(request.getfixturevalue("shared_towns")["voelklingen"])
    return make_town(VOELKLINGEN)


@pytest.fixture
def merzig(request, db, voelklingen):
    # Völklingen first: it is the default site every unknown host falls back to.
    if "shared_towns" in request.fixturenames:
        return fresh(request.getfixturevalue("shared_towns")["merzig"])
    return make_town(MERZIG)


@pytest.fixture(autouse=True)
def german_after_each_test():
    """A request under /en/ leaves English active in the test process; the
    next test starts in German, the site's language, whatever ran before."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and rendition caches must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


# --- Requests ----------------------------------------------------------------


UNPREFIXED = ("/admin/", "/documents/", "/sitemap.xml", "/robots.txt", "/api/", "/static/")
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def german(path):
    """A reader's path in German: "/presse/" is read as "/de/presse/"; paths
    with a language prefix and the unprefixed routes stay as they are."""
    if path.startswith(UNPREFIXED + LANGUAGE_PREFIXES):
        return path
    return f"/{settings.LANGUAGE_CODE}{path}"


def visit(client, town, path, **kwargs):
    """GET a path (relative to the site root, German unless it has a language
    prefix) on a municipality's host."""
    return client.get(german(path), HTTP_HOST=town.host, **kwargs)


def post(client, town, path, data, **kwargs):
    return client.post(german(path), data, HTTP_HOST=town.host, **kwargs)


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(response):
    """The visible text of a page, whitespace collapsed."""
    return " ".join(soup(response).get_text(" ").split())


def path_of(page):
    """A page's URL relative to its site root, e.g. "/presse/eine-meldung/"."""
    _site_id, _root_url, page_path = page.get_url_parts()
    return page_path


# --- Media -------------------------------------------------------------------


def png_bytes(colour=(31, 95, 107), size=(24, 16), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


def make_image(
    title="Rathaus",
    description="Das Rathaus am Marktplatz im Sonnenlicht",
    credit="Foto: © Stadt Völklingen / Pressestelle",
    decorative=False,
    fmt="PNG",
):
    extension = "jpg" if fmt == "JPEG" else "png"
    slug = uuid.uuid4().hex[:8]
    image = get_image_model()(
        title=title,
        description=description,
        credit=credit,
        is_decorative=decorative,
        file=ImageFile(io.BytesIO(png_bytes(fmt=fmt)), name=f"{slug}.{extension}"),
    )
    image.save()
    return image


def make_document(title="Integrationskonzept 2009 (PDF)"):
    document = get_document_model()(title=title)
    document.file.save(f"{uuid.uuid4().hex[:8]}.txt", ContentFile(b"Integrationskonzept"))
    document.save()
    return document


# --- Pages -------------------------------------------------------------------


def place(parent, page, state=LIVE, change=None):
    """Add `page` under `parent` in the given state and return it, freshly loaded."""
    if state == DRAFT:
        page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if state != DRAFT:
        revision.publish()
    page = type(page).objects.get(pk=page.pk)
    if state == CHANGED:
        for key, value in (change or {"title": page.title + " (Entwurf)"}).items():
            setattr(page, key, value)
        page.save_revision()
    elif state == UNPUBLISHED:
        page.unpublish()
    return type(page).objects.get(pk=page.pk)


def paragraph(html):
    return json.dumps([{"type": "paragraph", "value": html, "id": str(uuid.uuid4())}])


def image_block(image, caption=""):
    return {
        "type": "image",
        "value": {"image": image.pk, "caption": caption},
        "id": str(uuid.uuid4()),
    }


def document_block(document, title=""):
    return {
        "type": "document",
        "value": {"document": document.pk, "title": title},
        "id": str(uuid.uuid4()),
    }


def slug_for(title):
    from django.utils.text import slugify

    return slugify(title)[:50] or uuid.uuid4().hex[:8]


def add_release(town, title, date=None, state=LIVE, lead=None, body=None, fields=(), **kw):
    from news.models import PressReleasePage

    change = kw.pop("change", None)
    page = PressReleasePage(
        title=title,
        slug=kw.pop("slug", slug_for(title)),
        date=date or berlin(2024, 5, 14, 10, 0),
        lead=lead or f"Vorspann zu {title}.",
        body=body if body is not None else paragraph(f"<p>Text zu {title}.</p>"),
        **kw,
    )
    page.fields_of_action = list(fields)
    return place(town.news, page, state, change=change)


def add_event(town, title, start, end, state=LIVE, **kw):
    from news.models import EventPage

    change = kw.pop("change", None)
    page = EventPage(title=title, slug=kw.pop("slug", slug_for(title)), start=start, end=end, **kw)
    return place(town.events, page, state, change=change)


def add_edition(town, title, year, status="adopted", state=LIVE, predecessor=None, **kw):
    from concepts.models import ConceptEditionPage

    change = kw.pop("change", None)
    page = ConceptEditionPage(
        title=title,
        slug=kw.pop("slug", slug_for(title)),
        year=year,
        status=status,
        predecessor=predecessor,
        **kw,
    )
    return place(town.concepts, page, state, change=change)


def add_standard_page(town, title, state=LIVE, parent=None, **kw):
    from home.models import StandardPage

    change = kw.pop("change", None)
    page = StandardPage(title=title, slug=kw.pop("slug", slug_for(title)), **kw)
    return place(parent or town.home, page, state, change=change)


def field_of_action(slug):
    from concepts.models import FieldOfAction

    return FieldOfAction.objects.get(slug=slug)


def structure(*sections):
    """Raw StreamField data for a concept's fields of action.

    Each section is (field_of_action, [ (goal title, [measure dicts]) ]).
    """
    data = []
    for foa, goals in sections:
        data.append(
            {
                "type": "field",
                "id": str(uuid.uuid4()),
                "value": {
                    "field_of_action": foa.pk,
                    "introduction": "",
                    "goals": [
                        {
                            "type": "item",
                            "id": str(uuid.uuid4()),
                            "value": {
                                "title": goal_title,
                                "description": "",
                                "measures": [
                                    {"type": "item", "id": str(uuid.uuid4()), "value": m}
                                    for m in measures
                                ],
                                "indicators": [],
                            },
                        }
                        for goal_title, measures in goals
                    ],
                },
            }
        )
    return json.dumps(data)


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: the demo loader tests (tests/test_demo.py); run with every `make test`"
    )


# --- Roles (home/roles.py) ---------------------------------------------------


@pytest.fixture
def role_user(db):
    """`role_user(town, "redaktion")`: a user with an e-mail address in that
    municipality's group for the role, created once per test and role."""
    from django.contrib.auth import get_user_model

    from home.roles import municipality_key, roles_of_site

    made = {}

    def make(town, role):
        key = (town.host, role)
        if key not in made:
            name = f"{municipality_key(town.name)}-{role}"
            user = get_user_model().objects.create_user(
                name, email=f"{name}@example.org", password="test-only", first_name="T"
            )
            user.groups.add(roles_of_site(town.site)[role])
            made[key] = user
        return made[key]

    return make


# --- Every public channel of a municipality ----------------------------------

PUBLIC_CHANNELS = {
    "Startseite": "/",
    "Pressemitteilungen": "/presse/",
    "RSS": "/presse/feed/rss/",
    "Atom": "/presse/feed/atom/",
    "Veranstaltungen": "/veranstaltungen/",
    "iCal": "/veranstaltungen/ical/",
    "Integrationskonzept": "/integrationskonzept/",
    "Sitemap": "/sitemap.xml",
    "API Seiten": "/api/v2/pages/?limit=50",
    "API Bilder": "/api/v2/images/?limit=50",
    "API Dokumente": "/api/v2/documents/?limit=50",
}


def channels(client, town, query):
    """{channel: response text} for every public listing, feed and the search
    for `query` (site search and API search) of a municipality."""
    paths = {
        **PUBLIC_CHANNELS,
        "Suche": f"/suche/?q={query}",
        "API Suche": f"/api/v2/pages/?search={query}",
    }
    out = {}
    for name, path in paths.items():
        response = visit(client, town, path)
        assert response.status_code == 200, (name, response.status_code)
        out[name] = response.content.decode()
    # The search page repeats the query; only its list of results counts.
    results = BeautifulSoup(out["Suche"], "html.parser").select_one(".wo-teaser-list")
    out["Suche"] = str(results or "")
    return out


def channels_showing(client, town, marker, query=None):
    """The names of the channels whose text contains `marker` (case-insensitive)."""
    found = channels(client, town, query or marker)
    return {name for name, text in found.items() if marker.lower() in text.lower()}
