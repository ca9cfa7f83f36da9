"""The site-wide Atom feed of policy changes, one per locale."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from wagtail.models import Locale

from plugins.policies.models import PolicyPage, PolicyVersion

FEED_LENGTH = 50


class PolicyChangesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, locale):
        locale = Locale.objects.filter(language_code=locale).first()
        if locale is None:
            raise Http404("No such locale.")
        return locale

    def title(self, locale):
        return f"{settings.WAGTAIL_SITE_NAME}: policy changes ({locale.language_code})"

    def subtitle(self, locale):
        return "Every published version of the agency's policies, with its change note."

    def link(self, locale):
        return f"/{locale.language_code}/"

    def items(self, locale):
        policies = PolicyPage.objects.live().public().filter(locale=locale)
        return (
            PolicyVersion.objects.filter(policy__in=policies)
            .select_related("policy")
            .order_by("-published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, version):
        return f"{version.title}: version {version.label}"

    def item_description(self, version):
        return version.change_note

    def item_link(self, version):
        return f"{version.policy.url}#version-{version.label}"

    def item_guid(self, version):
        return (
            f"urn:cms:policy:{version.policy.translation_key}:version:{version.label}"
        )

    item_guid_is_permalink = False

    def item_pubdate(self, version):
        return version.published_at

    def item_updateddate(self, version):
        return version.published_at

    def item_author_name(self, version):
        return version.policy.approving_authority or settings.WAGTAIL_SITE_NAME
