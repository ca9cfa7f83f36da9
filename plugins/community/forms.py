"""The feedback form: one set of rules for the web form and the API."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from plugins.community.models import FeedbackSubmission, Topic
from plugins.community.spam import HONEYPOT_FIELD

PHONE_PATTERN = r"^\+?[0-9()\-.\s/]{5,30}((\s*(x|ext\.?)\s*)[0-9]{1,6})?$"
validate_phone = RegexValidator(
    PHONE_PATTERN,
    _("Enter a phone number with digits, spaces, +, - or brackets."),
)


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
        widgets = {"message": forms.Textarea(attrs={"rows": 8, "maxlength": 5000})}

    def __init__(self, *args, policies, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        policy = self.fields["policy"]
        policy.queryset = policies
        policy.required = False
        policy.label_from_instance = lambda page: page.title
        policy.error_messages["invalid_choice"] = _(
            "Choose a policy that is published on this site."
        )
        self.fields["award_category"].required = False
        self.fields["phone"].validators.append(validate_phone)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
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
