"""Safe sync: wagtail-localize's known failure modes, each ruled out.

- A restarted translation keeps the translator's hand edits (issue #876), or
  the restart is refused when they could not be kept.
- A synchronized field a translator overrode keeps the override on re-sync.
- Submitting a live page for translation publishes no untranslated copy.
- Making a source page private withholds its translations at once, on the
  site and in the API.
- Unpublishing or deleting a source takes its translations offline.
- Editing one paragraph keeps the translations of the others.
"""

import uuid

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringTranslation,
    Translation,
)

from plugins.translation.privacy import source_restrictions
from tests import factories
from tests.headless.conftest import (
    agency_home,
    fresh_world,
    module_world,
    sections_of,
    sections_under,
    with_sections,
)
from tests.translation.conftest import add_faq, add_policy, publish_now, translator_of


def api_detail(client, page):
    return client.get(f"/api/v1/pages/{page.pk}/")


def build_world():
    """On the agency's site, a policy translated into Spanish, a policy and an
    FAQ translated into nothing: the world of this module, built once
    (``built_once``)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    sections = sections_under(agency_home())
    # Sibling policies need their own slugs; add_policy gives them the same.
    untranslated = add_policy(sections)
    untranslated.slug = "untranslated-license-plate-readers"
    untranslated = publish_now(untranslated)
    policy = add_policy(sections)
    translation, spanish = translator_of(locales)(policy, "es")
    return {
        **with_sections(sections),
        "policy": policy,
        "spanish_translation": translation,
        "spanish_policy": spanish.specific,
        "untranslated_policy": untranslated,
        "faq": add_faq(locales),
    }


world = module_world(build_world)


site = fresh_world()


@pytest.fixture
def section_indexes(site):
    return sections_of(site)


@pytest.fixture
def policy(site):
    """The policy translated into Spanish."""
    return site["policy"]


@pytest.fixture
def spanish_policy(site):
    """The policy's Spanish ``Translation`` and its Spanish page."""
    return site["spanish_translation"], site["spanish_policy"]


@pytest.fixture
def untranslated_policy(site):
    """A policy like ``policy``, but translated into nothing yet."""
    return site["untranslated_policy"]


@pytest.fixture
def faq(site):
    return site["faq"]


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def stop(admin_client, translation):
    response = admin_client.post(
        reverse("wagtail_localize:stop_translation", args=[translation.pk]),
        {"next": "/admin/"},
    )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert not translation.enabled


def restart(admin_client, page):
    return admin_client.post(edit_url(page), {"localize-restart-translation": "on"})


# Hand edits and overrides -----------------------------------------------------


def test_a_restarted_translation_keeps_hand_edits(
    admin_client, untranslated_policy, translate, publish, run_on_commit
):
    untranslated_policy.hero_image = factories.ImageFactory()
    publish(untranslated_policy)
    translation, spanish = translate(untranslated_policy, "es")
    stop(admin_client, translation)
    other_image = factories.ImageFactory()
    # Edited by hand while the sync was stopped: a text and a synchronized image.
    spanish.summary = "Cómo usamos los lectores de placas, escrito a mano."
    spanish.hero_image = other_image
    spanish.save_revision()

    response = restart(admin_client, spanish)
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.enabled

    # The next sync (publishing in the translation editor) rebuilds the page.
    run_on_commit(translation.save_target, publish=True)
    spanish = Page.objects.get(pk=spanish.pk).specific
    assert spanish.summary == "Cómo usamos los lectores de placas, escrito a mano."
    assert spanish.hero_image == other_image
    assert spanish.title == "[es] License-plate readers"


def test_a_restart_that_would_lose_text_is_refused(admin_client, spanish_policy):
    translation, spanish = spanish_policy
    stop(admin_client, translation)
    spanish.body = [
        *spanish.body.raw_data,
        {
            "type": "section",
            "id": str(uuid.uuid4()),
            "value": {
                "number": "3",
                "title": "Auditoría",
                "body": "<p>Una sección añadida a mano.</p>",
                "covers": [],
            },
        },
    ]
    spanish.save_revision()

    response = restart(admin_client, spanish)

    assert response.status_code == 302
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("was not restarted" in message for message in messages), messages
    translation.refresh_from_db()
    assert not translation.enabled


