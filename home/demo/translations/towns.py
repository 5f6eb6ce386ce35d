"""Demo translations: towns (to be written)."""

TEXTS = {}
