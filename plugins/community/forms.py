"""The feedback form: one set of rules for the web form and the API.

What a resident sends is kept as they wrote it, or refused with a message
naming the field: nothing is silently rewritten. Text may not hold control
characters other than tab and line breaks (an escape sequence, a bell): they
mean nothing in a message, and spreadsheets and terminals that staff open
exports in would act on them. The patterns below are also what the API's
OpenAPI document says of each field, so a client can check before sending;
they hold for a value with or without the spaces the form strips around it.
"""

import re

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from plugins.community.models import FeedbackSubmission, Topic
from plugins.community.spam import HONEYPOT_FIELD

# C0 controls other than tab, line feed and carriage return; DEL; C1 controls.
# (Python counts some of them as spaces: SPACE is a space that is not one.)
CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
CONTROL = re.compile(rf"[{CONTROL_CHARACTERS}]")
SPACE = rf"[^\S{CONTROL_CHARACTERS}]"
TEXT = rf"[^{CONTROL_CHARACTERS}]*"
PLAIN_TEXT_PATTERN = rf"^{TEXT}$"
BLANK_PATTERN = rf"^{SPACE}*$"
# Plain text with at least one character that is not a space.
MESSAGE_PATTERN = rf"^{TEXT}[^\s{CONTROL_CHARACTERS}]{TEXT}$"

# Digits, spaces, + - . / and brackets, with an optional extension; it starts
# and ends with something other than a space, so that spaces around it may be
# stripped or not (PHONE_OR_EMPTY_PATTERN is the field as sent).
PHONE = (
    rf"\+?{SPACE}*[0-9()\-./](?:[0-9()\-./]|{SPACE}){{3,28}}[0-9()\-./]"
    rf"(?:{SPACE}*(?:x|ext\.?){SPACE}*[0-9]{{1,6}})?"
)
PHONE_PATTERN = rf"^{PHONE}$"
PHONE_OR_EMPTY_PATTERN = rf"^{SPACE}*(?:{PHONE})?{SPACE}*$"

validate_phone = RegexValidator(
    PHONE_PATTERN,
    _("Enter a phone number with digits, spaces, +, - or brackets."),
)
CONTROL_MESSAGE = _(
    "Remove the control characters (such as escape codes) from this text; "
    "tabs and line breaks are fine."
)
validate_plain_text = RegexValidator(CONTROL, CONTROL_MESSAGE, inverse_match=True)
TEXT_FIELDS = ("message", "name", "email", "phone")

# The first option of each list: a prompt in the reader's language, not Django's
# "---------", which a screen reader reads out as "dash dash dash".
SELECT_PROMPTS = {
    "topic": _("Choose a topic"),
    "policy": _("Choose a policy"),
    "award_category": _("Choose a category"),
}


# The U.S. Web Design System's form components, by widget type (the site's
# templates are USWDS; the API never renders the form, so this is harmless there).
WIDGET_CLASSES = {"select": "usa-select", "textarea": "usa-textarea"}


class FeedbackForm(forms.ModelForm):
    """Validates a submission. ``policies`` is the queryset a policy comment may
    name: the live, public policies the caller can see."""

    class Meta:
        model = FeedbackSubmission
        fields = [
            "topic",
            "message",
            "policy",
            "award_category",
            "name",
            "email",
            "phone",
        ]
        labels = {
            "topic": _("What is your message about?"),
            "message": _("Your message"),
            "policy": _("Which policy?"),
            "award_category": _("Award category"),
            "name": _("Your name (optional)"),
            "email": _("Email (optional)"),
            "phone": _("Phone (optional)"),
        }
        help_texts = {
            "message": _(
                "Do not use this form to report a crime or an emergency: call 911."
            ),
            "policy": _("For a comment on a policy."),
            "award_category": _("For a nomination: the award category."),
            "email": _("Only if you would like an answer."),
            "phone": _("Only if you would like us to call you."),
            "name": _("Only if you would like an answer."),
        }
        error_messages = {
            "topic": {"required": _("Choose what your message is about.")},
            "message": {"required": _("Write your message.")},
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 8, "maxlength": 5000})}

    def __init__(self, *args, policies, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        policy = self.fields["policy"]
        policy.queryset = policies
        policy.required = False
        policy.label_from_instance = lambda page: page.title
        policy.empty_label = SELECT_PROMPTS["policy"]
        policy.error_messages["invalid_choice"] = _(
            "Choose a policy that is published on this site."
        )
        self.fields["award_category"].required = False
        for name in ("topic", "award_category"):
            field = self.fields[name]
            options = [choice for choice in field.choices if choice[0] != ""]
            field.choices = [("", SELECT_PROMPTS[name]), *options]
        for name in TEXT_FIELDS:
            self.fields[name].validators.append(validate_plain_text)
        self.fields["phone"].validators.append(validate_phone)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        for field in self.fields.values():
            widget_type = type(field.widget).__name__.lower()
            field.widget.attrs["class"] = WIDGET_CLASSES.get(widget_type, "usa-input")
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned = super().clean()
        topic = cleaned.get("topic")
        if (
            topic == Topic.POLICY_COMMENT
            and not cleaned.get("policy")
            and "policy" not in self.errors
        ):
            self.add_error("policy", _("Choose the policy you are commenting on."))
        if topic != Topic.NOMINATION:
            # A category chosen and then left behind when the topic changed.
            cleaned["award_category"] = ""
        return cleaned

    @property
    def caught_by_honeypot(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))
