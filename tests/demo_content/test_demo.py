"""The demo loader: five municipalities, idempotent, every page renders.

The demo is loaded once for the package (tests/demo_content/conftest.py); the modules
here are marked slow: run them alone with `pytest -m slow`, skip them with
`-m "not slow"`. `make test` runs them with everything else.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from concepts.models import ConceptEditionPage
from demo.workflows import DEMO_PASSWORD
from home.models import MunicipalitySettings, Organisation, Person

pytestmark = [pytest.mark.slow, pytest.mark.django_db, pytest.mark.sqlite]

HOSTS = {
    "localhost",
    "merzig.localhost",
    "wilhelmshaven.localhost",
    "marl.localhost",
    "kaiserslautern.localhost",
}


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "people": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "sites": Site.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture(scope="module")
def demo(demo_db, django_db_blocker):
    """The counts after the package's load of the demo, and after loading it
    a second time on top (rolled back afterwards)."""
    with django_db_blocker.unblock():
        first = counts()
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", "--quiet", stdout=io.StringIO())
            yield first, counts()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def test_loading_the_demo_twice_duplicates_nothing(demo):
    first, second = demo
    assert first["pages"] > 40
    assert first["images"] > 0 and first["documents"] > 0
    assert first["people"] > 0 and first["organisations"] > 0
    # the superuser "admin" and one user per role (5) in each of the 5 municipalities,
    # plus Völklingen's consultation participants (three board members, one citizen)
    assert first["users"] == 1 + 5 * 5 + 4
    assert second == first


def test_loading_only_into_an_empty_database_leaves_an_existing_one_alone(demo):
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert counts() == demo[0]
    assert "Es gibt schon Kommunen" in out.getvalue()


def test_five_municipalities_answer_on_their_hosts(demo):
    assert {site.hostname for site in Site.objects.all()} == HOSTS
    names = {MunicipalitySettings.for_site(site).name for site in Site.objects.all()}
    assert names == {"Völklingen", "Merzig", "Wilhelmshaven", "Marl", "Kaiserslautern"}


def test_voelklingen_is_the_default_site(demo, client):
    site = Site.objects.get(is_default_site=True)
    assert site.hostname == "localhost"
    assert MunicipalitySettings.for_site(site).name == "Völklingen"
    response = client.get("/", HTTP_HOST="127.0.0.1:8000", follow=True)
    assert response.redirect_chain == [("/de/", 302)]
    assert "Mittelstadt Völklingen" in response.content.decode()


def test_the_2009_concept_is_superseded_by_its_revision(demo, client):
    root = Site.objects.get(is_default_site=True).root_page
    editions = ConceptEditionPage.objects.descendant_of(root)
    first = editions.get(year=2009)
    revision = first.superseded_by
    assert revision is not None
    assert revision.year > 2009
    assert revision.predecessor_id == first.pk
    response = client.get(first.get_url_parts()[2], HTTP_HOST="localhost:8000")
    html = response.content.decode()
    assert "Diese Ausgabe ist abgelöst" in html
    assert revision.get_url_parts()[2] in html


def test_every_live_demo_page_in_every_language_renders_within_twelve_queries(demo, client):
    """Every live page answers; and, read again once the fragments all readers
    share are kept, stays within issue 12's budget on real content
    (consultation reports, progress reports, Selbstchecks, translations). The
    queries are counted on PostgreSQL only: the production database, and the
    count is the same on both."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    over = []
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        _site_id, root_url, path = page.get_url_parts()
        host = root_url.split("//", 1)[1]
        assert client.get(path, HTTP_HOST=host).status_code == 200, path
        if connection.vendor != "postgresql":
            continue
        with CaptureQueriesContext(connection) as queries:
            client.get(path, HTTP_HOST=host)
        if len(queries) > 12:
            over.append((host, path, len(queries)))
    assert over == []


def test_the_demo_shows_the_editorial_process_in_voelklingen(demo):
    from wagtail.models import Revision, WorkflowState

    from news.models import PressReleasePage

    states = {
        state.content_object.specific.slug: state.current_task_state.task.name
        for state in WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    }
    assert states == {
        "entwurf-sprachcafe-im-neuen-rathaus": "Völklingen: Freigabe durch die Pressestelle",
        "fortschreibung-entwurf": "Völklingen: Beratung – Integrationsbeirat",
    }
    embargoed = PressReleasePage.objects.get(slug="sperrfrist-bilanz-des-integrationsbueros")
    assert not embargoed.live
    assert Revision.objects.filter(object_id=str(embargoed.pk), approved_go_live_at__isnull=False)
    users = get_user_model().objects.filter(username__startswith="voelklingen-")
    assert sorted(u.username for u in users) == [
        "voelklingen-administration",
        "voelklingen-beirat",
        "voelklingen-beirat-1",
        "voelklingen-beirat-2",
        "voelklingen-beirat-3",
        "voelklingen-integrationsbuero",
        "voelklingen-oeffentlich-1",
        "voelklingen-pressestelle",
        "voelklingen-redaktion",
    ]
    assert all(u.email and u.check_password(DEMO_PASSWORD) for u in users)
