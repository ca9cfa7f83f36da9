"""Receiving feedback, from the web form or the API, in one place."""

import logging

from django.urls import reverse
from wagtail.models import Site

from cms.client_address import client_address
from cms.outgoing_mail import send_later
from plugins.community import ratelimit
from plugins.community.conf import setting
from plugins.community.models import Status
from plugins.community.spam import spam_check
from plugins.headless.visibility import Visibility

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "feedback"


def check_rate_limit(request):
    """Count this submission attempt against the client's allowance."""
    # Clients whose address is unknown share one allowance.
    return ratelimit.hit(RATE_LIMIT_SCOPE, client_address(request) or "unknown")


def visible_policies(request):
    """Live, public policies of the request's site: the ones a comment may name."""
    from plugins.policies.models import PolicyPage

    return Visibility(request)(PolicyPage.objects.all())


def receive(form, request, *, source, page=None, locale=None):
    """Save a valid form as a submission, marking spam, and tell staff."""
    submission = form.save(commit=False)
    submission.source = source
    submission.page = page
    submission.locale = locale
    submission.site = Site.find_for_request(request)
    submission.ip_address = client_address(request)
    if form.caught_by_honeypot:
        submission.status = Status.SPAM
        submission.spam_reason = "honeypot"
    elif spam_check()(submission):
        submission.status = Status.SPAM
        submission.spam_reason = "content check"
    submission.save()
    if submission.status != Status.SPAM:
        notify_staff(submission)
    return submission


def notify_staff(submission):
    """Email the reference and topic only: mail is no place for personal data.

    The worker sends it after the submission commits; the resident never waits
    for the mail server, and a send that fails is retried."""
    recipients = list(setting("CMS_FEEDBACK_NOTIFY_EMAILS"))
    if not recipients:
        return
    from django.conf import settings

    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "feedback:edit", args=[submission.pk]
    )
    send_later(
        f"New feedback {submission.reference}: {submission.get_topic_display()}",
        f"A resident sent feedback ({submission.get_topic_display()}).\n"
        f"Read it in the admin: {link}\n",
        recipients,
    )
