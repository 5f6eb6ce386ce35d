"""The Wagtail admin of consultations, limited to the user's own municipality.

* Integrationsbüro (moderators): consultations (open one on a draft, publish
  the report), comments (hide with a reason, highlight, record the decision),
  reports of comments, participants (block);
* Administration: board accounts (create one, the invitation goes out by e-mail).

policies.py says who may do what (translating consultation.permissions for
Wagtail), consultations.py, comments.py and participants.py hold the view sets,
export.py the download of all comments.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup

from .comments import CommentViewSet, ReportViewSet
from .consultations import ConsultationViewSet
from .participants import ParticipantViewSet


class ConsultationGroup(ViewSetGroup):
    menu_label = _("Beteiligung")
    menu_icon = "comment"
    menu_order = 250
    items = (ConsultationViewSet, CommentViewSet, ReportViewSet, ParticipantViewSet)
