"""A view restriction applies to a page at once, also to a page readers have
read before: whether a page is free of restrictions is kept per page and
address (core.visibility.restriction_free) only under the purge version that
every restriction saved or deleted changes."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import PressReleaseFactory
from tests.helpers import path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def shows(client, town, path, words):
    return words in visit(client, town, path).content.decode()


def test_a_restriction_on_the_section_locks_a_page_read_before(client, merzig):
    release = PressReleaseFactory(town=merzig, title="Bald nur mit Passwort")
    path = path_of(release)
    assert shows(client, merzig, path, "Bald nur mit Passwort")
    restriction = restrict(release.get_parent())
    locked = visit(client, merzig, path)
    assert "Bald nur mit Passwort" not in locked.content.decode()
    assert 'name="password"' in locked.content.decode()
    restriction.delete()
    assert shows(client, merzig, path, "Bald nur mit Passwort")


def test_an_alias_of_a_restricted_page_is_locked_too(client, merzig):
    release = PressReleaseFactory(town=merzig, title="Nur für den Beirat")
    alias = release.create_alias(update_slug="nur-fuer-den-beirat-kopie")
    assert shows(client, merzig, path_of(alias), "Nur für den Beirat")
    restrict(release)
    locked = visit(client, merzig, path_of(alias)).content.decode()
    assert "Nur für den Beirat" not in locked and 'name="password"' in locked


def test_the_body_of_a_restricted_page_is_never_kept_for_other_readers(client, merzig):
    """A reader who gave the password sees the release; nothing of its body
    is kept where the pages of the next, anonymous readers are made from
    ({% kept %} renders it afresh behind a restriction)."""
    import pickle

    from django.core.cache import cache
    from django.urls import reverse

    from core.fragments import LOCAL

    release = PressReleaseFactory(town=merzig, title="Beiratsprotokoll", lead="Vertrauliche Notiz")
    path = path_of(release)
    restriction = restrict(release)
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.id, release.id]),
        {"password": "geheim", "return_url": path},
        HTTP_HOST=merzig.host,
    )
    assert shows(client, merzig, path, "Vertrauliche Notiz")
    kept = [value for _expires, value, _size in LOCAL.entries.values()]
    kept += list(cache._cache.values())
    assert not [value for value in kept if "Vertrauliche Notiz" in str(pickle.loads(value))]
