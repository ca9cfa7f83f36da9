"""The site-wide Atom feed of policy changes, one per locale: each version
published, and each policy withdrawn (see ``changelog``). Every language's
feed tells of every change: one its policy has no translation of yet comes
in the policy's own language, tagged "Not yet translated" (see
``changelog.recent_entries``)."""

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


class LanguageTaggedAtomFeed(Atom1Feed):
    """Atom whose entries say their own language (``xml:lang``): an entry in
    another language than the feed's is read out in its own."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


class PolicyChangesFeed(Feed):
    feed_type = LanguageTaggedAtomFeed

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
        return changelog.recent_entries(
            scope.language_code,
            scope.visible(PolicyPage.objects.all()),
            scope.visible,
            FEED_LENGTH,
        )

    def item_title(self, entry):
        names = {"title": entry.title, "label": entry.version.label}
        # In the entry's language, as its title and note are.
        with translation.override(entry.language_code):
            if entry.event == "withdrawn":
                return _("%(title)s: withdrawn (version %(label)s)") % names
            return _("%(title)s: version %(label)s") % names

    def item_categories(self, entry):
        # In the feed's language, as a reader's tag on the entry.
        return [_("Not yet translated")] if entry.fallback else []

    def item_extra_kwargs(self, entry):
        return {"language": entry.language_code}

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
