"""Admin views of the plain-language plugin.

The page editor gets its side panel through a page viewset that replaces
Wagtail's default one for every page type (Wagtail 8 has no hook that adds a
side panel; ``PageViewSet.edit_view_class`` and ``add_view_class`` are its
documented way to change the editor's views). The panel refreshes itself from
``PlainLanguageOnEdit`` and ``PlainLanguageOnCreate``: Wagtail's preview views,
with the same permission checks and form handling, answering with the panel's
content for the posted, unsaved form instead of the page's preview.
"""

from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.views.pages import create, edit
from wagtail.admin.views.pages.preview import PreviewOnCreateView, PreviewOnEditView
from wagtail.admin.viewsets.pages import PageViewSet

from plugins.plainlanguage.assessment import assess
from plugins.plainlanguage.side_panels import PlainLanguageSidePanel

RESULTS_TEMPLATE = "trust_plainlanguage/side_panels/plain_language_results.html"


class EditView(edit.EditView):
    def get_side_panels(self):
        side_panels = super().get_side_panels()
        if not self.expects_json_response:
            side_panels.append(
                PlainLanguageSidePanel(
                    self.page,
                    self.request,
                    refresh_url=reverse(
                        "trust_plainlanguage:on_edit", args=[self.page.pk]
                    ),
                )
            )
        return side_panels


class CreateView(create.CreateView):
    def get_side_panels(self):
        side_panels = super().get_side_panels()
        if not self.expects_json_response:
            side_panels.append(
                PlainLanguageSidePanel(
                    self.page,
                    self.request,
                    refresh_url=reverse(
                        "trust_plainlanguage:on_create",
                        args=[
                            self.page_content_type.app_label,
                            self.page_content_type.model,
                            self.parent_page.pk,
                        ],
                    ),
                )
            )
        return side_panels


class PlainLanguagePageViewSet(PageViewSet):
    """Wagtail's page views, with the plain-language side panel in the editor."""

    edit_view_class = EditView
    add_view_class = CreateView


class PanelContentMixin:
    """Answer with the panel's content: for the posted form when it is valid
    enough to preview, else for the page as last saved."""

    http_method_names = ("get", "post")

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not self.validate_form(form):
            # Validating wrote the posted values onto the page: read it afresh.
            return self.panel_content(self.get_object(), form_has_errors=True)
        return self.panel_content(form.save(commit=False))

    def get(self, request, *args, **kwargs):
        return self.panel_content(self.object)

    def panel_content(self, page, form_has_errors=False):
        return TemplateResponse(
            self.request,
            RESULTS_TEMPLATE,
            {"assessment": assess(page), "form_has_errors": form_has_errors},
        )


class PlainLanguageOnEdit(PanelContentMixin, PreviewOnEditView):
    pass


class PlainLanguageOnCreate(PanelContentMixin, PreviewOnCreateView):
    def get_object(self):
        page = super().get_object()
        # A new page takes its parent's language, as Wagtail gives it on save.
        page.locale = page.get_default_locale()
        return page
