"""Read-only editor panels: the completeness check and the published versions."""

from wagtail.admin.panels import Panel


class CompletenessPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "trust_policies/panels/completeness.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["completeness"] = (
                self.instance.completeness() if self.instance.pk else None
            )
            return context


class ChangeLogPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "trust_policies/panels/change_log.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["versions"] = (
                list(self.instance.versions.all()[:10]) if self.instance.pk else []
            )
            return context
