from django.urls import reverse
from wagtail.admin.ui.components import Component

from plugins.translation.status import STATUSES, summary, translation_status


class TranslationStatusPanel(Component):
    """The dashboard's per-locale count of missing, outdated and current
    translations, each linking to the filtered status report."""

    name = "translation_status"
    template_name = "trust_translation/panels/status_summary.html"
    order = 120

    def get_context_data(self, parent_context):
        counts = summary(translation_status())
        return {
            "summary": [
                (
                    locale,
                    [(key, label, by_status[key]) for key, label in STATUSES.items()],
                )
                for locale, by_status in counts.items()
            ],
            "statuses": STATUSES,
            "report_url": reverse("trust_translation_status"),
        }
