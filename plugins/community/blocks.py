"""Blocks of the community plugin: a "You said, we did" theme."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ThemeStatus(models.TextChoices):
    CONSIDERING = "considering", _("We are looking into it")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    NOT_POSSIBLE = "not_possible", _("We cannot do this")


class ThemeValue(blocks.StructValue):
    @property
    def status_label(self):
        return str(dict(ThemeStatus.choices).get(self["status"], self["status"]))


class ThemeBlock(blocks.StructBlock):
    theme = blocks.CharBlock(
        max_length=120,
        help_text=_("A short name for what many people raised, e.g. 'Speeding'."),
    )
    you_said = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul"],
        label=_("What you said"),
        help_text=_(
            "What residents told us, summarized in our words. Never quote or name "
            "a resident."
        ),
    )
    we_did = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul"],
        label=_("What we did"),
        help_text=_("What changed, or why it cannot change, and what comes next."),
    )
    status = blocks.ChoiceBlock(
        choices=ThemeStatus.choices,
        default=ThemeStatus.IN_PROGRESS,
    )

    class Meta:
        icon = "comment"
        template = "trust_community/blocks/theme.html"
        value_class = ThemeValue

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        representation["status_label"] = value.status_label
        return representation
