"""Admin form data for policies, as the edit form posts it."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def policy_form(**fields):
    data = {
        "title": "License-plate readers",
        "slug": "license-plate-readers",
        "summary": "How we use cameras that read license plates.",
        "policy_number": "462",
        "category": "technology",
        "status": "adopted",
        "body": streamfield(
            [
                (
                    "section",
                    {
                        "number": "1",
                        "title": "Purpose",
                        "body": rich_text("<p>To find stolen cars.</p>"),
                    },
                )
            ]
        ),
        "documents": streamfield([]),
        "effective_date": "2026-01-01",
        "next_review_due": "2027-01-01",
        "approving_authority": "Chief of Police",
        "legal_basis": "Cal. Civ. Code 1798.90.51",
        "tags": "alpr, privacy",
        "version_kind": "major",
        "change_note": "First published.",
        **fields,
    }
    technologies = data.pop("technologies", [])
    form = nested_form_data(data)
    # Multiple choices are posted as lists of values, not as numbered keys.
    form["body-0-value-covers"] = ["authorized_purposes", "custodian"]
    form["technologies"] = technologies
    return form


def policy_index_form(**fields):
    return nested_form_data(
        {
            "title": "Policies",
            "slug": "policies",
            "summary": "The rules we follow.",
            "intro": "Every policy in force.",
            **fields,
        }
    )
