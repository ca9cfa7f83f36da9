"""Adding and editing the home page through the Wagtail admin."""

from wagtail.models import Page

from cms.models import HomePage
from tests.cms.form_data import home_form


def test_add_a_home_page_at_the_root(page_admin, db):
    root = Page.get_first_root_node()
    home = page_admin.create(root, HomePage, home_form())
    assert home.live
    assert home.agency_name == "Lakeside County Sheriff's Office"
    assert [block.block_type for block in home.body] == [
        "heading",
        "paragraph",
        "callout",
    ]
    assert home.body[2].value["style"] == "warning"


def test_edit_the_home_page(page_admin, db):
    home = page_admin.create(Page.get_first_root_node(), HomePage, home_form())
    page_admin.edit(home, home_form(intro="Welcome, neighbors."), publish=True)
    home.refresh_from_db()
    assert home.intro == "Welcome, neighbors."


def test_the_agency_name_and_summary_are_required(page_admin, db):
    response = page_admin.post_create(
        Page.get_first_root_node(), HomePage, home_form(agency_name="", summary="")
    )
    assert page_admin.form_errors(response) == {
        "agency_name": ["This field is required."],
        "summary": ["This field is required."],
    }


def test_the_summary_is_kept_short(page_admin, db):
    response = page_admin.post_create(
        Page.get_first_root_node(), HomePage, home_form(summary="x" * 601)
    )
    assert page_admin.form_errors(response) == {
        "summary": ["Ensure this value has at most 600 characters (it has 601)."]
    }


def test_a_draft_home_page_may_leave_the_summary_for_later(page_admin, db):
    home = page_admin.create(
        Page.get_first_root_node(), HomePage, home_form(summary=""), publish=False
    )
    assert not home.live
    assert home.summary == ""
