"""Rich text links in API responses lead to the page's own language, however
many texts share one lookup."""

from django.utils import translation
from wagtail.rich_text import expand_db_html

from plugins.headless.rich_text import links_checked_by
from plugins.headless.visibility import Visibility
from tests import factories


def test_a_spanish_page_links_to_the_spanish_pages(client, make_policy, translate):
    policy = make_policy(title="License-plate readers")
    spanish = translate(policy, "es", title="Lectores de matrículas")

    def linking_paragraph(page):
        data = client.get(f"/api/v1/policies/{page.pk}/").json()
        return next(b["value"] for b in data["body"] if b["type"] == "paragraph")

    assert '<a href="/en/policies/">the index</a>' in linking_paragraph(policy)
    assert '<a href="/es/policies/">the index</a>' in linking_paragraph(spanish)


def test_a_link_resolved_in_one_language_is_resolved_again_in_another(
    rf, make_policy, translate, section_indexes
):
    translate(make_policy(title="License-plate readers"), "es")
    link = f'<a linktype="page" id="{section_indexes["policies"].pk}">Policies</a>'
    with links_checked_by(Visibility(rf.get("/", HTTP_HOST="localhost"))):
        with translation.override("en"):
            english = expand_db_html(link)
        with translation.override("es"):
            spanish = expand_db_html(link)
    assert english == '<a href="/en/policies/">Policies</a>'
    assert spanish == '<a href="/es/policies/">Policies</a>'


def test_a_faq_links_to_its_own_languages_pages_in_any_request_language(
    client, make_policy, translate, locales, section_indexes
):
    translate(make_policy(title="License-plate readers"), "es")
    index = section_indexes["policies"]
    answer = f'<p>See <a linktype="page" id="{index.pk}">the policies</a>.</p>'
    spanish = factories.FAQFactory(answer=answer, locale=locales["es"])
    english = factories.FAQFactory(answer=answer, locale=locales["en"])
    listed = client.get("/api/v1/faqs/", HTTP_ACCEPT_LANGUAGE="en").json()
    answers = {item["id"]: item["answer"] for item in listed["items"]}
    assert '<a href="/es/policies/">the policies</a>' in answers[spanish.pk]
    assert '<a href="/en/policies/">the policies</a>' in answers[english.pk]
    detail = client.get(f"/api/v1/faqs/{spanish.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<a href="/es/policies/">the policies</a>' in detail.json()["answer"]
