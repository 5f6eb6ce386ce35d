"""Test data through factory_boy: municipalities, pages in their four states,
images and documents, and the raw StreamField data pages are filled with.

Everything is importable from here: ``from tests.factories import
PressReleaseFactory, DRAFT``.
"""

from .media import DocumentFactory, ImageFactory, png_bytes
from .pages import (
    CHANGED,
    DRAFT,
    LIVE,
    UNPUBLISHED,
    ConceptEditionFactory,
    EventFactory,
    PageFactory,
    PressReleaseFactory,
    StandardPageFactory,
    field_of_action,
    place,
    slug_for,
)
from .streams import document_block, image_block, paragraph, structure
from .towns import MERZIG, VOELKLINGEN, Town, TownFactory, fresh

__all__ = [
    "CHANGED",
    "DRAFT",
    "LIVE",
    "MERZIG",
    "UNPUBLISHED",
    "VOELKLINGEN",
    "ConceptEditionFactory",
    "DocumentFactory",
    "EventFactory",
    "ImageFactory",
    "PageFactory",
    "PressReleaseFactory",
    "StandardPageFactory",
    "Town",
    "TownFactory",
    "document_block",
    "field_of_action",
    "fresh",
    "image_block",
    "paragraph",
    "place",
    "png_bytes",
    "slug_for",
    "structure",
]
