"""The postings (search.postings): PostgreSQL only, a table and the trigger
that keeps it in step with Wagtail's search index. Its rows are computed when
the weights are first written, after migrate (search.apps)."""

from django.db import migrations

from search import postings


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(postings.CREATE, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(postings.DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_word_list"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
