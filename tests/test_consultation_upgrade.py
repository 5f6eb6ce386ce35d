"""An installation migrated before the consultation became an app of its own
keeps every consultation row, and its permissions, through the upgrade.

The database is migrated to the state before the move (concepts 0003, the
models still in the concepts app), filled through that state's models, then
migrated to the latest state; the rows must be found through the consultation
app's models, and the content types, with the permissions and log entries that
hang on them, must now say app_label "consultation".

django-test-migrations drops and rebuilds the tables, and pytest-django empties
them after a transactional test; the tests are therefore marked `migrations`
and run after every other test (tests/browser/conftest.py).
"""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

pytestmark = [pytest.mark.migrations, pytest.mark.sqlite]

OLD = ("concepts", "0003_consultation")
MODELS = ["consultation", "participant", "comment", "commentreport"]
START = datetime(2026, 3, 1, 9, tzinfo=UTC)
END = datetime(2026, 4, 1, 9, tzinfo=UTC)


def latest():
    return MigrationLoader(connection, ignore_no_migrations=True).graph.leaf_nodes()


def build_old_data(apps):
    """One row of every consultation model, created the way the old code did,
    plus the content types and permissions post_migrate had created for them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    User = apps.get_model("auth", "User")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    Revision = apps.get_model("wagtailcore", "Revision")
    Site = apps.get_model("wagtailcore", "Site")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    Edition = apps.get_model("concepts", "ConceptEditionPage")

    types = {
        model: ContentType.objects.get_or_create(app_label="concepts", model=model)[0]
        for model in MODELS
    }
    for model, content_type in types.items():
        for action in ("add", "change", "delete", "view"):
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )

    page_type, _ = ContentType.objects.get_or_create(
        app_label="concepts", model="concepteditionpage"
    )
    locale = Locale.objects.first() or Locale.objects.create(language_code="de")
    root = Page.objects.get(depth=1)
    edition = Edition.objects.create(
        title="Integrationskonzept 2026 (Entwurf)",
        draft_title="Integrationskonzept 2026 (Entwurf)",
        slug="upgrade-entwurf",
        path=root.path + "0099",
        depth=2,
        content_type=page_type,
        locale=locale,
        year=2026,
        status="draft",
    )
    revision = Revision.objects.create(
        content_type=page_type,
        base_content_type=ContentType.objects.get(app_label="wagtailcore", model="page"),
        object_id=str(edition.pk),
        content={"title": edition.title},
        created_at=START,
    )
    site = Site.objects.create(hostname="upgrade.localhost", port=80, root_page=edition)

    moderator = User.objects.create(username="moderation", email="m@upgrade.example")
    member = User.objects.create(username="beirat", email="b@upgrade.example")
    moderator.user_permissions.add(
        Permission.objects.get(content_type=types["comment"], codename="view_comment")
    )
    group = Group.objects.create(name="Upgrade – Integrationsbüro")
    group.permissions.add(
        Permission.objects.get(content_type=types["comment"], codename="change_comment"),
        Permission.objects.get(content_type=types["consultation"], codename="view_consultation"),
    )

    consultation = apps.get_model("concepts", "Consultation").objects.create(
        page=edition,
        revision=revision,
        site=site,
        title="Beteiligung am Entwurf 2026",
        starts_at=START,
        ends_at=END,
        audience="public",
        introduction="Bitte kommentieren Sie.",
        contact="integration@upgrade.example",
        created_by=moderator,
    )
    participant = apps.get_model("concepts", "Participant").objects.create(
        user=member,
        site=site,
        kind="board",
        display_name="Frau Beirat",
        anonymous=False,
        email_confirmed_at=START,
    )
    Comment = apps.get_model("concepts", "Comment")
    comment = Comment.objects.create(
        consultation=consultation,
        kind="comment",
        section_key="leitbild",
        section_label="Leitbild",
        author=member,
        participant=participant,
        as_board=True,
        author_name="Frau Beirat",
        category="suggestion",
        text="Bitte Sprachkurse am Abend anbieten.",
        language="tr",
        notify=True,
        created_at=START,
        receipt="B-AAAA-BBBB",
        submission_key="nonce-1",
        status="hidden",
        hidden_reason="Doppelt",
        highlighted=True,
        moderated_at=START,
        moderated_by=moderator,
        decision="partly",
        justification="Teilweise übernommen.",
        changed_section_key="leitziele",
        answered_at=END,
        answered_by=moderator,
    )
    statement = Comment.objects.create(
        consultation=consultation,
        kind="statement",
        section_key="gesamt",
        author=member,
        author_name="Integrationsbeirat",
        text="Stellungnahme des Beirats.",
        created_at=START,
        receipt="B-CCCC-DDDD",
    )
    report = apps.get_model("concepts", "CommentReport").objects.create(
        comment=comment, reason="off_topic", note="Passt nicht.", reporter=moderator
    )
    ModelLogEntry.objects.create(
        content_type=types["consultation"],
        label=consultation.title,
        action="wagtail.create",
        data={},
        timestamp=START,
        object_id=str(consultation.pk),
        user=moderator,
    )
    return {
        "consultation": consultation.pk,
        "participant": participant.pk,
        "comment": comment.pk,
        "statement": statement.pk,
        "report": report.pk,
        "edition": edition.pk,
        "revision": revision.pk,
        "site": site.pk,
        "moderator": moderator.pk,
        "member": member.pk,
        "group": group.pk,
        "types": {model: content_type.pk for model, content_type in types.items()},
    }


def create_early_comment_type(apps):
    """The comment's content type of the new app, created before the migration
    (by a run of the new code's post_migrate, say), with a permission that
    the old type has too and one it has not, both in a group of their own."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    early = ContentType.objects.create(app_label="consultation", model="comment")
    twin = Permission.objects.create(
        content_type=early, codename="change_comment", name="Can change comment"
    )
    single = Permission.objects.create(
        content_type=early, codename="export_comment", name="Can export comment"
    )
    other = Group.objects.create(name="Upgrade – Verwaltung")
    other.permissions.add(twin, single)
    return early.pk, other.pk


def test_upgrade_keeps_every_consultation_row(migrator):
    """One upgrade (each migrates the whole schema, so one is run, not two)
    takes both ways a content type moves: three of the four are renamed; the
    comment's of the new app existed already and is merged into the old one,
    which keeps its id, so nobody loses a permission and nothing collides."""
    old = migrator.apply_initial_migration(OLD)
    assert ("concepts", "consultation") in old.models
    assert ("consultation", "consultation") not in old.models
    ids = build_old_data(old.apps)
    early, other = create_early_comment_type(old.apps)

    new = migrator.apply_tested_migration(latest())
    get = new.apps.get_model
    with pytest.raises(LookupError):
        get("concepts", "Consultation")

    consultation = get("consultation", "Consultation").objects.get(pk=ids["consultation"])
    assert consultation.title == "Beteiligung am Entwurf 2026"
    assert (consultation.starts_at, consultation.ends_at) == (START, END)
    assert consultation.audience == "public"
    assert consultation.introduction == "Bitte kommentieren Sie."
    assert consultation.contact == "integration@upgrade.example"
    assert consultation.page_id == ids["edition"]
    assert consultation.revision_id == ids["revision"]
    assert consultation.site_id == ids["site"]
    assert consultation.created_by_id == ids["moderator"]
    assert consultation.result_page_id is None

    participant = get("consultation", "Participant").objects.get(pk=ids["participant"])
    assert (participant.user_id, participant.site_id) == (ids["member"], ids["site"])
    assert (participant.kind, participant.display_name) == ("board", "Frau Beirat")
    assert participant.email_confirmed_at == START

    Comment = get("consultation", "Comment")
    comment = Comment.objects.get(pk=ids["comment"])
    assert comment.consultation_id == ids["consultation"]
    assert comment.participant_id == ids["participant"]
    assert (comment.kind, comment.section_key, comment.section_label) == (
        "comment",
        "leitbild",
        "Leitbild",
    )
    assert comment.text == "Bitte Sprachkurse am Abend anbieten."
    assert (comment.language, comment.category, comment.notify) == ("tr", "suggestion", True)
    assert (comment.receipt, comment.submission_key) == ("B-AAAA-BBBB", "nonce-1")
    assert (comment.status, comment.hidden_reason, comment.highlighted) == (
        "hidden",
        "Doppelt",
        True,
    )
    assert (comment.decision, comment.justification, comment.changed_section_key) == (
        "partly",
        "Teilweise übernommen.",
        "leitziele",
    )
    assert (comment.moderated_by_id, comment.answered_by_id) == (ids["moderator"],) * 2
    assert comment.answered_at == END
    statement = Comment.objects.get(pk=ids["statement"])
    assert (statement.kind, statement.author_name) == ("statement", "Integrationsbeirat")
    assert Comment.objects.count() == 2

    report = get("consultation", "CommentReport").objects.get(pk=ids["report"])
    assert (report.comment_id, report.reason, report.note) == (
        ids["comment"],
        "off_topic",
        "Passt nicht.",
    )
    assert report.reporter_id == ids["moderator"]

    # The content types moved (same rows, same ids), and with them everything
    # that points at them.
    ContentType = get("contenttypes", "ContentType")
    assert not ContentType.objects.filter(app_label="concepts", model__in=MODELS).exists()
    for model in MODELS:
        content_type = ContentType.objects.get(app_label="consultation", model=model)
        assert content_type.pk == ids["types"][model]
    group = get("auth", "Group").objects.get(pk=ids["group"])
    assert sorted((p.content_type.app_label, p.codename) for p in group.permissions.all()) == [
        ("consultation", "change_comment"),
        ("consultation", "view_consultation"),
    ]
    moderator = get("auth", "User").objects.get(pk=ids["moderator"])
    assert [(p.content_type.app_label, p.codename) for p in moderator.user_permissions.all()] == [
        ("consultation", "view_comment")
    ]
    entry = get("wagtailcore", "ModelLogEntry").objects.get(object_id=str(ids["consultation"]))
    assert (entry.content_type.app_label, entry.content_type.model) == (
        "consultation",
        "consultation",
    )

    # The real models read the same tables.
    from consultation.models import Comment as CurrentComment
    from consultation.models import Consultation as CurrentConsultation

    assert CurrentConsultation.objects.get(pk=ids["consultation"]).comments.count() == 2
    assert CurrentComment.objects.get(pk=ids["comment"]).reports.count() == 1

    # The comment's early content type is gone; its group kept both permissions,
    # now on the old type (the twin merged into the old permission).
    comment_type = ContentType.objects.get(app_label="consultation", model="comment")
    assert comment_type.pk == ids["types"]["comment"]
    assert not ContentType.objects.filter(pk=early).exists()
    other = get("auth", "Group").objects.get(pk=other)
    assert sorted((p.content_type_id, p.codename) for p in other.permissions.all()) == [
        (comment_type.pk, "change_comment"),
        (comment_type.pk, "export_comment"),
    ]
