"""Admin form data for awards and the awards index, as the edit form posts it."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def award_form(**fields):
    return nested_form_data(
        {
            "title": "Elm Street Block Club",
            "slug": "elm-street-block-club",
            "award_name": "Neighborhood Safety Award 2026",
            "recipient": "Elm Street Block Club",
            "recipient_kind": "group",
            "award_date": "2026-08-04",
            "category": "neighborhood_watch",
            "summary": "For a year of walking the block with officers.",
            "citation": rich_text("<p>For organizing National Night Out.</p>"),
            "photos": streamfield([]),
            "tags": "national night out, block clubs",
            **fields,
        }
    )


def award_index_form(**fields):
    return nested_form_data(
        {
            "title": "Awards",
            "slug": "awards",
            "summary": "Neighbors who made the city safer.",
            **fields,
        }
    )
