"""The comparison page of an edition: what readers see, what stays hidden, the
answers behind the changes, change notes, languages and the Fortschreibung."""

import pytest
from django.utils import timezone

from tests.factories import ConceptEditionFactory, field_of_action, structure
from tests.helpers import channels_showing, path_of, text_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def measure(title, status="planned", **kw):
    return {
        "title": title,
        "description": kw.get("description", ""),
        "responsible": kw.get("responsible", "Integrationsbüro"),
        "partners": kw.get("partners", ""),
        "timeframe": kw.get("timeframe", ""),
        "status": status,
        "budget": "",
    }


@pytest.fixture(scope="module")
def editions(shared_towns):
    """Two separately entered editions of Völklingen, set up once."""
    town = shared_towns["voelklingen"]
    sprache, wohnen = field_of_action("sprache"), field_of_action("wohnen")
    older = ConceptEditionFactory(
        town=town,
        title="Konzept 2009",
        slug="konzept-2009",
        year=2009,
        mission_statement="<p>Völklingen will eine offene Stadt sein.</p>",
        structure=structure(
            (
                sprache,
                [
                    (
                        "Sprachkurse für Erwachsene leichter zugänglich machen",
                        [measure("Übersicht aller Sprachkurse", "done", timeframe="2009–2010")],
                    ),
                    ("Sport im Verein fördern", [measure("Schwimmkurse für Mädchen")]),
                ],
            )
        ),
    )
    newer = ConceptEditionFactory(
        town=town,
        title="Konzept 2020",
        slug="konzept-2020",
        year=2020,
        predecessor=older,
        mission_statement="<p>Völklingen ist eine offene Stadt.</p>",
        structure=structure(
            (
                sprache,
                [
                    (
                        "Sprachkurse für Erwachsene schneller zugänglich machen",
                        [measure("Übersicht aller Sprachkurse", "running", timeframe="ab 2021")],
                    )
                ],
            ),
            (wohnen, [("Gutes Wohnen in allen Stadtteilen", [measure("Wohnberatung")])]),
        ),
    )
    return {"older": older, "newer": newer, "town": town, "other": shared_towns["merzig"]}


def comparison_path(page, other=""):
    return f"{path_of(page)}vergleich/{other}"


def test_the_edition_links_its_comparison_and_shows_each_change(client, editions, voelklingen):
    town = voelklingen
    newer = editions["newer"]
    edition = text_of(visit(client, town, path_of(newer)))
    assert "Was hat sich gegenüber 2009 geändert?" in edition

    response = visit(client, town, comparison_path(newer))
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(response)
    # per field of action a summary with jump links
    assert 'href="#aenderung-' in html
    assert "Wohnen" in text and "neu" in text
    # a changed goal, word by word, labelled for screen readers
    assert '<del><span class="wo-visually-hidden">gestrichen: </span>leichter</del>' in html
    assert '<ins><span class="wo-visually-hidden">eingefügt: </span>schneller</ins>' in html
    # attributes before → after
    assert "umgesetzt" in text and "laufend" in text
    # a goal without a counterpart is dropped, not silently missing
    assert "Sport im Verein fördern" in text and "entfallen" in text
    # the Leitbild compared the same way
    assert "Leitbild" in text
    assert '<link rel="canonical" href="http://' in html and "vergleich/" in html


def test_any_two_editions_of_a_line_by_year_and_nothing_else(client, editions, voelklingen):
    town = voelklingen
    older, newer = editions["older"], editions["newer"]
    assert visit(client, town, comparison_path(older, "2020/")).status_code == 200
    assert visit(client, town, comparison_path(newer, "konzept-2009/")).status_code == 200
    assert visit(client, town, comparison_path(older)).status_code == 404, "no predecessor"
    assert visit(client, town, comparison_path(newer, "1999/")).status_code == 404
    assert visit(client, town, comparison_path(newer, "2020/")).status_code == 404


