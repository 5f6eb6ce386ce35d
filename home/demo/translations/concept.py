"""Demo translations: concept (to be written)."""

TEXTS = {}
