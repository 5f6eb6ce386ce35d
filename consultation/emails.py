"""The e-mails of a consultation: receipts, invitations, confirmations, the outcome.

Participants get their e-mails in the language they used on the site; the
invitation to board members is German, like the rest of the staff mail.
"""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from home.models import MunicipalitySettings

REGISTRATION_SALT = "weltoffen.consultation.register"
REGISTRATION_MAX_AGE = 3 * 24 * 60 * 60


def queue_mail(subject, body, recipients):
    """Sends through the task queue (core.tasks), so that no request
    waits for the mail server; 1 per message queued."""
    from core.tasks import send_mail_later

    send_mail_later.enqueue(str(subject), str(body), list(recipients))
    return 1


def absolute(site, path):
    return site.root_url.rstrip("/") + path


def municipality_name(site):
    return MunicipalitySettings.for_site(site).official_name


def send_receipt(comment):
    """The confirmation that a comment (or Stellungnahme) has arrived."""
    user = comment.author
    if not user or not user.email:
        return 0
    consultation = comment.consultation
    site = consultation.site
    link = absolute(
        site,
        reverse("consultation:receipt", kwargs={"pk": consultation.pk, "receipt": comment.receipt}),
    )
    body = _(
        "Guten Tag,\n\n"
        "Ihr Beitrag zur Beteiligung „%(title)s“ ist eingegangen.\n\n"
        "Eingangsnummer: %(receipt)s\n"
        "Eingegangen am: %(date)s\n"
        "Abschnitt: %(section)s\n"
        "Art: %(category)s\n\n"
        "Ihr Text:\n%(text)s\n\n"
        "Ihren Beitrag und später die Antwort finden Sie hier:\n%(link)s\n\n"
        "Mit freundlichen Grüßen\n%(municipality)s"
    ) % {
        "title": consultation.title,
        "receipt": comment.receipt,
        "date": timezone.localtime(comment.created_at).strftime("%d.%m.%Y %H:%M"),
        "section": comment.section_label,
        "category": comment.get_category_display() or comment.get_kind_display(),
        "text": comment.text,
        "link": link,
        "municipality": municipality_name(site),
    }
    return queue_mail(
        _("Eingangsbestätigung %(receipt)s") % {"receipt": comment.receipt},
        body,
        [user.email],
    )


def registration_token(participant):
    return signing.dumps(
        {"p": participant.pk, "u": participant.user_id, "e": participant.user.email},
        salt=REGISTRATION_SALT,
    )


def read_registration_token(token):
    """The participant's id, user id and e-mail address; None when invalid or expired."""
    try:
        return signing.loads(token, salt=REGISTRATION_SALT, max_age=REGISTRATION_MAX_AGE)
    except signing.BadSignature:
        return None


def send_registration_confirmation(participant):
    site = participant.site
    link = absolute(
        site,
        reverse("consultation:confirm", kwargs={"token": registration_token(participant)}),
    )
    body = _(
        "Guten Tag,\n\n"
        "Sie haben sich auf der Website von %(municipality)s für die Beteiligung an "
        "Konzeptentwürfen angemeldet. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb "
        "von drei Tagen mit diesem Link:\n\n%(link)s\n\n"
        "Wenn Sie sich nicht angemeldet haben, können Sie diese E-Mail einfach löschen."
    ) % {"municipality": municipality_name(site), "link": link}
    return queue_mail(_("Bitte bestätigen Sie Ihre E-Mail-Adresse"), body, [participant.user.email])


def invitation_link(user, site):
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse(
            "consultation:set_password",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return absolute(site, path)


def send_board_invitation(participant):
    """Invites a board member: a link to set a password, then log in to comment."""
    user, site = participant.user, participant.site
    config = MunicipalitySettings.for_site(site)
    with translation.override(settings.LANGUAGE_CODE):
        body = _(
            "Guten Tag %(name)s,\n\n"
            "für Sie wurde ein Zugang als Mitglied des %(board)s von %(municipality)s "
            "angelegt. Damit können Sie Entwürfe des Integrationskonzepts kommentieren und "
            "Stellungnahmen abgeben.\n\n"
            "Ihr Benutzername: %(username)s\n\n"
            "Bitte legen Sie mit diesem Link Ihr Passwort fest (der Link gilt einige Tage "
            "und nur einmal):\n%(link)s\n\n"
            "Mit freundlichen Grüßen\n%(municipality)s"
        ) % {
            "name": participant.display_name or user.get_username(),
            "board": config.advisory_board_name,
            "municipality": config.official_name,
            "username": user.get_username(),
            "link": invitation_link(user, site),
        }
        subject = _("Ihr Zugang zur Beteiligung – %(board)s") % {
            "board": config.advisory_board_name
        }
    return queue_mail(subject, body, [user.email])


def notify_report_published(consultation):
    """Everyone who asked to be told gets one e-mail with the link to the report."""
    from .models import Comment

    site = consultation.site
    recipients = {}
    for comment in Comment.objects.filter(consultation=consultation, notify=True).select_related(
        "author"
    ):
        if comment.author and comment.author.email:
            recipients.setdefault(comment.author.email, comment.language)
    sent = 0
    for email, language in sorted(recipients.items()):
        with translation.override(language):
            link = absolute(site, reverse("consultation:report", kwargs={"pk": consultation.pk}))
            body = _(
                "Guten Tag,\n\n"
                "Sie haben sich an der Beteiligung „%(title)s“ beteiligt. Die Abwägung aller "
                "Beiträge, mit der Entscheidung zu jedem Kommentar, ist jetzt veröffentlicht:\n\n"
                "%(link)s\n\n"
                "Vielen Dank für Ihre Mitwirkung.\n%(municipality)s"
            ) % {
                "title": consultation.title,
                "link": link,
                "municipality": municipality_name(site),
            }
            sent += queue_mail(
                _("Ergebnis der Beteiligung: %(title)s") % {"title": consultation.title},
                body,
                [email],
            )
    return sent
