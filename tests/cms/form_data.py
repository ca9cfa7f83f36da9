"""Admin form data for the home page, as the edit form posts it."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def home_form(**fields):
    return nested_form_data(
        {
            "title": "Lakeside Sheriff's Office",
            "slug": "lakeside",
            "agency_name": "Lakeside County Sheriff's Office",
            "summary": "Serving Lakeside County since 1851.",
            "intro": "Welcome.",
            "body": streamfield(
                [
                    ("heading", {"text": "Our commitments", "level": "h2"}),
                    ("paragraph", rich_text("<p>We publish how we work.</p>")),
                    (
                        "callout",
                        {
                            "style": "warning",
                            "title": "Emergency",
                            "body": rich_text("<p>Call 911.</p>"),
                        },
                    ),
                ]
            ),
            **fields,
        }
    )
