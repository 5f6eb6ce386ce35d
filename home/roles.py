"""Roles and workflows of a municipality: groups, permissions, review processes.

`ensure_roles(site, sections, collection)` is called by set_up_municipality and
creates, for one municipality, idempotently:

* five groups (Redaktion, Pressestelle, Integrationsbüro, the advisory board
  under its own name, Administration), each recorded in MunicipalityGroup;
* their page permissions on that municipality's sections only, and their
  image and document permissions on that municipality's collection only;
* the two workflows, assigned to the sections:
  press releases and events: Redaktion submits → Pressestelle approves and
  publishes; concept editions: Integrationsbüro → advisory board →
  Integrationsbüro (final approval, publishes).

Nothing that already exists is changed: a group's permissions, a workflow or a
section's workflow assignment edited in the admin stay as they are.
"""

import unicodedata

from django.contrib.auth.models import Group, Permission
from django.utils.text import slugify
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import MunicipalityGroup

Role = MunicipalityGroup.Role

EDITING = ["add", "change", "lock"]
PUBLISHING = ["add", "change", "publish", "lock", "unlock"]

# Page permissions per role and section (keys of set_up_municipality's sections).
PAGE_PERMISSIONS = {
    Role.EDITORIAL: {"news": EDITING, "events": EDITING, "concepts": EDITING},
    Role.PRESS_OFFICE: {"news": PUBLISHING, "events": PUBLISHING},
    Role.INTEGRATION_OFFICE: {"concepts": PUBLISHING},
    Role.ADVISORY_BOARD: {},
    Role.ADMINISTRATION: {},
}

MEDIA_EDITING = ["add", "change", "choose"]
MEDIA_MANAGING = ["add", "change", "delete", "choose"]

# Image and document permissions on the municipality's own collection.
COLLECTION_PERMISSIONS = {
    Role.EDITORIAL: MEDIA_EDITING,
    Role.PRESS_OFFICE: MEDIA_MANAGING,
    Role.INTEGRATION_OFFICE: MEDIA_MANAGING,
    Role.ADVISORY_BOARD: [],
    Role.ADMINISTRATION: [],
}

ACCESS_ADMIN = ("wagtailadmin", "access_admin")
# People, organisations and fields of action are one directory shared by all
# municipalities: editors may choose from it, only superusers change it.
DIRECTORY = [
    ("home", "view_person"),
    ("home", "view_organisation"),
    ("concepts", "view_fieldofaction"),
]
# The accessibility inbox and the DGS videos: the Redaktion looks after the
# website, so it answers feedback on it (home/viewsets.py narrows both to the
# own municipality).
ACCESSIBILITY = [
    ("home", "view_accessibilityfeedback"),
    ("home", "change_accessibilityfeedback"),
    ("home", "add_signlanguagevideo"),
    ("home", "change_signlanguagevideo"),
    ("home", "view_signlanguagevideo"),
]
GLOBAL_PERMISSIONS = {
    Role.EDITORIAL: [ACCESS_ADMIN, *DIRECTORY, *ACCESSIBILITY],
    Role.PRESS_OFFICE: [ACCESS_ADMIN, *DIRECTORY],
    Role.INTEGRATION_OFFICE: [ACCESS_ADMIN, *DIRECTORY],
    Role.ADVISORY_BOARD: [ACCESS_ADMIN],
    # Users only: the per-site user administration (home/wagtail_hooks.py)
    # limits them to the municipality's own users and groups.
    Role.ADMINISTRATION: [
        ACCESS_ADMIN,
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("auth", "delete_user"),
    ],
}

ROLE_ORDER = [
    Role.EDITORIAL,
    Role.PRESS_OFFICE,
    Role.INTEGRATION_OFFICE,
    Role.ADVISORY_BOARD,
    Role.ADMINISTRATION,
]


def municipality_key(name):
    """An ASCII key for user names and addresses: "Völklingen" → "voelklingen"."""
    for umlaut, replacement in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(umlaut, replacement).replace(umlaut.upper(), replacement.title())
    return slugify(unicodedata.normalize("NFKD", name))


