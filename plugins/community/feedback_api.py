"""``POST /api/v1/feedback/``: feedback from the agency's own website.

A public JSON endpoint: no session, so no CSRF check (django-ninja exempts its
views), but the same rate limit, spam checks and validation as the web form.
It only ever answers with a reference number; nothing reads submissions back.
"""

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from ninja import Router, Schema
from pydantic import Field
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale

from plugins.community.feedback import check_rate_limit, receive, visible_policies
from plugins.community.forms import FeedbackForm
from plugins.community.models import AwardCategory, Source, Topic
from plugins.community.spam import HONEYPOT_FIELD
from plugins.headless.endpoints import LocaleCode
from plugins.headless.schemas import Problem

router = Router(tags=["feedback"])


class FeedbackIn(Schema):
    topic: Topic
    message: str = Field(..., max_length=5000)
    name: str | None = Field(None, max_length=200)
    email: str | None = Field(None, max_length=254)
    phone: str | None = Field(None, max_length=40)
    policy: int | None = Field(
        None,
        description="For `policy_comment` (required there): the id of a live "
        "policy page, as /api/v1/policies/ lists them.",
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
    response={201: FeedbackReceipt, 400: Problem, 429: Problem},
    summary="Send feedback",
    description="Topics: general, policy_comment (needs `policy`), nomination, "
    "compliment, concern. Contact details are optional. Answers 201 with a "
    "reference, 400 naming the fields to fix, or 429 with Retry-After when one "
    "address sends too many.",
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
    form = FeedbackForm(form_data(payload), policies=visible_policies(request))
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
