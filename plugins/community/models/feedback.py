"""Residents' feedback: the public form page and the submissions staff moderate.

The form has fixed fields rather than Wagtail's form builder: the topic, the policy
a comment is about and the award category of a nomination are typed columns, so
that the API can validate them, staff can filter on them, "You said, we did" pages
can count them, and ``purge_feedback`` knows exactly which columns hold personal
data. An editor cannot remove a field the API promises.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms.models import TrustPage
from cms.pages import page_tabs
from plugins.community.models.awards import AwardCategory


class Topic(models.TextChoices):
    GENERAL = "general", _("General feedback")
    POLICY_COMMENT = "policy_comment", _("Comment on a policy")
    NOMINATION = "nomination", _("Award nomination")
    COMPLIMENT = "compliment", _("Compliment")
    CONCERN = "concern", _("Concern")


class Status(models.TextChoices):
    NEW = "new", _("New")
    REVIEWED = "reviewed", _("Reviewed")
    RESPONDED = "responded", _("Responded")
    SPAM = "spam", _("Spam")


class Source(models.TextChoices):
    FORM = "form", _("Feedback page")
    API = "api", _("Agency website (API)")


# Columns that hold a resident's personal data; ``purge_feedback`` clears them.
PERSONAL_FIELDS = ("name", "email", "phone", "ip_address", "message", "notes")

# No 0/O, 1/I/L or U: a reference is read out over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_LENGTH = 8


def new_reference(year=None):
    """A reference such as FB-2026-K7M2QD9X: random, so it says nothing about how
    many submissions there are and cannot be guessed from another one."""
    year = year or timezone.localdate().year
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _i in range(REFERENCE_LENGTH))
    return f"FB-{year}-{code}"


class FeedbackPage(TrustPage):
    """The public feedback form. It never shows submissions."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_(
            "Shown above the form: what residents can send here, and that "
            "emergencies go to 911 and crimes to the non-emergency line."
        ),
    )
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=["bold", "italic", "link"],
        help_text=_(
            "Shown beside the contact fields: contact details are optional, used "
            "only to answer, never published, and deleted after the retention "
            "period."
        ),
    )
    thank_you = RichTextField(
        _("thank-you message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Shown after sending, with the reference number. Say when residents "
            "can expect an answer."
        ),
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["trust_community.YouSaidWeDidPage"]
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        *TrustPage.summary_panels,
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        FieldPanel("thank_you"),
    ]
    edit_handler = page_tabs((_("Feedback form"), content_panels))

    class Meta:
        verbose_name = _("feedback page")

    def serve(self, request, *args, **kwargs):
        from plugins.community.views import serve_feedback_page

        return serve_feedback_page(self, request, *args, **kwargs)

    def get_preview_context(self, request, mode_name):
        # Previews render the template directly, without serve(): add the form.
        from plugins.community.views import blank_form_context

        context = super().get_preview_context(request, mode_name)
        context.update(blank_form_context(self, request))
        return context


class FeedbackSubmissionQuerySet(models.QuerySet):
    def counted(self):
        """Submissions that count in public aggregates: everything but spam."""
        return self.exclude(status=Status.SPAM)

    def created_between(self, start, end):
        return self.filter(created_at__date__gte=start, created_at__date__lte=end)

    def sent_to(self, site):
        """Submissions sent to ``site``; the default site's include those
        from before sites were recorded."""
        if site.is_default_site:
            return self.filter(models.Q(site=site) | models.Q(site__isnull=True))
        return self.filter(site=site)


class FeedbackSubmission(models.Model):
    """One resident's message. Staff only: no public page or API shows it."""

    reference = models.CharField(
        _("reference"), max_length=24, unique=True, editable=False
    )
    created_at = models.DateTimeField(
        _("received"), default=timezone.now, db_index=True
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    message = models.TextField(_("message"), max_length=5000)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    policy = models.ForeignKey(
        "trust_policies.PolicyPage",
        verbose_name=_("policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The policy a comment is about."),
    )
    award_category = models.CharField(
        _("award category"),
        max_length=40,
        choices=AwardCategory.choices,
        blank=True,
        help_text=_("For nominations: the category the resident nominated in."),
    )
    award = models.ForeignKey(
        "trust_community.AwardPage",
        verbose_name=_("award"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "For nominations: the award this nomination was considered for. Only "
            "staff see this link; the award page never shows nominations."
        ),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page = models.ForeignKey(
        "trust_community.FeedbackPage",
        verbose_name=_("form page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The agency site it was sent to (by its form or its API host): each
    # site's "You said, we did" counts its own. None for feedback received
    # before sites were recorded, which the default site counts.
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(
        _("sent through"), max_length=10, choices=Source.choices, default=Source.FORM
    )
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
    )
    spam_reason = models.CharField(_("why it is spam"), max_length=100, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_active": True},
    )
    notes = models.TextField(
        _("notes"),
        blank=True,
        help_text=_(
            "For staff: what was done and who answered. Removed with the "
            "resident's personal data when the retention period ends."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    anonymized_at = models.DateTimeField(
        _("personal data removed"), null=True, blank=True, editable=False
    )

    objects = FeedbackSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("feedback submission")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        # Logs and admin messages show the reference, never the resident's name.
        return self.reference

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = self.unused_reference()
        super().save(*args, **kwargs)

    @classmethod
    def unused_reference(cls):
        for _attempt in range(10):
            reference = new_reference()
            if not cls.objects.filter(reference=reference).exists():
                return reference
        raise RuntimeError("Could not find an unused feedback reference.")

    @property
    def excerpt(self):
        text = " ".join(self.message.split())
        return text if len(text) <= 80 else f"{text[:79]}…"
