"""Rich text that reaches the database without the editor cannot run script on the public site.

Draftail whitelists markup when an editor saves, but import scripts, the shell or
anything else that sets a StreamField or RichTextField directly skips that step.
These tests put hostile markup straight into the fields and check what a
visitor's browser would get.
"""

import json
import uuid

import pytest
from bs4 import BeautifulSoup

from tests.factories import PressReleaseFactory, StandardPageFactory, paragraph
from tests.helpers import visit

HOSTILE = (
    "<p>Vorher</p>"
    "<script>alert(1)</script>"
    '<p><img src="x" onerror="alert(2)"></p>'
    '<p><a href="javascript:alert(3)">Link</a> und '
    '<a href=" JaVaScRiPt:alert(4)">noch einer</a> und '
    '<a href="https://example.org/" onclick="alert(5)">sauber</a></p>'
    '<p onmouseover="alert(6)">Hover</p>'
    "<svg><script>alert(7)</script></svg>"
    '<iframe src="javascript:alert(8)"></iframe>'
    '<object data="x.swf"></object><embed src="x.swf">'
    '<form action="javascript:alert(9)"><button>Los</button></form>'
    "<style>body{display:none}</style>"
    '<p style="background:url(javascript:alert(10))">Stil</p>'
    "<p>Nachher</p>"
)

TEXT_HOSTILE = '<script>alert("lead")</script><img src=x onerror=alert("lead")>'


def assert_no_executable_markup(response):
    assert response.status_code == 200, response.status_code
    document = BeautifulSoup(response.content.decode(), "html.parser")
    for script in document.find_all("script"):
        if script.get("type") == "application/ld+json":
            continue
        src = script.get("src", "")
        assert src.startswith("/static/"), f"unerwartetes Skript: {script}"
        assert not script.string, f"Skript mit Inhalt: {script}"
    for element in document.find_all(True):
        for name, value in element.attrs.items():
            assert not name.lower().startswith("on"), f"Event-Handler: {element}"
            if name.lower() in {"href", "src", "action", "formaction", "data", "xlink:href"}:
                text = "".join(value if isinstance(value, list) else [value])
                squeezed = "".join(text.split()).lower()
                assert not squeezed.startswith("javascript:"), f"javascript:-URL: {element}"
        assert element.name not in {"iframe", "object", "embed", "style"}, element
        if element.get("style"):
            raise AssertionError(f"style-Attribut: {element}")
    return document


@pytest.mark.django_db
def test_hostile_stream_field_and_lead_render_harmless(client, voelklingen):
    page = PressReleaseFactory(
        town=voelklingen,
        title="Gefährliche Mitteilung",
        lead=TEXT_HOSTILE,
        summary=TEXT_HOSTILE,
        body=paragraph(HOSTILE),
    )
    response = visit(client, voelklingen, page.url)
    document = assert_no_executable_markup(response)
    text = document.get_text(" ")
    # The harmless parts stay: text and the clean link.
    assert "Vorher" in text and "Nachher" in text and "sauber" in text
    assert document.find("a", href="https://example.org/") is not None
    # The lead is shown as text, escaped.
    assert 'alert("lead")' in text


@pytest.mark.django_db
def test_hostile_standard_page_summary_and_body(client, voelklingen):
    page = StandardPageFactory(
        town=voelklingen,
        title="Gefährliche Seite",
        summary=TEXT_HOSTILE,
        body=json.dumps([{"type": "paragraph", "value": HOSTILE, "id": str(uuid.uuid4())}]),
    )
    response = visit(client, voelklingen, page.url)
    assert_no_executable_markup(response)


@pytest.mark.django_db
def test_hostile_rich_text_field_on_home_page(client, voelklingen):
    home = voelklingen.home.specific
    home.introduction = HOSTILE
    home.save_revision().publish()
    response = visit(client, voelklingen, "/")
    document = assert_no_executable_markup(response)
    assert "Vorher" in document.get_text(" ")


@pytest.mark.django_db
def test_internal_page_links_still_render(client, voelklingen):
    """Sanitising must keep Wagtail's own link types working."""
    target = StandardPageFactory(town=voelklingen, title="Ziel der Verlinkung")
    body = paragraph(
        f'<p>Siehe <a linktype="page" id="{target.pk}">die Zielseite</a> und '
        '<a href="mailto:integration@voelklingen.example">Mail</a>, '
        "<b>fett</b>, <i>kursiv</i>.</p><h2>Zwischentitel</h2><ul><li>Punkt</li></ul>"
    )
    page = StandardPageFactory(town=voelklingen, title="Mit Links", body=body)
    document = assert_no_executable_markup(visit(client, voelklingen, page.url))
    assert document.find("a", href=target.url) is not None
    assert document.find("a", href="mailto:integration@voelklingen.example") is not None
    main = document.find("main")
    assert main.find("b") is not None and main.find("i") is not None
    assert main.find("h2", string="Zwischentitel") is not None
    assert main.find("li", string="Punkt") is not None
