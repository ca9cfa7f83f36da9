"""The policy body: numbered sections that say which required elements they cover."""

import pytest

from plugins.policies import elements
from plugins.policies.blocks import PolicySectionBlock
from plugins.policies.elements import (
    CALIFORNIA_ALPR,
    DEFAULT_ELEMENT_LISTS,
    element_choices,
)
from plugins.policies.models import PolicyPage
from tests import factories


def section_value(covers):
    return {
        "number": "4",
        "title": "Retention",
        "body": "<p>Plate reads are destroyed after 30 days.</p>",
        "covers": covers,
    }


class TestPolicySectionBlock:
    block = PolicySectionBlock()

    def test_offers_every_configured_element(self):
        offered = self.block.child_blocks["covers"].field.choices
        assert [key for key, _label in offered] == [
            key for key, _label in element_choices()
        ]

    def test_offers_the_california_alpr_elements(self):
        choices = self.block.child_blocks["covers"].field.choices
        offered = {key for key, _label in choices}
        assert {key for key, _label in CALIFORNIA_ALPR["elements"]} <= offered

    def test_accepts_covered_elements(self):
        value = self.block.clean(
            self.block.to_python(section_value(["retention_and_destruction"]))
        )
        assert value["covers"] == ["retention_and_destruction"]

    def test_covers_is_optional(self):
        assert self.block.clean(self.block.to_python(section_value([])))["covers"] == []

    def test_refuses_an_element_no_list_defines(self, block_errors):
        errors = block_errors(self.block, section_value(["facial_recognition"]))
        assert errors == {
            "blockErrors": {
                "covers": {
                    "messages": [
                        "Select a valid choice. facial_recognition is not one of "
                        "the available choices."
                    ]
                }
            }
        }


def test_an_agency_can_add_its_own_law(settings):
    settings.CMS_POLICY_ELEMENT_LISTS = {
        "ca_alpr": {
            "law": "Cal. Civ. Code 1798.90.51",
            "elements": [("custodian", "The custodian's title")],
        },
        "wa_surveillance": {
            "law": "RCW 43.386",
            "elements": [
                ("custodian", "Custodian (repeated)"),
                ("public_notice", "Public notice"),
            ],
        },
    }
    assert element_choices() == [
        ("custodian", "The custodian's title"),
        ("public_notice", "Public notice"),
    ]


def test_a_section_keeps_an_element_whose_law_was_removed(settings):
    """Reading a stored section never drops what it covers: an element whose
    list the agency removed stays in the page until an editor saves it (then
    the block refuses it, as above)."""
    settings.CMS_POLICY_ELEMENT_LISTS = {
        "wa_surveillance": {
            "law": "RCW 43.386",
            "elements": [("public_notice", "Public notice")],
        }
    }
    value = PolicySectionBlock().to_python(
        section_value(["retention_and_destruction", "public_notice"])
    )
    assert value["covers"] == ["retention_and_destruction", "public_notice"]


def test_reading_a_section_does_not_rebuild_the_element_lists(monkeypatch):
    """Stored keys are read as they are: a policy body is read on every API
    detail, and the lists are rebuilt from settings each time they are asked
    for."""
    block = PolicySectionBlock()
    calls = []
    monkeypatch.setattr(
        elements, "element_lists", lambda: calls.append(1) or DEFAULT_ELEMENT_LISTS
    )
    value = block.to_python(section_value(["retention_and_destruction"]))
    assert value["covers"] == ["retention_and_destruction"]
    assert calls == []


def test_sections_lists_only_the_numbered_sections(section_indexes):
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        body=[
            factories.section("1", "Purpose", "Why."),
            factories.paragraph("A note between sections."),
            factories.section("2", "Access", "Who.", covers=["access_and_training"]),
        ],
    )
    assert [(s["number"], list(s["covers"])) for s in policy.sections()] == [
        ("1", []),
        ("2", ["access_and_training"]),
    ]


@pytest.mark.parametrize("block_type", ["section", "paragraph", "faqs", "image"])
def test_the_body_offers_sections_and_the_shared_library(block_type):
    assert block_type in PolicyPage.body.field.stream_block.child_blocks
