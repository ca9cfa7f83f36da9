"""Structure blocks: steps, do's and don'ts, policy sections, links and contacts."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from blocks import (
    ContactBlock,
    DosAndDontsBlock,
    PolicySectionBlock,
    RelatedContentBlock,
    StepsBlock,
)
from tests import factories

REQUIRED = {"messages": ["This field is required."]}


def step_value(title="Call us", body="<p>Ring the records unit.</p>", **fields):
    return {"title": title, "body": body, "timing": "", "contact": "", **fields}


class TestStepsBlock:
    block = StepsBlock()

    def test_accepts_ordered_steps_with_timing_and_contact(self):
        value = self.block.clean(
            self.block.to_python(
                {
                    "title": "After you report",
                    "steps": [
                        step_value(timing="Within 24 hours", contact="Records unit"),
                        step_value(title="We follow up"),
                    ],
                }
            )
        )
        assert [step["title"] for step in value["steps"]] == ["Call us", "We follow up"]

    def test_needs_at_least_one_step(self, block_errors):
        errors = block_errors(self.block, {"title": "Steps", "steps": []})
        assert errors == {
            "blockErrors": {"steps": {"messages": ["The minimum number of items is 1"]}}
        }

    def test_each_step_needs_a_title_and_a_body(self, block_errors):
        errors = block_errors(
            self.block, {"steps": [step_value(), step_value(title="", body="")]}
        )
        assert errors == {
            "blockErrors": {
                "steps": {
                    "blockErrors": {
                        1: {"blockErrors": {"title": REQUIRED, "body": REQUIRED}}
                    }
                }
            }
        }

    def test_renders_an_ordered_list(self):
        value = self.block.to_python(
            {"title": "", "steps": [step_value(timing="Same day")]}
        )
        html = self.block.render(value)
        assert '<ol class="steps"><li><h3>Call us</h3>' in html
        assert '<p class="meta">Same day</p>' in html


class TestDosAndDontsBlock:
    block = DosAndDontsBlock()

    def test_refuses_an_empty_list_on_both_sides(self, block_errors):
        errors = block_errors(self.block, {"title": "Parking", "dos": [], "donts": []})
        assert errors == {"messages": ["Add at least one 'do' or one 'don't'."]}

    @pytest.mark.parametrize(
        "raw",
        [
            {"dos": ["Lock your car"], "donts": []},
            {"dos": [], "donts": ["Leave bags in sight"]},
        ],
    )
    def test_one_side_is_enough(self, raw):
        value = self.block.clean(self.block.to_python(raw))
        assert list(value["dos"]) + list(value["donts"])

    def test_renders_both_lists(self):
        value = self.block.to_python(
            {"title": "Cars", "dos": ["Lock it"], "donts": ["Leave keys"]}
        )
        html = self.block.render(value)
        assert '<ul class="dos"><li>✓ Lock it</li></ul>' in html
        assert '<ul class="donts"><li>✗ Leave keys</li></ul>' in html

    def test_api_representation_lists_plain_strings(self):
        value = self.block.to_python(
            {"title": "", "dos": ["Lock it"], "donts": ["Leave keys"]}
        )
        assert self.block.get_api_representation(value) == {
            "title": "",
            "dos": ["Lock it"],
            "donts": ["Leave keys"],
        }


class TestPolicySectionBlock:
    block = PolicySectionBlock()

    def test_requires_number_title_and_body(self, block_errors):
        errors = block_errors(self.block, {"number": "", "title": "", "body": ""})
        assert errors == {
            "blockErrors": {"number": REQUIRED, "title": REQUIRED, "body": REQUIRED}
        }

    def test_renders_an_anchor_from_the_section_number(self):
        value = self.block.to_python(
            {"number": "4.2", "title": "Retention", "body": "<p>30 days.</p>"}
        )
        html = self.block.render(value)
        assert 'id="section-42"' in html
        assert "<h2>4.2 Retention</h2>" in html

    def test_api_representation(self):
        value = self.block.to_python(
            {"number": "1", "title": "Purpose", "body": "<p>Why.</p>"}
        )
        assert self.block.get_api_representation(value) == {
            "number": "1",
            "title": "Purpose",
            "body": "<p>Why.</p>",
        }


@pytest.fixture
def site_request(rf, home_page):
    """A request to the agency's site: the block links as the site's rule allows."""
    return {"request": rf.get("/en/", HTTP_HOST="localhost")}


class TestRelatedContentBlock:
    block = RelatedContentBlock()

    def test_api_representation_of_a_live_page(self, section_indexes, site_request):
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], title="Drones", slug="drones"
        )
        value = self.block.to_python({"page": policy.pk, "label": ""})
        assert self.block.get_api_representation(value, site_request) == {
            "id": policy.pk,
            "type": "policy",
            "title": "Drones",
            "path": "/en/policies/drones/",
        }

    def test_a_section_is_named_as_the_api_names_it(
        self, section_indexes, site_request
    ):
        value = self.block.to_python({"page": section_indexes["tips"].pk})
        representation = self.block.get_api_representation(value, site_request)
        assert representation["type"] == "section"

    def test_label_overrides_the_page_title(self, section_indexes, site_request):
        value = self.block.to_python(
            {"page": section_indexes["tips"].pk, "label": "All our tips"}
        )
        representation = self.block.get_api_representation(value, site_request)
        assert representation["title"] == "All our tips"

    def test_unpublished_page_is_none_in_the_api_and_not_rendered(
        self, section_indexes, site_request
    ):
        draft = factories.PolicyPageFactory(
            parent=section_indexes["policies"], live=False
        )
        value = self.block.to_python({"page": draft.pk, "label": "Secret"})
        assert self.block.get_api_representation(value, site_request) is None
        assert "Secret" not in self.block.render(value, site_request)

    @pytest.mark.parametrize("withheld", ["expired", "private"])
    def test_a_page_the_rule_withholds_is_none_and_not_rendered(
        self, section_indexes, site_request, withheld
    ):
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], title="Withheld drones"
        )
        if withheld == "expired":
            policy.expire_at = timezone.now() - timedelta(minutes=1)
            policy.save()
        else:
            PageViewRestriction.objects.create(page=policy, restriction_type="login")
        value = self.block.to_python({"page": policy.pk, "label": ""})
        assert self.block.get_api_representation(value, site_request) is None
        assert "Withheld drones" not in self.block.render(value, site_request)

    def test_without_a_request_no_page_is_linked(self, section_indexes):
        value = self.block.to_python({"page": section_indexes["faqs"].pk})
        assert self.block.get_api_representation(value) is None
        assert "<a" not in self.block.render(value)

    def test_deleted_page_is_none_in_the_api(self, section_indexes, site_request):
        policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
        raw = {"page": policy.pk, "label": ""}
        policy.delete()
        value = self.block.to_python(raw)
        assert self.block.get_api_representation(value, site_request) is None

    def test_renders_a_link_to_a_live_page(self, section_indexes, site_request):
        value = self.block.to_python({"page": section_indexes["faqs"].pk})
        assert '<a href="/en/faqs/">Questions and answers</a>' in self.block.render(
            value, site_request
        )

    def test_requires_a_page(self, db, block_errors):
        errors = block_errors(self.block, {"page": None, "label": "Read more"})
        assert errors == {"blockErrors": {"page": REQUIRED}}


class TestContactBlock:
    block = ContactBlock()

    def test_needs_a_phone_number_or_an_email_address(self, block_errors):
        errors = block_errors(self.block, {"label": "Records", "hours": "9-5"})
        assert errors == {"messages": ["Give a phone number or an email address."]}

    def test_refuses_a_malformed_email_address(self, block_errors):
        errors = block_errors(self.block, {"email": "records at riverside"})
        assert errors == {
            "blockErrors": {"email": {"messages": ["Enter a valid email address."]}}
        }

    @pytest.mark.parametrize(
        "raw",
        [
            {"phone": "555-0100"},
            {"email": "records@riversidepd.example"},
            {"phone": "555-0100", "email": "records@riversidepd.example"},
        ],
    )
    def test_phone_or_email_is_enough(self, raw):
        value = self.block.clean(self.block.to_python(raw))
        assert value["phone"] or value["email"]

    def test_reminds_residents_to_call_911_by_default(self):
        assert self.block.get_default()["emergency_note"] == (
            "In an emergency, call 911."
        )

    def test_renders_dialable_links(self):
        value = self.block.to_python(
            {
                "label": "Records unit",
                "phone": "555 0100",
                "email": "records@riversidepd.example",
                "hours": "Weekdays 9-5",
                "emergency_note": "In an emergency, call 911.",
            }
        )
        html = self.block.render(value)
        assert '<a href="tel:5550100">555 0100</a>' in html
        assert (
            '<a href="mailto:records@riversidepd.example">records@riversidepd.example'
            in html
        )
        assert "<em>In an emergency, call 911.</em>" in html
