from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.approval import ApprovalRule
from plugins.policies.models import PolicyPage
from plugins.policies.permissions import APPROVER, is_policy_approver
from plugins.policies.reports import PolicyReviewsReport


@hooks.register("register_approval_rules")
def policy_approval_rule():
    return [ApprovalRule(PolicyPage, is_policy_approver, APPROVER)]


@hooks.register("register_agency_setup")
def policy_approval_setup():
    from plugins.policies.workflow import ensure_policy_approval

    return ensure_policy_approval()


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path(
            "reports/policy-reviews/",
            PolicyReviewsReport.as_view(),
            name="policy_reviews_report",
        ),
        path(
            "reports/policy-reviews/results/",
            PolicyReviewsReport.as_view(results_only=True),
            name="policy_reviews_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem(
        _("Policy reviews due"),
        reverse("policy_reviews_report"),
        icon_name="time",
        order=700,
    )


# Demo order: after the FAQs and technologies policies embed and govern.
@hooks.register("register_demo_content", order=40)
def demo_content():
    from plugins.policies.demo import demo_content

    return demo_content()
