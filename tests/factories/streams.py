"""Raw StreamField data for page bodies and a concept edition's structure."""

import json
import uuid


def paragraph(html):
    return json.dumps([{"type": "paragraph", "value": html, "id": str(uuid.uuid4())}])


def image_block(image, caption=""):
    return {
        "type": "image",
        "value": {"image": image.pk, "caption": caption},
        "id": str(uuid.uuid4()),
    }


def document_block(document, title=""):
    return {
        "type": "document",
        "value": {"document": document.pk, "title": title},
        "id": str(uuid.uuid4()),
    }


def structure(*sections):
    """Raw StreamField data for a concept's fields of action.

    Each section is (field_of_action, [ (goal title, [measure dicts]) ]).
    """
    data = []
    for foa, goals in sections:
        data.append(
            {
                "type": "field",
                "id": str(uuid.uuid4()),
                "value": {
                    "field_of_action": foa.pk,
                    "introduction": "",
                    "goals": [
                        {
                            "type": "item",
                            "id": str(uuid.uuid4()),
                            "value": {
                                "title": goal_title,
                                "description": "",
                                "measures": [
                                    {"type": "item", "id": str(uuid.uuid4()), "value": m}
                                    for m in measures
                                ],
                                "indicators": [],
                            },
                        }
                        for goal_title, measures in goals
                    ],
                },
            }
        )
    return json.dumps(data)
