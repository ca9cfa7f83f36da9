"""Admin hooks of the core."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks

from cms.admin_api import hold_to_admin_rules
from cms.approval import alias_conversion_refused, may_convert_alias

hooks.register("construct_admin_api", hold_to_admin_rules)


@hooks.register("before_convert_alias_page")
def convert_live_alias_only_with_publish_permission(request, page):
    """Refuse to turn a live synced copy into a page of its own without
    permission to publish it (``may_convert_alias``)."""
    if may_convert_alias(page, request.user):
        return None
    messages.error(request, alias_conversion_refused(page))
    return redirect("wagtailadmin_explore", page.get_parent().pk)
