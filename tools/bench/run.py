"""`make bench`: how Weltoffen behaves with 1,000 and 10,000 pages.

Not a test. For each size in BENCH_SIZES (default "1000,10000", cumulative: the
larger corpus is built on top of the smaller one) on a PostgreSQL database of
its own (BENCH_DATABASE_URL, default .../weltoffen_bench, dropped and
recreated):

* builds the corpus on top of the demo (tools/bench/corpus.py);
* per page type: server-side time p50/p95 and queries per request, in-process
  through Django's test client with the production settings and the page
  cache off;
* search latency p50/p95, and search quality (``search.quality.evaluate()``,
  if that module exists);
* requests per second through the production server (gunicorn + whitenoise,
  started here on a free port, cache in Redis) for pages from the cache and
  uncached, next to the same server's static-file throughput (a CSS file via
  whitenoise), the physical baseline every figure is also given as a ratio of.

Prints a table and writes bench-results.json (git-ignored).
Usage: BENCH_SIZES=1000 .venv/bin/python tools/bench/run.py
"""

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

from search_bench import prepare as prepare_search
from table import PAGE_TYPES, table
from throughput import LOAD_SECONDS, LOAD_THREADS, Server, load, median_run, percentile

ROOT = Path(__file__).resolve().parents[2]
PY = str(ROOT / ".venv" / "bin" / "python")
HOSTS = (
    "localhost",
    "merzig.localhost",
    "wilhelmshaven.localhost",
    "marl.localhost",
    "kaiserslautern.localhost",
)
SEARCH_TERMS = ("Sprachkurs", "Wohnung", "Workshop", "Integrationskonzept", "Elterncafé")
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "15"))


def log(message):
    print(message, file=sys.stderr, flush=True)


# --- Environment -----------------------------------------------------------------


def bench_env(database_url, static_root, **extra):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="weltoffen.settings.production",
        SECRET_KEY="bench-only-not-secret",
        ALLOWED_HOSTS="localhost,.localhost,127.0.0.1,testserver",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(static_root),
        DB_CONN_MAX_AGE="60",
        TASKS_BACKEND="django_tasks.backends.immediate.ImmediateBackend",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
        WELTOFFEN_DEMO="true",  # the benchmark builds on the demo (load_demo)
    )
    env.pop("REDIS_URL", None)
    env.update(extra)
    return env


def manage(env, *args):
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)


