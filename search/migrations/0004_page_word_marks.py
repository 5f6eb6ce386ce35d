"""A page's words in the word list as one object, each folded word with the
parts it is in (search.prepared.word_marks), instead of a list per part:
PostgreSQL finds a word of an object by its key, where it reads a list from
the start (search.candidates asks for the query's words of 300 pages)."""

from django.db import migrations, models

PARTS = (("title", 1), ("lead", 2), ("body", 4))  # search.prepared: IN_TITLE, IN_LEAD, IN_BODY


def word_marks(parts):
    marks = {}
    for part, flag in PARTS:
        for word in parts.get(part) or ():
            marks[word] = marks.get(word, 0) | flag
    return marks


def rewrite(apps, read, write, convert):
    """Each row's `write` field from its `read` field, 500 rows at a time."""
    PageWords = apps.get_model("search", "PageWords")
    rows = []
    for row in PageWords.objects.only("page_id", read).iterator(chunk_size=500):
        setattr(row, write, convert(getattr(row, read) or {}))
        rows.append(row)
        if len(rows) == 500:
            PageWords.objects.bulk_update(rows, [write])
            rows = []
    PageWords.objects.bulk_update(rows, [write])


def to_marks(apps, schema_editor):
    rewrite(apps, "parts", "marks", lambda parts: dict(sorted(word_marks(parts).items())))


def to_parts(apps, schema_editor):
    def parts(marks):
        return {
            part: sorted(word for word, bits in marks.items() if bits & flag)
            for part, flag in PARTS
        }

    rewrite(apps, "marks", "parts", parts)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_postings")]

    operations = [
        migrations.AddField("pagewords", "marks", models.JSONField(default=dict)),
        migrations.RunPython(to_marks, to_parts),
        migrations.RemoveField("pagewords", "parts"),
    ]
