"""The comparison as open data: `/api/v2/comparisons/<id>/[?mit=<id>]`, JSON
with what was added, dropped and changed (before and after), for live public
editions of the requesting municipality only."""

from django.http import JsonResponse
from wagtail.models import Site

from ..models import ConceptEditionPage
from .results import cached_comparison
from .views import line_of


def _item(change):
    return {
        "kind": change.kind,
        "id": change.key,
        "title": change.title,
        "moved_from": change.moved_from or None,
        "matched_by": change.matched_by or None,
        "before": change.before or None,
        "after": change.after or None,
    }


def _attribute(attribute):
    label, before, after = attribute
    return {"label": str(label), "before": before, "after": after}


def _not_found(message):
    """A 404 in the API's own form: JSON with a message, like the rest of /api/v2/."""
    return JsonResponse({"message": message}, status=404)


MAX_ID = 2**31 - 1
NO_EDITION = "Keine veröffentlichte Ausgabe mit dieser Nummer."


def comparison_api(request, pk):
    site = Site.find_for_request(request)
    if site is None or pk > MAX_ID:  # a number no database column holds is no edition
        return _not_found(NO_EDITION)
    editions = ConceptEditionPage.objects.visible().descendant_of(site.root_page)
    page = editions.filter(pk=pk).first()
    if page is None:
        return _not_found(NO_EDITION)
    line = line_of(page)
    other = request.GET.get("mit")
    if other is None:
        index = line.index(page) if page in line else 0
        if index == 0:
            return _not_found(
                "Diese Ausgabe hat keine Vorgängerin, mit der sie sich vergleichen ließe."
            )
        older, newer = line[index - 1], page
    else:
        if not other.isdigit() or len(other) > 9:
            return JsonResponse(
                {"message": "„mit“ muss die Nummer einer Ausgabe sein."}, status=400
            )
        match = [e for e in line if e.pk == int(other) and e.pk != page.pk]
        if not match:
            return _not_found("„mit“ nennt keine andere Ausgabe derselben Reihe.")
        older, newer = sorted([match[0], page], key=lambda e: (e.year, e.pk))
    comparison = cached_comparison(older, newer, older.live_revision_id, newer.live_revision_id)
    changes = list(comparison.changes())
    data = {
        "older": comparison.older,
        "newer": comparison.newer,
        "totals": comparison.totals,
        "fields": [
            {"id": area.key, "title": area.title, "status": area.status, **area.counts}
            for area in comparison.fields
        ],
        "texts": [{"id": t.key, "status": t.status} for t in comparison.texts],
        "added": [_item(c) for c in changes if c.status == "new"],
        "dropped": [_item(c) for c in changes if c.status == "dropped"],
        "changed": [
            {
                **_item(c),
                "attributes": [
                    {"label": str(a[0]), "before": a[1], "after": a[2]} for a in c.attributes
                ],
            }
            for c in changes
            if c.status == "changed"
        ],
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
