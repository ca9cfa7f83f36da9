"""Read-only editor panels: the completeness check and the change log
(published versions and withdrawals)."""

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
            # changelog imports the models, which import this module.
            from plugins.policies.changelog import entries

            context = super().get_context_data(parent_context)
            policy = self.instance
            context["entries"] = (
                entries(
                    list(policy.versions.all()),
                    list(policy.withdrawals.all()),
                    diffs=False,
                )[:10]
                if policy.pk
                else []
            )
            return context
