"""Purge cached API responses and send webhooks when content changes."""

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from plugins.headless import invalidation, webhooks
from plugins.headless.endpoints import registry

logger = logging.getLogger(__name__)


def page_event(event, page):
    page = page.specific_deferred
    endpoint = registry.for_page_model(page.specific_class)
    return webhooks.event_payload(
        event,
        endpoint.type_name if endpoint else page.specific_class._meta.label_lower,
        page.pk,
        page.locale.language_code,
        page.get_url() or "",
    )


def on_page_published(sender, instance, **kwargs):
    invalidation.page_published(instance)
    webhooks.send_event(page_event("published", instance))


def on_page_unpublished(sender, instance, **kwargs):
    invalidation.structure_changed()
    webhooks.send_event(page_event("unpublished", instance))


def on_page_deleted(sender, instance, **kwargs):
    # Django signals each model of the inheritance chain; answer the specific one.
    if not isinstance(instance, Page) or type(instance) is not instance.specific_class:
        return
    invalidation.structure_changed()
    webhooks.send_event(page_event("deleted", instance))


def on_page_moved(sender, instance, **kwargs):
    invalidation.structure_changed()
    webhooks.send_event(page_event("moved", instance))


def on_restriction_changed(sender, instance, **kwargs):
    invalidation.structure_changed()


def on_redirect_changed(sender, instance, **kwargs):
    invalidation.redirect_changed()


def on_site_changed(sender, instance, **kwargs):
    invalidation.sites_changed()


def on_locale_changed(sender, instance, **kwargs):
    invalidation.locales_changed()


def on_page_created(sender, instance, created=False, raw=False, **kwargs):
    """A site root's first page in a new language (its translation, or the alias
    Wagtail makes when translating a child) is a new root for the site."""
    if not created or raw or not isinstance(instance, Page):
        return
    roots = Site.objects.filter(root_page__translation_key=instance.translation_key)
    if roots.exists():
        invalidation.sites_changed()


def snippet_event(event, instance):
    """Purge what shows a snippet (FAQ, technology) and tell the receivers."""
    invalidation.snippet_changed(instance)
    endpoint = registry.snippets.get(type(instance))
    if endpoint:
        locale = getattr(instance, "locale", None)
        webhooks.send_event(
            webhooks.event_payload(
                event,
                endpoint.type_name,
                instance.pk,
                locale.language_code if locale else None,
                "",
            )
        )


def on_snippet_published(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        snippet_event("published", instance)


def on_snippet_unpublished(sender, instance, **kwargs):
    """Unpublished in the admin, or by ``publish_scheduled`` once its
    ``expire_at`` has passed. (Pages have their own signal.)"""
    if not isinstance(instance, Page):
        snippet_event("unpublished", instance)


def on_snippet_saved(sender, instance, **kwargs):
    if type(instance) in registry.snippets:
        invalidation.snippet_changed(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="cms_api_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="cms_api_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="cms_api_page_moved")
    post_delete.connect(on_page_deleted, dispatch_uid="cms_api_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"cms_api_restriction_{id(signal)}",
        )
        signal.connect(on_snippet_saved, dispatch_uid=f"cms_api_snippet_{id(signal)}")
        signal.connect(
            on_redirect_changed,
            sender=Redirect,
            dispatch_uid=f"cms_api_redirect_{id(signal)}",
        )
        for model, handler in ((Site, on_site_changed), (Locale, on_locale_changed)):
            signal.connect(
                handler,
                sender=model,
                dispatch_uid=f"cms_api_{model._meta.model_name}_{id(signal)}",
            )
    post_save.connect(on_page_created, dispatch_uid="cms_api_page_created")
    published.connect(on_snippet_published, dispatch_uid="cms_api_snippet_published")
    unpublished.connect(
        on_snippet_unpublished, dispatch_uid="cms_api_snippet_unpublished"
    )
