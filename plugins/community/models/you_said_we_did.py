""" "You said, we did": what residents raised in a period and what the agency did."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from cms.models import TrustPage
from cms.pages import page_tabs, tagged_item_model
from plugins.community.blocks import ThemeBlock
from plugins.community.models.feedback import FeedbackSubmission, Topic


def topic_counts(start, end, site=None):
    """Non-spam submissions received from ``start`` to ``end`` (both dates
    included), by topic, every topic listed; sent to ``site`` when given.
    Only counts leave this function."""
    submissions = FeedbackSubmission.objects.counted().created_between(start, end)
    if site is not None:
        submissions = submissions.sent_to(site)
    rows = dict(submissions.values_list("topic").annotate(count=Count("pk")).order_by())
    return [
        {"topic": topic.value, "label": str(topic.label), "count": rows.get(topic, 0)}
        for topic in Topic
    ]


YouSaidWeDidPageTag = tagged_item_model("trust_community.YouSaidWeDidPage", __name__)


class YouSaidWeDidPage(TrustPage):
    """A periodic report back to residents on the feedback they sent."""

    period_start = models.DateField(
        _("period starts"),
        help_text=_("The first day of feedback this report covers."),
    )
    period_end = models.DateField(
        _("period ends"),
        help_text=_("The last day of feedback this report covers, included."),
    )
    themes = StreamField(
        [("theme", ThemeBlock())],
        use_json_field=True,
        help_text=_(
            "One block for each theme residents raised: what they said, what we "
            "did, and where it stands."
        ),
    )
    tags = ClusterTaggableManager(through=YouSaidWeDidPageTag, blank=True)

    parent_page_types = ["trust_community.FeedbackPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel(
            [FieldPanel("period_start"), FieldPanel("period_end")],
            heading=_("Period"),
        ),
        HelpPanel(
            content=_(
                "The page shows how many messages of each topic arrived in this "
                "period. It counts them automatically, leaves spam out, and never "
                "shows what anyone wrote."
            ),
        ),
        *TrustPage.summary_panels,
        FieldPanel("themes"),
        FieldPanel("tags"),
    ]
    edit_handler = page_tabs((_("Report"), content_panels))
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("themes"),
        index.FilterField("period_start"),
        index.FilterField("period_end"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("'you said, we did' report")
        verbose_name_plural = _("'you said, we did' reports")

    def clean(self):
        super().clean()
        if (
            self.period_start
            and self.period_end
            and self.period_end < self.period_start
        ):
            raise ValidationError(
                {"period_end": _("The period must end on or after its first day.")}
            )

    def topic_counts(self, request=None):
        """The counts of the feedback sent to this report's own site: the
        site ``request`` was made to (which serves only its own pages, and
        has found its site already), else the page's."""
        site = Site.find_for_request(request) if request else self.get_site()
        return topic_counts(self.period_start, self.period_end, site)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topic_counts"] = self.topic_counts(request)
        return context
