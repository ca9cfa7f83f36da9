from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import IndexPage, TrustPage
from cms.pages import (
    PAGE_TRANSLATABLE_FIELDS,
    TAG_TRANSLATABLE_FIELDS,
    page_tabs,
    tagged_item_model,
)
from plugins.faqs.blocks import body_blocks
from plugins.tips.blocks import contact_blocks, resource_blocks, step_list


class TipCategory(models.TextChoices):
    HOME = "home", _("Home security")
    VEHICLE = "vehicle", _("Vehicles")
    FRAUD = "fraud", _("Scams and fraud")
    ONLINE = "online", _("Online safety")
    PERSONAL = "personal", _("Personal safety")
    BUSINESS = "business", _("Businesses")


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    SENIORS = "seniors", _("Older adults")
    PARENTS = "parents", _("Parents and caregivers")
    YOUTH = "youth", _("Young people")
    BUSINESSES = "businesses", _("Business owners")


class Season(models.TextChoices):
    ALL_YEAR = "all_year", _("All year")
    SPRING = "spring", _("Spring")
    SUMMER = "summer", _("Summer")
    AUTUMN = "autumn", _("Autumn")
    WINTER = "winter", _("Winter")
    HOLIDAYS = "holidays", _("Holiday season")


class TipIndexPage(IndexPage):
    subpage_types = ["trust_tips.TipPage"]

    class Meta:
        verbose_name = _("tip index page")


class GuideIndexPage(IndexPage):
    subpage_types = ["trust_tips.GuidePage"]

    class Meta:
        verbose_name = _("guide index page")


TipPageTag = tagged_item_model("trust_tips.TipPage", __name__)
GuidePageTag = tagged_item_model("trust_tips.GuidePage", __name__)


class StepsRequiredMixin:
    def full_clean(self, *args, exclude=None, **kwargs):
        # The edit form excludes a field it has already refused: a step the editor
        # added but left incomplete must not also read "Add at least one step".
        self._check_steps = "steps" not in (exclude or ())
        super().full_clean(*args, exclude=exclude, **kwargs)

    def clean(self):
        super().clean()
        if getattr(self, "_check_steps", True) and not self.steps:
            raise ValidationError({"steps": _("Add at least one step.")})


class TipPage(StepsRequiredMixin, TrustPage):
    """A crime-prevention tip: one short message and the steps to act on it."""

    category = models.CharField(
        _("category"), max_length=32, choices=TipCategory.choices
    )
    audience = models.CharField(
        _("audience"), max_length=32, choices=Audience.choices, default="everyone"
    )
    season = models.CharField(
        _("season"), max_length=32, choices=Season.choices, default="all_year"
    )
    short_tip = models.CharField(
        _("the tip in one line"),
        max_length=160,
        help_text=_(
            "For social posts and cards, for example 'Lock it, hide it, keep it'."
        ),
    )
    steps = step_list(blank=True, help_text=_("What to do, in order."))
    body = StreamField(
        body_blocks(),
        blank=True,
        use_json_field=True,
        help_text=_("Do's and don'ts, FAQs and detail."),
    )
    resources = StreamField(resource_blocks(), blank=True, use_json_field=True)
    tags = ClusterTaggableManager(through=TipPageTag, blank=True)

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("category"),
        SynchronizedField("audience"),
        SynchronizedField("season"),
        TranslatableField("short_tip"),
        TranslatableField("steps"),
        TranslatableField("body"),
        TranslatableField("resources"),
        *TAG_TRANSLATABLE_FIELDS,
    ]

    parent_page_types = ["trust_tips.TipIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("short_tip"),
        *TrustPage.summary_panels,
        FieldPanel("steps"),
        FieldPanel("body"),
        FieldPanel("resources"),
    ]
    audience_panels = [
        FieldRowPanel(
            [FieldPanel("category"), FieldPanel("audience"), FieldPanel("season")]
        ),
        FieldPanel("tags"),
    ]
    edit_handler = page_tabs(
        (_("Tip"), content_panels), (_("Audience"), audience_panels)
    )
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("short_tip", boost=2),
        index.SearchField("steps"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("audience"),
        index.FilterField("season"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("tip")


class GuidePage(StepsRequiredMixin, TrustPage):
    """A 'what to expect' guide: what happens, in order, with timing and contacts."""

    situation = models.CharField(
        _("when this applies"),
        max_length=200,
        help_text=_(
            "For example 'You reported a crime and an officer is investigating'."
        ),
    )
    steps = step_list(
        blank=True, help_text=_("Each step with its timing and who to contact.")
    )
    body = StreamField(body_blocks(), blank=True, use_json_field=True)
    contacts = StreamField(contact_blocks(), blank=True, use_json_field=True)
    tags = ClusterTaggableManager(through=GuidePageTag, blank=True)

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("situation"),
        TranslatableField("steps"),
        TranslatableField("body"),
        TranslatableField("contacts"),
        *TAG_TRANSLATABLE_FIELDS,
    ]

    parent_page_types = ["trust_tips.GuideIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("situation"),
        *TrustPage.summary_panels,
        FieldPanel("steps"),
        FieldPanel("body"),
        FieldPanel("contacts"),
        FieldPanel("tags"),
    ]
    edit_handler = page_tabs((_("Guide"), content_panels))
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("situation", boost=2),
        index.SearchField("steps"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("what-to-expect guide")
