"""Demo translations: fields (to be written)."""

TEXTS = {}
