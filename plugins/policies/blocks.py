from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from blocks import PolicySectionBlock as BasePolicySectionBlock
from plugins.faqs.blocks import body_blocks
from plugins.policies.elements import element_choices


class ElementsBlock(blocks.MultipleChoiceBlock):
    """The required elements a section covers. Their keys are strings, as the
    JSON stores them, so a stored value is already the key: Wagtail's
    ``normalize_choice`` would build the configured element lists again for
    every value it reads, to find the same string."""

    def normalize_choice(self, value):
        return value


class PolicySectionBlock(BasePolicySectionBlock):
    covers = ElementsBlock(
        choices=element_choices,
        required=False,
        help_text=_(
            "Which required elements this section covers. The completeness check "
            "counts them."
        ),
    )


def policy_body_blocks():
    return [("section", PolicySectionBlock()), *body_blocks()]
