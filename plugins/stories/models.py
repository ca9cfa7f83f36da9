from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from blocks import ImageBlock
from cms.models import IndexPage, TrustPage
from cms.pages import (
    PAGE_TRANSLATABLE_FIELDS,
    TAG_TRANSLATABLE_FIELDS,
    page_tabs,
    tagged_item_model,
)
from plugins.faqs.blocks import body_blocks
from plugins.stories.forms import PRIVACY_CONFIRMATION_REQUIRED, StoryPageForm


class IncidentCategory(models.TextChoices):
    PROPERTY = "property", _("Property crime")
    VEHICLE = "vehicle", _("Vehicle crime")
    VIOLENT = "violent", _("Violent crime")
    MISSING_PERSON = "missing_person", _("Missing person")
    TRAFFIC = "traffic", _("Traffic safety")
    FRAUD = "fraud", _("Fraud and scams")
    COMMUNITY = "community", _("Community partnership")


class MediaCoverageBlock(blocks.StructBlock):
    outlet = blocks.CharBlock(max_length=120)
    title = blocks.CharBlock(max_length=250)
    url = blocks.URLBlock()
    date = blocks.DateBlock(required=False)

    class Meta:
        icon = "link-external"


class StoryIndexPage(IndexPage):
    subpage_types = ["trust_stories.StoryPage"]

    class Meta:
        verbose_name = _("story index page")


StoryPageTag = tagged_item_model("trust_stories.StoryPage", __name__)


class StoryPage(TrustPage):
    """A success story: what happened, who helped and what the outcome was."""

    story_date = models.DateField(_("date"), help_text=_("When the outcome happened."))
    area = models.CharField(
        _("area or neighborhood"),
        max_length=120,
        blank=True,
        help_text=_("A neighborhood or district, never a home address."),
    )
    incident_category = models.CharField(
        _("incident category"), max_length=32, choices=IncidentCategory.choices
    )
    outcome = models.TextField(
        _("outcome"),
        help_text=_("What changed for the community, in one or two sentences."),
    )
    community_partners = StreamField(
        [("partner", blocks.CharBlock(max_length=160))],
        blank=True,
        use_json_field=True,
        help_text=_("Groups and organizations that helped."),
    )
    body = StreamField(body_blocks(), use_json_field=True)
    images = StreamField(
        [("image", ImageBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Photos with alt text and credit. No faces of victims or minors."),
    )
    media_coverage = StreamField(
        [("article", MediaCoverageBlock())], blank=True, use_json_field=True
    )
    technologies = ParentalManyToManyField(
        "trust_transparency.Technology",
        blank=True,
        related_name="stories",
        help_text=_("Technologies that played a part."),
    )
    policies = ParentalManyToManyField(
        "trust_policies.PolicyPage",
        blank=True,
        related_name="stories",
        help_text=_("Policies that governed the work."),
    )
    privacy_confirmed = models.BooleanField(
        _("I confirm this story contains no personal data of victims or minors"),
        default=False,
        help_text=_(
            "No names, faces, addresses or details that identify a victim or a minor. "
            "Required before publishing."
        ),
    )
    tags = ClusterTaggableManager(through=StoryPageTag, blank=True)

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("story_date"),
        TranslatableField("area"),
        SynchronizedField("incident_category"),
        TranslatableField("outcome"),
        TranslatableField("community_partners"),
        TranslatableField("body"),
        TranslatableField("images"),
        TranslatableField("media_coverage"),
        SynchronizedField("technologies"),
        SynchronizedField("policies"),
        SynchronizedField("privacy_confirmed"),
        *TAG_TRANSLATABLE_FIELDS,
    ]

    base_form_class = StoryPageForm
    parent_page_types = ["trust_stories.StoryIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        *TrustPage.summary_panels,
        FieldRowPanel([FieldPanel("story_date"), FieldPanel("incident_category")]),
        FieldPanel("area"),
        FieldPanel("outcome"),
        FieldPanel("body"),
        FieldPanel("images"),
    ]
    context_panels = [
        FieldPanel("community_partners"),
        FieldPanel("technologies"),
        FieldPanel("policies"),
        FieldPanel("media_coverage"),
        FieldPanel("tags"),
    ]
    edit_handler = page_tabs(
        (_("Story"), content_panels),
        (_("Context"), context_panels),
        (_("Privacy check"), [FieldPanel("privacy_confirmed")]),
    )
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("outcome"),
        index.SearchField("area"),
        index.SearchField("body"),
        index.FilterField("incident_category"),
        index.FilterField("story_date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def clean(self):
        super().clean()
        # Backstop for publishing outside the edit form (workflows, scripts).
        checked_by_form = getattr(self, "privacy_checked_by_form", False)
        if self.live and not self.privacy_confirmed and not checked_by_form:
            raise ValidationError({"privacy_confirmed": PRIVACY_CONFIRMATION_REQUIRED})
