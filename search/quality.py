"""Search quality: German queries a citizen would type, and what they should find.

Each case names the municipality by its demo host name and the expected pages
by their German URL paths (`manage.py load_demo`, content in demo/). A
case is found when one of its expected pages is among the first five results;
the reciprocal rank of the first expected page gives the MRR.
``evaluate()`` runs every query through ``search.engine.run``, the code path
of the search page, against the current database.
"""

from django.utils import translation
from wagtail.models import Site

from . import engine

VK, MZ, WHV, MARL, KL = (
    "localhost",
    "merzig.localhost",
    "wilhelmshaven.localhost",
    "marl.localhost",
    "kaiserslautern.localhost",
)

VK_2020 = "/de/integrationskonzept/integrationskonzept-2020/"
VK_2009 = "/de/integrationskonzept/integrationskonzept-2009/"
VK_PRESS = "/de/presse/neues-integrationskonzept-auftakt-im-neuen-rathaus/"
VK_KICKOFF = "/de/veranstaltungen/auftaktworkshop-fortschreibung-2017/"
VK_ROUND = "/de/veranstaltungen/gespraechsrunde-integrationskonzept/"
VK_PROGRESS = "/de/integrationskonzept/wo-stehen-wir/"
SELBSTCHECK_2021 = "/de/integrationskonzept/selbstcheck-2021/"
SELBSTCHECK_2024 = "/de/integrationskonzept/selbstcheck-2024/"
WHV_CONCEPT = "/de/integrationskonzept/handlungskonzept-integration/"
WHV_PRESS = "/de/presse/wilhelmshaven-ist-modellkommune-weltoffene-kommune/"
WHV_ONLINE = "/de/veranstaltungen/online-auftakt-weltoffene-kommune/"
WHV_DIALOG = "/de/veranstaltungen/dialogabend-zusammenleben-in-vielfalt/"
MARL_KODEX = "/de/integrationskonzept/marler-kodex/"
MARL_PRESS = "/de/presse/der-marler-weg-60-aktive-beraten-ueber-einwanderung/"
MARL_TAGUNG = "/de/veranstaltungen/tagung-der-marler-weg/"
MARL_FORUM = "/de/veranstaltungen/marler-weg-forum-wohnen-und-nachbarschaft/"
KL_PRESS = "/de/presse/weltoffene-kommune-erster-workshop/"
KL_WORKSHOP = "/de/veranstaltungen/erster-workshop-weltoffene-kommune/"
KL_TASKFORCE = "/de/veranstaltungen/taskforce-folgeworkshop-begegnung-und-dialog/"
MZ_PRESS = "/de/presse/merzig-prueft-integrationsarbeit-im-selbstcheck/"
MZ_CHECK = "/de/veranstaltungen/selbstcheck-weltoffene-kommune/"
MZ_TALK = "/de/veranstaltungen/werkstattgespraech-weltoffene-stadt/"

