"""Municipalities as the tests see them.

Two live side by side, as in production:

* Völklingen, the default site, answers on http://voelklingen.localhost/
  (and on anything unknown, such as the test client's "testserver");
* Merzig answers on http://merzig.localhost/.

``TownFactory.of(VOELKLINGEN)`` sets one up with ``set_up_municipality`` (site,
home page, sections, roles) and returns a :class:`Town`; ``TownFactory(name=...,
hostname=...)`` makes any other.
"""

from dataclasses import dataclass, field, fields

import factory
from django.utils.text import slugify

from home.municipality import Municipality, set_up_municipality


@dataclass
class Town:
    """One municipality as the tests see it: its site, sections and host."""

    site: object
    sections: dict
    host: str
    name: str
    extra: dict = field(default_factory=dict)

    def __getattr__(self, key):
        sections = self.__dict__.get("sections", {})
        if key in sections:
            return sections[key]
        raise AttributeError(key)

    @property
    def root_url(self):
        return f"http://{self.host}"


VOELKLINGEN = Municipality(
    name="Völklingen",
    official_name="Mittelstadt Völklingen",
    hostname="voelklingen.localhost",
    port=80,
    state="SL",
    is_default=True,
    email="integration@voelklingen.example",
    phone="06898 13-0",
    address="Rathausplatz\n66333 Völklingen",
)

MERZIG = Municipality(
    name="Merzig",
    official_name="Kreisstadt Merzig",
    hostname="merzig.localhost",
    port=80,
    state="SL",
    email="integration@merzig.example",
)


class TownFactory(factory.Factory):
    """A municipality set up in the database (replaces ``make_town``)."""

    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Teststadt {n}")
    official_name = factory.LazyAttribute(lambda o: f"Stadt {o.name}")
    hostname = factory.LazyAttribute(lambda o: f"{slugify(o.name)}.localhost")

    @classmethod
    def of(cls, municipality):
        """The town for a given Municipality, e.g. ``TownFactory.of(MERZIG)``."""
        return cls(**{f.name: getattr(municipality, f.name) for f in fields(municipality)})

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        municipality = model_class(*args, **kwargs)
        site, sections = set_up_municipality(municipality)
        return Town(
            site=site, sections=sections, host=municipality.hostname, name=municipality.name
        )


def fresh(town):
    """The same municipality with its pages reloaded from the database.

    Tree operations keep counters on the parent instance in memory, so a test
    must never reuse page objects another test has already added children to.
    """
    from wagtail.models import Page

    sections = {key: Page.objects.get(pk=page.pk).specific for key, page in town.sections.items()}
    return Town(
        site=type(town.site).objects.get(pk=town.site.pk),
        sections=sections,
        host=town.host,
        name=town.name,
    )
