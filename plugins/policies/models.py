from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from blocks import DocumentBlock
from cms.models import IndexPage, TrustPage
from cms.pages import (
    PAGE_TRANSLATABLE_FIELDS,
    TAG_TRANSLATABLE_FIELDS,
    page_tabs,
    tagged_item_model,
)
from plugins.policies.blocks import policy_body_blocks
from plugins.policies.forms import PolicyPageForm
from plugins.policies.panels import ChangeLogPanel, CompletenessPanel


class PolicyCategory(models.TextChoices):
    TECHNOLOGY = "technology", _("Technology")
    PRIVACY = "privacy", _("Privacy")
    USE_OF_FORCE = "use_of_force", _("Use of force")
    RECORDS = "records", _("Records")
    COMMUNITY = "community", _("Community")
    OTHER = "other", _("Other")


class PolicyStatus(models.TextChoices):
    DRAFT_FOR_COMMENT = "draft_for_comment", _("Draft for public comment")
    ADOPTED = "adopted", _("Adopted")
    SUPERSEDED = "superseded", _("Superseded")


class VersionKind(models.TextChoices):
    MAJOR = "major", _("Major: the rules change")
    MINOR = "minor", _("Minor: wording, corrections, clarifications")


class PolicyIndexPage(IndexPage):
    subpage_types = ["trust_policies.PolicyPage"]

    class Meta:
        verbose_name = _("policy index page")


PolicyPageTag = tagged_item_model("trust_policies.PolicyPage", __name__)


