"""Policies whose review is overdue or due soon."""

import datetime

from django.utils import timezone

from plugins.policies.models import PolicyPage

DUE_SOON_DAYS = 30


def reviews_due(today=None, within_days=DUE_SOON_DAYS):
    today = today or timezone.localdate()
    return (
        PolicyPage.objects.filter(
            next_review_due__isnull=False,
            next_review_due__lte=today + datetime.timedelta(days=within_days),
        )
        .exclude(status="superseded")
        .select_related("locale")
        .order_by("next_review_due", "title")
    )


def is_overdue(policy, today=None):
    return policy.next_review_due < (today or timezone.localdate())
