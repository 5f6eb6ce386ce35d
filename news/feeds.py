"""RSS 2.0 and Atom feeds of a municipality's press releases (live ones only)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.i18n import localized_fields
from home.models import MunicipalitySettings

FEED_LENGTH = 20


class PressReleaseRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.site = self.index_page.get_site()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        config = MunicipalitySettings.for_site(self.site)
        name = config.official_name or self.site.site_name
        return _("Pressemitteilungen – %(name)s") % {"name": name}

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        config = MunicipalitySettings.for_site(self.site)
        name = config.official_name or self.site.site_name
        return _("Aktuelle Pressemitteilungen von %(name)s") % {"name": name}

    def feed_url(self):
        route = "atom" if self.feed_type is Atom1Feed else "rss"
        return self.index_page.get_url(self.request) + self.index_page.reverse_subpage(route)

    @property
    def language(self):
        # Each language's press section has its own feed (/en/presse/feed/rss/ …).
        return self.index_page.locale.language_code

    def items(self):
        items = list(self.index_page.releases().prefetch_related("fields_of_action")[:FEED_LENGTH])
        # The categories in the feed's language, with one query for all items.
        fields = [field for item in items for field in item.fields_of_action.all()]
        self.localized_fields = {
            field.translation_key: field
            for field in localized_fields(fields, self.index_page.locale_id)
        }
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.full_url

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.date

    def item_updateddate(self, item):
        return item.last_published_at or item.date

    def item_categories(self, item):
        localized = getattr(self, "localized_fields", {})
        return [localized.get(f.translation_key, f).name for f in item.fields_of_action.all()]


class PressReleaseAtomFeed(PressReleaseRssFeed):
    feed_type = Atom1Feed
    subtitle = PressReleaseRssFeed.description
