"""No municipality sees another's secrets in the admin (issue 16, point 3).

Völklingen holds the secrets: a live, a draft (in review and locked), an
embargoed release, a draft concept edition under consultation with a comment,
a report and a participant, an image, a document, an upload not yet saved, a
reader's accessibility feedback and a translation in progress. Every title,
text and file name carries the word GEHEIM.

Every member of Merzig's groups (one user per role) then walks every admin
address Wagtail and the apps register: the ones that take an object id get
Völklingen's ids, bulk actions get them as ``?id=`` (and ``?id=all``), every
listing, chooser, report and admin API gets ``?q=``/``?search=`` the secret
word. None of the secrets may appear in any answer. A superuser, as a check
that the walk can find them, sees them.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from home.roles import ROLE_ORDER, municipality_key, roles_of_site
from tests.factories import (
    DRAFT,
    LIVE,
    ConceptEditionFactory,
    DocumentFactory,
    ImageFactory,
    PressReleaseFactory,
    fresh,
    png_bytes,
)
from tests.tenancy_walk import (
    PARAMETER,
    WORD,
    addresses,
    bulk_addresses,
    leaks,
    listing_addresses,
    walked_patterns,
)

# Admin views and input handling behave alike on both databases; make test
# runs this slow file once, in the SQLite pass.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns"), pytest.mark.once]

FUTURE = timezone.now() + timedelta(days=3)


# --- Völklingen's secrets ------------------------------------------------------


def _upload(user, name):
    from wagtail.models import UploadedFile

    return UploadedFile.objects.create(
        file=ContentFile(png_bytes(), name=name), uploaded_by_user=user, for_content_type=None
    )


@pytest.fixture(scope="module")
def secrets(shared_towns):
    from wagtail.models import Collection, Revision, TaskState, WorkflowState

    from consultation.models import Comment, CommentReport, Consultation, Participant
    from home.models import AccessibilityFeedback

    town = fresh(shared_towns["voelklingen"])
    User = get_user_model()
    editor = User.objects.create_user("voelklingen-geheim", password="x")
    editor.groups.add(roles_of_site(town.site)["pressestelle"])

    live = PressReleaseFactory(town=town, title=f"{WORD} Quittenlicht", state=LIVE)
    town = fresh(town)
    draft = PressReleaseFactory(town=town, title=f"{WORD} Mandelbaum", state=DRAFT)
    draft.get_workflow().start(draft, editor)
    draft.locked, draft.locked_by, draft.locked_at = True, editor, timezone.now()
    draft.save(update_fields=["locked", "locked_by", "locked_at"])
    town = fresh(town)
    embargoed = PressReleaseFactory(
        town=town, title=f"{WORD} Kirschbluete", state=DRAFT, go_live_at=FUTURE
    )
    embargoed.latest_revision.publish()
    town = fresh(town)
    edition = ConceptEditionFactory(
        town=town, title=f"{WORD} Lindenblatt", year=2027, status="draft", state=DRAFT
    )
    consultation = Consultation.objects.create(
        page=edition,
        title=f"{WORD} Holunder",
        starts_at=timezone.now() - timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=9),
    )
    participant = Participant.objects.create(
        user=editor, site=town.site, kind="board", display_name=f"{WORD} Rosmarin"
    )
    comment = Comment.objects.create(
        consultation=consultation,
        section_key="leitbild",
        text=f"{WORD} Wacholder",
        author=editor,
        participant=participant,
    )
    report = CommentReport.objects.create(
        comment=comment, reason="spam", note=f"{WORD} Meldung", reporter=editor
    )
    collection = Collection.objects.get(name=town.name)
    image = ImageFactory(
        title=f"{WORD} Sanddorn",
        collection=collection,
        file=ContentFile(png_bytes(), name="geheim-sanddorn.png"),
    )
    document = DocumentFactory(
        title=f"{WORD} Schlehe",
        collection=collection,
        file=ContentFile(b"Schlehe", name="geheim-schlehe.txt"),
    )
    upload = _upload(editor, "geheim-vogelbeere.png")
    feedback = AccessibilityFeedback.objects.create(
        page=town.accessibility, message=f"{WORD} Brombeere"
    )
    translation = _translation(draft)
    workflow_state = WorkflowState.objects.get(object_id=str(draft.pk))
    task_state = TaskState.objects.get(workflow_state=workflow_state)
    revisions = Revision.page_revisions.filter(object_id=str(draft.pk))
    return {
        "town": town,
        "editor": editor,
        "pages": [draft, embargoed, live, edition],
        "page": draft,
        "revision": revisions.latest("pk"),
        "workflow_state": workflow_state,
        "task_state": task_state,
        "workflow": workflow_state.workflow,
        "image": image,
        "document": document,
        "upload": upload,
        "consultation": consultation,
        "comment": comment,
        "report": report,
        "participant": participant,
        "feedback": feedback,
        "collection": collection,
        "translation": translation,
    }


def _translation(page):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    source, _ = TranslationSource.get_or_create_from_instance(page)
    return Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )


def secret_words(secrets):
    """Everything that must not show: titles, texts and file names (without path)."""
    words = {page.title for page in secrets["pages"]} | {
        secrets["image"].title,
        secrets["document"].title,
        secrets["consultation"].title,
        secrets["comment"].text,
        secrets["report"].note,
        secrets["participant"].display_name,
        secrets["feedback"].message,
        "geheim-sanddorn",
        "geheim-schlehe",
        "geheim-vogelbeere",
    }
    return sorted(words)


@pytest.fixture(scope="module")
def merzig_members(shared_towns):
    town = shared_towns["merzig"]
    groups = roles_of_site(town.site)
    members = {}
    for role in ROLE_ORDER:
        user = get_user_model().objects.create_user(
            f"{municipality_key(town.name)}-{role}-walk", password="x"
        )
        user.groups.add(groups[role])
        members[role] = user
    return members


def test_the_walk_covers_every_admin_address_with_an_id(secrets):
    urls = addresses(secrets)
    with_id = [r for r, _ in walked_patterns() if PARAMETER.search(r)]
    assert len(with_id) > 150
    assert len(urls) >= len(walked_patterns())
    assert not [url for url in urls if "<" in url or "(?P" in url]
    assert len(bulk_addresses(secrets)) >= 2 * 11


@pytest.mark.parametrize("turn,role", list(enumerate(r.value for r in ROLE_ORDER)))
def test_no_role_of_merzig_sees_any_secret_of_voelklingen(
    client, secrets, merzig_members, turn, role
):
    urls = addresses(secrets, turn) + listing_addresses(secrets) + bulk_addresses(secrets)
    shown = leaks(client, merzig_members[role], urls, secret_words(secrets))
    assert shown == {}, f"{len(shown)} of {len(urls)} addresses show secrets: {shown}"


def test_a_superuser_sees_them_so_the_walk_can_find_them(client, secrets):
    admin = get_user_model().objects.create_superuser("walk-admin", password="x")
    probes = [
        f"/admin/bulk/wagtailcore/page/delete/?id={secrets['page'].pk}",
        f"/admin/api/main/images/?search={WORD}",
        f"/admin/beteiligungen/edit/{secrets['consultation'].pk}/",
        "/admin/reports/locked/",
    ]
    shown = leaks(client, admin, probes, secret_words(secrets))
    assert set(shown) == set(probes)


# --- Own objects stay in reach; foreign ones do not exist -----------------------


def test_the_own_municipality_stays_in_reach(client, shared_towns, merzig_members):
    from wagtail.models import Collection

    town = fresh(shared_towns["merzig"])
    own = PressReleaseFactory(town=town, title="Merziger Eigenes", state=DRAFT)
    ImageFactory(title="Merziger Bild", collection=Collection.objects.get(name="Merzig"))
    client.force_login(merzig_members["pressestelle"])
    for address in (
        f"/admin/bulk/wagtailcore/page/delete/?id={own.pk}",
        f"/admin/pages/{town.news.pk}/",
        "/admin/pages/search/?q=Merziger",
        f"/admin/choose-page/{town.news.pk}/",
    ):
        response = client.get(address)
        assert response.status_code == 200, address
        assert "Merziger Eigenes" in response.content.decode(), address
    for address in ("/admin/api/main/images/", "/admin/images/chooser/", "/admin/images/"):
        response = client.get(address)
        assert response.status_code == 200, address
        assert "Merziger Bild" in response.content.decode(), address


def test_another_municipalitys_objects_answer_not_found(client, secrets, merzig_members):
    page, image = secrets["page"], secrets["image"]
    client.force_login(merzig_members["pressestelle"])
    for address in (
        f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}",
        f"/admin/bulk/home/creditedimage/delete/?id={image.pk}",
        f"/admin/api/main/images/{image.pk}/",
        f"/admin/api/main/documents/{secrets['document'].pk}/",
        f"/admin/api/main/pages/{page.pk}/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/move/{secrets['town'].news.pk}/confirm/",
        f"/admin/images/{image.pk}/",
        f"/admin/snippets/home/accessibilityfeedback/edit/{secrets['feedback'].pk}/",
    ):
        assert client.get(address).status_code == 404, address


def test_reports_counting_every_municipality_are_for_superusers(client, merzig_members):
    address = "/admin/reports/page-types-usage/"
    client.force_login(merzig_members["pressestelle"])
    assert client.get(address).status_code == 404
    client.force_login(get_user_model().objects.create_superuser("zaehler", password="x"))
    assert client.get(address).status_code == 200


def test_bulk_actions_on_users_name_no_staff_of_another_municipality(client, merzig_members):
    colleague = get_user_model().objects.create_user(
        "voelklingen-redaktion-walk", password="x", first_name="Henrike", last_name="Geheimrat"
    )
    address = f"/admin/bulk/auth/user/delete/?id={colleague.pk}"
    client.force_login(merzig_members["administration"])
    response = client.get(address)
    assert response.status_code == 404
    assert "Geheimrat" not in response.content.decode()
    client.force_login(get_user_model().objects.create_superuser("personal", password="x"))
    assert "Geheimrat" in client.get(address).content.decode()


def test_the_site_history_names_no_object_or_person_of_another_municipality(
    client, secrets, merzig_members, shared_towns
):
    from wagtail.log_actions import log

    editor = secrets["editor"]
    editor.first_name, editor.last_name = "Quirin", "Verborgen"
    editor.save()
    for obj in (secrets["image"], secrets["document"], secrets["feedback"]):
        log(obj, "wagtail.edit", user=editor)
    log(editor, "wagtail.edit", user=editor)
    words = [secrets["image"].title, secrets["document"].title, "Verborgen"]
    addresses = [
        "/admin/reports/site-history/",
        f"/admin/reports/site-history/results/?user={editor.pk}",
        "/admin/reports/site-history/?export=csv",
    ]
    for role in ("pressestelle", "administration"):
        assert leaks(client, merzig_members[role], addresses, words) == {}, role
    # Merzig's own entries stay in its history; a superuser sees Völklingen's.
    own = PressReleaseFactory(town=fresh(shared_towns["merzig"]), title="Merziger Verlauf")
    log(own, "wagtail.edit", user=merzig_members["pressestelle"])
    client.force_login(merzig_members["pressestelle"])
    assert "Merziger Verlauf" in client.get(addresses[0]).content.decode()
    admin = get_user_model().objects.create_superuser("verlauf-admin", password="x")
    assert set(leaks(client, admin, addresses[:1], words)[addresses[0]]) == set(words)
