from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks import ImageBlock
from cms.models import IndexPage, TrustPage


class RecipientKind(models.TextChoices):
    NEIGHBORHOOD = "neighborhood", _("Neighborhood")
    GROUP = "group", _("Group or organization")
    PERSON = "person", _("Person")
    BUSINESS = "business", _("Business")


class AwardCategory(models.TextChoices):
    NEIGHBORHOOD_WATCH = "neighborhood_watch", _("Neighborhood watch")
    NATIONAL_NIGHT_OUT = "national_night_out", _("National Night Out")
    YOUTH = "youth", _("Youth leadership")
    VOLUNTEER = "volunteer", _("Volunteer service")
    CIVILIAN_COMMENDATION = "civilian_commendation", _("Civilian commendation")


class AwardIndexPage(IndexPage):
    subpage_types = ["trust_community.AwardPage"]

    class Meta:
        verbose_name = _("awards index page")


class AwardPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "trust_community.AwardPage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class AwardPage(TrustPage):
    """A community safety award or recognition."""

    award_name = models.CharField(
        _("award"),
        max_length=160,
        help_text=_("For example 'Neighborhood Safety Award 2026'."),
    )
    recipient = models.CharField(
        _("recipient"),
        max_length=200,
        help_text=_(
            "A neighborhood, group or person. Name a person only with their consent."
        ),
    )
    recipient_kind = models.CharField(
        _("recipient is a"), max_length=32, choices=RecipientKind.choices
    )
    award_date = models.DateField(_("date"))
    category = models.CharField(
        _("category"), max_length=40, choices=AwardCategory.choices
    )
    citation = RichTextField(
        _("citation"),
        features=["bold", "italic", "link"],
        help_text=_("Why the recipient is recognized, as read at the ceremony."),
    )
    photos = StreamField([("image", ImageBlock())], blank=True, use_json_field=True)
    tags = ClusterTaggableManager(through=AwardPageTag, blank=True)

    parent_page_types = ["trust_community.AwardIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("award_name"),
        FieldRowPanel([FieldPanel("recipient"), FieldPanel("recipient_kind")]),
        FieldRowPanel([FieldPanel("award_date"), FieldPanel("category")]),
        *TrustPage.summary_panels,
        FieldPanel("citation"),
        FieldPanel("photos"),
        FieldPanel("tags"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Award")),
            ObjectList(TrustPage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("award_name", boost=2),
        index.SearchField("recipient"),
        index.SearchField("citation"),
        index.FilterField("category"),
        index.FilterField("award_date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("award")
