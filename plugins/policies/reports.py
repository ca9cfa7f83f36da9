from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from plugins.policies.reviews import reviews_due


class PolicyReviewsReport(ReportView):
    page_title = _("Policy reviews due")
    header_icon = "time"
    index_url_name = "policy_reviews_report"
    index_results_url_name = "policy_reviews_report_results"
    results_template_name = "trust_policies/reports/policy_reviews_results.html"
    list_export = [
        "title",
        "policy_number",
        "locale",
        "next_review_due",
        "last_reviewed",
    ]
    export_headings = {"next_review_due": _("Next review due"), "locale": _("Locale")}
    any_permission_required = ["wagtailadmin.access_admin"]

    def get_queryset(self):
        return reviews_due()

    def user_has_permission(self, permission):
        return self.request.user.has_perm("wagtailadmin.access_admin")
