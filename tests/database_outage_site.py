"""Run by tests/test_database_outage.py in a process of its own (its database
is a throwaway PostgreSQL cluster, not the suite's): readers during a stopped
and a restarting database. Prints one JSON line of what readers got.

Usage: python -m tests.database_outage_site <cluster dir> <port>
"""

import json
import logging
import sys
import threading
import time


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def main(directory, port):
    import django

    django.setup()
    from django.db import close_old_connections
    from django.test import Client
    from wagtail.models import Collection, Locale, Page

    from core import cache as page_cache
    from tests.factories import VOELKLINGEN, EventFactory, PressReleaseFactory, TownFactory
    from tests.helpers import path_of, visit
    from tests.servers import Postgres

    cluster = Postgres.attach(directory, int(port))
    locale = Locale.objects.create(language_code="de")
    Page.add_root(title="Root", slug="root", locale=locale)
    Collection.add_root(name="Root")
    town = TownFactory.of(VOELKLINGEN)
    release = PressReleaseFactory(town=town, title="Sprachcafé eröffnet")
    EventFactory(town=town, title="Fest der Kulturen")

    def reader():
        # raise_request_exception=False: what a reader gets, not the test client's re-raise
        client = Client(raise_request_exception=False)
        client.cookies["weltoffen_sprache"] = "de"
        return client

    def request(client, path):
        # A server closes unusable connections around each request (the
        # request_started/finished signals); the test client leaves that out.
        close_old_connections()
        try:
            return visit(client, town, path)
        finally:
            close_old_connections()

    def get(client, path):
        response = request(client, path)
        return {
            "status": response.status_code,
            "cache": response.get(page_cache.HEADER),
            "retry_after": response.get("Retry-After"),
            "text": response.content.decode(),
        }

    result = {}
    cached = ["/de/presse/", path_of(release)]
    first = {path: get(reader(), path) for path in cached}
    # A publication elsewhere made every entry stale just before the outage.
    page_cache.bump("all")

    records = Records()
    logging.getLogger().addHandler(records)
    cluster.stop()
    result["stale"] = {path: get(reader(), path) for path in cached}
    result["same_content"] = all(result["stale"][p]["text"] == first[p]["text"] for p in cached)
    result["uncached"] = get(reader(), "/de/veranstaltungen/")
    with_session = reader()
    with_session.cookies["sessionid"] = "irgendeine"
    result["with_session"] = get(with_session, "/de/presse/")
    api = request(reader(), "/api/v2/pages/")
    result["api"] = {
        "status": api.status_code,
        "type": api.get("Content-Type"),
        "retry_after": api.get("Retry-After"),
        "text": api.content.decode(),
    }
    cluster.start()
    result["after_start"] = {
        path: get(reader(), path)["status"] for path in [*cached, "/de/veranstaltungen/"]
    }

    # Readers keep reading (cached and uncached pages) before, while and after
    # the cluster restarts.
    statuses, stop = [], threading.Event()
    paths = [*cached, "/de/veranstaltungen/", "/de/", "/api/v2/pages/"]

    def keep_reading():
        client = reader()
        for _round in range(2000):
            for path in paths:
                statuses.append((path, request(client, path).status_code))
            if stop.is_set():
                return

    def until(count):
        for _ in range(600):  # bounded: at most a minute
            if len(statuses) >= count or not thread.is_alive():
                return
            time.sleep(0.1)

    thread = threading.Thread(target=keep_reading)
    thread.start()
    until(25)
    cluster.restart()  # pg_ctl restart -m fast, as an operator would
    until(len(statuses) + 25)
    stop.set()
    thread.join(timeout=60)
    result["restart_statuses"] = statuses
    result["cached_paths"] = cached
    result["log"] = [
        {"name": r.name, "level": r.levelname, "traceback": bool(r.exc_info)}
        for r in records.records
    ]
    for answer in [*result["stale"].values(), result["uncached"], result["with_session"]]:
        answer["text"] = answer["text"][:2000]
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:3])
