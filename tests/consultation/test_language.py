"""The consultation pages speak the reader's language: under /en/ and /ar/ the
draft with its comment threads, the receipt and the published Abwägung show no
German interface text, and Arabic is laid out right to left. The German page
is checked as well, so that the words looked for are really in the templates."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from consultation.models import Comment, Consultation
from consultation.sections import MISSION
from core import protection
from tests.consultation.helpers import MEASURE, board_member, public_participant
from tests.factories import DRAFT, LIVE, ConceptEditionFactory, field_of_action, structure
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture(autouse=True)
def german_afterwards():
    """A request under /en/ leaves its language active in the thread; the next
    test must not reverse its URLs in English."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


# Interface text of the consultation templates (none of it occurs in the data
# below), with what an English and an Arabic reader see instead.
DETAIL = {
    "de": [
        "Anregung",
        "Anmelden, um zu kommentieren",
        "Die Kommentierung läuft",
        "Dieser Kommentar wurde von der Moderation ausgeblendet.",
        "hervorgehoben",
        "Der Beirat hat noch keine Stellungnahme abgegeben.",
    ],
    "en": [
        "Suggestion",
        "Log in to comment",
        "Commenting is open",
        "This comment has been hidden by the moderators.",
        "highlighted",
        "The advisory council has not submitted a statement yet.",
    ],
    "ar": [
        "اقتراح",
        "سجّل الدخول للتعليق",
        "باب التعليق مفتوح",
        "أخفى فريق الإشراف هذا التعليق.",
        "مميَّز",
        "لم يقدّم المجلس الاستشاري رأيه الرسمي بعد.",
    ],
}
BOARD = {
    "de": ["Stellungnahme abgeben", "kommentieren", "Angemeldet als"],
    "en": ["Submit statement", "Comment on “Mission statement”", "Logged in as"],
    "ar": ["تقديم الرأي الرسمي", "التعليق على «الرؤية والمبادئ»", "تم تسجيل الدخول باسم"],
}
REPORT = {
    "de": [
        "Abwägung: Fortschreibung 2026",
        "Abwägungstabelle",
        "teilweise übernommen",
        "zur Kenntnis genommen",
        "Beschlossene Ausgabe:",
        "Nr.",
    ],
    "en": [
        "Consideration of comments: Fortschreibung 2026",
        "Consideration table",
        "partly accepted",
        "noted",
        "Adopted edition:",
        "No.",
    ],
    "ar": [
        "البتّ في الملاحظات: Fortschreibung 2026",
        "جدول البتّ في الملاحظات",
        "تم الأخذ به جزئيًا",
        "أُحيط به علمًا",
        "الإصدار المعتمَد:",
        "رقم",
    ],
}
RECEIPT = {
    "de": ["Eingangsbestätigung", "Ihr Beitrag ist eingegangen", "Zurück zum Entwurf"],
    "en": [
        "Acknowledgement of receipt",
        "Your contribution has been received",
        "Back to the draft",
    ],
    "ar": ["إشعار بالاستلام", "لقد استلمنا مساهمتك", "العودة إلى المسودة"],
}
# German words that must not be left anywhere in the main area of a translated page.
GERMAN = [
    "Kommentar",
    "kommentieren",
    "Kommentierung",
    "Anregung",
    "Stellungnahme",
    "Abwägung",
    "übernommen",
    "ausgeblendet",
    "Beteiligung",
    "Eingang",
    "Uhr",
]


@pytest.fixture
def draft(voelklingen):
    return ConceptEditionFactory(
        town=voelklingen,
        title="Fortschreibung Vorlage",
        year=2026,
        status="draft",
        state=DRAFT,
        mission_statement="<p>Völklingen für alle.</p>",
        structure=structure((field_of_action("wohnen"), [("Gute Nachbarschaft", [MEASURE])])),
    )


def consultation_on(page, audience, phase="during", **kw):
    now = timezone.now()
    start, end = {
        "during": (now - timedelta(days=2), now + timedelta(days=20)),
        "after": (now - timedelta(days=30), now - timedelta(days=1)),
    }[phase]
    return Consultation.objects.create(
        page=page,
        title="Fortschreibung 2026",
        starts_at=start,
        ends_at=end,
        audience=audience,
        introduction="",
        contact="",
        **kw,
    )


def comment(consultation, author, **kw):
    fields = {
        "section_key": MISSION,
        "section_label": "Leitbild",
        "author_name": "Ayşe K.",
        "category": "suggestion",
        "text": "Mehr Abendkurse, bitte.",
        "language": "de",
    }
    fields.update(kw)
    return Comment.objects.create(consultation=consultation, author=author, **fields)


def address(code, name, **kwargs):
    with translation.override(code):
        return reverse(f"consultation:{name}", kwargs=kwargs)


def main_text(client, town, path):
    page = soup(client.get(path, HTTP_HOST=town.host))
    return page, " ".join(page.find("main").get_text(" ").split())


