"""The site-wide Atom feed of policy changes, one per locale: each version
published, and each policy withdrawn (see ``changelog``)."""

from typing import NamedTuple

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from plugins.headless.visibility import Visibility, for_request
from plugins.policies import changelog
from plugins.policies.models import PolicyPage

FEED_LENGTH = 50


class FeedScope(NamedTuple):
    """One feed's language, and the request's visibility rule for what the
    feed may list (one feed instance serves every request)."""

    locale: Locale
    visible: Visibility

    @property
    def language_code(self):
        return self.locale.language_code


class PolicyChangesFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, locale, **kwargs):
        # The feed speaks its locale's language, whatever the reader's browser
        # asks for: a Spanish subscriber's reader shows Spanish titles.
        language = locale if locale in dict(settings.LANGUAGES) else None
        with translation.override(language):
            return super().__call__(request, *args, locale=locale, **kwargs)

    def get_object(self, request, locale):
        locale = Locale.objects.filter(language_code=locale).first()
        if locale is None:
            raise Http404("No such locale.")
        return FeedScope(locale, for_request(request))

    def title(self, locale):
        return _("%(agency)s: policy changes") % {"agency": settings.WAGTAIL_SITE_NAME}

    def subtitle(self, locale):
        return _(
            "Every published version of the agency's policies, with its change "
            "note, and every policy withdrawn."
        )

    def link(self, locale):
        return f"/{locale.language_code}/"

    def items(self, scope):
        policies = scope.visible(PolicyPage.objects.filter(locale=scope.locale))
        return changelog.recent_entries(
            scope.locale, policies, scope.visible, FEED_LENGTH
        )

    def item_title(self, entry):
        names = {"title": entry.title, "label": entry.version.label}
        if entry.event == "withdrawn":
            return _("%(title)s: withdrawn (version %(label)s)") % names
        return _("%(title)s: version %(label)s") % names

    def item_description(self, entry):
        return entry.change_note

    def item_link(self, entry):
        policy = entry.version.policy
        if policy is not None and policy.live:
            return f"{policy.url}#version-{entry.version.label}"
        # Withdrawn: its change log is where the record stays.
        return f"/api/v1/policies/{entry.version.page_id}/versions/"

    def item_guid(self, entry):
        key, label = entry.version.translation_key, entry.version.label
        event = "withdrawn" if entry.event == "withdrawn" else "version"
        return f"urn:cms:policy:{key}:{event}:{label}"

    item_guid_is_permalink = False

    def item_pubdate(self, entry):
        return entry.date

    def item_updateddate(self, entry):
        return entry.date

    def item_author_name(self, entry):
        policy = entry.version.policy
        return (policy and policy.approving_authority) or settings.WAGTAIL_SITE_NAME
