"""What the consultation tests share: the draft's secret and its measure,
consultations opened before, during or after their period, participants, and
the forms as a browser sends them."""

from datetime import timedelta

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from consultation.models import Consultation, Participant
from consultation.sections import MISSION

SECRET = "Leitbildgeheimnis"  # appears only in the draft under consultation
MEASURE = {
    "title": "Sprachpatenschaften",
    "description": "Ehrenamtliche begleiten Neuzugewanderte.",
    "responsible": "Integrationsbüro",
    "partners": "Vereine",
    "timeframe": "2026–2028",
    "status": "planned",
    "budget": "",
}


PHASES = {
    "before": (timedelta(days=2), timedelta(days=20)),
    "during": (-timedelta(days=2), timedelta(days=20)),
    "after": (-timedelta(days=30), -timedelta(days=1)),
}


def open_consultation(page, audience="board", phase="during", **kw):
    start, end = PHASES[phase]
    now = timezone.now()
    return Consultation.objects.create(
        page=page,
        title=kw.pop("title", "Beteiligung zur Fortschreibung"),
        starts_at=now + start,
        ends_at=now + end,
        audience=audience,
        introduction="Bitte kommentieren Sie bis zum Ende der Frist.",
        contact="Integrationsbüro, Telefon 06898 0123-0",
        **kw,
    )


def set_phase(consultation, phase):
    start, end = PHASES[phase]
    now = timezone.now()
    consultation.starts_at, consultation.ends_at = now + start, now + end
    consultation.save()


def make_user(username, email=None):
    return get_user_model().objects.create_user(
        username, email=email or f"{username}@example.org", password="test-only"
    )


def board_member(town, username="beirat-mitglied", **kw):
    user = make_user(username)
    Participant.objects.create(
        user=user, site=town.site, kind=Participant.Kind.BOARD, display_name=kw.get("name", "")
    )
    return user


def public_participant(town, username="buergerin", anonymous=False):
    user = make_user(username)
    Participant.objects.create(
        user=user,
        site=town.site,
        kind=Participant.Kind.PUBLIC,
        display_name="Ayşe K.",
        anonymous=anonymous,
        email_confirmed_at=timezone.now(),
    )
    return user


def host(town):
    return {"HTTP_HOST": town.host}


def url(name, **kwargs):
    return reverse(f"consultation:{name}", kwargs=kwargs)


def page_text(response):
    return " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text(" ").split())


def form_fields(response):
    form = BeautifulSoup(response.content.decode(), "html.parser").select_one("form.wo-form")
    assert form is not None, "no form on the page"
    return {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}


def comment_on(client, town, consultation, key=MISSION, **data):
    address = url("comment", pk=consultation.pk, key=key)
    page = client.get(address, **host(town))
    assert page.status_code == 200, page.status_code
    fields = form_fields(page)
    fields.update(
        {"category": "suggestion", "text": "Mehr Sprachkurse am Abend.", "language": "de"}
    )
    fields.update(data)
    return client.post(address, fields, **host(town)), fields


def admin_form(client, address):
    """The admin form's current values, as a browser would send them."""
    soup = BeautifulSoup(client.get(address).content.decode(), "html.parser")
    form = soup.select_one("form[method=post]")
    data = {}
    for field in form.select("input, textarea, select"):
        name = field.get("name")
        if not name or field.get("disabled") is not None:
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data