def check(page, text, code, expected):
    assert page.html["lang"] == code
    assert page.html.get("dir", "ltr") == ("rtl" if code == "ar" else "ltr")
    for phrase in expected[code]:
        assert phrase in text, (code, phrase, text)
    if code != "de":
        for word in GERMAN:
            assert word not in text, (code, word, text)


@pytest.mark.parametrize("code", ["de", "en", "ar"])
def test_public_draft_with_threads_for_an_anonymous_reader(client, draft, voelklingen, code):
    consultation = consultation_on(draft, Consultation.Audience.PUBLIC)
    author = public_participant(voelklingen)
    comment(consultation, author, highlighted=True)
    comment(consultation, author, category="question", status="hidden", hidden_reason="Werbung")
    path = address(code, "detail", pk=consultation.pk)
    assert path.startswith(f"/{code}/")
    page, text = main_text(client, voelklingen, path)
    check(page, text, code, DETAIL)
    assert page.select_one(".wo-comment--highlighted .wo-lang-label[lang=de]") is not None
    assert page.select_one(".wo-comment--hidden") is not None


@pytest.mark.parametrize("code", ["de", "en", "ar"])
def test_board_member_sees_the_actions_in_their_language(client, draft, voelklingen, code):
    consultation = consultation_on(draft, Consultation.Audience.BOARD)
    client.force_login(board_member(voelklingen, name="Mitglied A"))
    page, text = main_text(client, voelklingen, address(code, "detail", pk=consultation.pk))
    check(page, text, code, BOARD)


@pytest.mark.parametrize("code", ["de", "en", "ar"])
def test_receipt_in_the_participants_language(client, draft, voelklingen, code):
    consultation = consultation_on(draft, Consultation.Audience.PUBLIC)
    author = public_participant(voelklingen)
    saved = comment(consultation, author)
    client.force_login(author)
    path = address(code, "receipt", pk=consultation.pk, receipt=saved.receipt)
    page, text = main_text(client, voelklingen, path)
    check(page, text, code, RECEIPT)
    assert page.select_one(".wo-receipt-number").get_text(strip=True) == saved.receipt


@pytest.mark.parametrize("code", ["de", "en", "ar"])
def test_published_report(client, draft, voelklingen, code):
    adopted = ConceptEditionFactory(
        town=voelklingen, title="Integrationskonzept 2027", year=2027, state=LIVE
    )
    consultation = consultation_on(
        draft,
        Consultation.Audience.PUBLIC,
        phase="after",
        result_page=adopted,
        report_published_at=timezone.now(),
    )
    author = public_participant(voelklingen)
    comment(consultation, author, decision="partly", justification="Teilweise im Plan.")
    comment(consultation, author, category="criticism", decision="noted", justification="Danke.")
    page, text = main_text(client, voelklingen, address(code, "report", pk=consultation.pk))
    check(page, text, code, REPORT)
    badges = [b.get_text(strip=True) for b in page.select(".wo-report .wo-decision")]
    assert len(badges) == 2
    # The draft with its threads now shows each decision, translated too.
    page, text = main_text(client, voelklingen, address(code, "detail", pk=consultation.pk))
    check(page, text, code, {code: REPORT[code][2:4]})


FORM = {
    "de": ["Art Ihres Kommentars", "Sprache Ihres Kommentars", "Kommentar senden"],
    "en": ["Type of comment", "Language of your comment", "Send comment"],
    "ar": ["نوع تعليقك", "لغة تعليقك", "إرسال التعليق"],
}
MAIL = {
    "de": ("Eingangsbestätigung", "Ihr Beitrag zur Beteiligung"),
    "en": ("Acknowledgement of receipt", "Your contribution to the consultation"),
    "ar": ("إشعار بالاستلام", "لقد استلمنا مساهمتك في المشاورة"),
}


@pytest.mark.parametrize("code", ["de", "en", "ar"])
def test_comment_form_and_receipt_mail_in_the_readers_language(
    client, draft, voelklingen, code, monkeypatch
):
    monkeypatch.setattr(protection, "MIN_SECONDS", 0)
    consultation = consultation_on(draft, Consultation.Audience.PUBLIC)
    client.force_login(public_participant(voelklingen))
    path = address(code, "comment", pk=consultation.pk, key=MISSION)
    page, text = main_text(client, voelklingen, path)
    check(page, text, code, FORM)
    form = page.select_one("form.wo-form")
    data = {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}
    data.update({"category": "question", "text": "Wann beginnen die Kurse?", "language": "de"})
    mail.outbox.clear()
    response = client.post(path, data, HTTP_HOST=voelklingen.host)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").main
    assert response["Location"].startswith(f"/{code}/")
    subject, opening = MAIL[code]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith(subject)
    assert opening in mail.outbox[0].body and "%(" not in mail.outbox[0].body
