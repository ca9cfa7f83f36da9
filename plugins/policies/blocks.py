from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from blocks import PolicySectionBlock as BasePolicySectionBlock
from plugins.faqs.blocks import body_blocks
from plugins.policies.elements import element_choices


class PolicySectionBlock(BasePolicySectionBlock):
    covers = blocks.MultipleChoiceBlock(
        choices=element_choices,
        required=False,
        help_text=_(
            "Which required elements this section covers. The completeness check "
            "counts them."
        ),
    )


def policy_body_blocks():
    return [("section", PolicySectionBlock()), *body_blocks()]
