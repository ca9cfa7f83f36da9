from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from plugins.headless.endpoints import registry
from plugins.headless.models import WebhookDelivery
from plugins.headless.rich_text import (
    AbsoluteDocumentLinkHandler,
    AbsoluteImageEmbedHandler,
    LivePageLinkHandler,
)
from plugins.headless.views import preview_on_site
from plugins.headless.visibility import for_request


# After Wagtail's own features (order 0), so that this replaces its page links.
@hooks.register("register_rich_text_features", order=1)
def register_page_links(features):
    features.register_link_type(LivePageLinkHandler)
    features.register_link_type(AbsoluteDocumentLinkHandler)
    features.register_embed_type(AbsoluteImageEmbedHandler)


# Before Wagtail's own view-restriction check (order 0): an expired page is
# not found, rather than behind a password form.
@hooks.register("before_serve_page", order=-1)
def withhold_from_site(page, request, serve_args, serve_kwargs):
    """The HTML site serves a page only as the visibility rule allows."""
    for_request(request).check_served(page)


@hooks.register("register_admin_urls")
def register_preview_url():
    return [
        path(
            "headless/preview/<int:page_id>/",
            preview_on_site,
            name="headless_preview_on_site",
        )
    ]


@hooks.register("register_page_header_buttons")
def preview_on_site_button(page, user, next_url=None, view_name=None):
    if view_name != "edit" or registry.for_page_model(page.specific_class) is None:
        return []
    return [
        Button(
            _("Preview on site"),
            reverse("headless_preview_on_site", args=[page.pk]),
            icon_name="view",
            attrs={"target": "_blank", "rel": "noopener"},
            priority=15,
        )
    ]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Deliveries are a log: staff may look, nobody may edit."""

    def user_has_permission(self, user, action):
        if action == "view":
            return user.is_active and (
                user.is_superuser or user.has_perm("wagtailadmin.access_admin")
            )
        return False


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "resubmit"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    list_display = [
        "event",
        "url",
        "status",
        "attempts",
        "response_status",
        "last_error",
        "updated_at",
    ]
    list_filter = ["status", "event"]
    inspect_view_enabled = True
    exclude_form_fields = []


register_permission_policy(WebhookDelivery, ReadOnlyPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_webhook_deliveries():
    return WebhookDeliveryViewSet("webhook_deliveries")
