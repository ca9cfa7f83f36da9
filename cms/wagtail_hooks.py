"""Admin hooks of the core."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("before_convert_alias_page")
def convert_live_alias_only_with_publish_permission(request, page):
    """A live synced copy turned into a page of its own keeps its content live
    as a revision of its own, no longer following its approved source: that
    is publishing, so it needs permission to publish the page (for a policy,
    a policy approver). Wagtail asks only for permission to edit."""
    if not page.live or page.permissions_for_user(request.user).can_publish():
        return None
    messages.error(
        request,
        _(
            "'%(title)s' is live: making it a page of its own would publish it, "
            "which you may not do. Nothing was changed."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)
