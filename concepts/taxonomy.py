"""The shared Handlungsfelder: the seven of the Selbstcheck "Weltoffene Kommune"
and the fields most municipal integration concepts use."""

from django.db import transaction
from wagtail.models import Locale

from .models import FieldOfAction

SELBSTCHECK_FIELDS = [
    ("management-steuerung", "Management und Steuerung"),
    ("interkulturelle-oeffnung-antirassismus", "Interkulturelle Öffnung und Antirassismus"),
    ("fairer-zugang-teilhabe", "Fairer Zugang und Teilhabechancen"),
    ("arbeit-wirtschaft", "Arbeit und wirtschaftliche Entwicklung"),
    ("engagement-beteiligung", "Engagement und Beteiligung"),
    ("zusammenhalt-begegnung", "Zusammenhalt und Begegnung"),
    ("kommunikation-konfliktmanagement", "Kommunikation und Konfliktmanagement"),
]

CONCEPT_FIELDS = [
    ("sprache", "Sprache"),
    ("bildung", "Bildung"),
    ("arbeit-ausbildung", "Arbeit und Ausbildung"),
    ("wohnen", "Wohnen"),
    ("gesundheit", "Gesundheit"),
    ("sport", "Sport"),
    ("kultur", "Kultur"),
    ("sozialraum-quartier", "Sozialraum und Quartier"),
    ("familie", "Familie"),
    ("senioren", "Seniorinnen und Senioren"),
    ("interkulturelle-oeffnung-verwaltung", "Interkulturelle Öffnung der Verwaltung"),
    ("partizipation", "Partizipation"),
    ("antidiskriminierung", "Antidiskriminierung"),
]


@transaction.atomic
def ensure_fields_of_action():
    """Create the shared fields of action in the default language; safe to run again."""
    locale = Locale.get_default()
    fields = {}
    rows = [(slug, name, True) for slug, name in SELBSTCHECK_FIELDS] + [
        (slug, name, False) for slug, name in CONCEPT_FIELDS
    ]
    for order, (slug, name, selbstcheck) in enumerate(rows, start=1):
        field, _ = FieldOfAction.objects.get_or_create(
            slug=slug,
            locale=locale,
            defaults={"name": name, "selbstcheck": selbstcheck, "sort_order": order * 10},
        )
        fields[slug] = field
    return fields
