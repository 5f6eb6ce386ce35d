"""The two workflows of a municipality, driven through the admin's own views,
with the e-mail notifications Wagtail sends at each step."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from home.roles import concept_workflow_name, news_workflow_name
from tests.factories import DRAFT, ConceptEditionFactory, EventFactory, PressReleaseFactory
from tests.helpers import berlin

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def submit(page, user):
    """What "Zur Freigabe einreichen" does: a revision, then the section's workflow."""
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def act(client, user, page, action, comment=None):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    client.force_login(user)
    data = {"comment": comment} if comment is not None else {}
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        data,
    )


def recipients():
    return {address for message in mail.outbox for address in message.to}


def test_sections_carry_their_workflows(voelklingen, merzig):
    for town in (voelklingen, merzig):
        assert town.news.get_workflow().name == news_workflow_name(town.name)
        assert town.events.get_workflow().name == news_workflow_name(town.name)
        assert town.concepts.get_workflow().name == concept_workflow_name(town.name)
    concept_tasks = [t.name for t in voelklingen.concepts.get_workflow().tasks]
    assert concept_tasks == [
        "Völklingen: Prüfung durch das Integrationsbüro",
        "Völklingen: Beratung – Integrationsbeirat",
        "Völklingen: Abschließende Freigabe durch das Integrationsbüro",
    ]


def test_a_press_release_goes_from_the_editors_through_the_press_office(
    client, voelklingen, merzig, role_user
):
    author = role_user(voelklingen, "redaktion")
    press = role_user(voelklingen, "pressestelle")
    other_press = role_user(merzig, "pressestelle")
    release = PressReleaseFactory(town=voelklingen, title="Neue Meldung", state=DRAFT)

    mail.outbox.clear()
    submit(release, author)
    assert press.email in recipients()
    assert other_press.email not in recipients()
    assert author.email not in recipients()

    # The press office of another municipality cannot act on it: to them the
    # release does not exist (home/tenancy.py).
    response = act(client, other_press, release, "approve")
    assert response.status_code == 404
    release.refresh_from_db()
    assert not release.live

    mail.outbox.clear()
    response = act(client, press, release, "approve", comment="")
    assert response.status_code == 302
    release.refresh_from_db()
    assert release.live
    assert release.current_workflow_state is None
    assert author.email in recipients()


def test_the_press_office_sends_a_release_back_with_a_comment(client, voelklingen, role_user):
    author = role_user(voelklingen, "redaktion")
    press = role_user(voelklingen, "pressestelle")
    event = EventFactory(
        town=voelklingen,
        title="Workshop-Doku",
        start=berlin(2024, 3, 1, 10),
        end=berlin(2024, 3, 1, 12),
        state=DRAFT,
    )
    submit(event, author)
    mail.outbox.clear()
    act(client, press, event, "reject", comment="Bitte die Teilnehmendenzahl ergänzen.")
    event.refresh_from_db()
    assert not event.live
    state = WorkflowState.objects.get(object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_author = [m for m in mail.outbox if author.email in m.to]
    assert to_author and "Teilnehmendenzahl" in to_author[0].body


def test_the_editors_cannot_approve_their_own_submission(client, voelklingen, role_user):
    author = role_user(voelklingen, "redaktion")
    release = PressReleaseFactory(town=voelklingen, title="Eigene Meldung", state=DRAFT)
    submit(release, author)
    response = act(client, author, release, "approve")
    assert response.status_code in (302, 403)
    release.refresh_from_db()
    assert not release.live


def test_a_concept_edition_passes_office_board_and_office(client, voelklingen, merzig, role_user):
    author = role_user(voelklingen, "redaktion")
    office = role_user(voelklingen, "integrationsbuero")
    board = role_user(voelklingen, "beirat")
    other_board = role_user(merzig, "beirat")
    draft = ConceptEditionFactory(
        town=voelklingen, title="Fortschreibung 2030", year=2030, status="draft", state=DRAFT
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])

    mail.outbox.clear()
    submit(draft, author)
    assert office.email in recipients() and board.email not in recipients()

    # Not yet the board's turn: no editor, no approval.
    client.force_login(board)
    assert client.get(edit_url).status_code in (302, 403)
    assert act(client, board, draft, "approve").status_code in (302, 403)
    assert draft.current_workflow_task.name.endswith("Prüfung durch das Integrationsbüro")

    mail.outbox.clear()
    act(client, office, draft, "approve", comment="")
    draft.refresh_from_db()
    assert draft.current_workflow_task.name.endswith("Beratung – Integrationsbeirat")
    assert board.email in recipients()
    assert other_board.email not in recipients()

    # The board's turn: it opens the editor, with comments, and cannot publish.
    client.force_login(board)
    response = client.get(edit_url)
    assert response.status_code == 200
    assert "comments" in response.context["form"].formsets
    assert not draft.permissions_for_user(board).can_publish()
    client.force_login(other_board)
    assert client.get(edit_url).status_code == 404  # another municipality's draft

    # The board asks for changes; the author resubmits; it comes back to the board.
    act(client, board, draft, "reject", comment="Bitte das Handlungsfeld Sprache ergänzen.")
    draft.refresh_from_db()
    assert not draft.live
    assert draft.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    state = draft.current_workflow_state
    state.resume(user=author)
    draft.refresh_from_db()
    assert draft.current_workflow_task.name.endswith("Beratung – Integrationsbeirat")

    act(client, board, draft, "approve", comment="Einverstanden.")
    draft.refresh_from_db()
    assert not draft.live
    assert draft.current_workflow_task.name.endswith(
        "Abschließende Freigabe durch das Integrationsbüro"
    )
    # The board's editor access ends with its task.
    client.force_login(board)
    assert client.get(edit_url).status_code in (302, 403)

    mail.outbox.clear()
    act(client, office, draft, "approve", comment="")
    draft.refresh_from_db()
    assert draft.live
    assert draft.current_workflow_state is None
    assert author.email in recipients()
    statuses = list(
        TaskState.objects.filter(workflow_state__object_id=str(draft.pk))
        .order_by("pk")
        .values_list("status", flat=True)
    )
    assert statuses == ["approved", "rejected", "approved", "approved"]


def test_notifications_work_with_the_console_backend(settings, voelklingen, role_user, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    author = role_user(voelklingen, "redaktion")
    press = role_user(voelklingen, "pressestelle")
    submit(PressReleaseFactory(town=voelklingen, title="Konsolenmeldung", state=DRAFT), author)
    out = capsys.readouterr().out
    assert f"To: {press.email}" in out
    assert "Konsolenmeldung" in out
