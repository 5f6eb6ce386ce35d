"""The press office's part of a new municipality: its press and events sections."""

from wagtail import hooks

from home.municipality import ensure_child

from .models import EventIndexPage, NewsIndexPage


@hooks.register("weltoffen_municipality_sections", order=20)
def press_and_event_sections(home, municipality):
    news, _created = ensure_child(
        home,
        NewsIndexPage,
        "presse",
        title="Pressemitteilungen",
        show_in_menus=True,
        summary=f"Pressemitteilungen von {municipality.official_name} zur Integrationsarbeit.",
    )
    events, _created = ensure_child(
        home,
        EventIndexPage,
        "veranstaltungen",
        title="Veranstaltungen",
        show_in_menus=True,
        summary="Workshops, Tagungen und Dialogveranstaltungen: angekündigt und dokumentiert.",
    )
    return {"news": news, "events": events}
