"""Helpers for the real-browser quality gates: the demo catalogue, HTTP and axe.

The live server listens on the loopback interface on a random port. Chromium
resolves every ``*.localhost`` name to the loopback address by itself; Python
and Node do not, so the HTTP helper here connects to 127.0.0.1 and sends the
municipality's host name in the ``Host`` header.
"""

from __future__ import annotations

import http.client
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# The languages the gates cover: every content language of the installation.
# Adding a language to WAGTAIL_CONTENT_LANGUAGES adds it to every gate.
LOCALES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def demo_hostnames():
    """The host names of the demo municipalities, in the order the demo loads them."""
    from demo.loader import MUNICIPALITIES

    return [module.MUNICIPALITY.hostname for module in MUNICIPALITIES]


# --- The catalogue of what there is to look at -----------------------------------


@dataclass
class Entry:
    """One URL to check, and what it shows."""

    url: str
    kind: str  # page type (model name) or a view such as "search-results"
    title: str = ""


@dataclass
class SiteInfo:
    hostname: str
    root_url: str  # http://merzig.localhost:PORT
    name: str
    # per locale code: the entries of that language's tree
    entries: dict[str, list[Entry]] = field(default_factory=dict)

    def url(self, path):
        return urljoin(self.root_url + "/", path.lstrip("/"))


def build_catalogue(sites):
    """Every live, public page of every site and language, plus the views that
    are not pages (search with and without results, the 404 page, a filtered
    press archive). Runs in the test thread while the database is unblocked."""
    from wagtail.models import Locale, Page

    from concepts.models import ConceptEditionPage
    from news.models import NewsIndexPage, PressReleasePage

    catalogue = {}
    for site in sites:
        info = SiteInfo(
            hostname=site.hostname, root_url=site.root_url, name=site.site_name or site.hostname
        )
        root = site.root_page.specific
        for code in LOCALES:
            locale = Locale.objects.filter(language_code=code).first()
            tree_root = root.get_translation_or_none(locale) if locale else None
            if tree_root is None:
                continue
            entries = []
            pages = Page.objects.descendant_of(tree_root, inclusive=True).live().public()
            if code != settings.LANGUAGE_CODE:
                # Translated trees: one page per page type keeps the gates fast;
                # German, the source of every page, is checked in full. The
                # legal pages stay German and are linked from every language.
                pages = pages.filter(locale=locale)
            for page in pages.specific().order_by("path"):
                entries.append(Entry(page.full_url, type(page).__name__, page.title))
                if isinstance(page, ConceptEditionPage) and page.predecessor_in_line:
                    # the comparison with the predecessor (concepts/comparison/)
                    url = f"{page.full_url}vergleich/"
                    entries.append(Entry(url, "ConceptEditionPage (Vergleich)", page.title))
                if isinstance(page, NewsIndexPage):
                    release = (
                        PressReleasePage.objects.live().child_of(page).order_by("-date").first()
                    )
                    if release is not None:
                        entries.append(
                            Entry(
                                f"{page.full_url}?jahr={release.date.year}",
                                "NewsIndexPage (Archiv nach Jahr)",
                                page.title,
                            )
                        )
            if code != settings.LANGUAGE_CODE:
                entries = one_per_kind(entries)
                german = info.entries.get(settings.LANGUAGE_CODE, [])
                entries += [e for e in german if e.kind == "AccessibilityStatementPage"][:1]
            prefix = tree_root.full_url  # the language's root, e.g. http://host:port/de/
            home_title = tree_root.title
            search_word = home_title.split()[-1]
            entries += [
                Entry(urljoin(prefix, f"suche/?q={quote(search_word)}"), "search-results"),
                Entry(urljoin(prefix, "suche/?q=Quetzalcoatlus"), "search-no-results"),
                Entry(urljoin(prefix, "suche/"), "search-empty"),
                Entry(urljoin(prefix, "diese-seite-gibt-es-nicht/"), "404"),
            ]
            info.entries[code] = entries
        catalogue[site.hostname] = info
    return catalogue


