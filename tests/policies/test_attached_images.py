"""An image a live policy shows keeps its file and stays
(cms/attached_files.py): no role replaces its file through the image
library's edit form, or deletes it alone, from the multiple-upload page or in
a bulk action; each is told why and what to do. The image's other fields
still change, and an image that only drafts or unguarded pages show is
replaced or deleted as before."""

import io

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as Picture
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.roles import EDITORS
from plugins.policies.permissions import POLICY_APPROVERS
from tests import factories

Image = get_image_model()


def picture(color):
    """A small PNG of one color, as an upload."""
    data = io.BytesIO()
    Picture.new("RGB", (8, 6), color).save(data, "PNG")
    return SimpleUploadedFile(f"{color}.png", data.getvalue(), "image/png")


def image(title="Camera on Main Street"):
    return factories.ImageFactory(
        title=title, file=picture("navy"), collection=Collection.get_first_root_node()
    )


def show(parent, img, *, live=True, **fields):
    policy = factories.PolicyPageFactory(parent=parent, live=live, **fields)
    revision = policy.save_revision()
    if live:
        revision.publish()
    return policy


def body_image(img):
    return [{"type": "image", "value": {"image": img.pk, "alt_text": ""}}]


def edit(client, img, **changes):
    data = {
        "title": img.title,
        "collection": img.collection_id,
        "tags": "",
        "description": img.description,
        "credit": img.credit,
        **changes,
    }
    return client.post(reverse("wagtailimages:edit", args=[img.pk]), data)


def stored(img):
    img = Image.objects.get(pk=img.pk)
    with img.file.open() as file:
        return Picture.open(file).getpixel((0, 0))


NAVY, TEAL = (0, 0, 128), (0, 128, 128)


@pytest.mark.parametrize(
    "groups", [(EDITORS,), (EDITORS, POLICY_APPROVERS)], ids=["editor", "approver"]
)
def test_no_role_replaces_the_hero_image_of_a_live_policy(
    roles, section_indexes, groups
):
    img = image()
    show(section_indexes["policies"], img, title="Cameras", hero_image=img)
    client = roles(*groups)

    response = edit(client, img, file=picture("teal"))

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [
        "Live pages that only an approver may change show this image: "
        "“Cameras”. Replacing its file would change what was approved, with no "
        "new version. Upload the new picture as a new image and choose it in a "
        "new version of each."
    ]
    assert stored(img) == NAVY


def test_an_image_block_counts_too_and_its_alt_text_still_changes(
    roles, section_indexes
):
    img = image()
    show(section_indexes["policies"], img, title="Drones", body=body_image(img))
    client = roles(EDITORS)

    refused = edit(client, img, file=picture("teal"))
    assert "“Drones”" in refused.context["form"].errors["file"][0]

    described = edit(client, img, description="A camera on a pole")
    assert described.status_code == 302, described.context["form"].errors
    assert Image.objects.get(pk=img.pk).description == "A camera on a pole"
    assert stored(img) == NAVY


def test_an_image_embedded_in_the_policys_text_counts_too(roles, section_indexes):
    img = image()
    section = factories.section("1", "Purpose", "")
    section["value"]["body"] = (
        f'<p>Where:</p><embed alt="A pole" embedtype="image" format="left" '
        f'id="{img.pk}"/>'
    )
    show(section_indexes["policies"], img, title="Cameras", body=[section])

    response = edit(roles(EDITORS), img, file=picture("teal"))

    assert "“Cameras”" in response.context["form"].errors["file"][0]
    assert stored(img) == NAVY


def test_an_image_only_a_draft_or_a_live_tip_shows_is_replaced(roles, section_indexes):
    img = image()
    show(section_indexes["policies"], img, live=False, hero_image=img)
    factories.TipPageFactory(
        parent=section_indexes["tips"], hero_image=img
    ).save_revision().publish()
    # A live policy whose text holds the same number shows nothing.
    show(section_indexes["policies"], img, policy_number=str(img.pk))

    response = edit(roles(EDITORS), img, file=picture("teal"))

    assert response.status_code == 302, response.context["form"].errors
    assert stored(img) == TEAL


def test_no_role_deletes_an_image_a_live_policy_shows(roles, section_indexes):
    img = image()
    show(section_indexes["policies"], img, title="Cameras", share_image=img)
    client = roles(EDITORS, POLICY_APPROVERS)
    url = reverse("wagtailimages:delete", args=[img.pk])
    reason = (
        "“Camera on Main Street” cannot be deleted: live pages that only an "
        "approver may change show it (“Cameras”). Choose another image in a new "
        "version of each first."
    )

    confirmation = client.get(url)
    assert confirmation.status_code == 200
    said = [str(message) for message in get_messages(confirmation.wsgi_request)]
    assert said == [reason]
    assert b"Yes, delete" not in confirmation.content

    refused = client.post(url)
    assert refused.status_code == 302
    assert refused.url == reverse("wagtailimages:edit", args=[img.pk])

    uploaded = client.post(reverse("wagtailimages:delete_multiple", args=[img.pk]))
    assert uploaded.status_code == 409
    assert uploaded.json() == {"success": False, "error_message": reason}

    bulk = client.post(
        reverse(
            "wagtail_bulk_action",
            args=[Image._meta.app_label, Image._meta.model_name, "delete"],
        )
        + f"?id={img.pk}&next=/admin/images/",
    )
    assert bulk.status_code == 302
    assert Image.objects.filter(pk=img.pk).exists()


def test_an_image_no_live_policy_shows_is_deleted(roles, section_indexes):
    img, uploaded = image(), image("Just uploaded")
    show(section_indexes["policies"], img, live=False, hero_image=img)
    client = roles(EDITORS)

    confirmation = client.get(reverse("wagtailimages:delete", args=[img.pk]))
    assert b"Yes, delete" in confirmation.content
    response = client.post(reverse("wagtailimages:delete", args=[img.pk]))
    assert response.status_code == 302
    assert not Image.objects.filter(pk=img.pk).exists()

    gone = client.post(reverse("wagtailimages:delete_multiple", args=[uploaded.pk]))
    assert gone.json() == {"success": True, "image_id": uploaded.pk}
    assert not Image.objects.filter(pk=uploaded.pk).exists()