def test_the_comparison_is_computed_once_per_pair_of_revisions(editions, monkeypatch):
    from concepts.comparison import results
    from concepts.models import ConceptEditionPage

    calls = []
    original = results.compare
    monkeypatch.setattr(results, "compare", lambda *a: calls.append(1) or original(*a))
    for _ in range(2):
        older, newer = (
            ConceptEditionPage.objects.get(pk=editions[name].pk) for name in ("older", "newer")
        )
        results.cached_comparison(older, newer, older.live_revision_id, newer.live_revision_id)
    assert len(calls) == 1


def test_fortschreibung_copies_the_structure_with_its_identities(client, editions, role_user):
    from concepts.comparison.matching import items_of
    from concepts.models import ConceptEditionPage

    newer = ConceptEditionPage.objects.get(pk=editions["newer"].pk)
    town = newer.get_site()
    office = role_user(editions["town"], "integrationsbuero")
    client.force_login(office)
    address = f"/admin/integrationskonzept/{newer.pk}/fortschreibung/"
    assert b"Fortschreibung anlegen" in client.get(address, HTTP_HOST=town.hostname).content
    response = client.post(address, HTTP_HOST=town.hostname)
    assert response.status_code == 302
    draft = ConceptEditionPage.objects.get(predecessor=newer)
    assert (draft.status, draft.live) == ("in_preparation", False)
    assert [i.key for i in items_of(draft)] == [i.key for i in items_of(newer)]
    goals = [g.key for area in items_of(draft) for g in area.children]
    assert goals == [g.key for area in items_of(newer) for g in area.children]
    # not for a member of another municipality
    client.force_login(role_user(editions["other"], "integrationsbuero"))
    assert client.post(address, HTTP_HOST=town.hostname).status_code in (403, 404)
    assert ConceptEditionPage.objects.filter(predecessor=newer).count() == 1


def test_a_draft_comparison_is_on_no_public_channel(client, editions, voelklingen):
    from concepts.fortschreibung import create_fortschreibung
    from concepts.models import ConceptEditionPage

    newer = ConceptEditionPage.objects.get(pk=editions["newer"].pk)
    draft = create_fortschreibung(newer, None)
    raw = list(draft.structure.raw_data)
    raw[0]["value"]["goals"][0]["value"]["title"] = "Vergleichsgeheimnis im Entwurf"
    draft.structure = raw
    draft.save_revision()
    assert visit(client, voelklingen, comparison_path(draft)).status_code == 404
    assert visit(client, voelklingen, comparison_path(newer, f"{draft.year}/")).status_code == 404
    assert not channels_showing(client, voelklingen, "Vergleichsgeheimnis")
    # a newer draft of a live edition does not show in its comparison either
    live = ConceptEditionPage.objects.get(pk=newer.pk)
    live.mission_statement = "<p>Entwurfsgeheimnis des Leitbilds</p>"
    live.save_revision()
    assert "Entwurfsgeheimnis" not in text_of(visit(client, voelklingen, comparison_path(live)))


def test_answers_behind_changes_link_both_ways(client, editions, voelklingen):
    from consultation.models import Comment
    from tests.consultation.helpers import open_consultation

    newer = editions["newer"]
    goal_key = list(newer.structure.raw_data)[0]["value"]["goals"][0]["id"]
    published = timezone.now()
    consultation = open_consultation(
        newer, audience="public", phase="after", result_page=newer, report_published_at=published
    )
    comment = Comment.objects.create(
        consultation=consultation,
        section_key="leitbild",
        text="Bitte die Kurse schneller zugänglich machen.",
        decision=Comment.Decision.PARTLY,
        justification="Teilweise aufgenommen.",
        changed_section_key=goal_key,
    )
    html = visit(client, voelklingen, comparison_path(newer)).content.decode()
    assert f"Beitrag {comment.receipt}: teilweise übernommen" in html
    assert f"/beteiligung/{consultation.pk}/abwaegung/#abwaegung-{comment.pk}" in html
    report = visit(client, voelklingen, f"/beteiligung/{consultation.pk}/abwaegung/")
    assert f"{path_of(newer)}vergleich/#aenderung-{goal_key}" in report.content.decode()