def role_label(role, advisory_board_name):
    return advisory_board_name if role == Role.ADVISORY_BOARD else Role(role).label


def group_name(municipality_name, role, advisory_board_name):
    return f"{municipality_name} – {role_label(role, advisory_board_name)}"


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def _collection_permissions(actions):
    """Image and document permissions. Wagtail checks them on its own base models
    (wagtailimages.Image, wagtaildocs.Document), also for a custom image model."""
    return [
        Permission.objects.get(content_type__app_label=app, codename=f"{action}_{model}")
        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in actions
    ]


def ensure_groups(site, sections, collection, municipality_name, advisory_board_name):
    """The municipality's groups by role, created with their permissions if missing."""
    groups = {}
    for role in ROLE_ORDER:
        entry = MunicipalityGroup.objects.filter(site=site, role=role).select_related("group")
        entry = entry.first()
        if entry is not None:
            groups[role] = entry.group
            continue
        group, _ = Group.objects.get_or_create(
            name=group_name(municipality_name, role, advisory_board_name)
        )
        MunicipalityGroup.objects.create(site=site, group=group, role=role)
        group.permissions.add(*(_permission(app, code) for app, code in GLOBAL_PERMISSIONS[role]))
        for section, actions in PAGE_PERMISSIONS[role].items():
            for action in actions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=sections[section], permission=_page_permission(action)
                )
        for permission in _collection_permissions(COLLECTION_PERMISSIONS[role]):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
        groups[role] = group
    return groups


def _task(name, group):
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
        task.groups.set([group])
    return task


def _workflow(name, tasks):
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def news_workflow_name(municipality_name):
    return f"{municipality_name}: Pressemitteilungen und Veranstaltungen"


def concept_workflow_name(municipality_name):
    return f"{municipality_name}: Integrationskonzept"


def ensure_workflows(sections, groups, municipality_name, advisory_board_name):
    """The news and the concept workflow, assigned to the municipality's sections."""
    n = municipality_name
    press = _task(f"{n}: Freigabe durch die Pressestelle", groups[Role.PRESS_OFFICE])
    news = _workflow(news_workflow_name(n), [press])
    concept = _workflow(
        concept_workflow_name(n),
        [
            _task(f"{n}: Prüfung durch das Integrationsbüro", groups[Role.INTEGRATION_OFFICE]),
            _task(f"{n}: Beratung – {advisory_board_name}", groups[Role.ADVISORY_BOARD]),
            _task(
                f"{n}: Abschließende Freigabe durch das Integrationsbüro",
                groups[Role.INTEGRATION_OFFICE],
            ),
        ],
    )
    for section, workflow in (("news", news), ("events", news), ("concepts", concept)):
        WorkflowPage.objects.get_or_create(page=sections[section], defaults={"workflow": workflow})
    return {"news": news, "concepts": concept}


def ensure_roles(site, sections, collection, municipality_name, advisory_board_name):
    groups = ensure_groups(site, sections, collection, municipality_name, advisory_board_name)
    workflows = ensure_workflows(sections, groups, municipality_name, advisory_board_name)
    return groups, workflows


# --- Who administers whom --------------------------------------------------


def administered_groups(user):
    """The groups a user may give to users: those of the municipalities they administer."""
    if user.is_superuser:
        return Group.objects.all()
    sites = MunicipalityGroup.objects.filter(
        role=Role.ADMINISTRATION, group__in=user.groups.all()
    ).values("site")
    return Group.objects.filter(municipality_role__site__in=sites)


def administered_users(user):
    """The users a municipality's administration may see and change: non-superusers
    whose groups all belong to the municipalities it administers."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    if user.is_superuser:
        return User.objects.all()
    groups = administered_groups(user)
    return (
        User.objects.filter(is_superuser=False, groups__in=groups)
        .exclude(groups__in=Group.objects.exclude(pk__in=groups.values("pk")))
        .distinct()
    )


def roles_of_site(site):
    """{role: group} of one site."""
    return {
        entry.role: entry.group
        for entry in MunicipalityGroup.objects.filter(site=site).select_related("group")
    }
