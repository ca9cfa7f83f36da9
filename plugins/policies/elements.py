"""Required policy elements: what model laws say a technology policy must cover.

The lists are data. An agency in another state adds its own law's list with the
``CMS_POLICY_ELEMENT_LISTS`` setting: a mapping of list key to
``{"law": ..., "applies_to": [technology kinds], "elements": [(key, label), ...]}``.
A section covers an element when the editor ticks it in the section's "covers"
field; some elements are also satisfied by structured registry data.
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

SURVEILLANCE_USE_POLICY = {
    "law": "Surveillance technology use policy (community-control ordinance model)",
    "applies_to": [],  # any other technology
    "elements": [
        ("authorized_purposes", _("Authorized purposes")),
        ("access_and_training", _("Who may access the data and their training")),
        ("monitoring_and_audit", _("How use is monitored and audited")),
        ("sharing_and_sale", _("Sharing and sale rules")),
        ("retention_and_destruction", _("Retention period and destruction")),
        ("public_reporting", _("Annual public report")),
    ],
}

DEFAULT_ELEMENT_LISTS = {
    "ca_alpr": CALIFORNIA_ALPR,
    "use_policy": SURVEILLANCE_USE_POLICY,
}


def element_lists():
    return getattr(settings, "CMS_POLICY_ELEMENT_LISTS", DEFAULT_ELEMENT_LISTS)


def element_choices():
    """Every element of every configured list, for the section block's choices."""
    seen = {}
    for element_list in element_lists().values():
        for key, label in element_list["elements"]:
            seen.setdefault(key, label)
    return list(seen.items())


def list_for(policy, technologies=None):
    """The element list that applies to a technology policy, or None.
    ``technologies``: the policy's, if already loaded."""
    if policy.category != "technology":
        return None
    if technologies is None:
        technologies = policy.technologies.all()
    kinds = {technology.kind for technology in technologies}
    fallback = None
    for element_list in element_lists().values():
        if kinds & set(element_list.get("applies_to") or []):
            return element_list
        if not element_list.get("applies_to"):
            fallback = element_list
    return fallback


def covered_elements(policy):
    covered = set()
    for section in policy.sections():
        covered.update(section.get("covers") or [])
    return covered


def completeness(policy, technologies=None):
    """{score, law, required, missing, missing_labels} for a technology policy;
    None for other policies."""
    element_list = list_for(policy, technologies)
    if element_list is None:
        return None
    required = [key for key, _label in element_list["elements"]]
    labels = dict(element_list["elements"])
    covered = covered_elements(policy)
    missing = [key for key in required if key not in covered]
    score = (
        round(100 * (len(required) - len(missing)) / len(required)) if required else 100
    )
    return {
        "score": score,
        "law": element_list["law"],
        "required": required,
        "missing": missing,
        "missing_labels": [str(labels[key]) for key in missing],
    }
