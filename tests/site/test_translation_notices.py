"""Honest translations: an untranslated page says so in the reader's language
and marks its content with its real language; an outdated translation names
the date and version of the current official text and links to it."""

from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale

from tests.headless.conftest import publish_page

OUTDATED = (
    "This translation is older than the official text in %(language)s, which has "
    "changed since."
)


def in_spanish(message, **names):
    with translation.override("es"):
        text = gettext(message)
        # Inside a sentence, Spanish writes language names in lower case.
        words = {key: gettext(value).lower() for key, value in names.items()}
    return text % words if words else text


def test_an_untranslated_page_says_so_and_keeps_its_language(client, site, make_page):
    source = make_page("policy", title="Body-worn cameras")
    spanish_section = site["policy_es"].get_parent()
    copy = source.create_alias(
        parent=spanish_section, update_locale=Locale.objects.get(language_code="es")
    )

    content = client.get(copy.url).content.decode()

    # Spanish writes language names in lower case inside a sentence.
    notice = (
        "Esta página aún no se ha traducido al español. "
        "Se muestra en su idioma original, el inglés."
    )
    assert notice in content.replace("&#x27;", "'")
    assert '<html lang="es" dir="ltr">' in content
    assert '<article lang="en" dir="ltr">' in content
    assert "<h1>Body-worn cameras</h1>" in content


def test_an_outdated_translation_names_the_current_official_text(client, site):
    source, spanish = site["policy"], site["policy_es"]
    source = publish_page(source, summary="We now audit every quarter.")

    content = client.get(spanish.url).content.decode()

    assert in_spanish(OUTDATED, language="English") in content
    with translation.override("es"):
        published = formats.date_format(
            timezone.localtime(source.last_published_at), "DATE_FORMAT"
        )
    assert published in content
    version = client.get(f"/api/v1/pages/{source.pk}/").json()["current_version"]
    assert f"{version['label']}" in content
    assert f'<a class="usa-link" href="{source.url}" hreflang="en">' in content


def test_a_current_translation_has_no_notice(client, site):
    content = client.get(site["policy_es"].url).content.decode()

    assert "usa-alert--warning" not in content
    assert in_spanish(OUTDATED, language="English") not in content
