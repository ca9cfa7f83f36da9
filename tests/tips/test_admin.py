"""Adding and editing tips, guides and their index pages through the admin."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from plugins.tips.models import GuideIndexPage, GuidePage, TipIndexPage, TipPage
from tests.tips.form_data import guide_form, index_form, tip_form


@pytest.mark.parametrize(
    ("model", "title", "slug"),
    [
        (TipIndexPage, "Safety tips", "tips"),
        (GuideIndexPage, "What to expect", "guides"),
    ],
)
def test_add_an_index_page(page_admin, home_page, model, title, slug):
    index = page_admin.create(
        home_page,
        model,
        nested_form_data({"title": title, "slug": slug, "summary": "Read these."}),
    )
    assert index.live


def test_add_a_tip(page_admin, section_indexes):
    tip = page_admin.create(section_indexes["tips"], TipPage, tip_form())
    assert tip.live
    assert [step.value["title"] for step in tip.steps] == ["Lock up", "Hide it"]
    dos_and_donts = tip.body[0].value
    assert list(dos_and_donts["dos"]) == ["Park in a lit area"]
    assert list(dos_and_donts["donts"]) == ["Leave gifts on the seat"]
    assert tip.resources[0].value["title"] == "Vehicle theft prevention"
    assert (tip.category, tip.season) == ("vehicle", "holidays")
    assert sorted(tag.name for tag in tip.tags.all()) == ["cars", "holidays"]


def test_a_tip_links_to_another_page(page_admin, section_indexes):
    data = tip_form(
        resources=streamfield(
            [("page", {"page": section_indexes["guides"].pk, "label": ""})]
        )
    )
    tip = page_admin.create(section_indexes["tips"], TipPage, data)
    assert tip.resources[0].value["page"].pk == section_indexes["guides"].pk


def test_edit_a_tip(page_admin, section_indexes):
    tip = page_admin.create(section_indexes["tips"], TipPage, tip_form())
    page_admin.edit(tip, tip_form(short_tip="Lock it."), publish=True)
    tip.refresh_from_db()
    assert tip.short_tip == "Lock it."


def test_add_a_guide(page_admin, section_indexes):
    guide = page_admin.create(section_indexes["guides"], GuidePage, guide_form())
    assert guide.live
    assert [step.value["timing"] for step in guide.steps] == [
        "Within a day",
        "Within a week",
    ]
    assert guide.contacts[0].value["phone"] == "555-0100"
    assert [tag.name for tag in guide.tags.all()] == ["reporting"]


def test_edit_a_guide(page_admin, section_indexes):
    guide = page_admin.create(section_indexes["guides"], GuidePage, guide_form())
    draft = page_admin.edit(guide, guide_form(situation="You were a witness."))
    assert draft.situation == "You were a witness."
    guide.refresh_from_db()
    assert guide.situation == "You reported a crime and an officer is investigating."


def test_a_guide_contact_needs_a_phone_or_an_email(page_admin, section_indexes):
    data = guide_form()
    data["contacts-0-value-phone"] = ""
    data["contacts-0-value-email"] = ""
    response = page_admin.post_create(section_indexes["guides"], GuidePage, data)
    assert page_admin.form_errors(response) == {
        "contacts": [
            {
                "blockErrors": {
                    0: {"messages": ["Give a phone number or an email address."]}
                }
            }
        ]
    }


@pytest.mark.parametrize("section", ["tips", "guides"])
def test_edit_an_index_page(page_admin, section_indexes, section):
    index = section_indexes[section]
    page_admin.edit(
        index, index_form(slug=index.slug, summary="Read these first."), publish=True
    )
    index.refresh_from_db()
    assert index.summary == "Read these first."
