"""`manage.py load_demo`: the five municipalities of the source articles, once."""

import time

from django.core.management.base import BaseCommand

from demo.loader import load
from home.models import HomePage
from search import word_list

from .demo_accounts import write_accounts


class Command(BaseCommand):
    help = (
        "Lädt die Demo-Inhalte: fünf Kommunen mit Integrationskonzept, Veranstaltungen, "
        "Pressemitteilungen, Bildern und Dokumenten. Kann beliebig oft laufen; "
        "was schon da ist, bleibt unverändert."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet", action="store_true", help="Keine Fortschrittsanzeige, nur Fehler."
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Nur laden, wenn noch keine Kommune angelegt ist (für `make run`).",
        )

    def handle(self, *args, quiet=False, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            if not quiet:
                self.stdout.write("Es gibt schon Kommunen; die Demo-Inhalte werden nicht geladen.")
            return
        started = time.monotonic()
        last = {"index": None}

        def progress(index, total, name, part, number, parts):
            if quiet:
                return
            if last["index"] != index:
                self.stdout.write(self.style.MIGRATE_HEADING(f"[{index}/{total}] {name}"))
                last["index"] = index
            self.stdout.write(f"      ({number}/{parts}) {part} …")

        sites, admin_created, before, after = load(progress)
        # publishing keeps the search's word list current page by page; a
        # fresh start makes it independent of the task queue's state
        word_list.rebuild()
        if quiet:
            return
        seconds = time.monotonic() - started
        added = {key: after[key] - before[key] for key in after}
        if any(added.values()):
            summary = (
                f"Neu angelegt: {added['pages']} Seiten, {added['images']} Bilder, "
                f"{added['documents']} Dokumente, {added['snippets']} Snippets "
                "(Personen, Organisationen, Handlungsfelder)"
            )
        else:
            summary = "Alles war schon da, nichts wurde geändert"
        self.stdout.write(self.style.SUCCESS(f"{summary} ({seconds:.1f} s)."))
        self.stdout.write(
            f"Insgesamt: {after['pages']} Seiten, {after['images']} Bilder, "
            f"{after['documents']} Dokumente, {after['snippets']} Snippets."
        )
        self.stdout.write("")
        self.stdout.write("Die Demo-Sites:")
        for site in sites:
            self.stdout.write(f"  {site.site_name:26} {site.root_url}/")
        if admin_created:
            self.stdout.write("Demo-Benutzer „admin“ angelegt.")
        write_accounts(self.stdout)
