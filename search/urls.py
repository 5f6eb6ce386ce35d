"""Addresses of the search: the page and the autocomplete suggestions."""

from django.urls import path

from .views import autocomplete, search

urlpatterns = [
    path("", search, name="search"),
    path("vorschlaege/", autocomplete, name="search_autocomplete"),
]
