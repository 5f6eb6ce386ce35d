"""Roles per municipality: groups, permissions scoped to the own tree and
collection, and the per-site user administration (home/roles.py,
home/wagtail_hooks.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
)

from home.municipality import set_up_municipality
from home.roles import Role, roles_of_site
from tests.factories import (
    DRAFT,
    MERZIG,
    VOELKLINGEN,
    ConceptEditionFactory,
    DocumentFactory,
    EventFactory,
    ImageFactory,
    PressReleaseFactory,
)
from tests.helpers import berlin

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

ALL_ROLES = [r.value for r in Role]
EDITING_ROLES = ["redaktion", "pressestelle", "integrationsbuero"]


def admin_get(client, user, url):
    client.force_login(user)
    return client.get(url)


# --- Set-up ------------------------------------------------------------------


def test_every_municipality_gets_its_five_groups(voelklingen, merzig):
    for town, board in ((voelklingen, "Integrationsbeirat"), (merzig, "Integrationsbeirat")):
        groups = roles_of_site(town.site)
        assert set(groups) == set(ALL_ROLES)
        assert groups["beirat"].name == f"{town.name} – {board}"
        assert groups["redaktion"].name == f"{town.name} – Redaktion"


def test_the_advisory_board_group_takes_the_name_from_the_settings(db):
    from dataclasses import replace

    site, _ = set_up_municipality(
        replace(MERZIG, name="Marl", hostname="marl.test", advisory_board_name="Integrationsrat")
    )
    assert roles_of_site(site)["beirat"].name == "Marl – Integrationsrat"


def test_setting_up_again_changes_nothing(voelklingen, merzig):
    def snapshot():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            Workflow.objects.count(),
            WorkflowPage.objects.count(),
            sorted(Group.objects.values_list("name", flat=True)),
        )

    before = snapshot()
    set_up_municipality(VOELKLINGEN)
    set_up_municipality(MERZIG)
    assert snapshot() == before


def test_page_permissions_cover_only_the_own_sections(voelklingen):
    groups = roles_of_site(voelklingen.site)

    def perms(role):
        return {
            (gpp.page_id, gpp.permission.codename.removesuffix("_page"))
            for gpp in GroupPagePermission.objects.filter(group=groups[role])
        }

    news, events, concepts = voelklingen.news.pk, voelklingen.events.pk, voelklingen.concepts.pk
    assert perms("redaktion") == {
        (page, action) for page in (news, events, concepts) for action in ("add", "change", "lock")
    }
    assert perms("pressestelle") == {
        (page, action)
        for page in (news, events)
        for action in ("add", "change", "publish", "lock", "unlock")
    }
    assert perms("integrationsbuero") == {
        (concepts, action) for action in ("add", "change", "publish", "lock", "unlock")
    }
    assert perms("beirat") == set() and perms("administration") == set()
    collection = Collection.objects.get(name="Völklingen")
    for role in ("redaktion", "pressestelle", "integrationsbuero"):
        assert {
            p.collection_id for p in GroupCollectionPermission.objects.filter(group=groups[role])
        } == {collection.pk}
    assert not GroupCollectionPermission.objects.filter(
        group__in=[groups["beirat"], groups["administration"]]
    ).exists()


@pytest.mark.parametrize(
    "role, section, can_publish",
    [
        ("redaktion", "news", False),
        ("redaktion", "concepts", False),
        ("pressestelle", "news", True),
        ("pressestelle", "events", True),
        ("pressestelle", "concepts", None),
        ("integrationsbuero", "concepts", True),
        ("integrationsbuero", "news", None),
        ("beirat", "concepts", None),
        ("administration", "news", None),
    ],
)
def test_who_may_edit_and_publish_what(voelklingen, role_user, role, section, can_publish):
    """None: may not even edit. Publishing needs the publish permission."""
    user = role_user(voelklingen, role)
    if section == "news":
        page = PressReleaseFactory(town=voelklingen, title="Eine Meldung", state=DRAFT)
    elif section == "events":
        page = EventFactory(
            town=voelklingen,
            title="Ein Workshop",
            start=berlin(2024, 3, 1, 10),
            end=berlin(2024, 3, 1, 12),
            state=DRAFT,
        )
    else:
        page = ConceptEditionFactory(town=voelklingen, title="Eine Ausgabe", year=2030, state=DRAFT)
    perms = page.permissions_for_user(user)
    assert perms.can_edit() == (can_publish is not None)
    assert perms.can_publish() == bool(can_publish)


# --- Nothing of another municipality ---------------------------------------


@pytest.mark.parametrize("role", ALL_ROLES)
def test_no_role_reaches_pages_of_another_municipality(
    client, voelklingen, merzig, role_user, role
):
    user = role_user(merzig, role)
    release = PressReleaseFactory(town=voelklingen, title="Völklinger Meldung", state=DRAFT)
    edition = ConceptEditionFactory(
        town=voelklingen, title="Völklinger Konzeptentwurf", year=2031, state=DRAFT
    )
    client.force_login(user)
    for page in (release, edition):
        # Another municipality's page is not found at all (home/tenancy.py).
        assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 404
        response = client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
        assert "Völklinger" not in response.content.decode()
        revision = page.latest_revision
        response = client.get(
            reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
        )
        assert response.status_code == 404
        assert not page.permissions_for_user(user).can_publish()
    response = client.get(reverse("wagtailadmin_pages:search") + "?q=Völklinger")
    assert "Völklinger Meldung" not in response.content.decode()


@pytest.mark.parametrize("role", ["pressestelle", "integrationsbuero"])
def test_publishers_of_another_municipality_cannot_unpublish(
    client, voelklingen, merzig, role_user, role
):
    release = PressReleaseFactory(town=voelklingen, title="Völklinger Meldung")
    edition = ConceptEditionFactory(town=voelklingen, title="Völklinger Konzept", year=2019)
    client.force_login(role_user(merzig, role))
    for page in (release, edition):
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        assert response.status_code == 404
        page.refresh_from_db()
        assert page.live


def test_the_press_office_unpublishes_its_own_release(client, voelklingen, role_user):
    release = PressReleaseFactory(town=voelklingen, title="Eigene Meldung")
    client.force_login(role_user(voelklingen, "pressestelle"))
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[release.pk]))
    assert response.status_code == 302
    release.refresh_from_db()
    assert not release.live


def test_the_editorial_team_may_not_unpublish(client, voelklingen, role_user):
    release = PressReleaseFactory(town=voelklingen, title="Eigene Meldung")
    client.force_login(role_user(voelklingen, "redaktion"))
    client.post(reverse("wagtailadmin_pages:unpublish", args=[release.pk]))
    release.refresh_from_db()
    assert release.live


def test_the_explorer_shows_only_the_own_municipality(client, voelklingen, merzig, role_user):
    PressReleaseFactory(town=merzig, title="Merziger Meldung", state=DRAFT)
    PressReleaseFactory(town=voelklingen, title="Völklinger Meldung", state=DRAFT)
    client.force_login(role_user(voelklingen, "redaktion"))
    html = client.get(reverse("wagtailadmin_explore", args=[voelklingen.news.pk])).content.decode()
    assert "Völklinger Meldung" in html
    html = client.get(reverse("wagtailadmin_explore", args=[merzig.news.pk])).content.decode()
    assert "Merziger Meldung" not in html


@pytest.mark.parametrize("role", EDITING_ROLES)
def test_image_and_document_listings_hold_only_the_own_collection(
    client, voelklingen, merzig, role_user, role
):
    own = Collection.objects.get(name="Völklingen")
    other = Collection.objects.get(name="Merzig")
    for collection, town in ((own, "Voelklingen"), (other, "Merzig")):
        image = ImageFactory(title=f"Bild aus {town}")
        image.collection = collection
        image.save()
        document = DocumentFactory(title=f"Dokument aus {town}")
        document.collection = collection
        document.save()
    client.force_login(role_user(voelklingen, role))
    response = client.get(reverse("wagtailimages:index"))
    assert response.status_code == 200, response
    images = response.content.decode()
    documents = client.get(reverse("wagtaildocs:index")).content.decode()
    assert "Bild aus Voelklingen" in images and "Bild aus Merzig" not in images
    assert "Dokument aus Voelklingen" in documents and "Dokument aus Merzig" not in documents
    merzig_image = get_image_of("Bild aus Merzig")
    response = client.get(reverse("wagtailimages:edit", args=[merzig_image.pk]))
    assert response.status_code == 404


def get_image_of(title):
    from wagtail.images import get_image_model

    return get_image_model().objects.get(title=title)


@pytest.mark.parametrize("role", ["beirat", "administration"])
def test_reviewing_and_administering_roles_see_no_media(client, voelklingen, role_user, role):
    image = ImageFactory(title="Bild aus Voelklingen")
    image.collection = Collection.objects.get(name="Völklingen")
    image.save()
    client.force_login(role_user(voelklingen, role))
    response = client.get(reverse("wagtailimages:index"))
    assert response.status_code in (302, 403)


# --- Administration: users of the own municipality only ----------------------


def test_administration_lists_only_its_municipalitys_users(client, voelklingen, merzig, role_user):
    admin = role_user(voelklingen, "administration")
    role_user(voelklingen, "redaktion")
    role_user(merzig, "redaktion")
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "x")
    html = admin_get(client, admin, reverse("wagtailusers_users:index")).content.decode()
    assert "voelklingen-redaktion" in html
    assert "merzig-redaktion" not in html
    assert "chefin" not in html


def test_administration_cannot_open_users_of_another_municipality(
    client, voelklingen, merzig, role_user
):
    admin = role_user(voelklingen, "administration")
    other = role_user(merzig, "redaktion")
    superuser = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "x")
    client.force_login(admin)
    for user in (other, superuser):
        for view in ("edit", "delete"):
            url = reverse(f"wagtailusers_users:{view}", args=[user.pk])
            assert client.get(url).status_code == 404
    client.post(reverse("wagtailusers_users:delete", args=[other.pk]))
    assert get_user_model().objects.filter(pk=other.pk).exists()


def test_administration_gives_only_its_own_groups_and_never_superuser(
    client, voelklingen, merzig, role_user
):
    admin = role_user(voelklingen, "administration")
    response = admin_get(client, admin, reverse("wagtailusers_users:add"))
    form = response.context["form"]
    assert "is_superuser" not in form.fields
    offered = set(form.fields["groups"].queryset.values_list("name", flat=True))
    assert offered == {g.name for g in roles_of_site(voelklingen.site).values()}
    merzig_group = roles_of_site(merzig.site)["pressestelle"]
    own_group = roles_of_site(voelklingen.site)["redaktion"]
    data = {
        "username": "neu",
        "email": "neu@example.org",
        "first_name": "Neue",
        "last_name": "Redakteurin",
        "password1": "ein-langes-Passwort-123",
        "password2": "ein-langes-Passwort-123",
        "is_superuser": "on",
        "is_active": "on",
        "groups": [merzig_group.pk],
    }
    client.post(reverse("wagtailusers_users:add"), data)
    assert not get_user_model().objects.filter(username="neu").exists()
    client.post(reverse("wagtailusers_users:add"), {**data, "groups": [own_group.pk]})
    created = get_user_model().objects.get(username="neu")
    assert not created.is_superuser
    assert list(created.groups.all()) == [own_group]


def test_administration_manages_no_groups_and_no_bulk_actions(client, voelklingen, role_user):
    admin = role_user(voelklingen, "administration")
    other = role_user(voelklingen, "redaktion")
    client.force_login(admin)
    assert client.get(reverse("wagtailusers_groups:index")).status_code in (302, 403)
    url = (
        reverse("wagtail_bulk_action", args=["auth", "user", "set_active_state"])
        + f"?id={other.pk}"
    )
    response = client.post(url, {"mark_as_active": False})
    assert response.status_code in (302, 403, 404)  # refused, without naming anyone
    other.refresh_from_db()
    assert other.is_active


def test_the_page_chooser_offers_only_the_own_municipality(client, voelklingen, merzig, role_user):
    PressReleaseFactory(town=merzig, title="Merziger Entwurf", state=DRAFT)
    PressReleaseFactory(town=voelklingen, title="Völklinger Entwurf", state=DRAFT)
    client.force_login(role_user(voelklingen, "redaktion"))
    foreign = client.get(reverse("wagtailadmin_choose_page_child", args=[merzig.news.pk]))
    assert foreign.status_code == 404 and "Merziger" not in foreign.content.decode()
    search = client.get(reverse("wagtailadmin_choose_page_search") + "?q=Entwurf")
    assert "Merziger Entwurf" not in chooser_html(search)
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[voelklingen.news.pk]))
    assert "Völklinger Entwurf" in chooser_html(response)
    response = client.get(reverse("wagtailadmin_choose_page_search") + "?q=Entwurf")
    assert "Völklinger Entwurf" in chooser_html(response)


def chooser_html(response):
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.content.decode()


def test_administration_edits_a_user_of_its_municipality(client, voelklingen, role_user):
    admin = role_user(voelklingen, "administration")
    editor = role_user(voelklingen, "redaktion")
    group = roles_of_site(voelklingen.site)["pressestelle"]
    client.force_login(admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[editor.pk]),
        {
            "username": editor.username,
            "email": editor.email,
            "first_name": "Neu",
            "last_name": "Zugeordnet",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [group.pk],
        },
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.last_name == "Zugeordnet"
    assert not editor.is_superuser
    assert list(editor.groups.all()) == [group]
