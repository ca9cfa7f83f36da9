"""Shared fixtures: an agency site with every section, in the source language."""

import uuid
from typing import NamedTuple

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.blocks.base import get_error_json_data
from wagtail.models import Locale, Page, Site

from tests import factories, search_updates
from tests.headless.redis_cache import REDIS_URL
from tests.helpers import publish_copy, restore_migration_rows


def pytest_configure(config):
    config.addinivalue_line("markers", search_updates.MARKER)
    search_updates.turn_off()


@pytest.fixture(scope="module", autouse=True)
def _search_updates_on_save(request):
    """Saves update the search index in modules marked ``search_updates``
    (tests/search_updates.py)."""
    if request.node.get_closest_marker("search_updates") is None:
        yield
        return
    with search_updates.on_save():
        yield


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def migration_rows(transactional_db):
    """A transactional test's database with the rows migrations make
    (``restore_migration_rows``): a live-server test before it in the same
    process ended with a flush."""
    restore_migration_rows()


@pytest.fixture
def home_page(locales):
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return home


@pytest.fixture
def section_indexes(home_page):
    """Every section's index page under the home page, keyed by section."""
    return {
        "policies": factories.PolicyIndexPageFactory(parent=home_page),
        "stories": factories.StoryIndexPageFactory(parent=home_page),
        "tips": factories.TipIndexPageFactory(parent=home_page),
        "guides": factories.GuideIndexPageFactory(parent=home_page),
        "awards": factories.AwardIndexPageFactory(parent=home_page),
        "faqs": factories.FAQPageFactory(parent=home_page),
    }


class AdminForms:
    """Posts edit forms to the Wagtail admin, as an editor does.

    Form data is built with ``wagtail.test.utils.form_data``. A failed save is
    reported with the form's errors, as ``WagtailPageTestCase.assertCanCreate``
    reports them.
    """

    def __init__(self, client):
        self.client = client

    def post(self, url, data, action=None):
        data = dict(data)
        if action:
            data[f"action-{action}"] = f"action-{action}"
        return self.client.post(url, data)

    def render_preview(self, url, data):
        """Post ``data`` to a preview panel, then render the preview it stored."""
        response = self.client.post(url, data)
        assert response.json() == {"is_valid": True, "is_available": True}, (
            response.json()
        )
        return self.client.get(url)

    @staticmethod
    def form_errors(response):
        """The form's errors by field, as the editor sees them.

        A field's plain errors are messages; a StreamField's errors are the
        structure the block editor shows against each block.
        """
        assert response.status_code == 200, response.status_code
        form = response.context["form"]
        return {
            field: [
                error.as_json_data() if hasattr(error, "as_json_data") else message
                for error in errors.as_data()
                for message in error.messages
            ]
            for field, errors in form.errors.items()
        }

    @classmethod
    def assert_saved(cls, response):
        if response.status_code != 302:
            raise AssertionError(f"Not saved: {cls.form_errors(response)}")


class PageAdmin(AdminForms):
    """Adds, edits and previews pages through the page admin views."""

    def post_create(self, parent, model, data, publish=True):
        url = reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
        return self.post(url, data, "publish" if publish else None)

    def create(self, parent, model, data, publish=True):
        """Add a page under ``parent``; return it, fresh from the database."""
        response = self.post_create(parent, model, data, publish=publish)
        self.assert_saved(response)
        return model.objects.child_of(parent).get(slug=data["slug"])

    def post_edit(self, page, data, publish=False):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        return self.post(url, data, "publish" if publish else None)

    def edit(self, page, data, publish=False):
        """Save ``data`` on the edit form; return the page's latest revision."""
        response = self.post_edit(page, data, publish=publish)
        self.assert_saved(response)
        page.refresh_from_db()
        return page.get_latest_revision_as_object()

    def preview(self, page, data):
        """The edit view's preview of ``page`` with ``data``."""
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        return self.render_preview(url, data)


