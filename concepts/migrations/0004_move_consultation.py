"""The consultation models now belong to the consultation app.

They leave the concepts app's migration state only: their tables, named
concepts_..., stay and are used by the consultation app from now on (see
consultation/migrations/0001_initial.py, which runs first).
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("concepts", "0003_consultation"),
        ("consultation", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # Referring models first, so that no relation is left dangling.
            state_operations=[
                migrations.DeleteModel(name="CommentReport"),
                migrations.DeleteModel(name="Comment"),
                migrations.DeleteModel(name="Participant"),
                migrations.DeleteModel(name="Consultation"),
            ],
            database_operations=[],
        ),
    ]
