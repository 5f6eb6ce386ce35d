"""A scaled corpus for the benchmark: N more pages across the five demo municipalities.

Run inside a configured Django process (tools/bench/run.py does that):
``python tools/bench/corpus.py 9000`` adds 9,000 pages to the database in
DATABASE_URL. Pages are inserted in batches (materialised tree paths
computed here, see ``bulk_add``) in one transaction per municipality and are
live without revisions: a benchmark needs what readers see, not an editing
history. tools/bench/run.py brings the search index up to date afterwards.

Mix per municipality: 60 % press releases, 28 % events, 10 % standard pages,
2 % concept editions (with fields of action, goals and measures).
"""

import json
import os
import random
import sys
import time
import uuid
from datetime import timedelta

VOCABULARY = (
    "Sprachkurs Elterncafé Nachbarschaft Integrationsbeirat Ausbildung Kita Schule "
    "Beratung Wohnung Sportverein Ehrenamt Begegnung Dialog Vielfalt Migration "
    "Einbürgerung Arbeitsmarkt Jugend Senioren Frauen Gesundheit Kultur Sprache "
    "Bildung Teilhabe Quartier Rathaus Workshop Fortbildung Mentoring Patenschaft "
    "Willkommen Netzwerk Integrationskurs Gemeinschaft Familien Sprachmittlung "
    "Berufsanerkennung Stadtteil Festival Austausch Projekt Förderung Antidiskriminierung"
)
WORDS = VOCABULARY.split()
MIX = (("release", 0.60), ("event", 0.28), ("standard", 0.10), ("edition", 0.02))


def sentence(rng, words=12):
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def paragraph_block(rng, sentences=5):
    html = "<p>" + " ".join(sentence(rng) for _ in range(sentences)) + "</p>"
    return [{"type": "paragraph", "value": html, "id": str(uuid.uuid4())}]


def progress(done, total, started, width=30):
    if not sys.stderr.isatty() and done not in (total,) and done % max(total // 10, 1):
        return
    filled = int(width * done / max(total, 1))
    rate = done / max(time.monotonic() - started, 1e-6)
    bar = "#" * filled + "-" * (width - filled)
    end = "\n" if done >= total else ""
    print(f"\r  corpus [{bar}] {done}/{total} ({rate:.0f} pages/s)", end=end, file=sys.stderr)
    sys.stderr.flush()


def structure_json(rng, fields):
    data = []
    for foa in rng.sample(fields, k=min(3, len(fields))):
        goals = []
        for g in range(2):
            measures = [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "title": sentence(rng, 4),
                        "description": "",
                        "responsible": "Integrationsbüro",
                        "partners": "",
                        "timeframe": "",
                        "status": "running",
                        "budget": "",
                    },
                }
                for _ in range(3)
            ]
            goals.append(
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "title": f"Ziel {g + 1}: {sentence(rng, 5)}",
                        "description": "",
                        "measures": measures,
                        "indicators": [],
                    },
                }
            )
        data.append(
            {
                "type": "field",
                "id": str(uuid.uuid4()),
                "value": {"field_of_action": foa.pk, "introduction": "", "goals": goals},
            }
        )
    return json.dumps(data)