class PolicyPage(TrustPage):
    """A published policy of the agency, with its numbered sections and review dates."""

    policy_number = models.CharField(
        _("policy number"),
        max_length=30,
        help_text=_("The number used in the policy manual, for example '462'."),
    )
    category = models.CharField(
        _("category"),
        max_length=32,
        choices=PolicyCategory.choices,
        default="technology",
    )
    status = models.CharField(
        _("status"), max_length=32, choices=PolicyStatus.choices, default="adopted"
    )
    body = StreamField(
        policy_body_blocks(),
        use_json_field=True,
        help_text=_(
            "Numbered sections as in the manual. Tick what each section covers."
        ),
    )
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)
    approving_authority = models.CharField(
        _("approving authority"),
        max_length=200,
        blank=True,
        help_text=_(
            "Who approved it, for example 'Chief of Police' or 'City Council'."
        ),
    )
    legal_basis = models.TextField(
        _("legal basis"),
        blank=True,
        help_text=_(
            "The laws or ordinances this policy implements, for example "
            "'Cal. Civ. Code 1798.90.51'."
        ),
    )
    comment_opens = models.DateField(_("comment period opens"), null=True, blank=True)
    comment_closes = models.DateField(_("comment period closes"), null=True, blank=True)
    how_to_comment = RichTextField(
        _("how to comment"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Where and how residents can send comments on this draft."),
    )
    documents = StreamField(
        [("document", DocumentBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("The signed policy, impact reports and other attachments."),
    )
    technologies = ParentalManyToManyField(
        "trust_transparency.Technology",
        blank=True,
        related_name="governing_policies",
        help_text=_("The technologies this policy governs."),
    )
    tags = ClusterTaggableManager(through=PolicyPageTag, blank=True)
    version_kind = models.CharField(
        _("this change is"),
        max_length=10,
        choices=VersionKind.choices,
        default=VersionKind.MINOR,
        help_text=_("Major changes the rules; minor fixes wording or corrects errors."),
    )
    change_note = models.TextField(
        _("change note"),
        blank=True,
        help_text=_(
            "Required to publish: what changed and why, in plain language. It "
            "appears in the public change log and cannot be edited afterwards."
        ),
    )

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("policy_number", overridable=False),
        SynchronizedField("category"),
        SynchronizedField("status"),
        TranslatableField("body"),
        SynchronizedField("effective_date"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("next_review_due"),
        TranslatableField("approving_authority"),
        TranslatableField("legal_basis"),
        SynchronizedField("comment_opens"),
        SynchronizedField("comment_closes"),
        TranslatableField("how_to_comment"),
        TranslatableField("documents"),
        SynchronizedField("technologies"),
        *TAG_TRANSLATABLE_FIELDS,
        SynchronizedField("version_kind"),
        TranslatableField("change_note"),
    ]

    base_form_class = PolicyPageForm
    parent_page_types = ["trust_policies.PolicyIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("policy_number"), FieldPanel("category")]),
        *TrustPage.summary_panels,
        FieldPanel("body"),
        FieldPanel("documents"),
    ]
    governance_panels = [
        FieldPanel("status"),
        FieldRowPanel(
            [
                FieldPanel("effective_date"),
                FieldPanel("last_reviewed"),
                FieldPanel("next_review_due"),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("approving_authority"),
        FieldPanel("legal_basis"),
        FieldPanel("technologies"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("comment_opens"), FieldPanel("comment_closes")]
                ),
                FieldPanel("how_to_comment"),
            ],
            heading=_("Public comment"),
            help_text=_("Only for drafts published for public comment."),
        ),
    ]
    version_panels = [
        CompletenessPanel(heading=_("Required elements")),
        FieldPanel("version_kind"),
        FieldPanel("change_note"),
        ChangeLogPanel(heading=_("Published versions")),
    ]
    edit_handler = page_tabs(
        (_("Content"), content_panels),
        (_("Governance"), governance_panels),
        (_("Versions"), version_panels),
    )
    search_fields = [
        *TrustPage.search_fields,
        index.SearchField("policy_number", boost=2),
        index.SearchField("body"),
        index.SearchField("legal_basis"),
        index.FilterField("category"),
        index.FilterField("status"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        verbose_name = _("policy")
        verbose_name_plural = _("policies")

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.effective_date
            and self.next_review_due
            and self.next_review_due <= self.effective_date
        ):
            errors["next_review_due"] = _(
                "The next review must come after the effective date."
            )
        if (
            self.comment_opens
            and self.comment_closes
            and self.comment_closes <= self.comment_opens
        ):
            errors["comment_closes"] = _(
                "The comment period must close after it opens."
            )
        if self.status == PolicyStatus.DRAFT_FOR_COMMENT and not (
            self.comment_opens and self.comment_closes
        ):
            errors["comment_opens"] = _(
                "A draft for public comment needs the dates its comment period opens "
                "and closes."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def comment_period_state(self):
        """'open', 'upcoming' or 'closed' for drafts for comment; None otherwise."""
        if self.status != PolicyStatus.DRAFT_FOR_COMMENT or not self.comment_opens:
            return None
        today = timezone.localdate()
        if today < self.comment_opens:
            return "upcoming"
        if self.comment_closes and today > self.comment_closes:
            return "closed"
        return "open"

    def sections(self):
        return [block.value for block in self.body if block.block_type == "section"]

    def completeness(self, technologies=None):
        """See ``elements.completeness``; ``technologies``: this policy's, when
        the caller has them already."""
        from plugins.policies.elements import completeness

        return completeness(self, technologies)


class PolicyRecord(models.Model):
    """What the public change log keeps of a policy, whatever becomes of its
    page: the rows outlive it (their ``policy`` link is cleared when the page
    is deleted), so each names the policy itself."""

    policy = models.ForeignKey(
        PolicyPage, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The policy page's id, which its change log is found by, kept after the
    # page is deleted.
    page_id = models.PositiveIntegerField(_("page id"), db_index=True)
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, related_name="+"
    )
    slug = models.SlugField(_("slug"), max_length=255, allow_unicode=True)
    policy_number = models.CharField(_("policy number"), max_length=30)
    title = models.CharField(_("title"), max_length=255)

    class Meta:
        abstract = True

    @staticmethod
    def logs_told_in(language_code, policies):
        """Whose change logs readers in ``language_code`` are told of, and
        from when: {page id: since}, ``since`` None for the whole log. Every
        language is told of every change, in its own language where it can.

        ``policies``: (page id, translation key, language code) of the
        policies the readers may see, in any language; synced copies keep no
        log and are left out. Of each policy (its translations, by
        translation key): its translation into ``language_code``'s whole log,
        and the entries of its source's log newer than that translation's
        latest version (changes not translated yet); with no translation
        into ``language_code``, its source's whole log. The source is the
        policy in the site's default language, else the first made."""
        groups = {}
        for page_id, key, code in policies:
            groups.setdefault(key, {})[code] = page_id
        own = {key: pages.get(language_code) for key, pages in groups.items()}
        latest = dict(
            PolicyVersion.objects.filter(page_id__in=[pk for pk in own.values() if pk])
            .order_by()
            .values("page_id")
            .annotate(latest=Max("published_at"))
            .values_list("page_id", "latest")
        )
        logs = {}
        for key, pages in groups.items():
            source = pages.get(settings.LANGUAGE_CODE) or min(pages.values())
            translation = own[key]
            if translation is not None:
                logs[translation] = None
            if source != translation:
                logs[source] = latest.get(translation)
        return logs

    @classmethod
    def of_logs(cls, logs, *related):
        """The records of ``logs`` ({page id: since}, ``logs_told_in``), each
        dated after its log's ``since``, with their policy, locale and
        ``related``."""
        records = cls.objects.filter(page_id__in=logs).select_related(
            "policy", "locale", *related
        )
        return [
            record
            for record in records
            if logs[record.page_id] is None or record.dated > logs[record.page_id]
        ]

    @staticmethod
    def describe(policy):
        """The record's fields that name ``policy``."""
        return {
            "policy": policy,
            "page_id": policy.pk,
            "translation_key": policy.translation_key,
            "locale_id": policy.locale_id,
            "slug": policy.slug,
            "policy_number": policy.policy_number,
            "title": policy.title,
        }


class PolicyVersion(PolicyRecord):
    """One published version of a policy. Never edited or deleted after it is
    written: a correction is published as a new version."""

    policy = models.ForeignKey(
        PolicyPage, null=True, on_delete=models.SET_NULL, related_name="versions"
    )
    label = models.CharField(_("version"), max_length=20)
    kind = models.CharField(_("kind"), max_length=10, choices=VersionKind.choices)
    change_note = models.TextField(_("change note"))
    published_at = models.DateTimeField(_("published"))
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sections = models.JSONField(_("sections"), default=list)

    class Meta:
        verbose_name = _("policy version")
        ordering = ["page_id", "-published_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page_id", "label"], name="unique_policy_version_label"
            )
        ]

    def __str__(self):
        return f"{self.title} v{self.label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PublishedVersionImmutable(
                "A published policy version cannot be changed; publish a new one."
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PublishedVersionImmutable(
            "A published policy version is public record and cannot be deleted."
        )

    @property
    def dated(self):
        return self.published_at

    def previous(self):
        return (
            PolicyVersion.objects.filter(
                page_id=self.page_id, published_at__lt=self.published_at
            )
            .order_by("-published_at", "-pk")
            .first()
        )

    def diff(self, previous=None):
        from plugins.policies.versions import section_diff

        previous = previous if previous is not None else self.previous()
        return section_diff(previous.sections if previous else [], self.sections)


class WithdrawalReason(models.TextChoices):
    UNPUBLISHED = "unpublished", _("unpublished")
    EXPIRED = "expired", _("expired")
    DELETED = "deleted", _("deleted")


class PolicyWithdrawal(PolicyRecord):
    """A live policy taken out of public view (unpublished, expired or
    deleted): a dated event of its public change log, kept like its versions.

    ``public`` says whether the policy was public when withdrawn (no view
    restriction on it or above it); only then does the change log show the
    withdrawal. ``url_path`` is where it was, which says on which site."""

    policy = models.ForeignKey(
        PolicyPage, null=True, on_delete=models.SET_NULL, related_name="withdrawals"
    )
    version = models.ForeignKey(
        PolicyVersion, on_delete=models.PROTECT, related_name="withdrawals"
    )
    reason = models.CharField(
        _("reason"), max_length=12, choices=WithdrawalReason.choices
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"))
    public = models.BooleanField(_("public when withdrawn"))
    url_path = models.TextField(_("URL path"))

    class Meta:
        verbose_name = _("policy withdrawal")
        ordering = ["page_id", "-withdrawn_at", "-pk"]

    def __str__(self):
        return f"{self.title} v{self.version.label} withdrawn ({self.reason})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PublishedVersionImmutable("A withdrawal cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PublishedVersionImmutable(
            "A withdrawal is public record and cannot be deleted."
        )

    @property
    def dated(self):
        return self.withdrawn_at


class PublishedVersionImmutable(Exception):
    pass
