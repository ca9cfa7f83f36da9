"""The agency's contact page: where it is and how to reach it, emergencies apart."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import TrustPage
from cms.pages import PAGE_TRANSLATABLE_FIELDS, page_tabs


class ContactPage(TrustPage):
    """How residents reach the agency. Phone numbers and the email address are
    the same in every language (synchronized); the address and hours are
    translated, since their wording is."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("When to call which number, and where to go in person."),
    )
    address = models.TextField(
        _("address"), help_text=_("The station's street address, one line each.")
    )
    phone = models.CharField(_("main phone"), max_length=40)
    non_emergency_phone = models.CharField(
        _("non-emergency line"),
        max_length=40,
        help_text=_("For reports and questions that need no officer right away."),
    )
    email = models.EmailField(_("email"), blank=True)
    hours = models.CharField(
        _("office hours"),
        max_length=160,
        blank=True,
        help_text=_("For example 'Monday to Friday, 8 a.m. to 5 p.m.'."),
    )

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("non_emergency_phone"),
        SynchronizedField("email"),
        TranslatableField("hours"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        *TrustPage.summary_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("non_emergency_phone"),
                FieldPanel("email"),
                FieldPanel("hours"),
            ],
            heading=_("Contact details"),
        ),
    ]
    edit_handler = page_tabs((_("Content"), content_panels))
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("address"),
    ]

    class Meta:
        verbose_name = _("contact page")
