"""The plain-language side panel of the page editor: the page's reading grade
against the target, its three hardest sentences, and the terms it uses before
explaining them, in the editor's language.

It is computed from the page the editor opened (after a save, the saved
version); its script then refreshes it from the unsaved form whenever the
preview updates, an autosave succeeds, or the form changes (``views``).
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.side_panels import BaseSidePanel

from plugins.plainlanguage.assessment import assess


class PlainLanguageSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = gettext_lazy("Toggle plain language")
        icon_name = "pilcrow"
        counter_classname = "w-bg-critical-200"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            context["count"] = self.panel.assessment.to_fix
            return context

    name = "plain_language"
    title = gettext_lazy("Plain language")
    template_name = "trust_plainlanguage/side_panels/plain_language.html"
    order = 360

    class Media:
        js = ["trust_plainlanguage/js/plain-language-panel.js"]

    def __init__(self, object, request, *, refresh_url):
        super().__init__(object, request)
        self.refresh_url = refresh_url

    @cached_property
    def assessment(self):
        return assess(self.object)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["assessment"] = self.assessment
        context["refresh_url"] = self.refresh_url
        return context
