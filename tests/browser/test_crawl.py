"""A crawler from each home page: no broken internal link, no image without alt.

From the home page of every municipality and content language (and from its
/sitemap.xml and /robots.txt) it follows every link on the same host, the feed,
calendar and sitemap entries included, up to MAX_URLS per site. Every answer
must be below 400; every <img> must have an alt attribute and its src and
srcset must load; stylesheets, scripts and icons must load too.
"""

import re
import xml.etree.ElementTree as ET
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from .helpers import LOCALES, demo_hostnames, srcset_urls

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAX_URLS = 300
SKIP_PREFIXES = ("/admin/",)  # the editors' side has its own tests
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}


def links_in_html(base, text, problems, resources):
    soup = BeautifulSoup(text, "html.parser")
    found = []
    for a in soup.find_all("a", href=True):
        found.append(a["href"])
    for link in soup.find_all("link", href=True):
        rel = {r.lower() for r in link.get("rel", [])}
        if rel & {"alternate", "canonical", "next", "prev"}:
            found.append(link["href"])
        elif rel & {"stylesheet", "icon", "apple-touch-icon", "manifest", "preload"}:
            resources.add(urljoin(base, link["href"]))
    for script in soup.find_all("script", src=True):
        resources.add(urljoin(base, script["src"]))
    for img in soup.find_all("img"):
        label = img.get("src") or str(img)[:120]
        if not img.has_attr("alt"):
            problems.append(f"<img> without alt attribute: {label} @ {base}")
        if img.get("src"):
            resources.add(urljoin(base, img["src"]))
        else:
            problems.append(f"<img> without src: {str(img)[:120]} @ {base}")
        if img.get("srcset"):
            resources.update(urljoin(base, u) for u in srcset_urls(img["srcset"]))
    for source in soup.find_all("source", srcset=True):
        resources.update(urljoin(base, u) for u in srcset_urls(source["srcset"]))
    return [urljoin(base, href) for href in found]


def links_in_xml(base, text):
    root = ET.fromstring(text.encode("utf-8"))
    found = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in ("loc", "link", "guid", "id", "enclosure"):
            if element.get("href"):
                found.append(element.get("href"))
            elif element.get("url"):
                found.append(element.get("url"))
            elif element.text and element.text.strip().startswith("http"):
                found.append(element.text.strip())
    return [urljoin(base, href) for href in found]


def links_in_calendar(base, text):
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    return [
        urljoin(base, line.split(":", 1)[1].strip())
        for line in unfolded.splitlines()
        if line.startswith("URL")
    ]


def links_in_robots(base, text):
    return [
        urljoin(base, line.split(":", 1)[1].strip())
        for line in text.splitlines()
        if line.lower().startswith("sitemap:")
    ]


@pytest.mark.parametrize("hostname", demo_hostnames())
@pytest.mark.parametrize("locale", LOCALES)
def test_crawler_finds_no_broken_links_and_no_image_without_alt(demo, locale, hostname):
    site = demo.site(hostname)
    if locale not in site.entries:
        pytest.skip(f"{hostname} has no pages in {locale!r} yet")
    home = site.entries[locale][0].url
    netloc = urlsplit(home).netloc
    demo_netlocs = {urlsplit(s.root_url).netloc for s in demo.catalogue.values()}

    default = settings.LANGUAGE_CODE
    # A translated tree is crawled within its own prefix; links out of it (the
    # German original, other languages) are checked but not followed, because
    # the crawl of that language covers them.
    translated_prefixes = tuple(f"/{code}/" for code in LOCALES if code != default)

    def in_own_tree(path):
        if locale == default:
            return not path.startswith(translated_prefixes)
        return path.startswith(f"/{locale}/")

    starts = [home]
    if locale == default:
        starts += [site.url("/sitemap.xml"), site.url("/robots.txt")]
    queue = deque(starts)
    seen = set(queue)
    referrer = dict.fromkeys(queue, "(start)")
    problems, resources, crawled = [], set(), []
    kinds = set()

    def enqueue(url, source):
        url, _fragment = urldefrag(url)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != netloc:
            return
        if parts.path.startswith(SKIP_PREFIXES) or url in seen:
            return
        seen.add(url)
        referrer[url] = source
        queue.append(url)

    while queue and len(crawled) < MAX_URLS:
        url = queue.popleft()
        response = demo.http.get(url)
        crawled.append(url)
        if response.status >= 400:
            problems.append(f"{response.status} {url} (linked from {referrer[url]})")
            continue
        ctype = response.content_type
        kinds.add(ctype)
        if not in_own_tree(urlsplit(url).path):
            continue
        if ctype == "text/html":
            found = links_in_html(response.url, response.text, problems, resources)
        elif ctype in FEED_TYPES:
            found = links_in_xml(response.url, response.text)
        elif ctype == "text/calendar":
            found = links_in_calendar(response.url, response.text)
        elif response.url.endswith("/robots.txt"):
            found = links_in_robots(response.url, response.text)
        else:
            found = []
        for link in found:
            enqueue(link, url)

    checked_resources = 0
    for resource in sorted(resources):
        parts = urlsplit(resource)
        if parts.scheme == "data":
            continue
        if parts.netloc not in demo_netlocs:
            problems.append(f"resource from another host (not available offline): {resource}")
            continue
        response = demo.http.get(resource)
        checked_resources += 1
        if response.status != 200:
            problems.append(f"{response.status} {resource} (an image, stylesheet or script)")

    print(f"{hostname} ({locale}): {len(crawled)} URLs, {checked_resources} resources, {kinds}")
    assert len(crawled) > 10, f"the crawler found almost nothing: {crawled}"
    # Only the German trees have an events section in the demo.
    expected_kinds = ("text/html", "application/rss+xml")
    if locale == default:
        expected_kinds += ("text/calendar",)
    for expected in expected_kinds:
        assert any(k == expected for k in kinds), f"no {expected} reached from {home}: {kinds}"
    assert not problems, (
        f"{len(problems)} problems on {hostname} ({locale}); crawled {len(crawled)} URLs, "
        f"checked {checked_resources} resources:\n" + "\n".join(problems)
    )
