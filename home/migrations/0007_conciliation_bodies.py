"""The 16 Länder's conciliation bodies for accessibility statements, as a starting table.

Names and addresses were compiled from memory of the Länder's portals and could
not be checked from here: every row is marked "not verified", so that each
municipality checks its Land's row (Einstellungen → Schlichtungsstellen) before
relying on it. The federal Schlichtungsstelle BGG stays the fallback on the page.
"""

from django.db import migrations

BODIES = [
    # state, conciliation body, its address, enforcement body, its address
    ("BW", "Ombudsstelle bei der Landes-Behindertenbeauftragten Baden-Württemberg",
     "https://www.sozialministerium-bw.de/", "", ""),
    ("BY", "Schlichtungsstelle beim Beauftragten der Bayerischen Staatsregierung für die "
     "Belange von Menschen mit Behinderung", "https://www.behindertenbeauftragter.bayern.de/",
     "Durchsetzungsstelle für digitale Barrierefreiheit Bayern", "https://www.ldbv.bayern.de/"),
    ("BE", "Schlichtungsstelle bei der Landesbeauftragten für Menschen mit Behinderungen Berlin",
     "https://www.berlin.de/lb/behi/", "", ""),
    ("BB", "Schlichtungsstelle beim Landesbehindertenbeauftragten Brandenburg",
     "https://msgiv.brandenburg.de/", "", ""),
    ("HB", "Schlichtungsstelle beim Landesbehindertenbeauftragten der Freien Hansestadt Bremen",
     "https://www.behindertenbeauftragter.bremen.de/", "", ""),
    ("HH", "Schlichtungsstelle nach dem Hamburgischen Behindertengleichstellungsgesetz",
     "https://www.hamburg.de/", "", ""),
    ("HE", "Schlichtungsstelle bei der Beauftragten der Hessischen Landesregierung für "
     "Menschen mit Behinderungen", "https://soziales.hessen.de/", "", ""),
    ("MV", "Schlichtungsstelle beim Bürgerbeauftragten des Landes Mecklenburg-Vorpommern",
     "https://www.buergerbeauftragter-mv.de/", "", ""),
    ("NI", "Schlichtungsstelle beim Landesbeauftragten für Menschen mit Behinderungen "
     "Niedersachsen", "https://www.ms.niedersachsen.de/", "", ""),
    ("NW", "Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen",
     "https://www.mags.nrw/", "Überwachungsstelle für barrierefreie Informationstechnik "
     "des Landes Nordrhein-Westfalen", "https://www.mags.nrw/"),
    ("RP", "Schlichtungsstelle beim Landesbeauftragten für die Belange behinderter Menschen "
     "Rheinland-Pfalz", "https://mastd.rlp.de/", "", ""),
    ("SL", "Schlichtungsstelle beim Landesbeauftragten für Menschen mit Behinderungen im "
     "Saarland", "https://www.saarland.de/", "", ""),
    ("SN", "Schlichtungsstelle beim Beauftragten der Sächsischen Staatsregierung für die "
     "Belange von Menschen mit Behinderungen", "https://www.inklusion.sachsen.de/", "", ""),
    ("ST", "Schlichtungsstelle beim Landesbehindertenbeauftragten Sachsen-Anhalt",
     "https://ms.sachsen-anhalt.de/", "", ""),
    ("SH", "Schlichtungsstelle beim Landesbeauftragten für Menschen mit Behinderung "
     "Schleswig-Holstein", "https://www.landtag.ltsh.de/", "", ""),
    ("TH", "Schlichtungsstelle beim Thüringer Beauftragten für Menschen mit Behinderungen",
     "https://www.tlmb-thueringen.de/", "", ""),
]


def fill(apps, schema_editor):
    ConciliationBody = apps.get_model("home", "ConciliationBody")
    for state, name, url, enforcement_name, enforcement_url in BODIES:
        ConciliationBody.objects.get_or_create(
            state=state,
            defaults={
                "name": name,
                "url": url,
                "enforcement_name": enforcement_name,
                "enforcement_url": enforcement_url,
                "verified": False,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0006_accessibility")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
