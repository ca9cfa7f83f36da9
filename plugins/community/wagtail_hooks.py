from wagtail import hooks
from wagtail.permissions import register_permission_policy

from plugins.community.models import FeedbackSubmission
from plugins.community.moderation import FeedbackPermissionPolicy, FeedbackViewSet

# Before the viewset asks for a policy, or Wagtail creates its default one.
register_permission_policy(
    FeedbackSubmission, FeedbackPermissionPolicy(FeedbackSubmission)
)


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return FeedbackViewSet()


@hooks.register("register_demo_content")
def demo_events(home, *, today, key, write):
    from plugins.community.demo import load_contact_pages, load_events

    load_contact_pages(home, key=key, write=write)
    load_events(home, today=today, key=key, write=write)
