"""Keep cached "you said, we did" API responses in step with the submissions."""

from django.db.models.signals import post_delete, post_save

from plugins.community.models import FeedbackSubmission


def counts_changed(sender, instance, **kwargs):
    from plugins.headless import caching, scopes

    caching.invalidate(scopes.FEEDBACK_COUNTS)


def connect():
    for signal in (post_save, post_delete):
        signal.connect(
            counts_changed,
            sender=FeedbackSubmission,
            dispatch_uid=f"community_feedback_counts_{id(signal)}",
        )
