"""Admin form data for success stories, as the edit form posts it."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def story_form(confirmed=True, **fields):
    """A complete story; ``confirmed`` ticks the privacy confirmation."""
    data = {
        "title": "Stolen bikes returned",
        "slug": "stolen-bikes-returned",
        "summary": "A plate-reader alert led to a van full of stolen bikes.",
        "story_date": "2026-05-01",
        "incident_category": "property",
        "area": "Eastside",
        "outcome": "Forty bikes went back to their owners.",
        "body": streamfield([("paragraph", rich_text("<p>What happened.</p>"))]),
        "community_partners": streamfield([("partner", "Eastside Bike Co-op")]),
        "images": streamfield([]),
        "media_coverage": streamfield(
            [
                (
                    "article",
                    {
                        "outlet": "Riverside Ledger",
                        "title": "Bikes come home",
                        "url": "https://ledger.example/bikes",
                        "date": "2026-05-03",
                    },
                )
            ]
        ),
        "tags": "bikes, plate readers",
        **fields,
    }
    if confirmed:
        data["privacy_confirmed"] = "on"
    return nested_form_data(data)


def story_index_form(**fields):
    return nested_form_data(
        {
            "title": "Success stories",
            "slug": "stories",
            "summary": "What we achieved with the community.",
            **fields,
        }
    )
