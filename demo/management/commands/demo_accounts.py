"""`manage.py demo_accounts`: prints the demo's log-ins (the passwords live only in demo/)."""

from django.core.management.base import BaseCommand

from demo.loader import ADMIN_PASSWORD, ADMIN_USERNAME, DEMO_PASSWORD, role_users


def write_accounts(stdout, roles=True):
    """The demo's log-in lines (demo only): the superuser and, with `roles`,
    the table of role users. The passwords are printed from here, so that they
    are written down nowhere outside demo/ (the README aside)."""
    stdout.write(
        f"Demo-Zugang (nur für die Demo): {ADMIN_USERNAME} / {ADMIN_PASSWORD} "
        "→ http://127.0.0.1:8000/admin/"
    )
    if not roles:
        return
    stdout.write("")
    stdout.write(
        f"Demo-Benutzer je Kommune und Rolle, alle mit dem Passwort „{DEMO_PASSWORD}“ "
        "(nur für die Demo):"
    )
    rows = role_users()
    width = max(len(username) for *_, username in rows)
    stdout.write(f"  {'Benutzername':{width}}  {'Kommune':15} Rolle")
    for name, role, username in rows:
        stdout.write(f"  {username:{width}}  {name:15} {role}")


class Command(BaseCommand):
    help = (
        "Zeigt die Zugänge der Demo (nur für die Demo): den Administrator und mit "
        "--roles die Benutzer je Kommune und Rolle."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--roles", action="store_true", help="Auch die Benutzer je Kommune und Rolle."
        )

    def handle(self, *args, roles=False, **options):
        write_accounts(self.stdout, roles=roles)
