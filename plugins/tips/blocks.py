from wagtail import blocks
from wagtail.fields import StreamField

from blocks import ContactBlock, RelatedContentBlock, StepBlock


class ExternalResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock()
    description = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "link-external"


def step_list(**kwargs):
    return StreamField([("step", StepBlock())], use_json_field=True, **kwargs)


def resource_blocks():
    return [("page", RelatedContentBlock()), ("link", ExternalResourceBlock())]


def contact_blocks():
    return [("contact", ContactBlock())]
