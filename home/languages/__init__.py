"""The reader's languages, one module per job.

* ``offered``: which languages a municipality offers, live translations of a page;
* ``routing``: the language middlewares, "/" and old unprefixed addresses,
  the "not yet translated" notice;
* ``sitemap``: the multilingual sitemap;
* ``report``: the editors' translation report;
* ``exchange``: PO files out to translation agencies and back in as drafts.

German (``settings.LANGUAGE_CODE``) is the source language of every page and
is always offered; the others are translations made with wagtail-localize.
"""
