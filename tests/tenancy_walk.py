"""The walk over every admin address (tests/test_tenant_isolation.py): each
address Wagtail and the apps register, filled with the ids of Völklingen's
secrets, and what an answer shows of them."""

import re

from django.urls import URLPattern, URLResolver, get_resolver

WORD = "GEHEIM"

# Addresses that are not about objects of a municipality or that change the
# session itself.
SKIPPED_NAMES = {"wagtailadmin_logout", "wagtailadmin_password_reset_confirm"}
SKIPPED_ROUTES = {"admin/failwhale/"}  # Wagtail's deliberate error page


# --- The walk ----------------------------------------------------------------------


def admin_patterns():
    """(route, name) of every address under /admin/."""

    def walk(patterns, prefix):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield prefix + str(entry.pattern), entry.name

    return [(r, n) for r, n in walk(get_resolver().url_patterns, "") if r.startswith("admin/")]


def _model_of_route(route):
    """Which of Völklingen's objects a route's `pk` stands for."""
    for part, key in (
        ("beteiligungen/kommentare", "comment"),
        ("beteiligungen/meldungen", "report"),
        ("beteiligungen/teilnehmende", "participant"),
        ("beteiligungen", "consultation"),
        ("accessibilityfeedback", "feedback"),
        ("images", "image"),
        ("documents", "document"),
        ("workflows/tasks", "task"),
        ("task_chooser", "task"),
        ("workflows", "workflow"),
        ("collections", "collection"),
        ("pages", "page"),
        ("localize/api/snippets", "feedback"),
    ):
        if part in route:
            return key
    return None


def _values(route, secrets, turn):
    """Candidate values of each parameter of `route` (Völklingen's objects).
    Page addresses get one of the four pages, another one on each `turn`, so
    that the roles together try every page on every page address."""
    pages = [str(secrets["pages"][turn % len(secrets["pages"])].pk)]
    obj = _model_of_route(route)
    by_key = {
        "comment": secrets["comment"].pk,
        "report": secrets["report"].pk,
        "participant": secrets["participant"].pk,
        "consultation": secrets["consultation"].pk,
        "feedback": secrets["feedback"].pk,
        "image": secrets["image"].pk,
        "document": secrets["document"].pk,
        "task": secrets["task_state"].task_id,
        "workflow": secrets["workflow"].pk,
        "collection": secrets["collection"].pk,
        "page": secrets["page"].pk,
    }
    translation = secrets["translation"]
    segment = translation.source.stringsegment_set.first()
    content_type = (
        ("home", "accessibilityfeedback") if "snippets" in route else ("news", "pressreleasepage")
    )
    return {
        "pk": [str(by_key.get(obj, 1))] if obj != "page" else pages,
        "page_id": pages,
        "parent_page_id": pages,
        "page_to_move_id": pages,
        "page_pk": pages,
        "destination_id": [str(secrets["town"].news.pk)],
        "object_id": [str(secrets["page"].pk)],
        "image_id": [str(secrets["image"].pk)],
        "document_id": [str(secrets["document"].pk)],
        "doc_id": [str(secrets["document"].pk)],
        "uploaded_file_id": [str(secrets["upload"].pk)],
        "collection_id": [str(secrets["collection"].pk)],
        "revision_id": [str(secrets["revision"].pk)],
        "revision_id_a": ["earliest"],
        "revision_id_b": ["latest"],
        "task_state_id": [str(secrets["task_state"].pk)],
        "task_id": [str(secrets["task_state"].task_id)],
        "workflow_state_id": [str(secrets["workflow_state"].pk)],
        "workflow_pk": [str(secrets["workflow"].pk)],
        "action_name": ["approve"],
        "filter_spec": ["original"],
        "mode": ["form"],
        "session_id": ["1"],
        "translation_id": [str(translation.pk)],
        "translation_source_id": [str(translation.source_id)],
        "string_segment_id": [str(segment.pk if segment else 1)],
        "overridable_segment_id": ["1"],
        "content_type_app_name": [content_type[0]],
        "content_type_model_name": [content_type[1]],
        "app_label": [content_type[0]],
        "model_name": [content_type[1]],
        "app_name": ["home"],
        "query_id": ["1"],
        "redirect_id": ["1"],
    }


PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def walked_patterns():
    return [
        (route, name)
        for route, name in admin_patterns()
        if name not in SKIPPED_NAMES
        and route not in SKIPPED_ROUTES
        and not route.endswith("^.*/$")  # Wagtail's catch-all 404
        and "bulk/" not in route  # bulk_addresses()
    ]


def _fill(path, parameter, value):
    """`path` with every placeholder of `parameter` replaced by `value`."""

    def replace(match):
        return value if (match.group(2) or match.group(3)) == parameter else match.group(0)

    return PARAMETER.sub(replace, path)


def addresses(secrets, turn=0):
    """Every admin address filled with Völklingen's objects; bulk actions apart."""
    found = []
    for route, _name in walked_patterns():
        path = route.replace("^", "").replace("$", "").replace("\\.", ".")
        values = _values(route, secrets, turn)
        names = [m.group(2) or m.group(3) for m in PARAMETER.finditer(path)]
        variants = [path]
        for parameter in names:
            variants = [
                _fill(variant, parameter, option)
                for variant in variants
                for option in values.get(parameter, ["1"])
            ]
        query = "" if names else f"?q={WORD}&search={WORD}"
        found += ["/" + variant + query for variant in variants]
    return found


def listing_addresses(secrets):
    """Listings whose filters take Völklingen's ids, and the admin APIs unfiltered."""
    news, home = secrets["town"].news.pk, secrets["town"].home.pk
    found = [f"/admin/api/main/{kind}/" for kind in ("pages", "images", "documents")]
    for kind in ("images", "documents"):
        found.append(f"/admin/api/main/{kind}/?limit=100")
        found.append(f"/admin/{kind}/?collection_id={secrets['collection'].pk}")
        found.append(f"/admin/{kind}/chooser/?collection_id={secrets['collection'].pk}")
    for parameter in ("child_of", "descendant_of"):
        found.append(f"/admin/api/main/pages/?{parameter}={news}&fields=title")
    found += [
        f"/admin/api/main/pages/?descendant_of={home}&limit=100",
        f"/admin/pages/{news}/?ordering=-latest_revision_created_at",
        f"/admin/pages/search/?q={WORD}&content_type=news.pressreleasepage",
        f"/admin/choose-page/{news}/?q={WORD}",
        f"/admin/choose-page/search/?q={WORD}&page_type=wagtailcore.page",
    ]
    return found


def bulk_addresses(secrets):
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry as registry

    registry._scan_for_bulk_actions()
    ids = {
        "wagtailcore.page": [p.pk for p in secrets["pages"]],
        "home.creditedimage": [secrets["image"].pk],
        "wagtaildocs.document": [secrets["document"].pk],
        "home.accessibilityfeedback": [secrets["feedback"].pk],
        "auth.user": [secrets["editor"].pk],
    }
    found = []
    for app_label, models in registry.actions.items():
        for model_name, actions in models.items():
            key = f"{app_label}.{model_name}"
            for action in actions:
                base = f"/admin/bulk/{app_label}/{model_name}/{action}/"
                chosen = "&".join(f"id={pk}" for pk in ids.get(key, [1]))
                found.append(f"{base}?{chosen}")
                child_of = f"&childOf={secrets['town'].news.pk}" if model_name == "page" else ""
                found.append(f"{base}?id=all{child_of}&q={WORD}")
    return found


def leaks(client, user, urls, words):
    """{address: [secret, …]} of every answer that shows a secret."""
    client.force_login(user)
    client.raise_request_exception = False
    shown = {}
    for address in urls:
        response = client.get(address)
        body = b"".join(response) if response.streaming else response.content
        text = body.decode(errors="replace")
        found = [word for word in words if word.lower() in text.lower()]
        if found:
            shown[address] = found
    return shown
