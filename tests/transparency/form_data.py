"""Admin form data for technology registry entries, as the edit form posts it."""

from wagtail.test.utils.form_data import nested_form_data, streamfield


def items(*texts):
    return streamfield([("item", text) for text in texts])


def technology_form(**fields):
    return nested_form_data(
        {
            "name": "License-plate readers",
            "kind": "license_plate_reader",
            "vendor": "Flock Safety",
            "description": "Cameras that read license plates of passing cars.",
            "collected": items("Plate number", "Photo of the car", "Time and place"),
            "not_collected": items("No facial recognition"),
            "allowed_uses": items("Finding stolen cars"),
            "prohibited_uses": items("Immigration enforcement"),
            "retention_days": "30",
            "access_policy": "Every search needs a case number.",
            "hotlist_policy": "Officers confirm every hit with dispatch.",
            "hotlist_sources": items("NCIC stolen vehicles"),
            "sharing": streamfield(
                [
                    (
                        "agency",
                        {
                            "agency": "Lake County Sheriff",
                            "jurisdiction": "Lake County, CA",
                            "direction": "both",
                            "since": "2024-01-01",
                        },
                    )
                ]
            ),
            "usage_stats": streamfield(
                [
                    (
                        "statistic",
                        {
                            "label": "Cameras",
                            "value": "24",
                            "unit": "",
                            "period": "",
                            "as_of": "2026-10-01",
                            "source": "Fleet inventory",
                        },
                    )
                ]
            ),
            "audits": streamfield([]),
            **fields,
        }
    )
