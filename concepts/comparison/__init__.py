"""What changed between two editions of a concept: matching, word diff, result, page."""