def one_per_kind(entries):
    """The first entry of each page type or view."""
    seen = {}
    for entry in entries:
        seen.setdefault(entry.kind, entry)
    return list(seen.values())


# --- HTTP to the live server -------------------------------------------------


@dataclass
class Response:
    url: str
    status: int
    headers: dict
    body: bytes

    @property
    def content_type(self):
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")


class Http:
    """A tiny HTTP client for the live server that understands *.localhost."""

    def __init__(self, port, timeout=30):
        self.port = port
        self.timeout = timeout

    def request(self, url, method="GET", body=None, headers=None, follow=True, max_redirects=5):
        for _ in range(max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme != "http":
                raise ValueError(f"not an http URL: {url}")
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            safe = "/%:@!$&'()*+,;=-._~?"
            target = urlunsplit(
                ("", "", quote(parts.path or "/", safe=safe), quote(parts.query, safe=safe), "")
            )
            sent = {"Host": parts.netloc, "User-Agent": "weltoffen-quality-gates"}
            sent.update(headers or {})
            try:
                connection.request(method, target, body=body, headers=sent)
                raw = connection.getresponse()
                data = raw.read()
                received = {k.lower(): v for k, v in raw.getheaders()}
            finally:
                connection.close()
            if follow and raw.status in (301, 302, 303, 307, 308) and "location" in received:
                url = urljoin(url, received["location"])
                if raw.status == 303 or (raw.status in (301, 302) and method == "POST"):
                    method, body = "GET", None
                continue
            return Response(url, raw.status, received, data)
        raise AssertionError(f"too many redirects from {url}")

    def get(self, url, **kwargs):
        return self.request(url, **kwargs)


# --- axe-core ------------------------------------------------------------------


_AXE_SOURCE = None


def axe_source():
    global _AXE_SOURCE
    if _AXE_SOURCE is None:
        if not AXE_JS.exists():
            raise AssertionError(f"{AXE_JS} is missing: run `npm ci` (make test does)")
        _AXE_SOURCE = AXE_JS.read_text(encoding="utf-8")
    return _AXE_SOURCE


def run_axe(page):
    """Run axe-core in the page (evaluated through the DevTools protocol, so a
    Content-Security-Policy of the site does not have to allow it) and return
    the violations as plain dicts."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source())
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                resultTypes: ['violations'],
            });
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({
                    target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t),
                    html: n.html, summary: n.failureSummary,
                })),
            }));
        }""",
        AXE_TAGS,
    )
    return result


def format_violations(url, violations):
    lines = []
    for v in violations:
        for node in v["nodes"]:
            target = ", ".join(node["target"])
            lines.append(f"{v['id']} [{v['impact']}] {target} @ {url}\n    {v['help']}")
            summary = " ".join((node.get("summary") or "").split())
            if summary:
                lines.append(f"    {summary[:300]}")
    return lines


def browser_problems(context):
    """Content-Security-Policy violations, JavaScript errors and other console
    errors the browser reported in this context so far (see conftest.context)."""
    return list(getattr(context, "problems", []))


# --- HTML ----------------------------------------------------------------------

SRCSET_SPLIT = re.compile(r",\s+")


def srcset_urls(value):
    """The URLs of a srcset attribute ("a.jpg 1x, b.jpg 2x")."""
    urls = []
    for candidate in SRCSET_SPLIT.split(value.strip()):
        candidate = candidate.strip()
        if candidate:
            urls.append(candidate.split()[0])
    return urls


def dump_json(path, data):
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def log_in(page, demo, username):
    """Log a demo user in to the Wagtail admin (password DEMO_PASSWORD)."""
    import re

    from demo.workflows import DEMO_PASSWORD

    page.goto(demo.default.url("/admin/login/"))
    page.get_by_label("Benutzername").fill(username)
    page.get_by_label(re.compile("Passwor")).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(re.compile(r"/admin/$"))
