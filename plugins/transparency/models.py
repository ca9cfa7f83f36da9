import datetime

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    Page,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import TrustPage
from cms.pages import PAGE_TRANSLATABLE_FIELDS
from plugins.headless.endpoints import locale_filter
from plugins.headless.visibility import current, for_request
from plugins.transparency.blocks import AuditBlock, SharingBlock, UsageStatisticBlock
from plugins.transparency.panels import MissingDisclosuresPanel

# Statistics older than this are flagged to editors and in the API.
STALE_STATISTICS_DAYS = 90


class TechnologyKind(models.TextChoices):
    LICENSE_PLATE_READER = "license_plate_reader", _("License-plate reader")
    BODY_WORN_CAMERA = "body_worn_camera", _("Body-worn camera")
    CAMERA_REGISTRY = "camera_registry", _("Community camera registry")
    DRONE = "drone", _("Drone")
    FIXED_CAMERA = "fixed_camera", _("Fixed video camera")
    GUNSHOT_DETECTION = "gunshot_detection", _("Gunshot detection")
    OTHER = "other", _("Other")


def item_list(label, help_text):
    return StreamField(
        [("item", blocks.CharBlock(max_length=250, label=label))],
        blank=True,
        use_json_field=True,
        help_text=help_text,
    )


class Technology(
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A registry entry: what a technology collects and how it is governed."""

    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=40, choices=TechnologyKind.choices)
    vendor = models.CharField(_("vendor"), max_length=160, blank=True)
    description = models.TextField(
        _("in plain terms"),
        help_text=_(
            "What the technology does, in a sentence or two a resident understands."
        ),
    )
    collected = item_list(_("What is collected"), _("Each kind of data it records."))
    not_collected = item_list(
        _("What is not collected"),
        _("Say plainly what it does not do, for example 'No facial recognition'."),
    )
    allowed_uses = item_list(_("Allowed use"), _("The purposes staff may use it for."))
    prohibited_uses = item_list(
        _("Prohibited use"),
        _("Uses that are never allowed, for example immigration enforcement."),
    )
    retention_days = models.IntegerField(
        _("retention in days"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(
                0, message=_("Retention cannot be negative: use 0 for none.")
            )
        ],
        help_text=_("How long data is kept before it is destroyed. 0 means not kept."),
    )
    access_policy = models.TextField(
        _("access policy"),
        blank=True,
        help_text=_(
            "Who may search or view the data, and what each search must record."
        ),
    )
    hotlist_policy = models.TextField(
        _("hotlist policy"),
        blank=True,
        help_text=_(
            "Which lists alerts come from and how staff verify a hit before acting."
        ),
    )
    hotlist_sources = item_list(
        _("Hotlist source"), _("For example NCIC, the Amber Alert list.")
    )
    sharing = StreamField(
        [("agency", SharingBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Every agency the data is shared with or received from."),
    )
    usage_stats = StreamField(
        [("statistic", UsageStatisticBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Current figures, each with the date it was taken and its source."),
    )
    audits = StreamField([("audit", AuditBlock())], blank=True, use_json_field=True)

    # wagtail-localize: text and alt text are translated; dates, numbers,
    # choices, relations and images follow the source language (synchronized).
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        SynchronizedField("vendor"),
        TranslatableField("description"),
        TranslatableField("collected"),
        TranslatableField("not_collected"),
        TranslatableField("allowed_uses"),
        TranslatableField("prohibited_uses"),
        SynchronizedField("retention_days"),
        TranslatableField("access_policy"),
        TranslatableField("hotlist_policy"),
        TranslatableField("hotlist_sources"),
        TranslatableField("sharing"),
        TranslatableField("usage_stats"),
        TranslatableField("audits"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MissingDisclosuresPanel(),
                    FieldPanel("name"),
                    FieldPanel("kind"),
                    FieldPanel("vendor"),
                    FieldPanel("description"),
                ],
                heading=_("Overview"),
            ),
            ObjectList(
                [
                    FieldPanel("collected"),
                    FieldPanel("not_collected"),
                    FieldPanel("allowed_uses"),
                    FieldPanel("prohibited_uses"),
                ],
                heading=_("Data and uses"),
            ),
            ObjectList(
                [
                    FieldPanel("retention_days"),
                    FieldPanel("access_policy"),
                    MultiFieldPanel(
                        [FieldPanel("hotlist_policy"), FieldPanel("hotlist_sources")],
                        heading=_("Hotlists"),
                    ),
                    FieldPanel("sharing"),
                ],
                heading=_("Retention and sharing"),
            ),
            ObjectList(
                [FieldPanel("usage_stats"), FieldPanel("audits")],
                heading=_("Usage and audits"),
            ),
        ]
    )
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("vendor"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
        # A search in another language finds the untranslated ones by id.
        index.FilterField("id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("technology")
        verbose_name_plural = _("technologies")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "trust_transparency/technology_preview.html"

    def missing_disclosures(self, today=None):
        """What the public expects to see here but cannot: empty or stale fields."""
        today = today or timezone.localdate()
        missing = []
        if self.retention_days is None:
            missing.append("retention_days")
        if not self.access_policy.strip():
            missing.append("access_policy")
        if not self.sharing:
            missing.append("sharing")
        as_of_dates = [
            stat.value["as_of"] for stat in self.usage_stats if stat.value.get("as_of")
        ]
        if not as_of_dates:
            missing.append("usage_stats")
        elif today - max(as_of_dates) > datetime.timedelta(days=STALE_STATISTICS_DAYS):
            missing.append("usage_stats_stale")
        return missing


# The transparency page gathers the registry, the policies that govern it, current
# figures, recent policy changes and the latest success story in the page's
# language. Policies and stories are reached through the app registry: this
# plugin stays installable without them importing each other.
RECENT_CHANGES = 5


def related_model(model, relation):
    """The model at the other end of ``model``'s relation named ``relation``
    (a reverse relation declared by another plugin's foreign key)."""
    return model._meta.get_field(relation).related_model


class TransparencyPage(TrustPage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Why the agency publishes this and how to ask questions about it."),
    )

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        *TrustPage.summary_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*TrustPage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("transparency page")

    def technologies(self):
        """The registry in the page's language, as the public may see it, and
        the entries not translated into it yet, in the source language: its
        readers are told of every technology the agency uses."""
        technologies = locale_filter(
            current(Technology.objects.all()),
            self.locale,
            Locale.get_default(),
            True,
            current,
        )
        return technologies.select_related("locale").order_by("name")

    # The portal reads the relations other plugins declare on Technology
    # (policies govern technologies, stories tell of them) through the
    # relations themselves, not by their plugins' model labels.
    def governing_policies(self, technologies, visible=None):
        """Live, public policies that govern any of ``technologies``."""
        PolicyPage = related_model(Technology, "governing_policies")
        policies = PolicyPage.objects.filter(locale_id=self.locale_id)
        return (
            (visible(policies) if visible else policies.live().public())
            .filter(technologies__in=technologies)
            .distinct()
            .order_by("policy_number")
        )

    def recent_changes(self, policies, visible=None):
        """The newest versions of ``policies`` that readers of this page's
        language are told of: a policy not translated into it (a synced
        copy), or whose translation has not caught up, gives its source's,
        each in its own language (``locale``)."""
        PolicyPage = related_model(Technology, "governing_policies")
        PolicyVersion = related_model(PolicyPage, "versions")
        translations = PolicyPage.objects.filter(
            translation_key__in={policy.translation_key for policy in policies},
            alias_of__isnull=True,
        )
        translations = (
            visible(translations) if visible else translations.live().public()
        )
        logs = PolicyVersion.logs_told_in(
            self.locale.language_code,
            translations.values_list("pk", "translation_key", "locale__language_code"),
        )
        versions = PolicyVersion.of_logs(logs)
        versions.sort(key=lambda version: (version.published_at, version.pk))
        return versions[::-1][:RECENT_CHANGES]

    def latest_story(self, technologies, visible=None):
        StoryPage = related_model(Technology, "stories")
        stories = StoryPage.objects.filter(locale_id=self.locale_id)
        return (
            (visible(stories) if visible else stories.live().public())
            .filter(technologies__in=technologies)
            .order_by("-story_date", "-pk")
            .first()
        )

    def portal(self, visible=None):
        """Everything the page shows. ``visible`` is the delivery API's rule for
        what the public may see; without it, live and public pages."""
        technologies = list(self.technologies())
        policies = list(self.governing_policies(technologies, visible))
        return {
            "technologies": technologies,
            "policies": policies,
            "recent_changes": self.recent_changes(policies, visible),
            "latest_story": self.latest_story(technologies, visible),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.portal(visible=for_request(request)))
        return context
