"""Setting up a municipality: its site, home page, standard sections and legal pages.

Used by `manage.py create_municipality` for a real new municipality and by the
demo loader; running it again for the same host changes nothing.

The sections that belong to the apps above this one (the concept, the press
releases, the events) are added by those apps through the Wagtail hook
``weltoffen_municipality_sections`` (see concepts/wagtail_hooks.py and
news/wagtail_hooks.py): a function ``(home, municipality) -> {key: page}``,
called in hook order after the home page exists and before the legal pages,
so that the menu keeps its order.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail import hooks
from wagtail.models import Collection, Page, Site

from .languages.offered import ensure_locales
from .models import (
    AccessibilityStatementPage,
    EasyLanguagePage,
    HomePage,
    LegalPage,
    MunicipalitySettings,
    SignLanguagePage,
)
from .roles import ensure_roles


@dataclass
class Municipality:
    name: str
    official_name: str
    hostname: str
    port: int = 80
    state: str = ""
    is_default: bool = False
    address: str = ""
    phone: str = ""
    email: str = ""
    advisory_board_name: str = "Integrationsbeirat"
    editorial_responsible: str = ""
    introduction: str = ""
    sections: dict = field(default_factory=dict)


def remove_wagtail_welcome_page():
    """Wagtail's installer leaves a 'Welcome' page and a localhost site; they are not ours."""
    for page in Page.objects.filter(depth=2, content_type__model="page", slug="home"):
        Site.objects.filter(root_page=page).delete()
        page.delete()


