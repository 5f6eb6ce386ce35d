"""Requests and HTML as the tests see them.

Requests go to a municipality through its host name: ``visit(client, merzig, "/")``
(German unless the path has a language prefix). ``channels_showing`` asks every
public listing, feed, API and search of a municipality whether it shows a marker.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup
from django.conf import settings

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(year, month, day, hour=0, minute=0):
    """An aware datetime on the municipality's wall clock."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


# --- Requests ----------------------------------------------------------------


UNPREFIXED = (
    "/admin/",
    "/documents/",
    "/sitemap.xml",
    "/sitemap-",
    "/robots.txt",
    "/api/",
    "/static/",
)
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


# --- Every public channel of a municipality ----------------------------------

PUBLIC_CHANNELS = {
    "Startseite": "/",
    "Pressemitteilungen": "/presse/",
    "RSS": "/presse/feed/rss/",
    "Atom": "/presse/feed/atom/",
    "Veranstaltungen": "/veranstaltungen/",
    "iCal": "/veranstaltungen/ical/",
    "Integrationskonzept": "/integrationskonzept/",
    "Sitemap": "/sitemap-pages.xml",
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


def restore(snapshot):
    """Empty the database and put back what the migrations had created, as
    Django's serialized rollback does; then move the sequences past the
    restored keys so that the next insert does not collide with them."""
    from django.apps import apps
    from django.core.cache import cache
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection

    from core.cache import forget_hosts

    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(snapshot)
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
    cache.clear()
    forget_hosts()  # and the versions and fragments this process keeps
