"""The word list's rows of an installation migrated before search 0004 keep
what the ranking reads: each page's words with the parts they are in.

Only the search app is migrated back and forth (its last migration), so the
test costs seconds, not a rebuilt schema; it changes the schema, and is
therefore marked `migrations` and runs after every other test.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = [pytest.mark.migrations, pytest.mark.sqlite, pytest.mark.django_db(transaction=True)]

BEFORE = ("search", "0003_postings")
AFTER = ("search", "0004_page_word_marks")
PARTS = {
    "title": ["sprachkurs", "wohnung"],
    "lead": ["sprachkurs"],
    "body": ["abend", "sprachkurs", "wohnung"],
}


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return MigrationExecutor(connection).loader.project_state([target]).apps


def test_each_word_keeps_its_parts_through_the_upgrade_and_back():
    old = migrate(BEFORE)
    try:
        old.get_model("search", "PageWords").objects.create(
            page_id=7, words=["Abend", "Sprachkurs", "Wohnung"], parts=PARTS, length=120
        )
        old.get_model("search", "PageWords").objects.create(page_id=8, parts={})

        new = migrate(AFTER)
        rows = {row.page_id: row for row in new.get_model("search", "PageWords").objects.all()}
        # 1 title, 2 lead, 4 body (search.prepared.word_marks)
        assert rows[7].marks == {"abend": 4, "sprachkurs": 7, "wohnung": 5}
        assert rows[7].length == 120
        assert rows[8].marks == {}

        back = migrate(BEFORE)
        row = back.get_model("search", "PageWords").objects.get(page_id=7)
        assert row.parts == PARTS
    finally:
        migrate(AFTER)