def ensure_child(parent, model, slug, **fields):
    """The child page with this slug, created and published if it does not exist yet."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


@transaction.atomic
def set_up_municipality(m: Municipality):
    ensure_locales()
    remove_wagtail_welcome_page()
    root = Page.get_first_root_node()
    home, _ = ensure_child(
        root,
        HomePage,
        slugify(m.name),
        title=m.official_name,
        summary=f"Integrationsarbeit in {m.name}: Konzept, Pressemitteilungen und Veranstaltungen.",
        introduction=m.introduction,
    )
    site = Site.objects.filter(hostname=m.hostname, port=m.port).first()
    if site is None:
        if m.is_default:
            Site.objects.filter(is_default_site=True).update(is_default_site=False)
        site = Site.objects.create(
            hostname=m.hostname,
            port=m.port,
            root_page=home,
            site_name=m.official_name,
            is_default_site=m.is_default,
        )
    config = MunicipalitySettings.for_site(site)
    if not config.official_name:
        config.name = m.name
        config.official_name = m.official_name
        config.state = m.state
        config.address = m.address
        config.phone = m.phone
        config.email = m.email
        config.advisory_board_name = m.advisory_board_name
        config.editorial_responsible = m.editorial_responsible
        config.save()
    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=m.name).first()
    if collection is None:
        collection = root_collection.add_child(name=m.name)

    sections = {"home": home}
    for add_sections in hooks.get_hooks("weltoffen_municipality_sections"):
        sections.update(add_sections(home, m))
    sections["easy_language"], _ = ensure_child(
        home,
        EasyLanguagePage,
        "leichte-sprache",
        title="Leichte Sprache",
        summary="Informationen zu dieser Website in Leichter Sprache.",
        body=_easy_language_body(m),
    )
    sections["sign_language"], _ = ensure_child(
        home,
        SignLanguagePage,
        "gebaerdensprache",
        title="Gebärdensprache",
        summary="Informationen zu dieser Website in Deutscher Gebärdensprache (DGS).",
        introduction=(
            "<p>Hier erklären Videos in Deutscher Gebärdensprache, was auf dieser Website "
            "steht, wie Sie sich zurechtfinden, was in der Erklärung zur Barrierefreiheit "
            "steht und wo es weitere Informationen in Gebärdensprache gibt.</p>"
        ),
    )
    sections["imprint"], _ = ensure_child(
        home,
        LegalPage,
        "impressum",
        title="Impressum",
        summary=f"Wer diese Website von {m.official_name} herausgibt und wie Sie uns erreichen.",
        kind=LegalPage.Kind.IMPRINT,
        body=_imprint_text(m),
        last_reviewed=date.today(),
    )
    sections["privacy"], _ = ensure_child(
        home,
        LegalPage,
        "datenschutz",
        title="Datenschutzerklärung",
        summary="Welche Daten diese Website verarbeitet, wozu, und welche Rechte Sie haben.",
        kind=LegalPage.Kind.PRIVACY,
        body=_privacy_text(m),
        last_reviewed=date.today(),
    )
    sections["accessibility"], _ = ensure_child(
        home,
        AccessibilityStatementPage,
        "barrierefreiheit",
        title="Erklärung zur Barrierefreiheit",
        summary=(
            "Wie barrierefrei diese Website ist, was noch nicht zugänglich ist "
            "und wie Sie Barrieren melden können."
        ),
        statement_date=date.today(),
        last_reviewed=date.today(),
        conformance=AccessibilityStatementPage.Conformance.PARTIAL,
        non_accessible_content=(
            "<ul><li>Ältere PDF-Dokumente, etwa frühere Ausgaben des Integrationskonzepts, "
            "sind noch nicht barrierefrei. Auf Wunsch schicken wir Ihnen den Inhalt in "
            "einer zugänglichen Form.</li>"
            "<li>Nicht alle Seiten liegen schon in Leichter Sprache und in "
            "Deutscher Gebärdensprache vor.</li></ul>"
        ),
        feedback_intro=(
            "<p>Ist Ihnen eine Barriere aufgefallen? Schreiben Sie uns über das Formular "
            f"unten oder an {escape(m.email) or 'die Verwaltung'}. "
            "Wir antworten innerhalb eines Monats.</p>"
        ),
        enforcement_procedure=(
            "<p>Wenn Sie nach einem Monat keine zufriedenstellende Antwort erhalten haben, "
            "können Sie ein Schlichtungsverfahren beantragen. Zuständig ist die "
            '<a href="https://www.schlichtungsstelle-bgg.de/">Schlichtungsstelle nach dem '
            "Behindertengleichstellungsgesetz</a> oder die Ombudsstelle Ihres Landes.</p>"
        ),
    )
    # Groups with permissions on this municipality's sections and collection,
    # and the workflows of its sections (home/roles.py).
    ensure_roles(site, sections, collection, config.name or m.name, config.advisory_board_name)
    return site, sections


def _imprint_text(m):
    address = "<br>".join(escape(line) for line in m.address.splitlines() if line.strip())
    contact = " · ".join(escape(part) for part in (m.phone, m.email) if part)
    return (
        f"<h2>Herausgeberin</h2><p>{escape(m.official_name)}<br>{address}</p>"
        f"<p>{contact}</p>"
        "<h2>Vertretungsberechtigt</h2><p>Die Verwaltungsspitze der Kommune.</p>"
        "<h2>Hinweis</h2><p>Dies ist eine Demonstrations-Installation von Weltoffen. "
        "Die Angaben sind Beispielinhalte.</p>"
    )


def _privacy_text(m):
    return (
        "<h2>Verantwortliche Stelle</h2>"
        f"<p>{escape(m.official_name)}</p>"
        "<h2>Welche Daten wir verarbeiten</h2>"
        "<p>Beim Aufruf dieser Website verarbeitet der Server technisch notwendige Daten "
        "(IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die Seiten auszuliefern und vor "
        "Missbrauch zu schützen. Wir setzen keine Analyse- oder Werbedienste ein und laden "
        "keine Inhalte von fremden Servern, auch keine Schriften.</p>"
        "<h2>Formulare</h2>"
        "<p>Was Sie über ein Formular senden, nutzen wir nur, um Ihr Anliegen zu "
        "bearbeiten.</p>"
        "<h2>Ihre Rechte</h2>"
        "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung "
        "der Verarbeitung sowie ein Beschwerderecht bei der Datenschutz-Aufsichtsbehörde "
        "Ihres Landes.</p>"
    )


def _easy_language_body(m):
    """A starting text with the four items of BITV 2.0 § 4, for the municipality to review."""
    name = escape(m.name)
    parts = [
        (
            "Was steht auf dieser Internet-Seite?",
            [
                f"Das ist die Internet-Seite von {name}.",
                "Hier steht, wie die Stadt Menschen aus anderen Ländern hilft.",
                "Und wie alle Menschen in der Stadt gut zusammen leben können.",
                "Die Stadt hat dafür einen Plan geschrieben.",
                "Der Plan heißt: Integrations-Konzept.",
                "Sie finden auch Nachrichten von der Stadt.",
                "Und Sie finden Termine für Treffen.",
                "Bei den Treffen können alle mit-reden.",
            ],
        ),
        (
            "Wie finde ich mich auf der Seite zurecht?",
            [
                "Oben auf jeder Seite ist ein Menü.",
                "Menü heißt: eine Liste mit Links.",
                "Ein Link ist ein Wort. Sie können darauf klicken.",
                "Dann kommen Sie zu einer anderen Seite.",
                "Oben gibt es auch ein Such-Feld.",
                "Dort können Sie ein Wort schreiben.",
                "Dann zeigt die Seite alles zu diesem Wort.",
                "Ganz unten auf jeder Seite finden Sie die Kontakt-Daten der Stadt.",
            ],
        ),
        (
            "Was steht in der Erklärung zur Barriere-Freiheit?",
            [
                "Barriere-Freiheit heißt: Alle Menschen können die Seite gut benutzen.",
                "Zum Beispiel auch Menschen, die nicht gut sehen.",
                "Die Stadt hat geprüft: Ist die Seite barriere-frei?",
                "Vieles ist barriere-frei. Manches noch nicht.",
                "Zum Beispiel: Manche alte Dateien sind noch nicht barriere-frei.",
                "Haben Sie ein Problem mit der Seite?",
                "Dann schreiben Sie uns.",
                "Dafür gibt es ein Formular auf der Seite: Erklärung zur Barriere-Freiheit.",
                "Wir antworten Ihnen in einem Monat.",
                "Sind Sie mit der Antwort nicht zufrieden?",
                "Dann hilft Ihnen eine Schlichtungs-Stelle.",
                "Eine Schlichtungs-Stelle hilft bei Streit. Sie kostet nichts.",
            ],
        ),
        (
            "Wo gibt es noch mehr Informationen?",
            [
                "Es gibt auch Informationen in Gebärden-Sprache.",
                "Der Link dazu ist oben auf jeder Seite.",
                "Zum Integrations-Konzept gibt es eine Zusammenfassung in Leichter Sprache.",
                "Sie steht unten auf dieser Seite.",
            ],
        ),
    ]
    html = "".join(
        f"<h2>{heading}</h2>" + "".join(f"<p>{s}</p>" for s in sentences)
        for heading, sentences in parts
    )
    return [("paragraph", html)]
