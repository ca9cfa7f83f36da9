"""A translator edits pages and snippets in their own locale only, never
publishes, never edits the source language, and uses the admin in their own
language."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment

from plugins.translation.roles import ensure_translator_group
from plugins.translation.wagtail_hooks import hide_snippet_buttons_outside_locale
from tests import factories
from tests.headless.conftest import (
    agency_home,
    fresh,
    module_world,
    sections_under,
    with_sections,
)
from tests.translation.conftest import add_faq, add_policy, translator_of


def build_world():
    """A policy and an FAQ in English, Spanish and Vietnamese, on the agency's
    site: the world of this module, built once (``built_once``)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = agency_home()
    sections = sections_under(home)
    policy = add_policy(sections)
    faq = add_faq(locales)
    translate = translator_of(locales)
    built = {"home:en": home, "policy:en": policy, "faq:en": faq}
    built.update(with_sections(sections))
    for code in ("es", "vi"):
        _translation, built[f"policy:{code}"] = translate(policy, code)
        built[f"faq_translation:{code}"], built[f"faq:{code}"] = translate(faq, code)
    return built


world = module_world(build_world)


@pytest.fixture
def site_in_three_languages(db, world):
    """{"policy"|"faq"|"faq_translation": {language code: object}}, with the
    site's "home" and "section"s, read afresh."""
    grouped = {}
    for name, obj in fresh(world).items():
        kind, key = name.split(":")
        grouped.setdefault(kind, {})[key] = obj
    return grouped


@pytest.fixture
def home_page(site_in_three_languages):
    return site_in_three_languages["home"]["en"]


@pytest.fixture
def section_indexes(site_in_three_languages):
    return site_in_three_languages["section"]


def assert_refused(response):
    """Refused: a 403, or Wagtail's redirect back with a permission message."""
    if response.status_code == 403:
        return
    assert response.status_code == 302, response.status_code
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("permission" in message for message in messages), messages


def page_edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def faq_url(view, *args):
    return reverse(f"wagtailsnippets_trust_faqs_faq:{view}", args=args)


@pytest.mark.parametrize("language", ["en", "vi"])
def test_pages_outside_their_locale_are_refused(
    site_in_three_languages, translator_client, language
):
    client = translator_client("es")
    page = site_in_three_languages["policy"][language]
    assert_refused(client.get(page_edit(page)))
    assert_refused(client.post(page_edit(page), {"title": "x"}))
    page.refresh_from_db()
    assert page.title != "x"


def test_pages_in_their_locale_open_in_the_translation_editor(
    site_in_three_languages, translator_client
):
    client = translator_client("es")
    response = client.get(page_edit(site_in_three_languages["policy"]["es"]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        template.name for template in response.templates
    ]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_snippets_outside_their_locale_are_refused(
    site_in_three_languages, translator_client, language
):
    client = translator_client("es")
    faq = site_in_three_languages["faq"][language]
    assert_refused(client.get(faq_url("edit", faq.pk)))
    assert_refused(client.post(faq_url("edit", faq.pk), {"question": "x"}))
    faq.refresh_from_db()
    assert faq.question != "x"


def test_snippets_in_their_locale_can_be_edited(
    site_in_three_languages, translator_client
):
    client = translator_client("es")
    faq = site_in_three_languages["faq"]["es"]
    assert client.get(faq_url("edit", faq.pk)).status_code == 200


def test_they_cannot_create_or_delete_snippets(
    site_in_three_languages, translator_client
):
    client = translator_client("es")
    assert_refused(client.get(faq_url("add") + "?locale=es"))
    faq = site_in_three_languages["faq"]["es"]
    assert_refused(client.post(faq_url("delete", faq.pk)))
    faq.refresh_from_db()


def test_they_cannot_publish_a_page(site_in_three_languages, translator_client):
    client = translator_client("es")
    page = site_in_three_languages["policy"]["es"]
    revision_before = page.live_revision_id
    assert_refused(client.post(page_edit(page), {"action": "publish"}))
    page.refresh_from_db()
    assert page.live_revision_id == revision_before


def test_they_cannot_publish_a_snippet(site_in_three_languages, translator_client):
    client = translator_client("es")
    faq = site_in_three_languages["faq"]["es"]
    revision_before = faq.live_revision_id
    assert_refused(client.post(faq_url("edit", faq.pk), {"action": "publish"}))
    faq.refresh_from_db()
    assert faq.live_revision_id == revision_before


def test_they_translate_strings_of_their_own_locale_only(
    site_in_three_languages, translator_client
):
    client = translator_client("es")
    translations = site_in_three_languages["faq_translation"]
    segment = StringSegment.objects.filter(source=translations["es"].source).first()

    def put(translation):
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        )
        return client.put(
            url,
            "value=Solo personal capacitado",
            content_type="application/x-www-form-urlencoded",
        )

    assert put(translations["vi"]).status_code == 403
    assert put(translations["es"]).status_code in {200, 201}


