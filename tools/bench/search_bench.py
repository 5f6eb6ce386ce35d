"""The search at scale: latency, queries, throughput and quality at 1,000 and 10,000 pages.

Not a test. ``python tools/bench/search_bench.py`` builds its own PostgreSQL
database (SEARCH_BENCH_DATABASE_URL, default .../weltoffen_search_bench,
dropped and created; SEARCH_BENCH_TEMPLATE=name copies a database that has
the demo already instead of loading it) with the demo and the benchmark corpus
(tools/bench/corpus.py) for each size in BENCH_SIZES (default
"1000,10000", cumulative), then measures

* server time p50/p95 and SQL queries of ``/de/suche/?q=…`` in-process
  (Django's test client, production settings, local-memory cache);
* requests per second of the search through gunicorn next to a static CSS
  file from the same server in the same run (the ratio is the figure);
* recall@5 and MRR of ``search.quality.evaluate()``.

tools/bench/run.py calls ``prepare()`` after building each size, so that
`make bench` searches a complete word list too.
"""

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from throughput import Server, load, median_run, percentile

ROOT = Path(__file__).resolve().parents[2]
PY = str(ROOT / ".venv" / "bin" / "python")
TERMS = (
    "Sprachkurs",
    "Sprachkurse",
    "Wohnung",
    "Workshop",
    "Integrationskonzept",
    "Elterncafé",
    "Konzept",
    "Migrantinnen",
    "Nachbarschaft",
    "wo kann ich deutsch lernen",
)
SAMPLES = int(os.environ.get("SEARCH_BENCH_SAMPLES", "60"))


def prepare(env):
    """The word list for content that came in without publishing (the corpus)."""
    if (ROOT / "search" / "management" / "commands" / "rebuild_word_list.py").exists():
        subprocess.run([PY, "manage.py", "rebuild_word_list", "-v0"], cwd=ROOT, env=env, check=True)


def targets(hosts=("localhost", "merzig.localhost", "wilhelmshaven.localhost", "marl.localhost")):
    rng = random.Random(12)
    return [(rng.choice(hosts), f"/de/suche/?q={quote(term)}") for term in TERMS]


def measure_in_process():
    """One child process: timings and queries of the search page, and its quality."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from search.quality import evaluate

    client = Client()
    client.cookies["weltoffen_sprache"] = "de"
    urls = targets()
    for host, path in urls:  # warm-up: templates, the texts of the candidates
        client.get(path, HTTP_HOST=host)
    times, queries = [], []
    for n in range(SAMPLES):
        host, path = urls[n % len(urls)]
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(path, HTTP_HOST=host)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (path, response.status_code)
        times.append(elapsed * 1000)
        queries.append(len(ctx.captured_queries))
    started = time.perf_counter()
    quality = evaluate()
    quality_seconds = time.perf_counter() - started
    from wagtail.models import Page

    print(
        json.dumps(
            {
                "pages_total": Page.objects.filter(depth__gt=1).count(),
                "p50_ms": round(percentile(times, 50), 1),
                "p95_ms": round(percentile(times, 95), 1),
                "queries_max": max(queries),
                "queries_min": min(queries),
                "recall@5": round(quality["recall@5"], 4),
                "mrr": round(quality["mrr"], 4),
                "quality_queries": quality["queries"],
                "quality_seconds": round(quality_seconds, 1),
            }
        )
    )


def throughput(env, redis_url, static_root, size):
    from run import bench_env, static_target

    server_env = bench_env(
        env["DATABASE_URL"],
        static_root,
        REDIS_URL=redis_url,
        CACHE_KEY_PREFIX=f"search-bench-{os.getpid()}-{size}",
        SEARCH_RESULTS_CACHE="false",
    )
    server = Server(server_env)
    try:
        # static and search in turns, as the machine's speed drifts; the
        # median static run is the baseline, the two searches are averaged
        statics = [load(server.port, static_target(static_root))]
        load(server.port, targets(), seconds=1)  # warm-up
        searches = []
        for _ in range(2):
            searches.append(load(server.port, targets())["rps"])
            statics.append(load(server.port, static_target(static_root)))
    finally:
        server.stop()
    static = median_run(statics)
    search_rps = round(sum(searches) / len(searches), 1)
    return {
        "static_rps": static["rps"],
        "static_rps_samples": static["samples_rps"],
        "search_rps": search_rps,
        "search_rps_samples": searches,
        "ratio_to_static": round(search_rps / (static["rps"] or 1), 4),
    }


def copy_database(url, template):
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def main():
    from run import bench_env, log, manage, recreate_database, vacuum

    sizes = sorted(int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000").split(",") if s)
    database_url = os.environ.get(
        "SEARCH_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/weltoffen_search_bench"
    )
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
    static_root = Path(tempfile.mkdtemp(prefix="weltoffen-search-bench-static-"))
    # the search itself, not its kept results (search/views.py `ranked`)
    env = bench_env(database_url, static_root, SEARCH_RESULTS_CACHE="false")
    template = os.environ.get("SEARCH_BENCH_TEMPLATE", "")
    if template:  # a database that has the demo already: a copy instead of loading it again
        log(f"== database {database_url}: a copy of {template}")
        copy_database(database_url, template)
    else:
        log(f"== database {database_url} (dropped and created), demo content")
        recreate_database(database_url)
    manage(env, "migrate", "--noinput", "-v0")
    if not template:
        manage(env, "load_demo", "--quiet")
    manage(env, "collectstatic", "--noinput", "-v0")
    results, previous = [], 0
    for size in sizes:
        log(f"== {size} pages")
        corpus = [PY, "tools/bench/corpus.py", str(size - previous)]
        subprocess.run(corpus, cwd=ROOT, env=env, check=True)
        manage(env, "update_index", "-v0")
        started = time.monotonic()
        prepare(env)
        word_list_seconds = round(time.monotonic() - started, 1)
        vacuum(database_url)
        out = subprocess.run(
            [PY, __file__, "measure"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        figures = json.loads(out.stdout.decode().strip().splitlines()[-1])
        figures.update(size=size, word_list_seconds=word_list_seconds)
        figures.update(throughput(env, redis_url, static_root, size))
        log(json.dumps(figures))
        results.append(figures)
        previous = size
    print("| figure | " + " | ".join(f"{r['size']:,} pages" for r in results) + " |")
    print("|---|" + "---|" * len(results))
    for key in results[0]:
        if key != "size":
            print(f"| {key} | " + " | ".join(str(r[key]) for r in results) + " |")
    (ROOT / "search-bench-results.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if sys.argv[1:] == ["measure"]:
        measure_in_process()
    else:
        main()
