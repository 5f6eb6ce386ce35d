"""Demo translations: ru_fa (to be written)."""

TEXTS = {}