def test_an_image_added_by_hand_where_the_source_has_none_blocks_a_restart(
    admin_client, spanish_policy
):
    translation, spanish = spanish_policy
    stop(admin_client, translation)
    spanish.hero_image = factories.ImageFactory()
    spanish.save_revision()

    restart(admin_client, spanish)

    translation.refresh_from_db()
    assert not translation.enabled


def test_an_overridden_image_survives_a_resync(
    admin_client, untranslated_policy, translate, publish, run_on_commit
):
    first, second = factories.ImageFactory(), factories.ImageFactory()
    untranslated_policy.hero_image = first
    publish(untranslated_policy)
    translation, spanish = translate(untranslated_policy, "es")
    segment = OverridableSegment.objects.get(
        source=translation.source, context__path="hero_image"
    )
    response = admin_client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        f"value={second.pk}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in {200, 201}

    untranslated_policy.summary = "A new summary."
    untranslated_policy.change_note = "New summary."
    publish(untranslated_policy)
    sync = admin_client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
        {"publish_translations": "on"},
    )
    assert sync.status_code == 302
    run_on_commit(translation.save_target, publish=True)

    spanish = Page.objects.get(pk=spanish.pk).specific
    assert spanish.hero_image == second
    assert SegmentOverride.objects.filter(locale=translation.target_locale).exists()


# Publishing status ---------------------------------------------------------------


def test_submitting_a_live_page_does_not_publish_an_untranslated_copy(
    admin_client, client, untranslated_policy, locales, settings
):
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
    assert untranslated_policy.live
    response = admin_client.post(
        reverse(
            "wagtail_localize:submit_page_translation", args=[untranslated_policy.pk]
        ),
        {"locales": [locales["es"].pk]},
    )
    assert response.status_code == 302

    spanish = untranslated_policy.get_translation(locales["es"])
    assert not spanish.live
    assert spanish.title == untranslated_policy.title  # untranslated, so not public
    assert api_detail(client, spanish).status_code == 404


def test_submitting_a_live_snippet_does_not_publish_it_untranslated(
    admin_client, faq, locales
):
    response = admin_client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["trust_faqs", "faq", faq.pk],
        ),
        {"locales": [locales["vi"].pk]},
    )
    assert response.status_code == 302
    assert not faq.get_translation(locales["vi"]).live


# Privacy --------------------------------------------------------------------------


def set_privacy(admin_client, page, **data):
    response = admin_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), data
    )
    assert response.status_code == 200
    assert response.json()["step"] == "set_privacy_done"


def test_making_the_source_private_withholds_translations_at_once(
    admin_client, client, policy, spanish_policy
):
    _translation, spanish = spanish_policy
    assert client.get(spanish.url).status_code == 200
    assert api_detail(client, spanish).status_code == 200

    set_privacy(admin_client, policy, restriction_type="login")

    site = client.get(spanish.url)
    assert site.status_code == 302
    assert "/_util/login/" in site["Location"]
    assert api_detail(client, spanish).status_code == 404
    assert PageViewRestriction.objects.get(page=spanish).restriction_type == "login"


def test_a_password_and_groups_are_mirrored_and_lifted_with_the_source(
    admin_client, client, policy, spanish_policy, django_user_model
):
    _translation, spanish = spanish_policy
    set_privacy(admin_client, policy, restriction_type="password", password="s3cret!")
    copy = PageViewRestriction.objects.get(page=spanish)
    assert (copy.restriction_type, copy.password) == ("password", "s3cret!")
    response = client.get(spanish.url)
    assert b'name="password"' in response.content

    set_privacy(admin_client, policy, restriction_type="none")
    assert not PageViewRestriction.objects.filter(page=spanish).exists()
    assert client.get(spanish.url).status_code == 200
    assert api_detail(client, spanish).status_code == 200


def test_a_restriction_made_without_signals_is_still_enforced(
    client, policy, spanish_policy
):
    _translation, spanish = spanish_policy
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=policy, restriction_type="login")]
    )
    assert not PageViewRestriction.objects.filter(page=spanish).exists()

    assert client.get(spanish.url).status_code == 302
    assert api_detail(client, spanish).status_code == 404


