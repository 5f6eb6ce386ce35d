"""Building blocks of the demo loader: look up or create, never change what exists.

Every helper finds its object by a natural key first (slug, title, name) and
only creates it when it is missing, so the loader can run any number of times.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from home.models import HomePageContact, Organisation, Person
from home.municipality import Municipality, ensure_child, set_up_municipality

from .images import HEIGHT, WIDTH, draw_picture
from .pdf import build_pdf

CREDIT = "Grafik: Weltoffen-Demo (generiert)"
BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class Context:
    """What one municipality's loader has built so far."""

    municipality: Municipality
    site: object = None
    sections: dict = field(default_factory=dict)
    fields: dict = field(default_factory=dict)  # slug -> FieldOfAction
    collection: Collection | None = None
    city: Organisation | None = None
    people: dict = field(default_factory=dict)
    concepts: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)

    @property
    def slug(self):
        return self.sections["home"].slug


# --- Site ------------------------------------------------------------------


def set_up_site(ctx):
    from concepts.taxonomy import ensure_fields_of_action

    ctx.site, ctx.sections = set_up_municipality(ctx.municipality)
    ctx.fields = ensure_fields_of_action()
    ctx.collection = Collection.get_first_root_node().get_children().get(name=ctx.municipality.name)
    m = ctx.municipality
    ctx.city = organisation(
        m.official_name,
        Organisation.Kind.ADMINISTRATION,
        city=m.name,
        email=m.email,
        phone=m.phone,
    )


def ensure_home_contacts(ctx, people):
    """Set the home page's contacts once; an editor's later choice is left alone."""
    home = ctx.sections["home"]
    if home.contacts.exists():
        return
    home.contacts = [HomePageContact(person=p, sort_order=i) for i, p in enumerate(people)]
    home.save_revision().publish()


# --- Snippets --------------------------------------------------------------


def organisation(name, kind, city="", **defaults):
    obj, _ = Organisation.objects.get_or_create(
        name=name,
        locale=Locale.get_default(),
        defaults={"kind": kind, "city": city, **defaults},
    )
    return obj


def person(name, role, org=None, phone="", email=""):
    """A person in the public role the sources give them; keyed by name and organisation."""
    obj, _ = Person.objects.get_or_create(
        name=name,
        organisation=org,
        locale=Locale.get_default(),
        defaults={"role": role, "phone": phone, "email": email},
    )
    return obj


def press_office(ctx):
    m = ctx.municipality
    return person(
        "Pressestelle",
        f"Presse- und Öffentlichkeitsarbeit, {m.official_name}",
        ctx.city,
        phone=m.phone,
        email=f"presse@{ctx.slug}.example",
    )


# --- Media -----------------------------------------------------------------


def picture(ctx, title, motif, palette, seed):
    """A generated graphic, found by its title; drawn only if it does not exist yet."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data, alt = draw_picture(motif, palette, seed)
    image = Image(
        title=title,
        description=alt,
        credit=CREDIT,
        collection=ctx.collection,
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),
    )
    image.file.save(f"demo-{ctx.slug}-{seed}.jpg", ContentFile(data), save=False)
    image.width, image.height = WIDTH, HEIGHT
    image.save()
    return image


def pdf_document(ctx, title, blocks, filename):
    """A generated PDF stored as a Wagtail document, found by its title."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = build_pdf(
        blocks,
        title=title,
        author=ctx.municipality.official_name,
        footer=f"{ctx.municipality.official_name} · Demo-Inhalt",
    )
    document = Document(
        title=title,
        collection=ctx.collection,
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),
    )
    document.file.save(filename, ContentFile(data), save=False)
    document.save()
    return document


# --- Pages -----------------------------------------------------------------


def page(parent, model, slug, **fields):
    obj, _ = ensure_child(parent, model, slug, **fields)
    return obj


def at(year, month, day, hour=0, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def upcoming(weeks, weekday, hour=18, minute=0, hours=2):
    """A date `weeks` ahead of today on the given weekday (0 = Monday), local time."""
    day = date.today() + timedelta(weeks=weeks)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    # No town-hall evenings between Christmas and Epiphany: move to the week after.
    if (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 6):
        epiphany = date(day.year + (day.month == 12), 1, 6)
        day = epiphany + timedelta(days=(weekday - epiphany.weekday()) % 7 or 7)
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)
    return start, start + timedelta(hours=hours)


# --- Text ------------------------------------------------------------------


def p(*sentences):
    return "<p>" + " ".join(escape(s, quote=False) for s in sentences) + "</p>"


def ul(*items):
    return "<ul>" + "".join(f"<li>{escape(i, quote=False)}</li>" for i in items) + "</ul>"


def html(*parts):
    return "".join(parts)


