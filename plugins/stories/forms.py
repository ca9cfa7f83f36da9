from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

PRIVACY_CONFIRMATION_REQUIRED = _(
    "Tick the privacy confirmation before publishing: check that the story names no "
    "victim or minor and shows nothing that identifies them."
)


class StoryPageForm(WagtailAdminPageForm):
    """Refuses to publish a story until the editor confirms it has no personal data."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form checks the confirmation itself, only when publishing. The model's
        # backstop would otherwise refuse drafts (a page being added is live until
        # the view saves it) and repeat the form's error.
        self.instance.privacy_checked_by_form = True

    def clean(self):
        cleaned_data = super().clean()
        publishing = "action-publish" in self.data or "action-submit" in self.data
        if publishing and not cleaned_data.get("privacy_confirmed"):
            self.add_error("privacy_confirmed", PRIVACY_CONFIRMATION_REQUIRED)
        return cleaned_data
