"""The narrowed user admin of a municipality.

Wagtail's user admin is global: whoever may change users sees all of them and
may make anyone a superuser. The "Administration" group of a municipality
gets a narrowed version instead: it sees and changes only users whose groups
all belong to its municipality, may give only those groups, never sees or
sets the superuser flag, and may not run bulk actions on users. Groups
themselves (and their permissions) stay with the superusers.
"""

from django.http import Http404
from wagtail.users.views import users as user_views

from .roles import administered_groups, administered_users


def _restrict_user_form(form, user):
    if user.is_superuser:
        return form
    form.fields.pop("is_superuser", None)
    if "groups" in form.fields:
        form.fields["groups"].queryset = administered_groups(user).order_by("name")
        form.fields["groups"].required = True
    return form


class _AdministeredUserMixin:
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not administered_users(self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj


class _UserFormMixin:
    def get_form(self, form_class=None):
        return _restrict_user_form(super().get_form(form_class), self.request.user)


class MunicipalUserFilterSet(user_views.UserFilterSet):
    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None and not request.user.is_superuser:
            self.filters.pop("is_superuser", None)
            self.filters["group"].queryset = administered_groups(request.user)


class MunicipalUserIndexView(user_views.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=administered_users(self.request.user))


class MunicipalUserCreateView(_UserFormMixin, user_views.CreateView):
    pass


class MunicipalUserEditView(_AdministeredUserMixin, _UserFormMixin, user_views.EditView):
    pass


class MunicipalUserDeleteView(_AdministeredUserMixin, user_views.DeleteView):
    pass


class MunicipalUserHistoryView(_AdministeredUserMixin, user_views.HistoryView):
    pass


class MunicipalUserViewSet(user_views.UserViewSet):
    filterset_class = MunicipalUserFilterSet
    index_view_class = MunicipalUserIndexView
    add_view_class = MunicipalUserCreateView
    edit_view_class = MunicipalUserEditView
    delete_view_class = MunicipalUserDeleteView
    history_view_class = MunicipalUserHistoryView
