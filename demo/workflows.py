"""Demo users for every role, and the editorial process caught in the middle.

Every municipality gets one demo user per role (password DEMO_PASSWORD, demo
only). Völklingen additionally shows the process at work:

* a press release the Redaktion has submitted, waiting for the Pressestelle;
* a press release under embargo (Sperrfrist), scheduled a few days after the
  first load of the demo;
* a draft of the next concept edition, approved by the Integrationsbüro and
  now waiting for the Integrationsbeirat.

These pages are invented for the demo, not taken from the sources; each says
so. Like everything in the loader they are created once and never changed.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone

from home.roles import ROLE_ORDER, Role, municipality_key, role_label, roles_of_site

from .base import html, p

DEMO_PASSWORD = "weltoffen-demo"  # demo only, printed by load_demo and in the README


def demo_username(municipality_name, role):
    return f"{municipality_key(municipality_name)}-{role}"


def demo_users(municipalities):
    """(municipality, role label, username) for the table load_demo prints."""
    return [
        (m.name, role_label(role, m.advisory_board_name), demo_username(m.name, role))
        for m in municipalities
        for role in ROLE_ORDER
    ]


def ensure_demo_users(ctx):
    """One user per role, created if missing; an existing user is left alone."""
    User = get_user_model()
    m = ctx.municipality
    groups = roles_of_site(ctx.site)
    key = municipality_key(m.name)
    for role in ROLE_ORDER:
        username = demo_username(m.name, role)
        if User.objects.filter(username=username).exists():
            continue
        user = User.objects.create_user(
            username,
            email=f"{role}@{key}.example",
            password=DEMO_PASSWORD,
            first_name="Demo",
            last_name=f"{role_label(role, m.advisory_board_name)} {m.name}",
        )
        user.groups.add(groups[role])


def _user(ctx, role):
    return get_user_model().objects.get(username=demo_username(ctx.municipality.name, role))


def _exists(parent, slug):
    return parent.get_children().filter(slug=slug).exists()


# Starting a workflow sends its notification e-mails; the demo's are not worth
# printing to the console (dev settings) on every fresh load.
quiet_mail = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")


@quiet_mail
def build_workflow_states(ctx):
    from concepts.models import ConceptEditionPage
    from news.models import PressReleasePage

    news = ctx.sections["news"]
    author = _user(ctx, Role.EDITORIAL)
    demo_note = p("Diese Meldung ist ein erfundener Beispielinhalt der Weltoffen-Demo.")

    slug = "entwurf-sprachcafe-im-neuen-rathaus"
    if not _exists(news, slug):
        release = PressReleasePage(
            title="Sprachcafé im Neuen Rathaus startet",
            slug=slug,
            live=False,
            owner=author,
            date=timezone.now(),
            place="Völklingen",
            lead=(
                "Jeden Donnerstag lädt das Integrationsbüro zum Sprachcafé ein: Deutsch "
                "üben, Fragen stellen, Leute kennenlernen. (Demo: wartet auf die Freigabe "
                "der Pressestelle.)"
            ),
            summary="Demo-Entwurf in der Freigabe der Pressestelle.",
            body=[("paragraph", html(p("Das Sprachcafé ist offen für alle."), demo_note))],
            press_contact=ctx.people.get("presse"),
        )
        news.add_child(instance=release)
        release.save_revision(user=author)
        news.get_workflow().start(release, author)

    slug = "sperrfrist-bilanz-des-integrationsbueros"
    if not _exists(news, slug):
        go_live = (timezone.localtime() + timedelta(days=3)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
        release = PressReleasePage(
            title="Bilanz des Integrationsbüros: ein Jahr Beratung im Neuen Rathaus",
            slug=slug,
            live=False,
            owner=_user(ctx, Role.PRESS_OFFICE),
            date=go_live,
            place="Völklingen",
            lead=(
                "Das Integrationsbüro zieht Bilanz. (Demo: Sperrfrist, diese Meldung "
                "erscheint erst zum eingestellten Zeitpunkt.)"
            ),
            summary="Demo-Meldung mit Sperrfrist.",
            body=[("paragraph", html(p("Die Bilanz erscheint mit der Sperrfrist."), demo_note))],
            press_contact=ctx.people.get("presse"),
            go_live_at=go_live,
        )
        news.add_child(instance=release)
        # Publishing a revision whose go_live_at lies ahead schedules it.
        release.save_revision(user=_user(ctx, Role.PRESS_OFFICE)).publish(
            user=_user(ctx, Role.PRESS_OFFICE)
        )

    concepts = ctx.sections["concepts"]
    slug = "fortschreibung-entwurf"
    if not _exists(concepts, slug):
        office = _user(ctx, Role.INTEGRATION_OFFICE)
        draft = ConceptEditionPage(
            title="Integrationskonzept – Fortschreibung (Entwurf)",
            slug=slug,
            live=False,
            owner=office,
            year=timezone.localdate().year,
            status=ConceptEditionPage.Status.DRAFT,
            predecessor=ctx.concepts.get("current"),
            lead_office="Integrationsbüro",
            summary=(
                "Demo-Entwurf der nächsten Fortschreibung: vom Integrationsbüro geprüft, "
                "liegt dem Integrationsbeirat zur Beratung vor."
            ),
            mission_statement=p(
                "Entwurf: Völklingen ist eine Stadt, in der alle mitreden können. "
                "(Erfundener Beispielinhalt der Weltoffen-Demo.)"
            ),
        )
        concepts.add_child(instance=draft)
        draft.save_revision(user=office)
        state = concepts.get_workflow().start(draft, office)
        task_state = state.current_task_state
        task_state.task.specific.on_action(
            task_state, office, "approve", comment="Fachlich geprüft, bitte an den Beirat."
        )
