"""Wagtail hooks of the core: the page cache learns which parameters a page reads."""

from wagtail import hooks


@hooks.register("before_serve_page")
def remember_reader_parameters(page, request, serve_args, serve_kwargs):
    """Tells the page cache (core/cache_keys.py) which GET parameters the page
    being served reads, so that others are left out of its key."""
    request._weltoffen_page_parameters = tuple(getattr(page, "reader_parameters", ()))
