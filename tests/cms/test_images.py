"""Agency images: alt text is required, a credit is optional."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from cms.models import AgencyImage
from tests import factories


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return buffer.getvalue()


def test_the_agency_image_model_is_active():
    assert get_image_model() is AgencyImage


def test_an_image_without_alt_text_is_invalid(db):
    image = factories.ImageFactory()
    image.description = ""
    with pytest.raises(ValidationError) as excinfo:
        image.full_clean()
    assert excinfo.value.message_dict == {
        "description": ["This field cannot be blank."]
    }


def test_an_image_without_credit_is_valid(db):
    image = factories.ImageFactory(credit="")
    image.full_clean()


def test_alt_text_is_the_description(db):
    image = factories.ImageFactory(description="A patrol car at a school")
    assert image.default_alt_text == "A patrol car at a school"


class TestAdminForm:
    @pytest.fixture
    def form_class(self):
        return get_image_form(AgencyImage)

    def test_asks_for_alt_text_and_credit(self, form_class):
        fields = form_class.base_fields
        assert fields["description"].required
        assert fields["description"].label == "Alt text"
        assert not fields["credit"].required

    def test_upload_without_alt_text_is_refused(self, admin_client):
        response = admin_client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Block party",
                "file": SimpleUploadedFile("party.png", png_bytes()),
                "description": "",
                "credit": "Riverside PD",
            },
        )
        assert response.status_code == 200
        assert response.context["form"].errors["description"] == [
            "This field is required."
        ]
        assert not AgencyImage.objects.exists()


def test_a_hero_image_renders_with_its_alt_text(client, section_indexes):
    image = factories.ImageFactory(description="Residents at National Night Out")
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], hero_image=image
    )
    content = client.get(policy.url).content.decode()
    assert 'alt="Residents at National Night Out"' in content
    assert 'width="1024"' in content
