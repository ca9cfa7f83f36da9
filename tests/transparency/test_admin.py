"""Adding and editing technology registry entries in the snippet admin."""

from wagtail.test.utils.form_data import nested_form_data, streamfield

from plugins.transparency.models import Technology, TransparencyPage
from tests.transparency.form_data import technology_form


def test_add_and_publish_a_technology(snippet_admin, locales):
    technology = snippet_admin.create(Technology, technology_form())
    assert technology.live
    assert technology.locale == locales["en"]
    assert [item.value for item in technology.collected] == [
        "Plate number",
        "Photo of the car",
        "Time and place",
    ]
    assert technology.sharing[0].value["agency"] == "Lake County Sheriff"
    assert technology.retention_days == 30
    assert technology.missing_disclosures() in ([], ["usage_stats_stale"])


def test_add_a_draft_technology(snippet_admin, locales):
    technology = snippet_admin.create(Technology, technology_form(), publish=False)
    assert not technology.live


def test_edit_a_technology(snippet_admin, locales):
    technology = snippet_admin.create(Technology, technology_form())
    snippet_admin.edit(technology, technology_form(retention_days="0"), publish=True)
    technology.refresh_from_db()
    assert technology.retention_days == 0


def test_negative_retention_is_refused_with_a_clear_message(snippet_admin, locales):
    response = snippet_admin.post_create(
        Technology, technology_form(retention_days="-5")
    )
    assert snippet_admin.form_errors(response) == {
        "retention_days": ["Retention cannot be negative: use 0 for none."]
    }
    assert not Technology.objects.exists()


def test_a_negative_usage_figure_is_refused_in_place(snippet_admin, locales):
    data = technology_form()
    data["usage_stats-0-value-value"] = "-1"
    response = snippet_admin.post_create(Technology, data)
    assert snippet_admin.form_errors(response) == {
        "usage_stats": [
            {
                "blockErrors": {
                    0: {
                        "blockErrors": {
                            "value": {"messages": ["A count cannot be negative."]}
                        }
                    }
                }
            }
        ]
    }


def test_name_kind_and_description_are_required(snippet_admin, locales):
    response = snippet_admin.post_create(
        Technology, technology_form(name="", kind="", description="")
    )
    required = ["This field is required."]
    assert snippet_admin.form_errors(response) == {
        "name": required,
        "kind": required,
        "description": required,
    }


def test_an_entry_may_leave_lists_empty(snippet_admin, locales):
    technology = snippet_admin.create(
        Technology,
        technology_form(
            collected=streamfield([]),
            sharing=streamfield([]),
            usage_stats=streamfield([]),
            retention_days="",
        ),
    )
    assert technology.retention_days is None
    assert technology.missing_disclosures() == [
        "retention_days",
        "sharing",
        "usage_stats",
    ]


def test_add_and_edit_the_transparency_page(page_admin, home_page):
    page = page_admin.create(
        home_page,
        TransparencyPage,
        nested_form_data(
            {
                "title": "Transparency",
                "slug": "transparency",
                "summary": "How we use technology, in plain terms.",
                "intro": "Ask us anything.",
            }
        ),
    )
    assert page.live
    page_admin.edit(
        page,
        nested_form_data(
            {
                "title": "Transparency",
                "slug": "transparency",
                "summary": "How we use technology, in plain terms.",
                "intro": "Questions? Write to us.",
            }
        ),
        publish=True,
    )
    page.refresh_from_db()
    assert page.intro == "Questions? Write to us."
