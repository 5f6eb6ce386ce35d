"""After the period: the Abwägung (a decision and justification per comment),
the export as CSV and Excel, and the report published with the adopted
edition, with one mail to each participant who asked."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from consultation.export import comments_csv, report_csv
from consultation.models import Comment
from consultation.sections import MISSION
from tests.consultation.helpers import (
    admin_form,
    host,
    open_consultation,
    page_text,
    url,
)
from tests.factories import LIVE, ConceptEditionFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture
def answered(draft, people, voelklingen):
    adopted = ConceptEditionFactory(
        town=voelklingen, title="Integrationskonzept 2027", year=2027, state=LIVE
    )
    consultation = open_consultation(draft, phase="after", result_page=adopted)
    member = people["beirat"]
    rows = [
        ("suggestion", "Abendkurse anbieten", "adopted", "Aufgenommen.", False, True),
        ("question", '=HYPERLINK("http://x")', "noted", "", False, False),
        ("criticism", "Spamtext", "", "", True, True),
    ]
    for category, text, decision, why, hidden, notify in rows:
        Comment.objects.create(
            consultation=consultation, section_key=MISSION, section_label="Leitbild",
            author=member, author_name="Mitglied A", as_board=True, category=category,
            text=text, language="de", decision=decision, justification=why,
            status="hidden" if hidden else "visible",
            hidden_reason="Werbung" if hidden else "", notify=notify,
        )  # fmt: skip
    return consultation


def rows_of(content):
    return list(csv.reader(io.StringIO(content.lstrip("\ufeff")), delimiter=";"))


def test_office_export_excludes_hidden_unless_asked(answered):
    rows = rows_of(comments_csv(answered))
    assert rows[0][:4] == ["Eingangsnummer", "Eingegangen am", "Art", "Abschnitt"]
    texts = [r[8] for r in rows[1:]]
    assert "Spamtext" not in texts and len(texts) == 2
    assert '\'=HYPERLINK("http://x")' in texts  # never a formula
    assert "Spamtext" in [r[8] for r in rows_of(comments_csv(answered, include_hidden=True))[1:]]
    public = rows_of(report_csv(answered))
    assert "[ausgeblendet: Werbung]" in [r[8] for r in public[1:]]


def test_admin_export_download(client, answered, people):
    client.force_login(people["moderation"])
    response = client.get(reverse("consultation_export", args=[answered.pk]) + "?ausgeblendete=1")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "Spamtext" in response.content.decode()
    workbook = client.get(reverse("consultation_export_xlsx", args=[answered.pk]))
    assert workbook.status_code == 200
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(workbook.content)).active
    values = [row[8] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert '=HYPERLINK("http://x")' in values and "Spamtext" not in values
    formula_cell = next(c for c in sheet["I"] if c.value == '=HYPERLINK("http://x")')
    assert formula_cell.data_type == "s"  # text, not a formula


def test_report_is_published_with_the_adopted_edition(client, answered, people, voelklingen):
    report = url("report", pk=answered.pk)
    assert client.get(report, **host(voelklingen)).status_code == 302  # asks to log in
    # Read (and kept in the page cache) before the report is published.
    before = client.get(answered.result_page.get_url(), **host(voelklingen))
    assert "wo-consultation-summary" not in before.content.decode()
    client.force_login(people["moderation"])
    address = reverse("consultation_admin:edit", args=[answered.pk])
    data = admin_form(client, address)
    data["publish_report"] = "on"
    mail.outbox.clear()
    with pytest.MonkeyPatch.context():
        from django.test import TestCase

        with TestCase.captureOnCommitCallbacks(execute=True):
            response = client.post(address, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    answered.refresh_from_db()
    assert answered.report_published
    # One e-mail to the one person who asked, however many comments they wrote.
    assert len(mail.outbox) == 1 and report in mail.outbox[0].body
    client.logout()
    text = page_text(client.get(report, **host(voelklingen)))
    assert "Abendkurse anbieten" in text and "übernommen" in text
    assert "Spamtext" not in text and "Werbung" in text
    download = client.get(url("report_csv", pk=answered.pk), **host(voelklingen))
    assert download.status_code == 200 and "Abendkurse" in download.content.decode()
    # The adopted edition links the report and counts per section.
    edition = client.get(answered.result_page.get_url(), **host(voelklingen))
    soup = BeautifulSoup(edition.content.decode(), "html.parser")
    assert soup.select_one(f'a[href="{report}"]') is not None
    row = soup.select_one(".wo-consultation-summary tbody tr")
    cells = [c.get_text(strip=True) for c in row.select("th, td")]
    assert cells == ["Leitbild", "2", "1", "0", "0", "1"]


def test_hiding_a_comment_after_the_report_changes_the_editions_counts(
    client, answered, voelklingen
):
    from django.utils import timezone

    answered.report_published_at = timezone.now()
    answered.save()
    edition = answered.result_page.get_url()

    def counts():
        response = client.get(edition, **host(voelklingen))
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        row = soup.select_one(".wo-consultation-summary tbody tr")
        return [c.get_text(strip=True) for c in row.select("th, td")]

    assert counts() == ["Leitbild", "2", "1", "0", "0", "1"]
    comment = answered.comments.get(text="Abendkurse anbieten")
    comment.status, comment.hidden_reason = "hidden", "Doppelt eingereicht"
    comment.save()
    assert counts() == ["Leitbild", "1", "0", "0", "0", "1"]


def test_an_edition_with_a_report_costs_the_same_however_many_comments(
    client, answered, voelklingen
):
    """The report's counts on the edition are read at once, not per comment
    or section, and kept until the site or the report changes."""
    from django.test import override_settings
    from django.utils import timezone

    from consultation.sections import GUIDING_GOALS
    from tests.helpers import path_of
    from tests.test_queries import queries_for

    answered.report_published_at = timezone.now()
    answered.save()
    edition = path_of(answered.result_page)
    with override_settings(FRAGMENT_CACHE_ENABLED=False):
        few, _ = queries_for(client, voelklingen, edition)
    kept, _ = queries_for(client, voelklingen, edition)
    for n in range(4):
        Comment.objects.create(
            consultation=answered, section_key=GUIDING_GOALS, section_label="Leitziele",
            author_name=f"Person {n}", text=f"Kommentar {n}", language="de", decision="noted",
        )  # fmt: skip
    with override_settings(FRAGMENT_CACHE_ENABLED=False):
        many, response = queries_for(client, voelklingen, edition)
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    rows = [[c.get_text(strip=True) for c in row.select("th, td")]
            for row in soup.select(".wo-consultation-summary tbody tr")]  # fmt: skip
    assert ["Leitziele", "4", "0", "0", "0", "4"] in rows
    assert many == few, f"{few} queries with 2 comments, {many} with 6"
    assert queries_for(client, voelklingen, edition)[0] == kept <= 12
