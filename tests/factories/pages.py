"""Pages in a municipality's tree, in one of four states:

* ``LIVE``: published;
* ``DRAFT``: created and saved as a revision, never published;
* ``CHANGED``: published, then edited and saved as a newer draft (not published);
* ``UNPUBLISHED``: published once, then taken offline.

``PressReleaseFactory(town=merzig, title="Fest", state=DRAFT)`` adds the page
under the town's section for its type (or under ``parent=``) and returns it
freshly loaded; ``change={...}`` sets the fields of the newer draft of a
``CHANGED`` page (default: the title with " (Entwurf)").
"""

import uuid

import factory
from django.utils.text import slugify

from concepts.models import ConceptEditionPage, FieldOfAction
from home.models import StandardPage
from news.models import EventPage, PressReleasePage
from tests.helpers import berlin

from .streams import paragraph

LIVE, DRAFT, CHANGED, UNPUBLISHED = "live", "draft", "changed", "unpublished"


def place(parent, page, state=LIVE, change=None):
    """Add `page` under `parent` in the given state and return it, freshly loaded."""
    if state == DRAFT:
        page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if state != DRAFT:
        revision.publish()
    page = type(page).objects.get(pk=page.pk)
    if state == CHANGED:
        for key, value in (change or {"title": page.title + " (Entwurf)"}).items():
            setattr(page, key, value)
        page.save_revision()
    elif state == UNPUBLISHED:
        page.unpublish()
    return type(page).objects.get(pk=page.pk)


def slug_for(title):
    return slugify(title)[:50] or uuid.uuid4().hex[:8]


def field_of_action(slug):
    """One of the standard fields of action every municipality has."""
    return FieldOfAction.objects.get(slug=slug)


class PageFactory(factory.Factory):
    """A page placed in the tree through `place` (see the module docstring)."""

    class Meta:
        abstract = True

    town = None
    state = LIVE
    change = None
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.LazyAttribute(lambda o: slug_for(o.title))

    @classmethod
    def _build(cls, model_class, *args, town=None, parent=None, state=LIVE, change=None, **kw):
        return cls._instance(model_class, *args, **kw)

    @classmethod
    def _create(cls, model_class, *args, town=None, parent=None, state=LIVE, change=None, **kw):
        return place(parent, cls._instance(model_class, *args, **kw), state, change=change)

    @classmethod
    def _instance(cls, model_class, *args, **kwargs):
        return model_class(*args, **kwargs)


class PressReleaseFactory(PageFactory):
    """A press release in the town's news section (replaces ``add_release``);
    ``fields=[...]`` are its fields of action."""

    class Meta:
        model = PressReleasePage

    parent = factory.LazyAttribute(lambda o: o.town.news)
    title = factory.Sequence(lambda n: f"Pressemitteilung {n}")
    date = factory.LazyFunction(lambda: berlin(2024, 5, 14, 10, 0))
    lead = factory.LazyAttribute(lambda o: f"Vorspann zu {o.title}.")
    body = factory.LazyAttribute(lambda o: paragraph(f"<p>Text zu {o.title}.</p>"))
    fields = ()

    @classmethod
    def _instance(cls, model_class, *args, fields=(), **kwargs):
        page = model_class(*args, **kwargs)
        page.fields_of_action = list(fields)
        return page


class EventFactory(PageFactory):
    """An event in the town's events section (replaces ``add_event``)."""

    class Meta:
        model = EventPage

    parent = factory.LazyAttribute(lambda o: o.town.events)
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    start = factory.LazyFunction(lambda: berlin(2024, 6, 1, 18, 0))
    end = factory.LazyFunction(lambda: berlin(2024, 6, 1, 20, 0))


class ConceptEditionFactory(PageFactory):
    """An edition of the integration concept (replaces ``add_edition``); its
    fields of action, goals and measures go in ``structure=structure(...)``."""

    class Meta:
        model = ConceptEditionPage

    parent = factory.LazyAttribute(lambda o: o.town.concepts)
    title = factory.Sequence(lambda n: f"Integrationskonzept {n}")
    year = 2024
    status = "adopted"
    predecessor = None


class StandardPageFactory(PageFactory):
    """A standard page, under the home page unless ``parent=`` says otherwise
    (replaces ``add_standard_page``)."""

    class Meta:
        model = StandardPage

    parent = factory.LazyAttribute(lambda o: o.town.home)
    title = factory.Sequence(lambda n: f"Seite {n}")
