"""`manage.py rebuild_word_list`: the search's word list from every live, public page.

Publishing keeps the list up to date on its own (search.tasks); this is for
content that arrived without publishing (a restored backup, bulk imports,
the benchmark corpus) and after upgrading.
"""

from django.core.management.base import BaseCommand

from search import word_list


class Command(BaseCommand):
    help = "Baut die Wortliste der Suche aus allen veröffentlichten, öffentlichen Seiten neu auf."

    def handle(self, *args, **options):
        words = word_list.rebuild()
        if options["verbosity"]:
            self.stdout.write(f"{words} Wörter in der Wortliste.")
