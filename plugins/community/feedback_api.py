"""``POST /api/v1/feedback/``: feedback from the agency's own website.

A public JSON endpoint: no session, so no CSRF check (django-ninja exempts its
views), but the same rate limit, spam checks and validation as the web form.
It only ever answers with a reference number; nothing reads submissions back.
Bodies are JSON only (``plugins.headless.errors``), so that no other website
can post from a visitor's browser without a CORS preflight.

The schema says what the form accepts, field by field (``forms``' patterns), so
a client can check a message before sending it.
"""

from typing import Annotated

from django.conf import settings
from django.http import Http404, JsonResponse
from django.utils.cache import add_never_cache_headers
from ninja import Router, Schema
from pydantic import AfterValidator, ConfigDict, Field
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from plugins.community.feedback import check_rate_limit, receive, visible_policies
from plugins.community.forms import (
    BLANK_PATTERN,
    CONTROL,
    CONTROL_MESSAGE,
    MESSAGE_PATTERN,
    PHONE_OR_EMPTY_PATTERN,
    PLAIN_TEXT_PATTERN,
    FeedbackForm,
)
from plugins.community.models import AwardCategory, Source, Topic
from plugins.community.spam import HONEYPOT_FIELD
from plugins.headless.endpoints import LocaleCode
from plugins.headless.schemas import Parameters, PositiveId, Problem

router = Router(tags=["feedback"])


def plain_text(value):
    # Checked as sent: the form checks what is left once it strips spaces,
    # and some control characters count as spaces.
    if CONTROL.search(value):
        raise ValueError(str(CONTROL_MESSAGE))
    return value


def text(max_length, **documented):
    """A text field: at most ``max_length`` characters and no control
    characters, documented with what the form also enforces (a pattern)."""
    return Annotated[
        str,
        AfterValidator(plain_text),
        Field(max_length=max_length, json_schema_extra=documented),
    ]


Message = text(5000, pattern=MESSAGE_PATTERN)
Name = text(200, pattern=PLAIN_TEXT_PATTERN)
# An address, or nothing but spaces (left empty).
Email = text(254, anyOf=[{"format": "email"}, {"pattern": BLANK_PATTERN}])
Phone = text(40, pattern=PHONE_OR_EMPTY_PATTERN)


class FeedbackIn(Parameters):
    model_config = ConfigDict(
        json_schema_extra={
            # A policy comment names its policy.
            "if": {
                "properties": {"topic": {"const": Topic.POLICY_COMMENT.value}},
                "required": ["topic"],
            },
            "then": {
                "properties": {"policy": {"type": "integer"}},
                "required": ["policy"],
            },
        }
    )

    topic: Topic
    message: Message = Field(
        ..., description="At least one character that is not a space."
    )
    name: Name | None = None
    email: Email | None = None
    phone: Phone | None = Field(
        None, description="Digits, spaces, +, -, ., / and brackets; x or ext."
    )
    policy: PositiveId | None = Field(
        None,
        description="For `policy_comment` (required there): the id of a live "
        "policy page, as /api/v1/policies/ lists them. An id that names none "
        "is a 404.",
    )
    award_category: AwardCategory | None = Field(
        None, description="For `nomination`: the award category. Ignored otherwise."
    )
    locale: LocaleCode | None = Field(
        None,
        description="The language the resident wrote in; the default language "
        "if left out.",
    )
    website: str | None = Field(
        None,
        description="A honeypot: render it hidden from people and send it empty. A "
        "submission that fills it is answered as usual but kept as spam.",
    )


class FeedbackReceipt(Schema):
    reference: str = Field(description="Quote it when contacting the agency.")
    status: str = "received"


def no_store(response):
    add_never_cache_headers(response)
    return response


def form_data(payload):
    data = payload.dict()
    return {
        "topic": data["topic"],
        "message": data["message"],
        "name": data["name"] or "",
        "email": data["email"] or "",
        "phone": data["phone"] or "",
        "policy": data["policy"] if data["policy"] is not None else "",
        "award_category": data["award_category"] or "",
        HONEYPOT_FIELD: data[HONEYPOT_FIELD] or "",
    }


def invalid(form):
    errors = [
        {"parameter": name, "msg": str(message)}
        for name, messages in form.errors.items()
        for message in messages
    ]
    names = ", ".join(sorted({error["parameter"] for error in errors}))
    return problem_response(
        status=400, detail=f"Invalid parameter: {names}", errors=errors
    )


@router.post(
    "/",
    response={201: FeedbackReceipt, 400: Problem, 404: Problem, 429: Problem},
    summary="Send feedback",
    description="Topics: general, policy_comment (needs `policy`), nomination, "
    "compliment, concern. Contact details are optional. Answers 201 with a "
    "reference, 400 naming the fields to fix, 404 when `policy` names no live "
    "policy, or 429 with Retry-After when one address sends too many.",
)
def send_feedback(request, payload: FeedbackIn):
    verdict = check_rate_limit(request)
    if not verdict.allowed:
        response = problem_response(
            status=429,
            detail="Too many messages from this address. Try again later.",
        )
        response["Retry-After"] = str(verdict.retry_after)
        return no_store(response)
    policies = visible_policies(request)
    if payload.policy is not None and not policies.filter(pk=payload.policy).exists():
        raise Http404(
            f"No published policy with id {payload.policy} on this site "
            "(/api/v1/policies/ lists them)."
        )
    form = FeedbackForm(form_data(payload), policies=policies)
    if not form.is_valid():
        return no_store(invalid(form))
    locale = Locale.objects.filter(
        language_code=payload.locale or settings.LANGUAGE_CODE
    ).first()
    submission = receive(form, request, source=Source.API, locale=locale)
    return no_store(
        JsonResponse(
            {"reference": submission.reference, "status": "received"}, status=201
        )
    )
