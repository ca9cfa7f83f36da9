from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.rich_text import expand_db_html
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import IndexPage
from cms.pages import TAG_TRANSLATABLE_FIELDS, tagged_item_model
from plugins.headless.visibility import current


class FAQCategory(models.TextChoices):
    GENERAL = "general", _("About the department")
    TECHNOLOGY = "technology", _("Technology and privacy")
    SHARING = "sharing", _("Sharing information with us")
    REPORTING = "reporting", _("Reporting and records")
    COMMUNITY = "community", _("Community programs")


FAQTag = tagged_item_model("trust_faqs.FAQ", __name__)


class FAQQuerySet(models.QuerySet):
    def in_bulk(self, id_list=None, *, field_name="pk"):
        """FAQs by id (the FAQ block's lookup of the FAQs it shows), unordered:
        compiling the FAQs' listing order costs more than the lookup itself,
        and the result is a mapping."""
        return super(FAQQuerySet, self.order_by()).in_bulk(
            id_list, field_name=field_name
        )


class FAQ(
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One question and its answer, reusable on any page through the FAQ block."""

    objects = FAQQuerySet.as_manager()

    question = models.CharField(
        _("question"),
        max_length=255,
        help_text=_(
            "Ask it the way a resident would, for example 'Who can see my footage?'"
        ),
    )
    answer = RichTextField(
        _("answer"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Answer directly in the first sentence, then add detail."),
    )
    category = models.CharField(
        _("category"), max_length=32, choices=FAQCategory.choices, default="general"
    )
    sort_order = models.IntegerField(
        _("order"), default=0, help_text=_("Lower numbers are listed first.")
    )
    tags = ClusterTaggableManager(through=FAQTag, blank=True)

    # wagtail-localize: text and alt text are translated; dates, numbers,
    # choices, relations and images follow the source language (synchronized).
    translatable_fields = [
        TranslatableField("question"),
        TranslatableField("answer"),
        SynchronizedField("category"),
        SynchronizedField("sort_order"),
        *TAG_TRANSLATABLE_FIELDS,
    ]

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("category"),
        FieldPanel("sort_order"),
        FieldPanel("tags"),
    ]
    search_fields = [
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.AutocompleteField("question"),
        # Tags are searched, and filtered on by the search API's ``tag``.
        index.RelatedFields(
            "tags", [index.SearchField("name"), index.FilterField("name")]
        ),
        index.FilterField("category"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
        # A search in another language finds the untranslated ones by id.
        index.FilterField("id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ")
        verbose_name_plural = _("FAQs")
        ordering = ["category", "sort_order", "question"]

    def __str__(self):
        return self.question

    def answer_html(self):
        return expand_db_html(self.answer)

    def get_preview_template(self, request, mode_name):
        return "trust_faqs/faq_preview.html"


class FAQPage(IndexPage):
    """Lists the FAQs of the page's language the public may see (live, not
    past their expiry), grouped by category."""

    subpage_types = []

    class Meta:
        verbose_name = _("FAQ page")

    def faqs_by_category(self):
        """The page's language's current FAQs by category, and the source
        language's that have no current translation into it yet, in their
        own language (each carries its locale): a reader is never given
        fewer answers than the source language's readers."""
        source = Locale.get_default()
        shown = Q(locale_id=self.locale_id)
        if self.locale_id != source.pk:
            translated = current(FAQ.objects.filter(locale_id=self.locale_id))
            shown |= Q(locale_id=source.pk) & ~Q(
                translation_key__in=translated.values("translation_key")
            )
        faqs = (
            current(FAQ.objects.filter(shown))
            .order_by("category", "sort_order", "question")
            .select_related("locale")
            .prefetch_related("tags")
        )
        labels = dict(FAQCategory.choices)
        grouped = {}
        for faq in faqs:
            grouped.setdefault(faq.category, []).append(faq)
        return [(key, labels.get(key, key), items) for key, items in grouped.items()]
