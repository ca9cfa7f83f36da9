from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks import content_blocks
from cms.models.mixins import TrustPage
from cms.pages import page_tabs


class HomePage(TrustPage):
    """The site root for one language: the agency's front door."""

    agency_name = models.CharField(
        _("agency name"),
        max_length=160,
        help_text=_(
            "The agency's full public name, for example 'Riverside Police Department'."
        ),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(content_blocks(), blank=True, use_json_field=True)

    parent_page_types = ["wagtailcore.Page"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("agency_name"),
        *TrustPage.summary_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    edit_handler = page_tabs((_("Content"), content_panels))
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_exist_under(cls, parent):
        # parent_page_types admits any plain Page, such as Wagtail's welcome page;
        # a site's home page belongs at the top of the tree.
        return parent.is_root() and super().can_exist_under(parent)
