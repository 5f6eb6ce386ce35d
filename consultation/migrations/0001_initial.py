"""The consultation models, moved here from the concepts app.

Their tables stay where concepts/migrations/0003_consultation.py created them
(Meta.db_table keeps the concepts_... names), so this migration creates the
models in the migration state only; concepts/migrations/0004_move_consultation.py
then removes them from the concepts app's state. No row is copied.

The content types of the four models move from app_label "concepts" to
"consultation": auth permissions (and the groups and users holding them),
Wagtail's log entries and its reference index point at content types by id, so
they follow without being touched.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import IntegrityError, migrations, models, transaction

MODELS = ["consultation", "participant", "comment", "commentreport"]


def _repoint(apps, duplicate, kept):
    """Moves every row that refers to the content type `duplicate` over to
    `kept`; a row that would then exist twice (the same permission, the same
    reference) is dropped, since `kept` already has it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type=duplicate):
        twin = Permission.objects.filter(content_type=kept, codename=permission.codename).first()
        if twin is None:
            permission.content_type = kept
            permission.save(update_fields=["content_type"])
            continue
        twin.group_set.add(*permission.group_set.all())
        twin.user_set.add(*permission.user_set.all())
        permission.delete()
    for relation in ContentType._meta.related_objects:
        if not (relation.many_to_one or relation.one_to_one):
            continue
        rows = relation.related_model._base_manager.filter(**{relation.field.name: duplicate})
        for row in rows:
            setattr(row, relation.field.name, kept)
            try:
                with transaction.atomic():
                    row.save(update_fields=[relation.field.name])
            except IntegrityError:
                row.delete()


