"""The municipality's frame: its home page, legal pages, people, images and settings.

One module per subject; everything is importable from ``home.models`` as
Django and the migrations expect.
"""

from .accessibility import (
    ConciliationBody,
    SignLanguagePage,
    SignLanguagePageVideo,
    SignLanguageVideo,
)
from .feedback import AccessibilityFeedback
from .media import CreditedImage, CreditedRendition
from .municipality import (
    FEDERAL_STATES,
    LanguageListField,
    MunicipalityGroup,
    MunicipalitySettings,
    all_translation_languages,
    translation_language_choices,
)
from .pages import (
    AccessibilityStatementPage,
    EasyLanguagePage,
    HomePage,
    HomePageContact,
    LegalPage,
    StandardPage,
)
from .people import Organisation, Person

__all__ = [
    "FEDERAL_STATES",
    "AccessibilityFeedback",
    "AccessibilityStatementPage",
    "ConciliationBody",
    "CreditedImage",
    "CreditedRendition",
    "EasyLanguagePage",
    "HomePage",
    "HomePageContact",
    "LanguageListField",
    "LegalPage",
    "MunicipalityGroup",
    "MunicipalitySettings",
    "Organisation",
    "Person",
    "SignLanguagePage",
    "SignLanguagePageVideo",
    "SignLanguageVideo",
    "StandardPage",
    "all_translation_languages",
    "translation_language_choices",
]
