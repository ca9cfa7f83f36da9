"""The agency's identity and contact details, shown in every page's header and
footer: one set per site, edited under Settings in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string


@register_setting(icon="site")
class AgencySettings(BaseSiteSetting):
    agency_name = models.CharField(
        _("agency name"),
        max_length=160,
        blank=True,
        help_text=_(
            "Shown in the header of every page. Empty: the home page's agency name."
        ),
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The agency's seal or badge, shown beside its name."),
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("main phone"), max_length=40, blank=True)
    non_emergency_phone = models.CharField(
        _("non-emergency line"), max_length=40, blank=True
    )
    email = models.EmailField(_("email"), blank=True)
    hours = models.CharField(
        _("office hours"),
        max_length=160,
        blank=True,
        help_text=_("For example 'Monday to Friday, 8 a.m. to 5 p.m.'."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("agency_name"), FieldPanel("logo")], heading=_("Identity")
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("non_emergency_phone"),
                FieldPanel("email"),
                FieldPanel("hours"),
            ],
            heading=_("Contact details (footer)"),
        ),
    ]

    class Meta:
        verbose_name = _("agency details")
