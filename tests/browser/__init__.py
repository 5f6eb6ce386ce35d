"""Real-browser quality gates (marked `browser`)."""