def test_a_change_after_adoption_gets_a_dated_note_a_correction_none(client, editions, voelklingen):
    from concepts.models import ConceptEditionPage, EditionChangeNote

    edition = ConceptEditionPage.objects.get(pk=editions["newer"].pk)
    edition.summary = "Tippfehler berichtigt"
    edition.change_kind = "correction"
    edition.save_revision().publish()
    assert not EditionChangeNote.objects.filter(edition=edition).exists()

    edition = ConceptEditionPage.objects.get(pk=edition.pk)
    edition.change_kind = "change"
    edition.change_note = "Maßnahme Wohnberatung um ein Jahr verlängert."
    edition.save_revision().publish()
    note = EditionChangeNote.objects.get(edition=edition)
    text = text_of(visit(client, voelklingen, path_of(edition)))
    assert "Zuletzt geändert am" in text and note.text in text
    edition = ConceptEditionPage.objects.get(pk=edition.pk)
    edition.save_revision().publish()
    assert EditionChangeNote.objects.filter(edition=edition).count() == 1, "no repeated note"


def test_a_change_needs_its_note():
    from django.core.exceptions import ValidationError

    from concepts.models import ConceptEditionPage

    page = ConceptEditionPage(title="x", year=2020, change_kind="change", change_note=" ")
    with pytest.raises(ValidationError):
        page.clean()


def test_the_comparison_in_the_readers_language_or_a_notice(client, editions, voelklingen):
    from wagtail.models import Locale

    from concepts.models import ConceptEditionPage

    english = Locale.objects.get(language_code="en")
    newer = ConceptEditionPage.objects.get(pk=editions["newer"].pk)
    translated = newer.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()
    url = translated.get_url_parts()[2]
    notice = visit(client, voelklingen, f"{url}vergleich/")
    assert notice.status_code == 200
    assert "not available in this language" in text_of(notice)
    assert f'href="{path_of(newer)}vergleich/"' in notice.content.decode()

    older = ConceptEditionPage.objects.get(pk=editions["older"].pk)
    older_en = older.copy_for_translation(english)
    older_en.save_revision().publish()
    response = visit(client, voelklingen, f"{url}vergleich/")
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert "What has changed? 2009 and 2020" in text_of(response)


def test_the_comparison_as_open_data(client, editions, voelklingen, merzig):
    from concepts.fortschreibung import create_fortschreibung
    from concepts.models import ConceptEditionPage

    newer = ConceptEditionPage.objects.get(pk=editions["newer"].pk)
    address = f"/api/v2/comparisons/{newer.pk}/"
    data = client.get(address, HTTP_HOST=voelklingen.host).json()
    assert (data["older"]["year"], data["newer"]["year"]) == (2009, 2020)
    assert [i["title"] for i in data["added"] if i["kind"] == "goal"] == [
        "Gutes Wohnen in allen Stadtteilen"
    ]
    changed = next(i for i in data["changed"] if i["kind"] == "measure")
    assert {"label": "Stand", "before": "umgesetzt", "after": "laufend"} in changed["attributes"]
    assert client.get(f"{address}?mit={editions['older'].pk}", HTTP_HOST=voelklingen.host).json()
    bad = client.get(f"{address}?mit=zwei", HTTP_HOST=voelklingen.host)
    assert bad.status_code == 400 and "muss die Nummer" in bad.json()["message"]
    # another municipality's host, and a draft, have no comparison
    assert client.get(address, HTTP_HOST=merzig.host).status_code == 404
    draft = create_fortschreibung(newer, None)
    assert (
        client.get(f"/api/v2/comparisons/{draft.pk}/", HTTP_HOST=voelklingen.host).status_code
        == 404
    )
    assert client.get(f"{address}?mit={draft.pk}", HTTP_HOST=voelklingen.host).status_code == 404
