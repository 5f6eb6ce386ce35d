"""What readers searched for, per municipality and day, with the number of hits."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchLog(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("Kommune"), on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(_("Suchbegriff"), max_length=200)
    language = models.CharField(_("Sprache"), max_length=10)
    day = models.DateField(_("Tag"), default=timezone.localdate)
    searches = models.PositiveIntegerField(_("Suchen"), default=0)
    hits = models.PositiveIntegerField(_("Treffer (zuletzt)"), default=0)

    class Meta:
        verbose_name = _("Suchanfrage")
        verbose_name_plural = _("Suchanfragen")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "query", "language", "day"], name="search_log_once_a_day"
            )
        ]
        indexes = [models.Index(fields=["site", "hits", "day"])]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, site, query, language, hits):
        """Counts one search; the query is stored in lower case, as typed otherwise."""
        query = " ".join(query.lower().split())[:200]
        if not query or site is None:
            return
        key = {"site": site, "query": query, "language": language, "day": timezone.localdate()}
        if not cls.objects.filter(**key).update(searches=F("searches") + 1, hits=hits):
            try:
                with transaction.atomic():
                    cls.objects.create(**key, searches=1, hits=hits)
            except IntegrityError:  # a parallel request created it first
                cls.objects.filter(**key).update(searches=F("searches") + 1, hits=hits)