def test_a_translation_private_by_its_source_is_never_kept_by_shared_caches(
    client, policy, spanish_policy, django_user_model
):
    # Wagtail marks a page it lets a signed-in reader see behind a restriction
    # "private, no-cache, no-store"; the source's restriction must do the same
    # for its translation, or a CDN could keep it for anonymous residents.
    _translation, spanish = spanish_policy
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=policy, restriction_type="login")]
    )
    client.force_login(django_user_model.objects.create_user("officer"))

    for page in (policy, spanish):
        response = client.get(page.url)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]


def test_the_serve_time_check_costs_one_query(
    policy, spanish_policy, django_assert_num_queries
):
    _translation, spanish = spanish_policy
    for page in (policy, spanish):
        with django_assert_num_queries(1):
            assert list(source_restrictions(page)) == []


def test_a_private_section_withholds_translated_pages_below_it(
    admin_client, client, section_indexes, spanish_policy
):
    _translation, spanish = spanish_policy
    set_privacy(admin_client, section_indexes["policies"], restriction_type="login")
    assert client.get(spanish.url).status_code == 302
    assert api_detail(client, spanish).status_code == 404


# Unpublishing and deleting the source ------------------------------------------------


def test_unpublishing_the_source_in_the_admin_unpublishes_translations(
    admin_client, client, policy, spanish_policy
):
    _translation, spanish = spanish_policy
    url = reverse("wagtailadmin_pages:unpublish", args=[policy.pk])
    confirm = admin_client.get(url)
    assert confirm.context["translation_count"] == 1

    assert admin_client.post(url).status_code == 302

    spanish.refresh_from_db()
    assert not spanish.live
    assert api_detail(client, spanish).status_code == 404


def test_unpublishing_the_source_by_other_means_unpublishes_translations(
    policy, spanish_policy
):
    _translation, spanish = spanish_policy
    policy.unpublish()
    spanish.refresh_from_db()
    assert not spanish.live


def test_unpublishing_a_source_snippet_unpublishes_its_translations(
    faq, translate, admin_client
):
    _translation, spanish = translate(faq, "es")
    url = reverse("wagtailsnippets_trust_faqs_faq:unpublish", args=[faq.pk])
    assert admin_client.post(url).status_code == 302
    spanish.refresh_from_db()
    assert not spanish.live


def test_deleting_the_source_in_the_admin_deletes_its_translations(
    admin_client, policy, spanish_policy
):
    _translation, spanish = spanish_policy
    url = reverse("wagtailadmin_pages:delete", args=[policy.pk])
    assert admin_client.post(url).status_code == 302
    assert not Page.objects.filter(pk=spanish.pk).exists()


def test_a_source_deleted_by_other_means_leaves_unpublished_translations(
    policy, spanish_policy
):
    _translation, spanish = spanish_policy
    policy.delete()
    spanish.refresh_from_db()
    assert not spanish.live


# Translation memory -------------------------------------------------------------------


def test_editing_one_paragraph_keeps_the_other_translations(
    section_indexes, translate, publish, run_on_commit
):
    story = factories.StoryPageFactory(
        parent=section_indexes["stories"],
        body=[
            factories.paragraph("A neighbor saw the theft."),
            factories.paragraph("Officers found the bicycles."),
            factories.paragraph("The owners have them back."),
        ],
    )
    publish(story)
    wording = {
        "A neighbor saw the theft.": "Un vecino vio el robo.",
        "Officers found the bicycles.": "Los agentes encontraron las bicicletas.",
        "The owners have them back.": "Los dueños las recuperaron.",
    }
    translation, spanish = translate(
        story, "es", wording=lambda text: wording.get(text, f"[es] {text}")
    )
    kept = set(
        StringTranslation.objects.filter(
            translation_of__data__in=list(wording)
        ).values_list("pk", flat=True)
    )

    body = story.body.raw_data
    body[1]["value"] = "<p>Officers found all three bicycles.</p>"
    story.body = body
    publish(story)
    translation.source.update_from_db()
    run_on_commit(translation.save_target, publish=True)

    spanish = Page.objects.get(pk=spanish.pk).specific
    paragraphs = [block.value.source for block in spanish.body]
    assert paragraphs == [
        "<p>Un vecino vio el robo.</p>",
        "<p>Officers found all three bicycles.</p>",
        "<p>Los dueños las recuperaron.</p>",
    ]
    # The same translations, reused rather than made again.
    assert kept <= set(StringTranslation.objects.values_list("pk", flat=True))
    total, done = Translation.objects.get(pk=translation.pk).get_progress()
    assert done == total - 1
