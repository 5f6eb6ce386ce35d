"""The site history report ("Verlauf der Website") within the own municipality.

Wagtail's report shows every log entry of a content type to anyone holding a
permission on it: a member of Merzig who may edit images would read the titles
of Völklingen's images, and the "Benutzer" filter would list Völklingen's
staff. Page entries already pass through the municipal page policy
(home/tenancy_admin.py); here the other entries (images, documents, owned
snippets such as accessibility feedback) lose those about another
municipality's objects, and the user filter offers only people the reader may
know of: members of the own municipality's groups, and those who belong to no
municipality (superusers, shared staff).

site/urls.py puts these views in front of Wagtail's addresses for the report.
"""

from django.contrib.auth import get_user_model
from django.db.models import IntegerField, Value
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import ModelLogEntry

from . import tenancy


def visible_users(user, users):
    """`users` without those who work only for other municipalities."""
    if tenancy.unrestricted(user):
        return users
    own = tenancy.own_sites(user)
    foreign_staff = (
        get_user_model()
        .objects.filter(groups__municipality_role__isnull=False)
        .exclude(groups__municipality_role__site__in=own)
    )
    return users.exclude(pk__in=foreign_staff.values("pk"))


def visible_model_entries(user, entries):
    """ModelLogEntries without those about another municipality's objects."""
    if tenancy.unrestricted(user):
        return entries
    hidden = []
    for content_type_id in entries.values_list("content_type_id", flat=True).distinct():
        entry = entries.filter(content_type_id=content_type_id).first()
        model = entry.content_type.model_class() if entry else None
        if model is None:
            continue
        everything = model._default_manager.all()
        if model is get_user_model():
            visible = visible_users(user, everything)
        else:
            visible = tenancy.visible_owned(user, everything)
        if visible is everything:
            continue  # not a municipality's object: the shared directory, say
        foreign = everything.exclude(pk__in=visible.values("pk")).values_list("pk", flat=True)
        hidden += [(content_type_id, str(pk)) for pk in foreign]
    for content_type_id, object_ids in _grouped(hidden).items():
        entries = entries.exclude(content_type_id=content_type_id, object_id__in=object_ids)
    return entries


def _grouped(pairs):
    grouped = {}
    for content_type_id, object_id in pairs:
        grouped.setdefault(content_type_id, []).append(object_id)
    return grouped


class MunicipalSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        # Wagtail offers everyone who wrote any page entry; here only the
        # authors of entries the reader may see, and of those only people the
        # reader may know of.
        user = self.request.user
        ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            entries = log_model.objects.viewable_by_user(user)
            if issubclass(log_model, ModelLogEntry):
                entries = visible_model_entries(user, entries)
            ids.update(entries.get_user_ids())
        User = get_user_model()
        users = User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)
        return visible_users(user, users)


class MunicipalLogEntriesView(LogEntriesView):
    filterset_class = MunicipalSiteHistoryFilterSet

    def get_filtered_queryset(self):
        # Wagtail's union of every log model, with the model entries narrowed
        # (page entries are already narrowed by the page policy).
        user = self.request.user
        self.log_models = list(log_action_registry.get_log_entry_models())
        combined = None
        for index, log_model in enumerate(self.log_models):
            entries = log_model.objects.viewable_by_user(user)
            if issubclass(log_model, ModelLogEntry):
                entries = visible_model_entries(user, entries)
            rows = entries.values("pk", "timestamp").annotate(
                log_model_index=Value(index, output_field=IntegerField())
            )
            rows = self.filter_queryset(rows).order_by()
            combined = rows if combined is None else combined.union(rows, all=True)
        return combined.order_by("-timestamp")