class SnippetAdmin(AdminForms):
    """Adds, edits and previews snippets through their admin views."""

    def url(self, model, view, *args):
        name = f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}"
        return reverse(f"{name}:{view}", args=args)

    def post_create(self, model, data, publish=True, locale="en"):
        url = f"{self.url(model, 'add')}?locale={locale}"
        return self.post(url, data, "publish" if publish else None)

    def create(self, model, data, publish=True, locale="en"):
        """Add a snippet in ``locale``; return it, fresh from the database."""
        response = self.post_create(model, data, publish=publish, locale=locale)
        self.assert_saved(response)
        return model.objects.latest("pk")

    def post_edit(self, instance, data, publish=False):
        url = self.url(type(instance), "edit", instance.pk)
        return self.post(url, data, "publish" if publish else None)

    def edit(self, instance, data, publish=False):
        """Save ``data`` on the edit form; return the latest revision's object."""
        response = self.post_edit(instance, data, publish=publish)
        self.assert_saved(response)
        instance.refresh_from_db()
        return instance.get_latest_revision_as_object()

    def preview(self, instance, data):
        """The edit view's preview of ``instance`` with ``data``."""
        url = self.url(type(instance), "preview_on_edit", instance.pk)
        return self.render_preview(url, data)


@pytest.fixture
def snippet_admin(admin_client):
    """The snippet admin, used by a logged-in superuser."""
    return SnippetAdmin(admin_client)


@pytest.fixture
def page_admin(admin_client):
    """The page admin, used by a logged-in superuser."""
    return PageAdmin(admin_client)


@pytest.fixture
def publish_translation(locales):
    """Translate a page (with any missing parents) or a snippet, and publish it."""

    def publish(source, language_code):
        return publish_copy(source, locales[language_code])

    return publish


@pytest.fixture
def block_errors():
    """Clean raw block data and return its errors as the admin shows them."""

    def errors(block, raw_value):
        with pytest.raises(ValidationError) as excinfo:
            block.clean(block.to_python(raw_value))
        return get_error_json_data(excinfo.value)

    return errors


@pytest.fixture(autouse=True)
def _clear_cache():
    # Renditions are cached by image id, and ids are reused after a rollback.
    cache.clear()
    yield
    cache.clear()


class DemoLanguage(NamedTuple):
    code: str
    direction: str

    @property
    def html_root(self):
        """The root element a page in this language starts with."""
        return f'<html lang="{self.code}" dir="{self.direction}">'.encode()


DEMO_LANGUAGES = [
    DemoLanguage("en", "ltr"),
    DemoLanguage("es", "ltr"),
    DemoLanguage("vi", "ltr"),
    DemoLanguage("zh-hans", "ltr"),
    DemoLanguage("ar", "rtl"),
]


@pytest.fixture(params=DEMO_LANGUAGES, ids=lambda language: language.code)
def demo_language(request):
    """Each demo content language in turn; Arabic tests right to left."""
    return request.param


@pytest.fixture
def in_language(publish_translation):
    """A page or snippet in a language: itself, or its published translation."""

    def get(source, language_code):
        if source.locale.language_code == language_code:
            return source
        return publish_translation(source, language_code)

    return get


@pytest.fixture(autouse=True)
def _reset_language():
    # A request to /ar/ leaves Arabic active in this thread (LocaleMiddleware
    # never deactivates), which would leak into the next test's messages.
    yield
    translation.deactivate()


@pytest.fixture
def redis_cache(settings):
    """The shared cache on a real Redis, under a key prefix of this test's own,
    so that parallel runs neither see nor clear each other's keys."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.ConnectionError:
        pytest.skip(f"needs Redis at {REDIS_URL} (CMS_TEST_REDIS_URL)")
    settings.CACHES = {
        "default": {
            "BACKEND": "tests.headless.redis_cache.PrefixedRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"cms-test-{uuid.uuid4().hex}",
        }
    }
    yield cache
    cache.clear()
