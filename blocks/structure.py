"""Structure blocks: steps, do's and don'ts, policy sections, links, contacts."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from blocks.text import PARAGRAPH_FEATURES
from plugins.headless.schemas import PageLink


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    body = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])
    timing = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text=_("When this happens, for example 'Within 24 hours'."),
    )
    contact = blocks.CharBlock(
        max_length=160,
        required=False,
        help_text=_("Who to contact at this step, for example 'Records unit'."),
    )

    class Meta:
        icon = "list-ol"


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160, required=False)
    steps = blocks.ListBlock(StepBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/steps.html"


class DosAndDontsBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160, required=False)
    dos = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("Do"))
    donts = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("Don't"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("dos") and not value.get("donts"):
            raise ValidationError(_("Add at least one 'do' or one 'don't'."))
        return value

    class Meta:
        icon = "tasks"
        template = "blocks/dos_and_donts.html"


class PolicySectionBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        max_length=20, help_text=_("The section number as cited, for example '4.2'.")
    )
    title = blocks.CharBlock(max_length=200)
    body = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/policy_section.html"


class RelatedContentBlock(blocks.StructBlock):
    # Null when the page is gone or withheld from the request.
    api_schema = PageLink | None

    page = blocks.PageChooserBlock()
    label = blocks.CharBlock(
        max_length=160,
        required=False,
        help_text=_("Leave empty to use the page title."),
    )

    def get_api_representation(self, value, context=None):
        """The page, in the reader's language where it has a public
        translation, as the API names pages elsewhere (its public type name
        and front-end path), or None if the request's visibility rule
        withholds it. Imported here, not at the top: the block library loads
        before the apps' models."""
        from plugins.headless.block_schemas import page_link

        link = page_link(value.get("page"), context or {})
        if link is None:
            return None
        return {**link, "title": value.get("label") or link["title"]}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["link"] = self.get_api_representation(value, parent_context)
        return context

    class Meta:
        icon = "link"
        template = "blocks/related_content.html"


class ContactBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120, required=False)
    phone = blocks.CharBlock(
        max_length=40, required=False, help_text=_("Non-emergency number.")
    )
    email = blocks.CharBlock(max_length=254, required=False)
    hours = blocks.CharBlock(max_length=160, required=False)
    emergency_note = blocks.CharBlock(
        max_length=160,
        required=False,
        default="In an emergency, call 911.",
    )

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("phone") or value.get("email")):
            raise ValidationError(_("Give a phone number or an email address."))
        if value.get("email"):
            try:
                validate_email(value["email"])
            except ValidationError:
                raise StructBlockValidationError(
                    block_errors={
                        "email": ValidationError(_("Enter a valid email address."))
                    }
                ) from None
        return value

    class Meta:
        icon = "mail"
        template = "blocks/contact.html"
