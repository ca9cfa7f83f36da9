"""The feedback page's form view: shown on GET, received on POST (CSRF-protected
by Django's middleware, like every page Wagtail serves).

A message that is received is answered with a 303 redirect to the page's
thank-you state (post, redirect, get), so refreshing or going back never sends
it twice. The thank-you address carries the reference signed and dated: only
this server can make one, so a link cannot show a resident a reference (or any
text) of someone else's choosing, and it stops working after a day.
"""

from urllib.parse import urlencode

from django.core import signing
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from plugins.community.feedback import check_rate_limit, receive, visible_policies
from plugins.community.forms import FeedbackForm
from plugins.community.models import AwardCategory, Source, Topic
from plugins.community.spam import HONEYPOT_FIELD

SENT_PARAMETER = "sent"
SENT_SALT = "plugins.community.feedback-sent"
SENT_MAX_AGE = 24 * 60 * 60


def thank_you_url(page, request, reference):
    token = signing.dumps(reference, salt=SENT_SALT)
    return f"{page.get_url(request)}?{urlencode({SENT_PARAMETER: token})}"


def sent_reference(request):
    """The reference a thank-you address carries, or None if it has none, or one
    that was not signed here or is too old."""
    token = request.GET.get(SENT_PARAMETER)
    if not token:
        return None
    try:
        return signing.loads(token, salt=SENT_SALT, max_age=SENT_MAX_AGE)
    except signing.BadSignature:
        return None


def initial_from_query(request):
    """Links such as an award page's "Nominate" may choose the topic up front."""
    initial = {}
    topic = request.GET.get("topic")
    if topic in Topic.values:
        initial["topic"] = topic
    category = request.GET.get("award_category")
    if category in AwardCategory.values:
        initial["award_category"] = category
    policy = request.GET.get("policy", "")
    # ASCII digits only: "²" is a digit to isdigit() but not to int().
    if policy.isascii() and policy.isdigit():
        initial["policy"] = int(policy)
    return initial


def policies_for(page, request):
    return visible_policies(request).filter(locale=page.locale_id).order_by("title")


def blank_form_context(page, request):
    """The context of the form as first shown; the admin preview uses it too."""
    form = FeedbackForm(
        initial=initial_from_query(request), policies=policies_for(page, request)
    )
    return {"form": form, "honeypot_field": HONEYPOT_FIELD}


def serve_feedback_page(page, request, *args, **kwargs):
    policies = policies_for(page, request)
    context = page.get_context(request, *args, **kwargs)
    status = 200
    headers = {}
    if request.method == "POST":
        verdict = check_rate_limit(request)
        if not verdict.allowed:
            # Keep what the resident wrote, so nothing is lost while they wait.
            kept = request.POST.dict()
            kept.pop(HONEYPOT_FIELD, None)
            form = FeedbackForm(initial=kept, policies=policies)
            context["rate_limited"] = True
            status = 429
            headers["Retry-After"] = str(verdict.retry_after)
        else:
            form = FeedbackForm(request.POST, policies=policies)
            if form.is_valid():
                submission = receive(
                    form, request, source=Source.FORM, page=page, locale=page.locale
                )
                response = HttpResponseRedirect(
                    thank_you_url(page, request, submission.reference), status=303
                )
                add_never_cache_headers(response)
                return response
    elif reference := sent_reference(request):
        context["reference"] = reference
        form = None
    else:
        form = blank_form_context(page, request)["form"]
    context["form"] = form
    context["honeypot_field"] = HONEYPOT_FIELD
    response = TemplateResponse(
        request, page.get_template(request, *args, **kwargs), context, status=status
    )
    for name, value in headers.items():
        response[name] = value
    # The page carries a CSRF token and, after sending, a reference: never cache.
    add_never_cache_headers(response)
    return response
