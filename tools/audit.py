"""`make audit`: Lighthouse on the running demo, one URL per page type.

A report, not a test: it prints a table (page type, URL, the four Lighthouse
scores, bytes transferred, JavaScript bytes) and writes the same as JSON to
.bench/audit.json. When nothing answers on 127.0.0.1:8000 it starts the
development server (`manage.py runserver 127.0.0.1:8000 --noreload`) for the
run and stops it afterwards.

Lighthouse 12 comes from npm (devDependency), Chromium from Debian
(/usr/bin/chromium); the form factor is Lighthouse's default, mobile.

AUDIT_SERVER=production audits what readers get in production instead: it
collects the static files and starts gunicorn with the production settings
(whitenoise, compressed and cached static files) on AUDIT_PORT (default
8000), on the database in DATABASE_URL, like `make serve`. AUDIT_PORT also
moves the development server.
"""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
OUTPUT = ROOT / ".bench" / "audit.json"
HOST, PORT = "127.0.0.1", int(os.environ.get("AUDIT_PORT", "8000"))
PRODUCTION = os.environ.get("AUDIT_SERVER", "") == "production"
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu "
    "--disable-background-networking --disable-component-update"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def answering(timeout=2):
    try:
        urllib.request.urlopen(f"http://{HOST}:{PORT}/", timeout=timeout)  # noqa: S310
        return True
    except urllib.error.HTTPError:
        return True  # it answered, even if with an error
    except OSError:
        return False


def production_env():
    """The production settings on this machine, as `make serve` sets them."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "weltoffen.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "local-audit-only"),
        "ALLOWED_HOSTS": "localhost,.localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "WELTOFFEN_DEMO": "true",
        "SERVE_MEDIA_LOCALLY": "true",
        "STATIC_ROOT": str(ROOT / ".bench" / "audit-static"),
    }


def start_server():
    log = open(ROOT / ".bench" / "audit-server.log", "w")  # noqa: SIM115 - lives as long as the server
    if PRODUCTION:
        env = production_env()
        subprocess.run(
            [str(PYTHON), "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env
        )
        command = [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "weltoffen.wsgi",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            "2",
            "--worker-class",
            "gthread",
            "--threads",
            "4",
        ]
    else:
        env = None
        command = [str(PYTHON), "manage.py", "runserver", f"{HOST}:{PORT}", "--noreload"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped, see {log.name}")
        if answering():
            return process
        time.sleep(0.5)
    process.terminate()
    raise SystemExit("the server did not answer within 60 s")


def on_our_port(url):
    """The address on the audited server's port (the demo sites name 8000)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.hostname}:{PORT}").geturl()


def urls_per_page_type():
    """One live page per page type, preferring the default site; plus search."""
    if PRODUCTION:
        os.environ.update(production_env())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from wagtail.models import Page, Site

    sites = sorted(Site.objects.all(), key=lambda s: (not s.is_default_site, s.pk))
    chosen = {}
    for site in sites:
        pages = Page.objects.descendant_of(site.root_page, inclusive=True).live().public()
        for page in pages.specific().order_by("path"):
            kind = type(page).__name__
            if kind not in chosen:
                chosen[kind] = on_our_port(page.full_url)
    if not chosen:
        raise SystemExit("no pages: load the demo first (make demo)")
    default = on_our_port(sites[0].root_url)
    chosen["search results"] = f"{default}/suche/?q=Integration"
    return chosen


def lighthouse(url, attempts=3):
    # Lighthouse asks to be run again when Chromium's trace missed the page
    # load (NO_NAVSTART: a different page in each of two audits of the same
    # code); so it is, up to `attempts` times in all.
    for _attempt in range(attempts):
        run = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--output=json",
                "--output-path=stdout",
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS}",
                "--only-categories=" + ",".join(CATEGORIES),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "CHROME_PATH": CHROME_PATH},
            timeout=300,
            cwd=ROOT,
        )
        if run.returncode == 0 or "run Lighthouse again" not in run.stderr + run.stdout:
            break
    if run.returncode != 0:
        return {"error": (run.stderr or run.stdout).strip()[-500:]}
    report = json.loads(run.stdout)
    scores = {
        key: round(report["categories"][key]["score"] * 100)
        if report["categories"][key]["score"] is not None
        else None
        for key in CATEGORIES
    }
    requests = report["audits"].get("network-requests", {}).get("details", {}).get("items", [])
    transferred = sum(item.get("transferSize", 0) or 0 for item in requests)
    script = sum(
        item.get("transferSize", 0) or 0
        for item in requests
        if (item.get("resourceType") or "").lower() == "script"
    )
    total = report["audits"].get("total-byte-weight", {}).get("numericValue")
    failing = sorted(
        {
            ref["id"]
            for key in CATEGORIES
            for ref in report["categories"][key]["auditRefs"]
            if ref.get("weight")
            and report["audits"][ref["id"]].get("score") is not None
            and report["audits"][ref["id"]]["score"] < 0.9
        }
    )
    largest = sorted(requests, key=lambda item: item.get("transferSize", 0) or 0, reverse=True)
    return {
        **scores,
        "transferred_bytes": int(total if total is not None else transferred),
        "js_bytes": int(script),
        "requests": len(requests),
        "failing_audits": failing,
        "largest_requests": [
            {"url": item.get("url"), "transfer_bytes": item.get("transferSize")}
            for item in largest[:3]
        ],
        "lighthouse": report.get("lighthouseVersion"),
        "warnings": report.get("runWarnings", []),
    }


def kib(value):
    return f"{value / 1024:.1f} KiB"


def main():
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `npm ci`")
    if not Path(CHROME_PATH).exists():
        raise SystemExit(f"{CHROME_PATH} is missing: run `make chromium`")
    OUTPUT.parent.mkdir(exist_ok=True)
    targets = urls_per_page_type()
    server = None if answering() else start_server()
    rows = []
    try:
        for kind, url in targets.items():
            print(f"Lighthouse: {kind} {url} …", file=sys.stderr, flush=True)
            result = lighthouse(url)
            if "error" in result:  # Lighthouse's trace recording fails now and then
                result = lighthouse(url)
            rows.append({"page_type": kind, "url": url, **result})
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)

    header = ["page type", "URL", "perf", "a11y", "best pr.", "SEO", "transferred", "JS"]
    table = [header]
    for row in rows:
        if "error" in row:
            table.append([row["page_type"], row["url"], "error", "", "", "", "", ""])
            continue
        table.append(
            [
                row["page_type"],
                row["url"],
                *(str(row[key]) for key in CATEGORIES),
                kib(row["transferred_bytes"]),
                kib(row["js_bytes"]),
            ]
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for index, line in enumerate(table):
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if index == 0:
            print("-+-".join("-" * width for width in widths))
    print()
    for row in rows:
        if "error" in row:
            print(f"{row['page_type']} {row['url']}: {row['error']}")
        elif row["failing_audits"]:
            print(f"{row['page_type']}: below 90 in {', '.join(row['failing_audits'])}")

    OUTPUT.write_text(
        json.dumps(
            {
                "generated": datetime.now(UTC).isoformat(timespec="seconds"),
                "form_factor": "mobile (Lighthouse default)",
                "chrome_flags": CHROME_FLAGS,
                "results": rows,
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(f"\nJSON: {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
