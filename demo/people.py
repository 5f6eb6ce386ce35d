"""Organisations and people who work with several municipalities.

Names appear only in the public roles the source articles give them.
"""

from home.models import Organisation

from .base import organisation, person


def shared():
    """Institutes, foundations and their staff, keyed for the municipality loaders."""
    kind = Organisation.Kind
    bertelsmann = organisation("Bertelsmann Stiftung", kind.FOUNDATION, city="Gütersloh")
    phineo = organisation("PHINEO gAG", kind.OTHER, city="Berlin")
    ispo = organisation(
        "Institut für Sozialforschung, Praxisberatung und Organisationsentwicklung (iSPO)",
        kind.INSTITUTE,
        city="Saarbrücken",
    )
    isi = organisation("Institut für Soziale Innovation", kind.INSTITUTE, city="Düsseldorf")
    fitt = organisation("Fitt gGmbH", kind.OTHER, city="Saarbrücken")
    return {
        "bertelsmann": bertelsmann,
        "phineo": phineo,
        "ispo": ispo,
        "isi": isi,
        "fitt": fitt,
        "walther": person(
            "Claudia Walther",
            "Projektmanagerin „Weltoffene Kommune“, Bertelsmann Stiftung",
            bertelsmann,
        ),
        "schaeffer": person("Erik Schäffer", "Geschäftsführer des iSPO-Instituts", ispo),
        "hassloewer": person(
            "Nadine Haßlöwer", "Moderatorin, Institut für Soziale Innovation", isi
        ),
        "bortloff": person(
            "Nils Bortloff",
            "Begleitung der Interkulturellen Öffnung im IQ-Netzwerk, Fitt gGmbH",
            fitt,
        ),
    }
