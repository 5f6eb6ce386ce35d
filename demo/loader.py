"""Loading the demo: five municipalities and their integration work (`manage.py load_demo`).

All facts (names in their public roles, dates, numbers, decisions) come from
the source articles in shared/seeds; every sentence is written for the demo.
Where the sources give no date or value, the loader picks one and the module
says so in a comment.
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from . import kaiserslautern, marl, merzig, voelklingen, wilhelmshaven
from .accessibility import build_sign_language
from .base import Context, set_up_site
from .deferred import tasks_once
from .localize import build_translations
from .people import shared
from .workflows import DEMO_PASSWORD, demo_users, ensure_demo_users

MUNICIPALITIES = [voelklingen, merzig, wilhelmshaven, marl, kaiserslautern]

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "weltoffen-demo"  # demo only, printed by the command
# DEMO_PASSWORD (demo/workflows.py) is the password of every role user.
__all__ = ["ADMIN_PASSWORD", "ADMIN_USERNAME", "DEMO_PASSWORD", "load", "role_users"]


def role_users():
    """(municipality, role, username) of every demo role user, for load_demo's table."""
    return demo_users([module.MUNICIPALITY for module in MUNICIPALITIES])


def ensure_admin():
    """The demo superuser, created if missing; an existing password is never reset."""
    User = get_user_model()
    if User.objects.filter(username=ADMIN_USERNAME).exists():
        return False
    User.objects.create_superuser(ADMIN_USERNAME, "admin@weltoffen.example", ADMIN_PASSWORD)
    return True


def counts():
    """How many pages, images, documents and snippets exist: to report what a run added."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from concepts.models import FieldOfAction
    from home.models import Organisation, Person

    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "snippets": Person.objects.count()
        + Organisation.objects.count()
        + FieldOfAction.objects.count(),
    }


def load(progress=lambda *args: None):
    """Build everything; `progress(index, total, name, part, part_number, parts)`.

    Returns the sites, whether the admin user was created, and the counts
    before and after the run.
    """
    before = counts()
    with tasks_once():  # demo/deferred.py
        sites, admin_created = _build(progress)
    return sites, admin_created, before, counts()


def _build(progress):
    total = len(MUNICIPALITIES)
    with transaction.atomic():
        people = shared()
    sites = []
    for index, module in enumerate(MUNICIPALITIES, start=1):
        ctx = Context(module.MUNICIPALITY)
        ctx.people.update(people)
        parts = [
            ("Site und Standardseiten", set_up_site),
            ("Demo-Benutzer für jede Rolle", ensure_demo_users),
            *module.PARTS,
            ("Gebärdensprache (Platzhalter-Video)", build_sign_language),
        ]
        with transaction.atomic():
            for number, (label, build) in enumerate(parts, start=1):
                progress(index, total, ctx.municipality.name, label, number, len(parts))
                build(ctx)
        sites.append(ctx.site)
    with transaction.atomic():
        progress(total, total, "Übersetzungen", "en, tr, ar, uk, ru, fa (wagtail-localize)", 1, 1)
        build_translations()
    with transaction.atomic():
        admin_created = ensure_admin()
    return sites, admin_created
