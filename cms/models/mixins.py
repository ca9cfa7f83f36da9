"""Shared page base classes: summary, hero, SEO and text direction."""

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from cms.approval import ApprovalCopyForm, ApprovalPermissionTester, check_publisher
from plugins.headless.visibility import for_request


class TrustPage(Page):
    """Base for every public page: a plain-language summary, a hero and share image."""

    summary = models.TextField(
        _("in plain terms"),
        max_length=600,
        help_text=_(
            "One to three sentences a resident can understand without reading the "
            "page. Shown in listings, search results and link previews."
        ),
    )
    hero_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page. Optional."),
    )
    share_image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Falls back to the hero image."),
    )

    summary_panels = [FieldPanel("summary"), FieldPanel("hero_image")]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("share_image"),
            ],
            heading=_("Search engines and sharing"),
        ),
        FieldPanel("show_in_menus"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.AutocompleteField("summary"),
    ]

    class Meta:
        abstract = True

    @property
    def text_direction(self):
        return "rtl" if self.locale.is_bidi else "ltr"

    @property
    def plain_summary(self):
        return strip_tags(self.summary or "").strip()

    def seo_fields(self):
        return {
            "title": self.seo_title or self.title,
            "description": self.search_description or self.plain_summary,
            "share_image": self.share_image or self.hero_image,
        }

    def get_template(self, request, *args, **kwargs):
        """The site plugin's template for the page (the ``page_template`` hook),
        for serving and previews alike; Wagtail's default without one."""
        for choose in hooks.get_hooks("page_template"):
            template = choose(self, request)
            if template:
                return template
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        """Adds what the ``page_context`` hooks give: the site plugin renders
        the page's API representation, not the model."""
        context = super().get_context(request, *args, **kwargs)
        context["site_url"] = getattr(settings, "CMS_SITE_URL", "")
        for add_context in hooks.get_hooks("page_context"):
            context.update(add_context(self, request, context))
        return context

    # Approval rules hold for the page and for the pages below it.
    copy_form_class = ApprovalCopyForm

    def permissions_for_user(self, user):
        return ApprovalPermissionTester(user, self)

    def publish(self, revision, user=None, **kwargs):
        check_publisher(self, revision, user)
        return super().publish(revision, user=user, **kwargs)


class IndexPage(TrustPage):
    """A section's landing page, listing its live children in the editor's order."""

    intro = models.TextField(_("introduction"), blank=True)
    max_count_per_parent = 1
    parent_page_types = ["cms.HomePage"]

    content_panels = [
        *Page.content_panels,
        *TrustPage.summary_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*TrustPage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def listed_children(self, request):
        """The pages the section lists: its visible children, unless a section
        chooses otherwise (upcoming events only, soonest first)."""
        return for_request(request)(self.get_children()).specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.listed_children(request)
        return context
