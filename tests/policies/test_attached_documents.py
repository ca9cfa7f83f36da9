"""A document a live policy attaches keeps its file and stays
(cms/attached_files.py): no role replaces its file through the document
library's edit form, or deletes it alone, from the multiple-upload page or in
a bulk action; each is told why and what to do. The document's other fields
still change, and a document that only drafts or unguarded pages attach is
replaced or deleted as before."""

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.roles import EDITORS
from plugins.policies.permissions import POLICY_APPROVERS
from tests import factories

Document = get_document_model()


def document(title="Signed policy", content=b"version one"):
    return Document.objects.create(
        title=title,
        collection=Collection.get_first_root_node(),
        file=SimpleUploadedFile("signed.txt", content),
    )


def attach(parent, doc, *, live=True, **fields):
    policy = factories.PolicyPageFactory(
        parent=parent,
        documents=[{"type": "document", "value": {"document": doc.pk}}],
        live=live,
        **fields,
    )
    revision = policy.save_revision()
    if live:
        revision.publish()
    return policy


def edit(client, doc, **changes):
    data = {
        "title": doc.title,
        "collection": doc.collection_id,
        "tags": "",
        **changes,
    }
    return client.post(reverse("wagtaildocs:edit", args=[doc.pk]), data)


def stored(doc):
    doc = Document.objects.get(pk=doc.pk)
    with doc.file.open() as file:
        return file.read()


def new_file():
    return SimpleUploadedFile("signed-v2.txt", b"version two")


@pytest.mark.parametrize(
    "groups", [(EDITORS,), (EDITORS, POLICY_APPROVERS)], ids=["editor", "approver"]
)
def test_no_role_replaces_the_file_a_live_policy_attaches(
    roles, section_indexes, groups
):
    doc = document()
    attach(section_indexes["policies"], doc, title="License-plate readers")
    client = roles(*groups)

    response = edit(client, doc, file=new_file())

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors == [
        "Live pages that only an approver may change attach this file: "
        "“License-plate readers”. Replacing it would change what was approved, "
        "with no new version. Upload the new file as a new document and attach "
        "it in a new version of each."
    ]
    assert stored(doc) == b"version one"


def test_its_title_still_changes(roles, section_indexes):
    doc = document()
    attach(section_indexes["policies"], doc)
    response = edit(roles(EDITORS), doc, title="Signed policy (2025)")
    assert response.status_code == 302
    assert Document.objects.get(pk=doc.pk).title == "Signed policy (2025)"
    assert stored(doc) == b"version one"


def test_a_link_in_the_policys_text_counts_too(roles, section_indexes):
    doc = document()
    section = factories.section("1", "Purpose", "")
    section["value"]["body"] = (
        f'<p>See <a linktype="document" id="{doc.pk}">it</a>.</p>'
    )
    body = [section]
    factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="Drones", body=body
    ).save_revision().publish()
    response = edit(roles(EDITORS), doc, file=new_file())
    assert response.status_code == 200
    assert "“Drones”" in response.context["form"].errors["file"][0]
    assert stored(doc) == b"version one"


def test_a_document_only_drafts_attach_is_replaced(roles, section_indexes):
    doc = document()
    attach(section_indexes["policies"], doc, live=False)
    # A live policy whose text holds the same number links nothing.
    factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Retention",
        policy_number=str(doc.pk),
    ).save_revision().publish()
    response = edit(roles(EDITORS), doc, file=new_file())
    assert response.status_code == 302, response.context["form"].errors
    assert stored(doc) == b"version two"


def test_a_document_a_live_tip_attaches_is_replaced(roles, section_indexes):
    doc = document()
    tip = factories.TipPageFactory(
        parent=section_indexes["tips"],
        body=[{"type": "document", "value": {"document": doc.pk}}],
    )
    tip.save_revision().publish()
    response = edit(roles(EDITORS), doc, file=new_file())
    assert response.status_code == 302, response.context["form"].errors
    assert stored(doc) == b"version two"


def test_no_role_deletes_a_document_a_live_policy_attaches(roles, section_indexes):
    doc = document()
    attach(section_indexes["policies"], doc, title="License-plate readers")
    client = roles(EDITORS, POLICY_APPROVERS)
    url = reverse("wagtaildocs:delete", args=[doc.pk])

    confirmation = client.get(url)
    assert confirmation.status_code == 200
    said = [str(message) for message in get_messages(confirmation.wsgi_request)]
    assert said == [
        "“Signed policy” cannot be deleted: live pages that only an approver may "
        "change attach it (“License-plate readers”). Attach another document in "
        "a new version of each first."
    ]
    assert b"Yes, delete" not in confirmation.content

    refused = client.post(url)
    assert refused.status_code == 302
    assert Document.objects.filter(pk=doc.pk).exists()

    uploaded = client.post(reverse("wagtaildocs:delete_multiple", args=[doc.pk]))
    assert uploaded.status_code == 409
    assert uploaded.json() == {"success": False, "error_message": said[0]}
    assert Document.objects.filter(pk=doc.pk).exists()

    bulk = client.post(
        reverse("wagtail_bulk_action", args=["wagtaildocs", "document", "delete"])
        + f"?id={doc.pk}&next=/admin/documents/",
    )
    assert bulk.status_code == 302
    assert Document.objects.filter(pk=doc.pk).exists()


def test_a_document_no_live_policy_attaches_is_deleted(roles, section_indexes):
    doc = document()
    attach(section_indexes["policies"], doc, live=False)
    client = roles(EDITORS)
    confirmation = client.get(reverse("wagtaildocs:delete", args=[doc.pk]))
    assert b"Yes, delete" in confirmation.content
    response = client.post(reverse("wagtaildocs:delete", args=[doc.pk]))
    assert response.status_code == 302
    assert not Document.objects.filter(pk=doc.pk).exists()
