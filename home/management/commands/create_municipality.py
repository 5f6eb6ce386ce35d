"""`manage.py create_municipality`: a new municipality with its sections, groups, workflows."""

from django.core.management.base import BaseCommand, CommandError

from home.models import FEDERAL_STATES
from home.municipality import Municipality, set_up_municipality


class Command(BaseCommand):
    help = (
        "Legt eine Kommune an: Wagtail-Site, Startseite, Bereiche für Konzept, Presse und "
        "Veranstaltungen sowie Impressum, Datenschutz, Barrierefreiheit und Leichte Sprache."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Kurzname, z. B. Merzig")
        parser.add_argument("--official-name", help="z. B. Kreisstadt Merzig")
        parser.add_argument("--hostname", required=True, help="z. B. www.merzig.de")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument(
            "--state", default="", choices=[""] + [code for code, _ in FEDERAL_STATES]
        )
        parser.add_argument("--email", default="")
        parser.add_argument("--phone", default="")
        parser.add_argument("--address", default="")
        parser.add_argument("--advisory-board-name", default="Integrationsbeirat")
        parser.add_argument(
            "--editorial-responsible",
            default="",
            help="Verantwortlich nach § 18 Abs. 2 MStV: Name und Anschrift (\\n für Zeilen)",
        )
        parser.add_argument("--default", action="store_true", help="Als Standard-Site setzen")

    def handle(self, *args, **options):
        name = options["name"].strip()
        if not name:
            raise CommandError("Bitte einen Namen angeben.")
        site, sections = set_up_municipality(
            Municipality(
                name=name,
                official_name=options["official_name"] or f"Stadt {name}",
                hostname=options["hostname"],
                port=options["port"],
                state=options["state"],
                email=options["email"],
                phone=options["phone"],
                address=options["address"].replace("\\n", "\n"),
                advisory_board_name=options["advisory_board_name"],
                editorial_responsible=options["editorial_responsible"].replace("\\n", "\n"),
                is_default=options["default"],
            )
        )
        self.stdout.write(
            self.style.SUCCESS(f"{site.site_name} ist eingerichtet: {site.root_url}/")
        )
        for key, page in sections.items():
            _site_id, _root_url, path = page.get_url_parts()
            self.stdout.write(f"  {key:14} {path}")
