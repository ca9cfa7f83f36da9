from django.urls import path

from plugins.policies.feeds import PolicyChangesFeed

urlpatterns = [
    path(
        "<str:locale>/policy-changes.atom",
        PolicyChangesFeed(),
        name="policy_changes_feed",
    ),
]
