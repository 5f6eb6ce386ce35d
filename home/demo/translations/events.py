"""Demo translations: events (to be written)."""

TEXTS = {}