def recreate_database(url):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def vacuum(url):
    """VACUUM ANALYZE after the bulk build: what autovacuum does on a server
    that runs it (this machine's PostgreSQL has it off), so that the planner
    knows the tables and the index pages are not bloated by the corpus build."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


# --- In-process measurements (run in a child process: `run.py measure`) ----------


def sample_urls():
    """{page type: [(host, path), ...]} from the database."""
    from wagtail.models import Site

    from concepts.models import ConceptEditionPage, ConceptIndexPage
    from home.models import (
        AccessibilityStatementPage,
        EasyLanguagePage,
        HomePage,
        LegalPage,
        StandardPage,
    )
    from news.models import EventIndexPage, EventPage, NewsIndexPage, PressReleasePage

    hosts = {site.pk: site.hostname for site in Site.objects.all()}
    rng = random.Random(3)

    # The same pages at every size: the lowest ids, the demo's and then the
    # corpus's first ones, which the larger corpus keeps (it is built on top
    # of the smaller). With a random sample, a figure that grew from 1,000 to
    # 10,000 pages could be another sample's longer pages, not the size.
    def urls(model, count=SAMPLES, suffix=""):
        pages = list(model.objects.live().filter(locale__language_code="de").order_by("pk")[:count])
        found = []
        for page in pages:
            site_id, _root, path = page.get_url_parts()
            if path and site_id in hosts:
                found.append((hosts[site_id], path + suffix))
        return found

    out = {
        "home": urls(HomePage),
        "concept index": urls(ConceptIndexPage),
        "concept edition": urls(ConceptEditionPage),
        "news index": urls(NewsIndexPage),
        "press release": urls(PressReleasePage),
        "event index": urls(EventIndexPage),
        "event": urls(EventPage),
        "field of action": [(h, "/de/handlungsfeld/sprache/") for h in HOSTS],
        "standard page": urls(StandardPage),
        "legal page": urls(LegalPage),
        "accessibility statement": urls(AccessibilityStatementPage),
        "easy language": urls(EasyLanguagePage),
        "RSS": urls(NewsIndexPage, suffix="feed/rss/"),
        "iCal": urls(EventIndexPage, suffix="ical/"),
        "sitemap index": [(h, "/sitemap.xml") for h in HOSTS],
        # the first section: full (200 addresses) once a site has that many
        "sitemap": [(h, "/sitemap-pages.xml") for h in HOSTS],
        "search": [(rng.choice(HOSTS), f"/de/suche/?q={quote(t)}") for t in SEARCH_TERMS * 2],
    }
    return {name: found for name, found in out.items() if found}


def measure_in_process():
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies["weltoffen_sprache"] = "de"
    samples = sample_urls()
    for urls in samples.values():
        for host, path in urls:
            client.get(path, HTTP_HOST=host)  # warm-up (renditions, template loading)
    # At least five requests per address, and the page types in turns: each
    # type measured in one burst of a tenth of a second took whatever the
    # machine did in that moment, and which types grew by more than 20 %
    # between the sizes changed from run to run with the same code. The
    # sitemap lists every page: one round is enough to see it grow.
    rounds = {
        name: 1 if name == "sitemap" else max(5, SAMPLES // len(urls))
        for name, urls in samples.items()
    }
    times = {name: [] for name in samples}
    queries = {name: [] for name in samples}
    for turn in range(max(rounds.values(), default=0)):
        for name, urls in samples.items():
            if turn >= rounds[name]:
                continue
            for host, path in urls:
                with CaptureQueriesContext(connection) as ctx:
                    started = time.perf_counter()
                    response = client.get(path, HTTP_HOST=host)
                    elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    continue
                times[name].append(elapsed * 1000)
                queries[name].append(len(ctx.captured_queries))
    results = {
        name: {
            "p50_ms": round(percentile(times[name], 50), 1) if times[name] else None,
            "p95_ms": round(percentile(times[name], 95), 1) if times[name] else None,
            "queries": max(queries[name]) if queries[name] else None,
            "requests": len(times[name]),
        }
        for name in samples
    }
    quality = None
    try:
        from search.quality import evaluate
    except ImportError:
        quality = {"skipped": "search.quality is not there yet"}
    else:
        try:
            outcome = evaluate()
            quality = {k: outcome[k] for k in ("queries", "recall@5", "mrr")}
            quality["misses"] = len(outcome.get("misses", []))
        except Exception as error:  # a benchmark reports, it does not stop
            quality = {"skipped": f"{type(error).__name__}: {error}"}
    from wagtail.models import Page

    pages = Page.objects.filter(depth__gt=1).count()
    print(json.dumps({"render": results, "search_quality": quality, "pages_total": pages}))


def page_targets(render_urls):
    """Pages readers read (no search, no sitemap): a fixed mix of the samples."""
    skip = {"search", "sitemap", "sitemap index", "RSS", "iCal", "accessibility statement"}
    targets = []
    for name, urls in render_urls.items():
        if name not in skip:
            targets.extend(urls[:5])
    return targets


def static_target(static_root):
    manifest = json.loads((Path(static_root) / "staticfiles.json").read_text())
    return [("localhost", "/static/" + manifest["paths"]["dist/weltoffen.css"])]


def measure_size(size, previous, database_url, static_root, redis_url):
    env = bench_env(database_url, static_root)
    added = size - previous
    log(f"== {size} pages: adding {added} to the corpus")
    started = time.monotonic()
    subprocess.run([PY, "tools/bench/corpus.py", str(added)], cwd=ROOT, env=env, check=True)
    build_seconds = round(time.monotonic() - started, 1)
    log("   search index (manage.py update_index)")
    started = time.monotonic()
    manage(env, "update_index", "-v0")
    prepare_search(env)  # the word list, as the corpus is not published page by page
    vacuum(database_url)
    index_seconds = round(time.monotonic() - started, 1)

    log("   rendering every page type in-process")
    # the search itself, not its kept results (search/views.py `ranked`)
    measure_env = bench_env(
        database_url, static_root, PAGE_CACHE_ENABLED="false", SEARCH_RESULTS_CACHE="false"
    )
    out = subprocess.run(
        [PY, __file__, "measure"], cwd=ROOT, env=measure_env, check=True, capture_output=True
    )
    measured = json.loads(out.stdout.decode().strip().splitlines()[-1])

    # the same sample URLs for the load, read back from a quick child run
    urls_out = subprocess.run(
        [PY, __file__, "urls"], cwd=ROOT, env=measure_env, check=True, capture_output=True
    )
    render_urls = {k: [tuple(u) for u in v] for k, v in json.loads(urls_out.stdout).items()}
    pages = page_targets(render_urls)
    search = render_urls.get("search", [])

    throughput = {}
    for label, cache_on in (("cached", "true"), ("uncached", "false")):
        log(f"   load through gunicorn, page cache {label}")
        server_env = bench_env(
            database_url,
            static_root,
            REDIS_URL=redis_url,
            CACHE_KEY_PREFIX=f"bench-{os.getpid()}-{size}",
            PAGE_CACHE_ENABLED=cache_on,
            SEARCH_RESULTS_CACHE=cache_on,
        )
        server = Server(server_env)
        try:
            # the physical baseline, measured by the same server in each run:
            # at its start, middle and end, the median counts (median_run)
            statics = [load(server.port, static_target(static_root))]
            if cache_on == "true":
                for host, path in pages:  # fill the cache
                    load(server.port, [(host, path)], seconds=0.05, threads=1)
            throughput[f"pages {label}"] = load(server.port, pages)
            statics.append(load(server.port, static_target(static_root)))
            for name in PAGE_TYPES:
                urls = render_urls.get(name, [])[:5]
                if urls:
                    if cache_on == "true":
                        for target in urls:
                            load(server.port, [target], seconds=0.05, threads=1)
                    throughput[f"{name} {label}"] = load(server.port, urls)
            if search and cache_on == "false":
                throughput["search uncached"] = load(server.port, search)
            elif search:  # repeated queries: their ranked results are kept
                for target in search:
                    load(server.port, [target], seconds=0.05, threads=1)
                throughput["search cached"] = load(server.port, search)
            statics.append(load(server.port, static_target(static_root)))
            throughput[f"static ({label} run)"] = median_run(statics)
        finally:
            server.stop()
    for name, figures in throughput.items():
        run = "uncached" if "uncached" in name else "cached"
        base = throughput[f"static ({run} run)"]["rps"] or 1
        figures["ratio_to_static"] = round(figures["rps"] / base, 3)
    return {
        "size": size,
        "pages_total": measured["pages_total"],
        "build_seconds": build_seconds,
        "index_seconds": index_seconds,
        "render": measured["render"],
        "search_quality": measured["search_quality"],
        "throughput": throughput,
    }


def main():
    sizes = sorted(int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000").split(",") if s)
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/weltoffen_bench"
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
    static_root = Path(tempfile.mkdtemp(prefix="weltoffen-bench-static-"))
    env = bench_env(database_url, static_root)
    started = time.monotonic()
    load_at_start = os.getloadavg()[0]  # the machine state the figures are given with
    log(f"== database {database_url} (dropped and created), demo content")
    recreate_database(database_url)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo", "--quiet")
    manage(env, "collectstatic", "--noinput", "-v0")
    results, previous = [], 0
    for size in sizes:
        results.append(measure_size(size, previous, database_url, static_root, redis_url))
        previous = size
    report = {
        "sizes": sizes,
        "results": results,
        "seconds": round(time.monotonic() - started),
        "machine": {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "load_average_at_start": load_at_start,
        },
        "load": {"seconds": LOAD_SECONDS, "threads": LOAD_THREADS, "gunicorn": "2×gthread(4)"},
    }
    (ROOT / "bench-results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(table(results))
    print(
        f"\n{report['seconds']} s in all, load average {load_at_start:.2f} at the start;"
        " bench-results.json written"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if sys.argv[1:] == ["measure"]:
        measure_in_process()
    elif sys.argv[1:] == ["urls"]:
        import django

        django.setup()
        print(json.dumps(sample_urls()))
    else:
        main()