def bulk_add(parent, pages):
    """Insert `pages` (unsaved, one specific type) as the last children of
    `parent`: materialised paths computed here, two INSERTs (wagtailcore_page
    and the page type's table) instead of treebeard's per-page round trips."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import F
    from wagtail.models import Page

    if not pages:
        return []
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    depth = parent.depth + 1
    for offset, page in enumerate(pages, start=1):
        page.path = Page._get_path(parent.path, depth, parent.numchild + offset)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
    base_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    rows = Page._base_manager._insert(
        pages, fields=base_fields, returning_fields=Page._meta.db_returning_fields, raw=True
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = row[0]
        setattr(page, model._meta.pk.attname, row[0])
    model._base_manager._insert(pages, fields=model._meta.local_concrete_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


def add_fields(model, pages, fields_for):
    through = model.fields_of_action.through
    source = f"{model._meta.model_name}_id"
    through.objects.bulk_create(
        through(**{source: page.pk, "fieldofaction_id": foa.pk})
        for page in pages
        for foa in fields_for[page.slug]
    )


def build(count, seed=7, batch=500):
    """Add `count` pages across all municipalities; returns the seconds taken.
    Search indexing happens afterwards (`manage.py update_index`, run.py)."""
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Locale, Site

    from concepts.models import ConceptEditionPage, ConceptIndexPage, FieldOfAction
    from home.models import StandardPage
    from news.models import EventIndexPage, EventPage, NewsIndexPage, PressReleasePage

    rng = random.Random(seed + count)
    german = Locale.objects.get(language_code="de")
    fields = list(FieldOfAction.objects.filter(locale=german))
    sites = list(Site.objects.select_related("root_page").order_by("pk"))
    now = timezone.now()
    started, done = time.monotonic(), 0
    run = uuid.uuid4().hex[:6]
    for index, site in enumerate(sites):
        share = count // len(sites) + (1 if index < count % len(sites) else 0)
        home = site.root_page.specific
        children = list(home.get_children().specific())
        parents = {
            "release": next(p for p in children if isinstance(p, NewsIndexPage)),
            "event": next(p for p in children if isinstance(p, EventIndexPage)),
            "edition": next(p for p in children if isinstance(p, ConceptIndexPage)),
            "standard": home,
        }
        pending = {kind: [] for kind in parents}
        fields_for = {}

        def flush(kind, pending=pending, parents=parents, fields_for=fields_for):
            batch_pages = pending[kind]
            bulk_add(parents[kind], batch_pages)
            if kind in ("release", "event"):
                add_fields(type(batch_pages[0]), batch_pages, fields_for)
            pending[kind] = []

        with transaction.atomic():
            for n in range(share):
                roll, kind = rng.random(), "release"
                for name, weight in MIX:
                    if roll < weight:
                        kind = name
                        break
                    roll -= weight
                slug = f"bench-{run}-{n}"
                stamp = now - timedelta(hours=rng.randint(1, 24 * 365 * 8))
                common = {
                    "title": f"{sentence(rng, 5)[:-1]} {run}-{n}",
                    "slug": slug,
                    "first_published_at": stamp,
                    "last_published_at": stamp,
                    "summary": sentence(rng, 14),
                }
                if kind == "release":
                    page = PressReleasePage(
                        **common, date=stamp, lead=sentence(rng, 20), body=paragraph_block(rng)
                    )
                    fields_for[slug] = rng.sample(fields, k=min(2, len(fields)))
                elif kind == "event":
                    begin = now + timedelta(days=rng.randint(-900, 400), hours=rng.randint(8, 18))
                    page = EventPage(
                        **common,
                        start=begin,
                        end=begin + timedelta(hours=2),
                        venue="Rathaus",
                        body=paragraph_block(rng, 3),
                    )
                    fields_for[slug] = rng.sample(fields, k=min(1, len(fields)))
                elif kind == "standard":
                    page = StandardPage(**common, body=paragraph_block(rng, 8))
                else:
                    page = ConceptEditionPage(
                        **common,
                        year=rng.randint(1990, 2008),
                        status="adopted",
                        structure=structure_json(rng, fields),
                    )
                pending[kind].append(page)
                if len(pending[kind]) >= batch:
                    flush(kind)
                done += 1
                if done % 100 == 0:
                    progress(done, count, started)
            for kind in parents:
                if pending[kind]:
                    flush(kind)
    progress(count, count, started)
    return time.monotonic() - started


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings.dev")
    import django

    django.setup()
    seconds = build(int(sys.argv[1]))
    print(json.dumps({"pages": int(sys.argv[1]), "seconds": round(seconds, 1)}))
