"""Who may do what in a consultation: every rule in one place.

Roles, per municipality (the consultation's site):

* moderators: the municipality's Integrationsbüro group (and superusers);
  they moderate, answer, export and publish the report;
* board members: a Participant of kind "board" for the site, or a member of
  the municipality's advisory-board group;
* public participants: a Participant of kind "public" whose e-mail address is
  confirmed; they take part only when the audience includes the public;
* everybody else, logged in or not.

Reading the frozen draft is limited to the audience (and the moderators) and
starts with the comment period: before it opens, a reader in the audience
sees only when it opens. The draft never reaches anyone outside the audience.
"""

from django.utils import timezone

from home.models import MunicipalityGroup

from .models import Consultation, Participant

Role = MunicipalityGroup.Role


def _in_role_group(user, site, role):
    if not user.is_authenticated:
        return False
    return MunicipalityGroup.objects.filter(
        site=site, role=role, group__in=user.groups.all()
    ).exists()


def participant_for(user, site):
    """The user's Participant record for a municipality, or None."""
    if not user.is_authenticated:
        return None
    cache = user.__dict__.setdefault("_consultation_participants", {})
    if site.pk not in cache:
        cache[site.pk] = Participant.objects.filter(user=user, site=site).first()
    return cache[site.pk]


def is_moderator(user, site):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or _in_role_group(user, site, Role.INTEGRATION_OFFICE)


def is_board_member(user, site):
    if not user.is_authenticated or not user.is_active:
        return False
    participant = participant_for(user, site)
    if participant is not None and participant.kind == Participant.Kind.BOARD:
        return True
    return _in_role_group(user, site, Role.ADVISORY_BOARD)


def is_public_participant(user, site):
    participant = participant_for(user, site)
    return (
        participant is not None
        and user.is_active
        and participant.kind == Participant.Kind.PUBLIC
        and participant.email_confirmed_at is not None
    )


def is_blocked(user, site):
    participant = participant_for(user, site)
    return participant is not None and participant.blocked


def in_audience(user, consultation):
    site = consultation.site
    # Everyone may read a public consultation; a board-only one only the board.
    return consultation.audience == Consultation.Audience.PUBLIC or is_board_member(user, site)


def sites_moderated_by(user):
    from wagtail.models import Site

    if not user.is_authenticated:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    return Site.objects.filter(
        municipality_groups__role=Role.INTEGRATION_OFFICE,
        municipality_groups__group__in=user.groups.all(),
    ).distinct()


def sites_administered_by(user):
    from wagtail.models import Site

    if not user.is_authenticated:
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    return Site.objects.filter(
        municipality_groups__role=Role.ADMINISTRATION,
        municipality_groups__group__in=user.groups.all(),
    ).distinct()


# --- The named rules ------------------------------------------------------------


def can_see_notice(user, consultation):
    """Whether the consultation's page exists for this person at all (title, dates)."""
    return can_moderate(user, consultation) or in_audience(user, consultation)


def can_read(user, consultation, now=None):
    """Whether the person may read the frozen draft and the comments."""
    if can_moderate(user, consultation):
        return True
    if not in_audience(user, consultation):
        return False
    return consultation.phase(now or timezone.now()) != "before"


def can_comment(user, consultation, now=None):
    """Whether the person may post a comment on a section right now."""
    if not user.is_authenticated or not consultation.is_open(now):
        return False
    site = consultation.site
    if is_blocked(user, site):
        return False
    if is_board_member(user, site):
        return True
    return consultation.audience == Consultation.Audience.PUBLIC and is_public_participant(
        user, site
    )


def can_hand_in_statement(user, consultation, now=None):
    """A board member, while the period runs, as long as the board has none yet."""
    if not can_comment(user, consultation, now) or not is_board_member(user, consultation.site):
        return False
    return not consultation.comments.statements().exists()


def can_report(user, consultation, now=None):
    """Anyone who may read may tell the moderators about a comment."""
    return can_read(user, consultation, now)


def can_moderate(user, consultation):
    return is_moderator(user, consultation.site)


def can_answer(user, consultation):
    """The office records the decisions (Abwägung), during and after the period."""
    return is_moderator(user, consultation.site)


def can_export(user, consultation):
    return is_moderator(user, consultation.site)


def can_read_report(user, consultation):
    """The published report is public; before that only the office sees it."""
    return consultation.report_published or can_moderate(user, consultation)


def can_manage_board_accounts(user, site):
    """The municipality's Administration creates and invites board members."""
    return user.is_authenticated and (
        user.is_superuser or _in_role_group(user, site, Role.ADMINISTRATION)
    )