# --- Concept structure -----------------------------------------------------


def measure(title, responsible, partners, timeframe, status, description="", budget=""):
    return {
        "title": title,
        "description": description,
        "responsible": responsible,
        "partners": partners,
        "timeframe": timeframe,
        "status": status,
        "budget": budget,
    }


def indicator(name, baseline="", target="", source="", **numbers):
    """An indicator; `numbers` are the non-text fields (direction, baseline_year,
    baseline_value, target_year, target_value) its chart needs."""
    return {"name": name, "baseline": baseline, "target": target, "source": source, **numbers}


def goal(title, description, measures, indicators=()):
    return {
        "title": title,
        "description": description,
        "measures": list(measures),
        "indicators": list(indicators),
    }


def section(ctx, slug, introduction, goals):
    return (
        "field",
        {"field_of_action": ctx.fields[slug], "introduction": introduction, "goals": goals},
    )


def concept_pdf_blocks(edition_title, summary, mission, guiding_goals, structure):
    """The text of an edition as PDF blocks: the same content as the page."""
    blocks = [("title", edition_title), ("subtitle", summary), ("h1", "Leitbild")]
    blocks += [("p", text) for text in mission]
    blocks.append(("h1", "Leitziele"))
    blocks += [("li", text) for text in guiding_goals]
    for _, value in structure:
        blocks.append(("h1", f"Handlungsfeld {value['field_of_action'].name}"))
        for g in value["goals"]:
            blocks.append(("h2", f"Ziel: {g['title']}"))
            if g["description"]:
                blocks.append(("p", g["description"]))
            for m in g["measures"]:
                line = f"{m['title']} – verantwortlich: {m['responsible']}"
                if m["partners"]:
                    line += f"; Partner: {m['partners']}"
                line += f"; Zeitraum: {m['timeframe']}"
                blocks.append(("li", line))
            for i in g["indicators"]:
                blocks.append(("li", f"Kennzahl: {i['name']} (Ziel: {i['target'] or 'offen'})"))
    blocks.append(
        (
            "small",
            "Dieses Dokument ist ein Beispielinhalt der Weltoffen-Demo. Es gibt den Aufbau "
            "eines kommunalen Integrationskonzepts wieder, nicht den amtlichen Wortlaut.",
        )
    )
    return blocks


def edition(ctx, slug, *, mission, guiding_goals, structure, pdf_title, **fields):
    """A concept edition with its Leitbild, Leitziele, structure and a PDF of the text."""
    from concepts.models import ConceptEditionPage

    parent = ctx.sections["concepts"]
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing
    document = pdf_document(
        ctx,
        pdf_title,
        concept_pdf_blocks(fields["title"], fields["summary"], mission, guiding_goals, structure),
        f"{ctx.slug}-{slug}.pdf",
    )
    return page(
        parent,
        ConceptEditionPage,
        slug,
        mission_statement=html(*(p(text) for text in mission)),
        guiding_goals=ul(*guiding_goals),
        structure=structure,
        documents=[("document", {"document": document, "title": f"{pdf_title} (PDF)"})],
        **fields,
    )


def event(ctx, slug, *, contributors=(), fields_of_action=(), **fields):
    """An event page; contributors are (role, person or organisation) pairs."""
    from news.models import EventContributor, EventPage

    rows = []
    for i, (role, who) in enumerate(contributors):
        key = "person" if isinstance(who, Person) else "organisation"
        rows.append(EventContributor(role=role, sort_order=i, **{key: who}))
    return page(
        ctx.sections["events"],
        EventPage,
        slug,
        contributors=rows,
        fields_of_action=[ctx.fields[s] for s in fields_of_action],
        **fields,
    )


def press_release(ctx, slug, *, fields_of_action=(), **fields):
    from news.models import PressReleasePage

    return page(
        ctx.sections["news"],
        PressReleasePage,
        slug,
        press_contact=ctx.people["presse"],
        fields_of_action=[ctx.fields[s] for s in fields_of_action],
        **fields,
    )


def result(ctx, slug, findings, rating=None):
    """One field's result at a workshop; `findings` is HTML."""
    return (
        "result",
        {
            "field_of_action": ctx.fields[slug],
            "rating": str(rating) if rating else "",
            "findings": findings,
        },
    )


def step(title, description="", responsible="", due=""):
    return (
        "step",
        {"title": title, "description": description, "responsible": responsible, "due": due},
    )


def item(time, title, speaker=""):
    return ("item", {"time": time, "title": title, "speaker": speaker})


def image_block(image, caption):
    return ("image", {"image": image, "caption": caption})


def quote(text, speaker, role):
    return ("quote", {"text": text, "speaker": speaker, "role": role})
