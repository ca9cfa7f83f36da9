"""Fixtures for translation: real wagtail-localize translations and translators.

Translations are made the way the admin makes them (``helpers.translate_strings``).
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from plugins.translation.roles import ensure_translator_group
from tests import factories, helpers


@pytest.fixture
def run_on_commit():
    """Run the on-commit callbacks (wagtail-localize publishes on commit)."""
    return helpers.run_on_commit


@pytest.fixture
def translate(locales):
    """Translate a page (its untranslated ancestors first) or a snippet with
    wagtail-localize (``helpers.translate_strings``); return the translation
    and its target.

    ``wording`` turns each source string into its translation, or is a dict of
    source string -> translation (strings it lacks stay untranslated).
    """
    return translator_of(locales)


def translator_of(locales):
    """``translate`` as a plain function, for worlds built once per module."""

    def translate(obj, language_code, wording=None, publish=True, user=None):
        locale = locales[language_code]
        if isinstance(obj, Page):
            for ancestor in obj.get_ancestors().filter(depth__gt=1).specific():
                existing = ancestor.get_translation_or_none(locale)
                if existing is None or existing.alias_of_id:
                    helpers.translate_strings(ancestor, locale, user=user)
        translation = helpers.translate_strings(
            obj, locale, wording, publish=publish, user=user
        )
        return translation, translation.get_target_instance()

    return translate


@pytest.fixture
def publish(run_on_commit):
    """Publish the latest revision (or a fresh one) of a page or snippet."""
    return publish_now


def publish_now(obj, user=None):
    """Publish a fresh revision of a page or snippet, with its on-commit
    callbacks (wagtail-localize's) run."""
    obj = obj.specific if isinstance(obj, Page) else obj
    revision = obj.save_revision(user=user)
    helpers.run_on_commit(revision.publish, user=user)
    obj.refresh_from_db()
    return obj


@pytest.fixture
def agency(home_page, section_indexes, publish):
    """A published English site, set up with `setup_agency`: locale trees
    synced into every language and the translator groups."""
    publish(home_page)
    for index in section_indexes.values():
        publish(index)
    call_command("setup_agency", stdout=io.StringIO())
    return home_page


@pytest.fixture
def policy(section_indexes, publish):
    return add_policy(section_indexes)


def add_policy(section_indexes):
    """A published English policy with two sections."""
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="License-plate readers",
        summary="How we use plate readers.",
        body=[
            factories.section("1", "Purpose", "Why we use plate readers."),
            factories.section("2", "Retention", "We keep reads for 30 days."),
        ],
    )
    return publish_now(policy)


@pytest.fixture
def faq(locales, publish):
    return add_faq(locales)


def add_faq(locales):
    """A published English FAQ."""
    faq = factories.FAQFactory(
        question="Who can see the data?",
        answer="<p>Only trained staff.</p>",
        locale=locales["en"],
    )
    return publish_now(faq)


@pytest.fixture
def make_translator(locales, django_user_model):
    """A user in the translator group of a locale (the group as setup makes it)."""

    def make(language_code, username=None):
        group, _roots = ensure_translator_group(locales[language_code])
        user = django_user_model.objects.create_user(
            username=username or f"translator-{language_code}",
            password="a-long-test-password",
        )
        user.groups.add(group)
        return get_user_model().objects.get(pk=user.pk)

    return make


@pytest.fixture
def translator_client(client, make_translator):
    """A test client logged in as a translator of ``language_code``."""

    def login(language_code):
        user = make_translator(language_code)
        client.force_login(user)
        client.user = user
        return client

    return login
