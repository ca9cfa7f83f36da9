"""Safety awards and recognitions, with the criteria residents nominate against."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from blocks import ImageBlock
from cms.models import IndexPage, TrustPage
from cms.pages import page_tabs, tagged_item_model
from plugins.headless.visibility import for_request


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
    COMMUNITY_PARTNER = "community_partner", _("Community partnership")
    LIFESAVING = "lifesaving", _("Lifesaving")


class AwardIndexPage(IndexPage):
    subpage_types = ["trust_community.AwardPage"]

    class Meta:
        verbose_name = _("awards index page")


AwardPageTag = tagged_item_model("trust_community.AwardPage", __name__)


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
    criteria = RichTextField(
        _("criteria"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "What the award recognizes and how nominees are judged, for example "
            "neighborhood participation, work with officers and a follow-up report. "
            "Residents read this before they nominate someone."
        ),
    )
    nomination_deadline = models.DateField(
        _("nominations close"),
        null=True,
        blank=True,
        help_text=_(
            "Optional. While this date has not passed, the page invites "
            "nominations through the feedback form. Nominations never appear on "
            "the public site: link them to this award in Feedback in the admin."
        ),
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
        MultiFieldPanel(
            [FieldPanel("criteria"), FieldPanel("nomination_deadline")],
            heading=_("Criteria and nominations"),
        ),
        FieldPanel("photos"),
        FieldPanel("tags"),
    ]
    edit_handler = page_tabs((_("Award"), content_panels))
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("award_name", boost=2),
        index.SearchField("recipient"),
        index.SearchField("citation"),
        index.SearchField("criteria"),
        index.FilterField("category"),
        index.FilterField("award_date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("award")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.accepts_nominations:
            from plugins.community.models.feedback import FeedbackPage

            form_page = for_request(request)(
                FeedbackPage.objects.filter(locale=self.locale_id)
            ).first()
            if form_page and form_page.url:
                context["nomination_url"] = (
                    f"{form_page.url}?topic=nomination&award_category={self.category}"
                )
        return context

    @property
    def accepts_nominations(self):
        return bool(
            self.nomination_deadline
            and self.nomination_deadline >= timezone.localdate()
        )
