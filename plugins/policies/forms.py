from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class PolicyPageForm(WagtailAdminPageForm):
    """Publishing or submitting a policy needs a new change note: it becomes the
    public record of what changed."""

    def clean(self):
        cleaned_data = super().clean()
        publishing = "action-publish" in self.data or "action-submit" in self.data
        if not publishing or not self.instance.pk:
            return cleaned_data
        note = (cleaned_data.get("change_note") or "").strip()
        latest = self.instance.versions.order_by("-published_at", "-pk").first()
        if latest and not note:
            self.add_error(
                "change_note",
                _("Write a change note: residents see it in the policy's change log."),
            )
        elif latest and note == latest.change_note.strip():
            self.add_error(
                "change_note",
                _(
                    "This note is the one published with version %(label)s. Describe "
                    "what changes now."
                )
                % {"label": latest.label},
            )
        return cleaned_data
