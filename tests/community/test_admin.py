"""Adding and editing awards and the awards index through the admin."""

import datetime

from wagtail.test.utils.form_data import nested_form_data, streamfield

from plugins.community.models import AwardIndexPage, AwardPage
from tests import factories
from tests.community.form_data import award_form, award_index_form


def test_add_the_awards_index(page_admin, home_page):
    index = page_admin.create(home_page, AwardIndexPage, award_index_form())
    assert index.live


def test_add_an_award(page_admin, section_indexes):
    award = page_admin.create(section_indexes["awards"], AwardPage, award_form())
    assert award.live
    assert award.award_date == datetime.date(2026, 8, 4)
    assert (award.recipient_kind, award.category) == ("group", "neighborhood_watch")
    assert "For organizing National Night Out." in award.citation
    assert sorted(tag.name for tag in award.tags.all()) == [
        "block clubs",
        "national night out",
    ]


def test_add_an_award_with_photos(page_admin, section_indexes):
    image = factories.ImageFactory()
    data = award_form()
    data.update(
        nested_form_data(
            {
                "photos": streamfield(
                    [
                        (
                            "image",
                            {
                                "image": image.pk,
                                "alt_text": "The block club with the chief",
                                "caption": "",
                                "credit": "",
                            },
                        )
                    ]
                )
            }
        )
    )
    award = page_admin.create(section_indexes["awards"], AwardPage, data)
    assert award.photos[0].value["alt_text"] == "The block club with the chief"


def test_edit_an_award(page_admin, section_indexes):
    award = page_admin.create(section_indexes["awards"], AwardPage, award_form())
    page_admin.edit(award, award_form(recipient="Elm Street Neighbors"), publish=True)
    award.refresh_from_db()
    assert award.recipient == "Elm Street Neighbors"


def test_an_award_needs_its_recipient_date_and_citation(page_admin, section_indexes):
    response = page_admin.post_create(
        section_indexes["awards"],
        AwardPage,
        award_form(recipient="", award_date="", citation="null"),
    )
    required = ["This field is required."]
    assert page_admin.form_errors(response) == {
        "recipient": required,
        "award_date": required,
        "citation": required,
    }


def test_edit_the_awards_index(page_admin, section_indexes):
    index = section_indexes["awards"]
    page_admin.edit(index, award_index_form(title="Recognitions"), publish=True)
    index.refresh_from_db()
    assert index.title == "Recognitions"
