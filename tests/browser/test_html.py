"""The Nu HTML Checker (vnu.jar) over the HTML the server sends, every page of every site.

The HTML is fetched from the live server as a browser gets it (before any
script runs), saved to a temporary folder and checked in one JVM run per
content language, since the JVM takes seconds to start. Zero errors.
"""

import json
import re
import shutil
import subprocess
from urllib.parse import urlsplit

import pytest

from .helpers import LOCALES, VNU_JAR

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# A document with errors the checker must find: proof that it ran at all.
CANARY = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>'
    "<body><span><div>Block im Inline-Element</div></span></body></html>"
)


def file_name(url, suffix=""):
    parts = urlsplit(url)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{parts.netloc}{parts.path}?{parts.query}")
    return slug.strip("-")[:150] + suffix + ".html"


def feedback_error_html(http, url):
    """The accessibility statement after an empty submit of its feedback form."""
    first = http.get(url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', first.text).group(1)
    cookie = first.headers.get("set-cookie", "")
    csrf_cookie = re.search(r"csrftoken=([^;]+)", cookie).group(1)
    body = f"csrfmiddlewaretoken={token}&message=&affected_url=&name=&email=&website="
    response = http.request(
        url,
        method="POST",
        body=body.encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf_cookie}",
        },
        follow=False,
    )
    assert response.status == 200, (url, response.status)
    assert "Bitte korrigieren Sie die markierten Angaben" in response.text
    return response


@pytest.mark.parametrize("locale", LOCALES)
def test_nu_html_checker_finds_no_errors(demo, tmp_path, locale):
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is missing (Debian: default-jre-headless)")
    assert VNU_JAR.exists(), f"{VNU_JAR} is missing: run `npm ci` (make test does)"

    files = {}  # file -> URL
    for site in demo.catalogue.values():
        for entry in site.entries.get(locale, []):
            response = demo.http.get(entry.url)
            assert response.status in (200, 404), (entry.url, response.status)
            assert response.content_type == "text/html", (entry.url, response.content_type)
            path = tmp_path / file_name(entry.url)
            path.write_bytes(response.body)
            files[str(path)] = entry.url
            if entry.kind == "AccessibilityStatementPage":
                error_state = feedback_error_html(demo.http, entry.url)
                path = tmp_path / file_name(entry.url, "-formular-mit-fehlern")
                path.write_bytes(error_state.body)
                files[str(path)] = entry.url + " (Formular mit Fehlern)"
    if not files:
        pytest.skip(f"no demo site has pages in {locale!r} yet")
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")

    run = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", str(canary), *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stderr or run.stdout)
    messages = report.get("messages", [])

    def source(message):
        return message.get("url", "").removeprefix("file:")

    canary_errors = [m for m in messages if source(m) == str(canary)]
    assert canary_errors, f"vnu did not report the broken canary document: {run.stderr[:500]}"

    problems = []
    for message in messages:
        path = source(message)
        if path == str(canary):
            continue
        where = files.get(path, path)
        line = message.get("lastLine", "?")
        extract = " ".join((message.get("extract") or "").split())[:160]
        problems.append(
            f"{message.get('type')}: {message.get('message')} @ {where} line {line}\n    {extract}"
        )
    assert not problems, (
        f"vnu found {len(problems)} errors in {len(files)} documents:\n" + "\n".join(problems)
    )
