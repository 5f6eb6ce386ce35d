"""Who may use the consultation admin, limited to the user's own municipality.

Who may do what comes from consultation.permissions; the permission policies
below only translate it for Wagtail's generic views.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.http import Http404
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from .. import permissions
from ..models import Comment, CommentReport, Consultation, Participant

MODERATORS = "moderators"
ADMINISTRATION = "administration"
SUPERUSERS = "superusers"


def sites_for(user, who):
    if who == MODERATORS:
        return permissions.sites_moderated_by(user)
    if who == ADMINISTRATION:
        return permissions.sites_administered_by(user)
    from wagtail.models import Site

    return Site.objects.all() if user.is_superuser else Site.objects.none()


class MunicipalPolicy(BasePermissionPolicy):
    """Grants each action to roles of a municipality, for that municipality's objects."""

    def __init__(self, model, actions, site_path="site"):
        super().__init__(model)
        self.actions = actions  # action -> list of MODERATORS / ADMINISTRATION / SUPERUSERS
        self.site_path = site_path

    def _sites(self, user, action):
        from wagtail.models import Site

        if not user.is_authenticated or not user.is_active:
            return Site.objects.none()
        sites = Site.objects.none()
        for who in self.actions.get(action, []):
            sites |= sites_for(user, who)
        return sites

    def user_has_permission(self, user, action):
        return self._sites(user, action).exists()

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_superuser=True, is_active=True)

    def instances_user_has_any_permission_for(self, user, actions):
        condition = Q(pk__in=[])
        for action in actions:
            sites = self._sites(user, action)
            condition |= Q(**{f"{self.site_path}__in": sites.values("pk")})
        return self.model._default_manager.filter(condition)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.instances_user_has_any_permission_for(user, [action])
            .filter(pk=instance.pk)
            .exists()
        )


consultation_policy = MunicipalPolicy(
    Consultation,
    {"add": [MODERATORS], "change": [MODERATORS], "view": [MODERATORS], "delete": [SUPERUSERS]},
)
comment_policy = MunicipalPolicy(
    Comment,
    {"change": [MODERATORS], "view": [MODERATORS], "delete": [SUPERUSERS]},
    site_path="consultation__site",
)
report_policy = MunicipalPolicy(
    CommentReport,
    {"change": [MODERATORS], "view": [MODERATORS]},
    site_path="comment__consultation__site",
)
participant_policy = MunicipalPolicy(
    Participant,
    {
        "add": [ADMINISTRATION],
        "change": [MODERATORS, ADMINISTRATION],
        "view": [MODERATORS, ADMINISTRATION],
        "delete": [ADMINISTRATION],
    },
)


class ScopedViewSetMixin:
    """Index and edit views only see the objects of the user's municipality."""

    policy = None

    def _scoped(self, view_class):
        policy = self.policy

        class Scoped(view_class):
            def get_base_queryset(self):
                allowed = policy.instances_user_has_any_permission_for(
                    self.request.user, ["view", "change"]
                )
                return super().get_base_queryset().filter(pk__in=allowed.values("pk"))

            def get_object(self, *args, **kwargs):
                # Edit and delete views take a queryset, history and usage views
                # take nothing: pass on what the view was given.
                obj = super().get_object(*args, **kwargs)
                if not policy.user_has_any_permission_for_instance(
                    self.request.user, ["change", "view", "delete"], obj
                ):
                    raise Http404
                return obj

        Scoped.__name__ = view_class.__name__
        return Scoped

    @property
    def index_view_class(self):
        return self._scoped(ModelViewSet.index_view_class)

    @property
    def edit_view_class(self):
        return self._scoped(ModelViewSet.edit_view_class)

    @property
    def delete_view_class(self):
        return self._scoped(ModelViewSet.delete_view_class)

    @property
    def history_view_class(self):
        return self._scoped(ModelViewSet.history_view_class)

    @property
    def usage_view_class(self):
        return self._scoped(ModelViewSet.usage_view_class)