@pytest.mark.parametrize(
    ("language", "status"), [("vi", 403), ("es", 200)], ids=["other", "own"]
)
def test_po_download_of_snippet_translations_is_scoped(
    site_in_three_languages, translator_client, language, status
):
    client = translator_client("es")
    translation = site_in_three_languages["faq_translation"][language]
    url = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    assert client.get(url).status_code == status


def test_they_start_translations_into_their_own_language_only(
    site_in_three_languages, translator_client, locales, section_indexes
):
    client = translator_client("es")
    story = factories.StoryPageFactory(parent=section_indexes["stories"])
    url = reverse("wagtail_localize:submit_page_translation", args=[story.pk])

    refused = client.post(url, {"locales": [locales["vi"].pk]})
    assert refused.status_code == 403

    accepted = client.post(url, {"locales": [locales["es"].pk]})
    assert accepted.status_code == 302
    spanish = story.get_translation(locales["es"])
    assert not spanish.live


def test_they_may_sync_but_not_publish_every_language(
    site_in_three_languages, translator_client
):
    client = translator_client("es")
    source = site_in_three_languages["faq_translation"]["es"].source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.post(url, {"publish_translations": "on"}).status_code == 403
    assert client.post(url, {}).status_code == 302


def test_a_sync_publishes_snippet_translations_only_for_their_publishers(
    site_in_three_languages,
    client,
    admin_client,
    django_user_model,
    django_capture_on_commit_callbacks,
):
    # An FAQ's translation shows in every live page embedding it: publishing
    # it on a sync needs permission to publish FAQs, which editors lack.
    from cms.roles import ensure_editors_group

    editor = django_user_model.objects.create_user("editor")
    editor.groups.add(ensure_editors_group())
    client.force_login(editor)
    source = site_in_three_languages["faq_translation"]["es"].source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    spanish = site_in_three_languages["faq"]["es"]

    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    messages = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert "which you may not publish. Nothing was changed" in messages
    assert f"({spanish.locale.language_code})" in messages
    assert type(spanish).objects.get(pk=spanish.pk).live_revision_id == (
        spanish.live_revision_id
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url, {"publish_translations": "on"}).status_code == 302
    assert type(spanish).objects.get(pk=spanish.pk).live_revision_id != (
        spanish.live_revision_id
    )


def test_editors_are_not_limited(site_in_three_languages, admin_client):
    faq = site_in_three_languages["faq"]["vi"]
    assert admin_client.get(faq_url("edit", faq.pk)).status_code == 200


def test_joining_the_group_sets_the_admin_language(home_page, make_translator, client):
    user = make_translator("es")
    assert UserProfile.get_for_user(user).preferred_language == "es"

    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert b'<html lang="es"' in response.content


def test_a_chosen_admin_language_is_kept(locales, django_user_model):
    user = django_user_model.objects.create_user("chose-english", password="x" * 12)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    group, _roots = ensure_translator_group(locales["vi"])
    group.user_set.add(user)
    assert UserProfile.get_for_user(user).preferred_language == "en"


def test_other_locales_snippets_lose_their_edit_buttons(
    site_in_three_languages, make_translator
):
    translator = make_translator("es")
    faqs = site_in_three_languages["faq"]

    def buttons_for(faq):
        buttons = [
            Button("Edit", "/edit/", icon_name="edit"),
            Button("Copy", "/copy/", icon_name="copy"),
            Button("Translate", "/translate/", icon_name="wagtail-localize-language"),
        ]
        hide_snippet_buttons_outside_locale(buttons, faq, translator)
        return [button.label for button in buttons]

    assert buttons_for(faqs["es"]) == ["Edit", "Copy", "Translate"]
    assert buttons_for(faqs["vi"]) == ["Translate"]
    assert buttons_for(faqs["en"]) == ["Translate"]


def test_the_snippet_listing_still_shows_every_locale(
    site_in_three_languages, translator_client
):
    # Translators read the source and other translations; they only edit theirs.
    client = translator_client("es")
    response = client.get(faq_url("list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "[vi] Who can see the data?" in html
    assert "Who can see the data?" in html


def test_pages_tree_root_is_unreachable(site_in_three_languages, translator_client):
    client = translator_client("es")
    root = Page.get_first_root_node()
    assert_refused(client.get(page_edit(root)))
