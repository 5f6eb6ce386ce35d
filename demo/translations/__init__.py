"""Demo translations, made through wagtail-localize's own machinery.

For each page below, the loader creates wagtail-localize's TranslationSource
and Translation, exports the PO file of the translation, fills in the strings
from the text tables (keyed by the German source string) and imports it
again, then publishes the translated page. The translations are therefore
synchronised: editors see them in the translation editor, and a change of the
German page shows up in the translation report.

Official German names stay in German, with a translation in parentheses on
first use. Slugs stay German (they are ASCII and stable in every language),
except in English and Turkish, where a readable Latin slug exists.

The texts are data, one PO catalogue per language next to this module
(``<language>.po``): msgid is the German source string exactly as
wagtail-localize extracts it, msgstr its translation, and translator comments
(``#.``) explain the choices. They are not interface translations (those are
locale/<lang>/LC_MESSAGES/django.po, which Django loads); only text() reads
them, with polib. This module keeps the configuration: which pages, in which
languages.
"""

from functools import cache
from pathlib import Path

import polib

DIRECTORY = Path(__file__).resolve().parent

MAIN = ["en", "tr", "ar", "uk"]
ALL = ["en", "tr", "ar", "uk", "ru", "fa"]

# (hostname, path of the German page below the home page ("" for the home
# page), languages), in tree order: a parent before its children.
PAGES = [
    # Völklingen: home, press section and the 2017 release in all six languages;
    # the current concept edition with its structure, and the events section
    # (so that its calendar exists per language) in the four main ones.
    ("localhost", "", ALL),
    ("localhost", "presse", ALL),
    ("localhost", "presse/neues-integrationskonzept-auftakt-im-neuen-rathaus", ALL),
    ("localhost", "integrationskonzept", MAIN),
    ("localhost", "integrationskonzept/integrationskonzept-2020", MAIN),
    ("localhost", "integrationskonzept/wo-stehen-wir", MAIN),
    ("localhost", "veranstaltungen", MAIN),
    ("localhost", "veranstaltungen/auftaktworkshop-fortschreibung-2017", MAIN),
    ("localhost", "veranstaltungen/gespraechsrunde-integrationskonzept", MAIN),
    # The other four: home page, press section and one release each.
    ("merzig.localhost", "", MAIN),
    ("merzig.localhost", "presse", MAIN),
    ("merzig.localhost", "presse/merzig-prueft-integrationsarbeit-im-selbstcheck", MAIN),
    ("wilhelmshaven.localhost", "", MAIN),
    ("wilhelmshaven.localhost", "presse", MAIN),
    (
        "wilhelmshaven.localhost",
        "presse/wilhelmshaven-ist-modellkommune-weltoffene-kommune",
        MAIN,
    ),
    ("marl.localhost", "", MAIN),
    ("marl.localhost", "presse", MAIN),
    ("marl.localhost", "presse/der-marler-weg-60-aktive-beraten-ueber-einwanderung", MAIN),
    ("kaiserslautern.localhost", "", MAIN),
    ("kaiserslautern.localhost", "presse", MAIN),
    ("kaiserslautern.localhost", "presse/weltoffene-kommune-erster-workshop", MAIN),
]

# The one translation left behind on purpose: after translating, the German
# summary of Völklingen's press section changes, so the report flags it.
OUTDATED = ("localhost", "presse")
OUTDATED_SUMMARY = (
    "Pressemitteilungen der Mittelstadt Völklingen zur Integrationsarbeit, neueste zuerst."
)


@cache
def catalogue(language):
    """{German source: translation} of one language, from <language>.po (empty
    if there is none); untranslated and fuzzy entries do not count."""
    path = DIRECTORY / f"{language}.po"
    if not path.is_file():
        return {}
    return {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(path), encoding="utf-8")
        if entry.translated()
    }


def text(german, language):
    """The translation of one German source string, or None."""
    return catalogue(language).get(german)
