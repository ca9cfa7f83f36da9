from wagtail.admin.panels import Panel

DISCLOSURE_LABELS = {
    "retention_days": "Retention period (days)",
    "access_policy": "Access policy",
    "sharing": "Sharing list",
    "usage_stats": "Usage statistics",
    "usage_stats_stale": "Recent usage statistics (the newest is older than 90 days)",
}


class MissingDisclosuresPanel(Panel):
    """Warns the editor about what residents expect to see but cannot."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "trust_transparency/panels/missing_disclosures.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            missing = self.instance.missing_disclosures() if self.instance.pk else []
            context["missing"] = [DISCLOSURE_LABELS.get(key, key) for key in missing]
            return context