# (host, query, expected pages: any of them counts, the first listed is the best)
QUERIES = [
    # Völklingen
    (VK, "Sprachkurse", [VK_2020, VK_2009]),
    (VK, "Sprachkurs", [VK_2020, VK_2009]),
    (VK, "Konzept", [VK_2020, "/de/integrationskonzept/", VK_2009]),
    (VK, "Integrationskonzept 2009", [VK_2009]),
    (VK, "Fortschreibung", [VK_2020, VK_KICKOFF]),
    (VK, "Auftaktworkshop", [VK_KICKOFF]),
    (VK, "Auftakt", [VK_PRESS, VK_KICKOFF]),
    (VK, "iSPO", [VK_2020, VK_PRESS, VK_KICKOFF]),
    (VK, "Oberbürgermeister Lorig", [VK_PRESS, VK_KICKOFF]),
    (VK, "Gesprächsrunde", [VK_ROUND]),
    (VK, "Gesprächsrunden", [VK_ROUND, VK_2020]),
    (VK, "Sprachmittlung", [VK_ROUND]),
    (VK, "Integrationsbuero", [VK_ROUND, "/de/"]),
    (VK, "Leitbild", [VK_2009, VK_2020]),
    (VK, "Leitziele", [VK_2009, VK_2020]),
    (VK, "Kitas", [VK_2020, VK_2009]),
    (VK, "Ausbildung", [VK_2020, VK_2009]),
    # Since the implementation reports (issue 14) the newest report, which says
    # what became of each measure, and the overview are right answers too.
    (VK, "Maßnahmen", [VK_ROUND, VK_2020, VK_2020 + "umsetzungsbericht-2025/", VK_PROGRESS]),
    (VK, "Pressemitteilungen", ["/de/presse/"]),
    (VK, "Veranstaltungen", ["/de/veranstaltungen/"]),
    (VK, "Impressum", ["/de/impressum/"]),
    (VK, "Datenschutz", ["/de/datenschutz/"]),
    (VK, "Barrierefreiheit", ["/de/barrierefreiheit/"]),
    (VK, "Leichte Sprache", ["/de/leichte-sprache/"]),
    (VK, "Beirat", [VK_2020, VK_2009]),
    # Wilhelmshaven
    (WHV, "Migrantinnen", [WHV_DIALOG, WHV_PRESS, WHV_CONCEPT, WHV_ONLINE]),
    (WHV, "Migrantin", [WHV_DIALOG, WHV_PRESS, WHV_CONCEPT, WHV_ONLINE]),
    (WHV, "Migranten", [WHV_DIALOG, WHV_PRESS, WHV_CONCEPT, WHV_ONLINE]),
    (WHV, "Dialogabend", [WHV_DIALOG]),
    (WHV, "Handlungskonzept", [WHV_CONCEPT]),
    (WHV, "Konzept", [WHV_CONCEPT, "/de/integrationskonzept/"]),
    (WHV, "Modellkommune", [WHV_PRESS, WHV_ONLINE]),
    (WHV, "Frauen mit Einwanderungsgeschichte", [WHV_DIALOG, WHV_CONCEPT]),
    (WHV, "Elterncafé", [WHV_CONCEPT]),
    (WHV, "Zusammenleben", [WHV_DIALOG, WHV_CONCEPT, "/de/"]),
    # Marl
    (MARL, "Marler Kodex", [MARL_KODEX]),
    (MARL, "Wohnungssuche", [MARL_FORUM, MARL_TAGUNG, MARL_KODEX]),
    (MARL, "Wohnung", [MARL_FORUM, MARL_TAGUNG, MARL_KODEX]),
    (MARL, "Sportvereine", [MARL_KODEX, MARL_TAGUNG]),
    (MARL, "Sportverein", [MARL_KODEX, MARL_TAGUNG]),
    (MARL, "Tagung", [MARL_TAGUNG, MARL_PRESS]),
    (MARL, "Nachbarschaften", [MARL_FORUM, MARL_KODEX]),
    (MARL, "Ehrenamtliche", [MARL_TAGUNG, MARL_PRESS, "/de/"]),
    (MARL, "Integrationsmanagement", [MARL_KODEX, MARL_TAGUNG, MARL_PRESS, "/de/"]),
    # Kaiserslautern
    (KL, "Rassismus", [KL_WORKSHOP, KL_PRESS]),
    (KL, "Taskforce", [KL_TASKFORCE, KL_PRESS]),
    (KL, "Folgeworkshop", [KL_TASKFORCE]),
    (KL, "Alte Eintracht", [KL_WORKSHOP, KL_PRESS]),
    (KL, "Pandemie", [KL_WORKSHOP, KL_PRESS]),
    # The Selbstcheck pages (issue 14) rate the fields of action: right answers too.
    (KL, "Handlungsfelder", [KL_WORKSHOP, KL_PRESS, SELBSTCHECK_2021, SELBSTCHECK_2024]),
    # Merzig
    (MZ, "Selbstcheck", [MZ_CHECK, MZ_PRESS, SELBSTCHECK_2021]),
    (MZ, "Werkstattgespräch", [MZ_TALK]),
    (MZ, "Bürgermeister Hoffeld", [MZ_PRESS, MZ_CHECK]),
    (MZ, "Check", [MZ_CHECK, MZ_PRESS, MZ_TALK, SELBSTCHECK_2021]),
    (MZ, "Workshop Verwaltung", [MZ_CHECK, MZ_PRESS]),
    # Questions as people type them
    (WHV, "wo kann ich deutsch lernen", [WHV_CONCEPT]),
    (MARL, "Wohnung finden", [MARL_FORUM, MARL_TAGUNG]),
    (VK, "Flüchtlinge", [VK_2009, VK_2020]),
    (KL, "Begegnungsorte", [KL_WORKSHOP, KL_TASKFORCE, KL_PRESS]),
    (VK, "Termine Integrationskonzept", [VK_ROUND, VK_KICKOFF, "/de/veranstaltungen/"]),
    (MZ, "interkulturelle Öffnung", ["/de/", MZ_CHECK, MZ_PRESS]),
]

CUTOFF = 5


def german_path(page, site):
    """The German URL path of a page under its municipality's root: /de/…/."""
    root = site.root_page.url_path
    return "/de/" + page.url_path[len(root) :] if page.url_path.startswith(root) else None


def evaluate(queries=None, german_forms=True):
    """{"queries": n, "recall@5": float, "mrr": float, "misses": [...]} on the current database."""
    queries = QUERIES if queries is None else queries
    sites = {site.hostname: site for site in Site.objects.select_related("root_page")}
    found, reciprocal, misses = 0, 0.0, []
    with translation.override("de"):
        for host, query, expected in queries:
            site = sites.get(host)
            outcome = engine.run(site, query, "de", german_forms=german_forms) if site else None
            paths = [german_path(hit.page, site) for hit in outcome.hits] if outcome else []
            rank = next((i + 1 for i, path in enumerate(paths) if path in expected), None)
            if rank is not None:
                reciprocal += 1 / rank
            if rank is not None and rank <= CUTOFF:
                found += 1
            else:
                misses.append(
                    {
                        "host": host,
                        "query": query,
                        "expected": expected,
                        "rank": rank,
                        "top": paths[:CUTOFF],
                    }
                )
    n = len(queries)
    return {
        "queries": n,
        "recall@5": found / n if n else 0.0,
        "mrr": reciprocal / n if n else 0.0,
        "misses": misses,
    }
