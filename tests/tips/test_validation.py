"""Tips and guides need at least one step."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import nested_form_data, streamfield

from plugins.tips.models import GuidePage, TipPage
from tests import factories
from tests.tips.form_data import guide_form, tip_form

STEP_REQUIRED = "Add at least one step."


@pytest.mark.parametrize(
    ("factory", "index"),
    [
        (factories.TipPageFactory, "tips"),
        (factories.GuidePageFactory, "guides"),
    ],
)
class TestStepsRequired:
    def test_a_page_without_steps_is_invalid(self, section_indexes, factory, index):
        page = factory(parent=section_indexes[index])
        page.steps = []
        with pytest.raises(ValidationError) as excinfo:
            page.full_clean()
        assert excinfo.value.message_dict == {"steps": [STEP_REQUIRED]}

    def test_one_step_is_enough(self, section_indexes, factory, index):
        page = factory(parent=section_indexes[index])
        page.steps = [factories.step("Lock up", "Lock every door.")]
        page.full_clean()

    def test_publishing_without_steps_is_refused(self, section_indexes, factory, index):
        page = factory(parent=section_indexes[index], live=False)
        page.steps = []
        with pytest.raises(ValidationError):
            page.save_revision().publish()
        page.refresh_from_db()
        assert not page.live


@pytest.mark.parametrize(
    ("model", "form", "index"),
    [(TipPage, tip_form, "tips"), (GuidePage, guide_form, "guides")],
)
def test_the_editor_sees_that_a_step_is_needed(
    page_admin, section_indexes, model, form, index
):
    data = form()
    data.update(nested_form_data({"steps": streamfield([])}))
    response = page_admin.post_create(section_indexes[index], model, data)
    assert page_admin.form_errors(response) == {"steps": [STEP_REQUIRED]}
    assert not model.objects.exists()


def test_a_step_needs_a_title_and_what_to_do(page_admin, section_indexes):
    data = tip_form()
    data["steps-0-value-title"] = ""
    data["steps-0-value-body"] = "null"  # what Draftail posts when left empty
    response = page_admin.post_create(section_indexes["tips"], TipPage, data)
    required = {"messages": ["This field is required."]}
    assert page_admin.form_errors(response) == {
        "steps": [
            {"blockErrors": {0: {"blockErrors": {"title": required, "body": required}}}}
        ]
    }


def test_an_empty_dos_and_donts_block_is_refused_in_place(page_admin, section_indexes):
    data = tip_form(
        body=streamfield(
            [
                (
                    "dos_and_donts",
                    {
                        "title": "Parking",
                        "dos": {"count": "0"},
                        "donts": {"count": "0"},
                    },
                )
            ]
        )
    )
    response = page_admin.post_create(section_indexes["tips"], TipPage, data)
    assert page_admin.form_errors(response) == {
        "body": [
            {
                "blockErrors": {
                    0: {"messages": ["Add at least one 'do' or one 'don't'."]}
                }
            }
        ]
    }
