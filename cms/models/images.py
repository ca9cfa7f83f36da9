from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class AgencyImage(AbstractImage):
    """An image with the alt text and credit every public use needs."""

    # Wagtail's description is the default alt text; the agency requires it.
    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Don't name victims, minors or bystanders."
        ),
    )
    credit = models.CharField(
        _("credit"),
        max_length=120,
        blank=True,
        help_text=_("Who took or owns the image, for example 'Riverside PD'."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")


class AgencyRendition(AbstractRendition):
    image = models.ForeignKey(
        AgencyImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
