"""Backup and restore as the README tells operators (django-dbbackup): back up
the database and the media, restore both into a fresh database and a fresh
media folder, and find the same rows, the same pages and the same files.

PostgreSQL only (pg_dump and pg_restore; `make test`'s PostgreSQL pass): the
data is committed for the backup to see it, and the database is put back as
the migrations left it afterwards (tests.helpers.restore).
"""

import hashlib
import json
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from psycopg import sql

from consultation.models import Comment
from tests.consultation.helpers import board_member, open_consultation
from tests.factories import (
    MERZIG,
    VOELKLINGEN,
    ConceptEditionFactory,
    DocumentFactory,
    ImageFactory,
    PressReleaseFactory,
    TownFactory,
    document_block,
    image_block,
)
from tests.helpers import restore

BASE_DIR = Path(settings.BASE_DIR)


@contextmanager
def fresh_database():
    """An empty database next to the test database, dropped afterwards."""
    params = connection.get_connection_params()
    server = {key: params[key] for key in ("host", "port", "user", "password") if params.get(key)}
    name = f"weltoffen_restore_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name, server
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def representative_data():
    """Two municipalities with pages in every state, an image and a document
    used on a page, a concept edition under consultation with a comment."""
    voelklingen, _merzig = TownFactory.of(VOELKLINGEN), TownFactory.of(MERZIG)
    image, document = ImageFactory(), DocumentFactory()
    image.get_rendition("width-10")
    PressReleaseFactory(
        town=voelklingen,
        title="Sprachcafé startet",
        body=f"[{json.dumps(image_block(image))}, {json.dumps(document_block(document))}]",
    )
    draft = ConceptEditionFactory(town=voelklingen, title="Fortschreibung", status="draft")
    consultation = open_consultation(draft)
    Comment.objects.create(
        consultation=consultation,
        section_key="mission",
        author=board_member(voelklingen),
        text="Mehr Sprachkurse am Abend, bitte.",
    )


def table_counts(cursor):
    tables = [
        row[0]
        for row in cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
    ]
    counts = {}
    for table in tables:
        query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
        counts[table] = cursor.execute(query).fetchone()[0]
    return counts


def pages(cursor):
    return cursor.execute(
        "SELECT p.id, p.title, p.url_path, p.live, l.language_code FROM wagtailcore_page p "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id ORDER BY p.id"
    ).fetchall()


def checksums(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(folder).rglob("*"))
        if path.is_file()
    }


# What an operator runs on the new server, `manage.py dbrestore --noinput
# --input-path …` and `manage.py mediarestore --noinput --input-path …` with
# the production settings, in one process (each start of Django costs seconds);
# then Django reads the restored comment back.
RESTORE = """
import sys, django
django.setup()
from django.core.management import call_command
call_command("dbrestore", "--noinput", "--input-path", sys.argv[1], verbosity=0)
call_command("mediarestore", "--noinput", "--input-path", sys.argv[2], verbosity=0)
from consultation.models import Comment
print(Comment.objects.get().text)
"""


def restore_as_operator(env, database_file, media_file):
    done = subprocess.run(
        [sys.executable, "-c", RESTORE, str(database_file), str(media_file)],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def round_trip(django_db_setup, django_db_blocker, tmp_path_factory):
    """Data committed outside any test transaction (so that pg_dump sees it),
    in a media folder of its own; backed up, restored, and what both sides
    hold. The database is put back as the migrations left it afterwards."""
    if connection.vendor != "postgresql":
        pytest.skip("the backup round trip needs PostgreSQL (pg_dump, pg_restore)")
    tmp_path = tmp_path_factory.mktemp("backup")
    media, backups, new_media = (tmp_path / name for name in ("media", "backups", "new-media"))
    for folder in (media, backups, new_media):
        folder.mkdir()
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media),
        fresh_database() as (name, server),
    ):
        snapshot = connection.creation.serialize_db_to_string()
        try:
            representative_data()
            call_command("dbbackup", "--output-path", str(backups / "db.psql.bin"), verbosity=0)
            call_command("mediabackup", "--output-path", str(backups / "media.tar"), verbosity=0)

            restored_comment = restore_as_operator(
                operator_env(name, server, new_media, backups),
                backups / "db.psql.bin",
                backups / "media.tar",
            )
            with connection.cursor() as cursor:
                before = table_counts(cursor.cursor), pages(cursor.cursor), checksums(media)
            with psycopg.connect(dbname=name, **server) as restored:
                after = (
                    table_counts(restored.cursor()),
                    pages(restored.cursor()),
                    checksums(new_media),
                )
        finally:
            restore(snapshot)
    return {"before": before, "after": after, "comment": restored_comment}


def operator_env(name, server, media_root, backup_dir):
    host = server.get("host", "127.0.0.1")
    auth = server.get("user", "postgres")
    if "password" in server:
        auth += f":{server['password']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "weltoffen.settings.production",
        "SECRET_KEY": "restore-test-only",
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": f"postgres://{auth}@{host}:{server.get('port', 5432)}/{name}",
        "MEDIA_ROOT": str(media_root),
        "BACKUP_DIR": str(backup_dir),
    }
    env.pop("REDIS_URL", None)
    return env


@pytest.mark.django_db
def test_the_same_rows_pages_and_files_after_restoring(round_trip):
    counts, page_rows, files = round_trip["before"]
    assert counts["wagtailcore_page"] > 10 and counts[Comment._meta.db_table] == 1
    assert any(title == "Sprachcafé startet" for _id, title, *_ in page_rows)
    assert any(path.startswith("original_images/") for path in files)
    assert any(path.startswith("images/") for path in files)  # the rendition
    assert any(path.startswith("documents/") for path in files)

    restored_counts, restored_pages, restored_files = round_trip["after"]
    assert restored_counts == counts
    assert restored_pages == page_rows
    assert restored_files == files
    assert round_trip["comment"] == "Mehr Sprachkurse am Abend, bitte."