def _move_content_types(apps, from_label, to_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moving = ContentType.objects.filter(app_label=from_label, model=model).first()
        if moving is None:
            continue  # a fresh database: post_migrate creates the content types later
        existing = ContentType.objects.filter(app_label=to_label, model=model).first()
        if existing is not None:
            # Created by the new code before this migration ran (e.g. a
            # post_migrate of an interrupted upgrade): the old row carries the
            # history, so whatever points at the new one joins it.
            _repoint(apps, existing, moving)
            existing.delete()
        moving.app_label = to_label
        moving.save(update_fields=["app_label"])
    from django.contrib.contenttypes.models import ContentType as CurrentContentType

    CurrentContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    _move_content_types(apps, "concepts", "consultation")


def backwards(apps, schema_editor):
    _move_content_types(apps, "consultation", "concepts")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        # The migration that created the tables.
        ("concepts", "0003_consultation"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Comment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('comment', 'Kommentar'), ('statement', 'Stellungnahme')], default='comment', max_length=10, verbose_name='Art')),
                        ('section_key', models.CharField(max_length=64, verbose_name='Abschnitt')),
                        ('section_label', models.CharField(blank=True, max_length=300, verbose_name='Abschnitt (Titel)')),
                        ('as_board', models.BooleanField(default=False, verbose_name='Als Mitglied des Beirats')),
                        ('author_name', models.CharField(blank=True, max_length=80, verbose_name='Angezeigter Name')),
                        ('category', models.CharField(blank=True, choices=[('suggestion', 'Anregung'), ('question', 'Frage'), ('criticism', 'Kritik')], max_length=12, verbose_name='Kategorie')),
                        ('text', models.TextField(max_length=20000, verbose_name='Text')),
                        ('language', models.CharField(choices=[('de', 'Deutsch'), ('en', 'English'), ('tr', 'Türkçe'), ('ar', 'العربية'), ('uk', 'Українська'), ('ru', 'Русский'), ('fa', 'فارسی')], default='de', max_length=8, verbose_name='Sprache')),
                        ('notify', models.BooleanField(default=False, verbose_name='Über das Ergebnis informieren')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='Eingegangen am')),
                        ('receipt', models.CharField(editable=False, max_length=16, unique=True, verbose_name='Eingangsnummer')),
                        ('submission_key', models.CharField(editable=False, max_length=64, null=True, unique=True)),
                        ('status', models.CharField(choices=[('visible', 'sichtbar'), ('hidden', 'ausgeblendet')], default='visible', max_length=10, verbose_name='Status')),
                        ('hidden_reason', models.CharField(blank=True, help_text='Wird anstelle des Kommentars öffentlich angezeigt.', max_length=300, verbose_name='Grund für das Ausblenden')),
                        ('highlighted', models.BooleanField(default=False, verbose_name='Hervorgehoben')),
                        ('moderated_at', models.DateTimeField(blank=True, null=True, verbose_name='Moderiert am')),
                        ('decision', models.CharField(blank=True, choices=[('adopted', 'übernommen'), ('partly', 'teilweise übernommen'), ('rejected', 'nicht übernommen'), ('noted', 'zur Kenntnis genommen')], max_length=10, verbose_name='Entscheidung')),
                        ('justification', models.TextField(blank=True, max_length=5000, verbose_name='Begründung')),
                        ('changed_section_key', models.CharField(blank=True, max_length=64, verbose_name='Geänderter Abschnitt der neuen Ausgabe')),
                        ('answered_at', models.DateTimeField(blank=True, null=True, verbose_name='Beantwortet am')),
                        ('answered_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Beantwortet von')),
                        ('author', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='consultation_comments', to=settings.AUTH_USER_MODEL, verbose_name='Verfasst von')),
                        ('moderated_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Moderiert von')),
                    ],
                    options={
                        'verbose_name': 'Kommentar zur Beteiligung',
                        'verbose_name_plural': 'Kommentare zur Beteiligung',
                        'db_table': 'concepts_comment',
                        'ordering': ['created_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='CommentReport',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('reason', models.CharField(choices=[('spam', 'Werbung oder Spam'), ('offensive', 'beleidigend oder diskriminierend'), ('off_topic', 'gehört nicht zum Thema')], max_length=12, verbose_name='Grund')),
                        ('note', models.CharField(blank=True, max_length=500, verbose_name='Hinweis')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='Gemeldet am')),
                        ('resolved', models.BooleanField(default=False, verbose_name='Erledigt')),
                        ('comment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='consultation.comment', verbose_name='Kommentar')),
                        ('reporter', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Gemeldet von')),
                    ],
                    options={
                        'verbose_name': 'Meldung eines Kommentars',
                        'verbose_name_plural': 'Meldungen von Kommentaren',
                        'db_table': 'concepts_commentreport',
                        'ordering': ['resolved', '-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='Consultation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='Titel')),
                        ('starts_at', models.DateTimeField(verbose_name='Beginn der Kommentierungsfrist')),
                        ('ends_at', models.DateTimeField(verbose_name='Ende der Kommentierungsfrist')),
                        ('audience', models.CharField(choices=[('board', 'nur der Beirat der Kommune'), ('public', 'Beirat und Öffentlichkeit')], default='board', max_length=10, verbose_name='Wer kann kommentieren?')),
                        ('introduction', models.TextField(blank=True, max_length=4000, verbose_name='Einführung')),
                        ('contact', models.TextField(blank=True, max_length=1000, verbose_name='Kontakt')),
                        ('report_published_at', models.DateTimeField(blank=True, null=True, verbose_name='Abwägung veröffentlicht am')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='Angelegt am')),
                        ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Angelegt von')),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='consultations', to='concepts.concepteditionpage', verbose_name='Entwurf')),
                        ('result_page', models.ForeignKey(blank=True, help_text='Die Ausgabe, mit der die Abwägung veröffentlicht wird.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='consultation_results', to='concepts.concepteditionpage', verbose_name='Beschlossene Ausgabe')),
                        ('revision', models.ForeignKey(help_text='Die Fassung des Entwurfs, auf die sich alle Kommentare beziehen.', on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.revision', verbose_name='Fassung zur Beteiligung')),
                        ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='Kommune')),
                    ],
                    options={
                        'verbose_name': 'Beteiligung',
                        'verbose_name_plural': 'Beteiligungen',
                        'db_table': 'concepts_consultation',
                        'ordering': ['-starts_at'],
                    },
                ),
                migrations.AddField(
                    model_name='comment',
                    name='consultation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='comments', to='consultation.consultation', verbose_name='Beteiligung'),
                ),
                migrations.CreateModel(
                    name='Participant',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('board', 'Mitglied des Beirats'), ('public', 'Öffentlichkeit')], max_length=10, verbose_name='Art')),
                        ('display_name', models.CharField(blank=True, max_length=80, verbose_name='Angezeigter Name')),
                        ('anonymous', models.BooleanField(default=False, verbose_name='Anonym kommentieren')),
                        ('email_confirmed_at', models.DateTimeField(blank=True, null=True, verbose_name='E-Mail bestätigt am')),
                        ('blocked', models.BooleanField(default=False, verbose_name='Gesperrt')),
                        ('blocked_reason', models.CharField(blank=True, max_length=300, verbose_name='Grund der Sperre')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='Angelegt am')),
                        ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='Kommune')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='participations', to=settings.AUTH_USER_MODEL, verbose_name='Benutzer')),
                    ],
                    options={
                        'verbose_name': 'Teilnehmende Person',
                        'verbose_name_plural': 'Teilnehmende',
                        'db_table': 'concepts_participant',
                        'ordering': ['site', 'kind', 'display_name'],
                    },
                ),
                migrations.AddField(
                    model_name='comment',
                    name='participant',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='comments', to='consultation.participant', verbose_name='Teilnehmende Person'),
                ),
                migrations.AddConstraint(
                    model_name='consultation',
                    constraint=models.CheckConstraint(condition=models.Q(('ends_at__gt', models.F('starts_at'))), name='consultation_ends_after_start'),
                ),
                migrations.AddConstraint(
                    model_name='participant',
                    constraint=models.UniqueConstraint(fields=('user', 'site'), name='one_participant_per_site'),
                ),
                migrations.AddIndex(
                    model_name='comment',
                    index=models.Index(fields=['consultation', 'section_key'], name='concepts_co_consult_ee3f30_idx'),
                ),
            ],
        ),
        migrations.RunPython(forwards, backwards),
    ]
