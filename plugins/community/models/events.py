"""Community events: meetings, National Night Out, coffee with a cop."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from blocks import content_blocks
from cms.models import IndexPage, TrustPage
from cms.pages import page_tabs, tagged_item_model
from plugins.headless.visibility import for_request


class EventCategory(models.TextChoices):
    COMMUNITY_MEETING = "community_meeting", _("Community meeting")
    NATIONAL_NIGHT_OUT = "national_night_out", _("National Night Out")
    COFFEE_WITH_A_COP = "coffee_with_a_cop", _("Coffee with a cop")
    YOUTH = "youth", _("Youth program")
    WORKSHOP = "workshop", _("Safety workshop")
    OTHER = "other", _("Other")


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events that have not ended yet; one with no end counts until it starts."""
        now = now or timezone.now()
        return self.filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now))


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(IndexPage):
    """The events section: lists upcoming events, soonest first."""

    subpage_types = ["trust_community.EventPage"]

    class Meta:
        verbose_name = _("events index page")

    def listed_children(self, request):
        return (
            for_request(request)(EventPage.objects.child_of(self))
            .upcoming()
            .order_by("start")
        )


EventPageTag = tagged_item_model("trust_community.EventPage", __name__)


class EventPage(TrustPage):
    """A public event the agency holds or takes part in."""

    start = models.DateTimeField(
        _("starts"),
        help_text=_("Date and local time the event starts."),
    )
    end = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("Optional, but calendars show the event better with an end time."),
    )
    category = models.CharField(
        _("kind of event"),
        max_length=32,
        choices=EventCategory.choices,
        default=EventCategory.COMMUNITY_MEETING,
    )
    place_name = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Eastside Library, community room'."),
    )
    street_address = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("For example '1200 Elm Street'. Leave empty for online events."),
    )
    locality = models.CharField(
        _("city"),
        max_length=100,
        blank=True,
    )
    postal_code = models.CharField(_("ZIP code"), max_length=20, blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("For online or hybrid events: where people join or watch."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_(
            "Step-free access, parking, interpreters (ASL or spoken languages), "
            "captions, childcare, and how to ask for an accommodation."
        ),
    )
    body = StreamField(
        content_blocks(),
        blank=True,
        use_json_field=True,
        help_text=_("The agenda, who will be there and anything to bring."),
    )
    tags = ClusterTaggableManager(through=EventPageTag, blank=True)

    objects = EventManager()

    parent_page_types = ["trust_community.EventIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("category"),
        FieldRowPanel(
            [FieldPanel("start"), FieldPanel("end")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("place_name"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("postal_code")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
            help_text=_("Give a place, an online link, or both."),
        ),
        FieldPanel("accessibility"),
        *TrustPage.summary_panels,
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    edit_handler = page_tabs((_("Event"), content_panels))
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("place_name"),
        index.SearchField("street_address"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("start"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if not (self.place_name or self.street_address or self.online_url):
            errors["place_name"] = _(
                "Say where the event is: a place, a street address or an online link."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def is_in_person(self):
        return bool(self.place_name or self.street_address)

    @property
    def address_line(self):
        """The address on one line, for calendars and listings."""
        return ", ".join(
            part
            for part in (
                self.street_address,
                " ".join(p for p in (self.locality, self.postal_code) if p),
            )
            if part
        )
