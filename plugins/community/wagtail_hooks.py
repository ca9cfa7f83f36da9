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


# Demo order: after the policies that feedback is about.
@hooks.register("register_demo_content", order=60)
def demo_content():
    from plugins.community.demo import demo_content

    return demo_content()
