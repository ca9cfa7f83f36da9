"""Required policy elements: what model laws say a technology policy must cover.

The lists are data. An agency in another state adds its own law's list with the
``CMS_POLICY_ELEMENT_LISTS`` setting: a mapping of list key to
``{"law": ..., "elements": [(key, label), ...]}``.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

CALIFORNIA_ALPR = {
    "law": "California Civil Code 1798.90.51",
    "applies_to": ["license_plate_reader"],
    "elements": [
        ("authorized_purposes", _("Authorized purposes")),
        ("access_and_training", _("Who may access the data and their training")),
        ("monitoring_and_audit", _("How use is monitored and audited")),
        ("sharing_and_sale", _("Sharing and sale rules")),
        ("custodian", _("The custodian's title")),
        ("accuracy_and_correction", _("Accuracy and correction of errors")),
        ("retention_and_destruction", _("Retention period and destruction")),
    ],
}

DEFAULT_ELEMENT_LISTS = {"ca_alpr": CALIFORNIA_ALPR}


def element_lists():
    return getattr(settings, "CMS_POLICY_ELEMENT_LISTS", DEFAULT_ELEMENT_LISTS)


def element_choices():
    """Every element of every configured list, for the section block's choices."""
    seen = {}
    for element_list in element_lists().values():
        for key, label in element_list["elements"]:
            seen.setdefault(key, label)
    return list(seen.items())
