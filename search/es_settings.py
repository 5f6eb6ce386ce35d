"""Settings for Wagtail's Elasticsearch backend with German analysis.

Imported by the settings module (no Django models here). Text fields that
name no analyzer of their own use the index's ``default`` analyzer, so German
analysis goes there: lower case, splitting compounds into the parts of a
word list shipped with the app (``decompound_de.txt``), German normalisation
(ä→a, ß→ss …) and the light German stemmer. Searches use the same analyzer,
so "Konzept" finds "Integrationskonzept" and "Sprachkurse" finds "Sprachkurs".
"""

from pathlib import Path

WORD_LIST = Path(__file__).resolve().parent / "decompound_de.txt"
BACKENDS = {
    "8": "wagtail.search.backends.elasticsearch8",
    "9": "wagtail.search.backends.elasticsearch9",
}


def compound_parts(path=WORD_LIST):
    lines = path.read_text(encoding="utf-8").splitlines()
    return sorted({line.strip().lower() for line in lines if line.strip() and line[0] != "#"})


def german_analysis():
    return {
        "analysis": {
            "filter": {
                "german_decompounder": {
                    "type": "dictionary_decompounder",
                    "word_list": compound_parts(),
                    "min_subword_size": 3,
                    "only_longest_match": True,
                },
                "german_stemmer": {"type": "stemmer", "language": "light_german"},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "german_decompounder",
                        "german_normalization",
                        "german_stemmer",
                    ],
                }
            },
        }
    }


def backend(url, version="8", index_prefix="weltoffen_"):
    """The WAGTAILSEARCH_BACKENDS entry for an Elasticsearch server at `url`."""
    return {
        "BACKEND": BACKENDS.get(str(version), BACKENDS["8"]),
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 10,
        "INDEX_SETTINGS": {"settings": german_analysis()},
    }
