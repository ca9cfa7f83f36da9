"""Admin form data for tips and guides, as the edit form posts it."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def list_block(items):
    """Form data for a ListBlock: each item with its order and deleted flag."""
    data = {
        str(index): {"value": item, "deleted": "", "order": str(index)}
        for index, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def step_form(title, body, timing="", contact=""):
    return (
        "step",
        {
            "title": title,
            "body": rich_text(f"<p>{body}</p>"),
            "timing": timing,
            "contact": contact,
        },
    )


def tip_form(**fields):
    data = {
        "title": "Lock it, hide it, keep it",
        "slug": "lock-it-hide-it-keep-it",
        "short_tip": "Lock your car and hide your bags.",
        "summary": "Most car break-ins take less than a minute.",
        "category": "vehicle",
        "audience": "everyone",
        "season": "holidays",
        "steps": streamfield(
            [
                step_form("Lock up", "Lock every door."),
                step_form("Hide it", "Put bags in the trunk before you park."),
            ]
        ),
        "body": streamfield(
            [
                (
                    "dos_and_donts",
                    {
                        "title": "At the mall",
                        "dos": list_block(["Park in a lit area"]),
                        "donts": list_block(["Leave gifts on the seat"]),
                    },
                )
            ]
        ),
        "resources": streamfield(
            [
                (
                    "link",
                    {
                        "title": "Vehicle theft prevention",
                        "url": "https://www.nicb.org/prevent-fraud-theft",
                        "description": "",
                    },
                )
            ]
        ),
        "tags": "cars, holidays",
        **fields,
    }
    return nested_form_data(data)


def guide_form(**fields):
    data = {
        "title": "After you report a crime",
        "slug": "after-you-report-a-crime",
        "situation": "You reported a crime and an officer is investigating.",
        "summary": "What happens next, and when.",
        "steps": streamfield(
            [
                step_form("We call you", "An officer calls.", "Within a day"),
                step_form(
                    "You get a report number",
                    "Keep it for your insurer.",
                    "Within a week",
                    "Records unit",
                ),
            ]
        ),
        "body": streamfield([]),
        "contacts": streamfield(
            [
                (
                    "contact",
                    {
                        "label": "Records unit",
                        "phone": "555-0100",
                        "email": "records@riversidepd.example",
                        "hours": "Weekdays 9-5",
                        "emergency_note": "In an emergency, call 911.",
                    },
                )
            ]
        ),
        "tags": "reporting",
        **fields,
    }
    return nested_form_data(data)


def index_form(**fields):
    return nested_form_data(
        {
            "title": "Safety tips",
            "slug": "tips",
            "summary": "How to protect yourself.",
            **fields,
        }
    )
