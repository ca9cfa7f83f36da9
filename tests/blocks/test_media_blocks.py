"""Media blocks: images with required alt text, embeds and documents."""

import uuid

import pytest
import redis
from django.core.cache import cache
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.test.utils import wagtail_factories

from blocks import (
    DocumentBlock,
    EmbedBlock,
    ImageBlock,
    image_representation,
    load_renditions,
)
from cms.models import AgencyImage
from tests import factories

ALT_TEXT_REQUIRED = (
    "Alt text is required: describe the image for people who use screen readers."
)
VIDEO_URL = "https://www.youtube.com/watch?v=community-meeting"
REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def image(db):
    return factories.ImageFactory(
        description="Officers and residents at a block party", credit="Riverside PD"
    )


@pytest.fixture
def image_without_description(image):
    # The model requires a description; an import or a bulk update can still
    # leave it empty in the database.
    AgencyImage.objects.filter(pk=image.pk).update(description="")
    return image


def image_value(image, **fields):
    return {"image": image.pk, "alt_text": "", "caption": "", "credit": "", **fields}


class TestImageBlockValidation:
    block = ImageBlock()

    def test_uses_the_image_description_when_alt_text_is_empty(self, image):
        value = self.block.clean(self.block.to_python(image_value(image)))
        assert value["image"] == image

    def test_accepts_alt_text_for_an_image_without_description(
        self, image_without_description
    ):
        raw = image_value(image_without_description, alt_text="A patrol car")
        value = self.block.clean(self.block.to_python(raw))
        assert value["alt_text"] == "A patrol car"

    def test_refuses_an_image_with_neither_alt_text_nor_description(
        self, image_without_description, block_errors
    ):
        errors = block_errors(self.block, image_value(image_without_description))
        assert errors == {
            "blockErrors": {"alt_text": {"messages": [ALT_TEXT_REQUIRED]}}
        }

    def test_requires_an_image(self, db, block_errors):
        errors = block_errors(self.block, {"image": None, "alt_text": "A car"})
        assert errors == {
            "blockErrors": {"image": {"messages": ["This field is required."]}}
        }


class TestImageBlockRepresentation:
    block = ImageBlock()

    def test_shape(self, image):
        value = self.block.to_python(
            image_value(image, alt_text="Two officers", caption="National Night Out")
        )
        representation = self.block.get_api_representation(value)
        assert set(representation) == {
            "id",
            "alt",
            "alt_locale",
            "credit",
            "width",
            "height",
            "renditions",
            "caption",
        }
        assert representation["id"] == image.pk
        assert representation["alt"] == "Two officers"
        # Written with the content, so in the content's language.
        assert representation["alt_locale"] is None
        assert representation["caption"] == "National Night Out"
        assert (representation["width"], representation["height"]) == (1700, 1000)

    def test_renditions_give_each_srcset_width_once(self, image):
        representation = self.block.get_api_representation(
            self.block.to_python(image_value(image))
        )
        renditions = representation["renditions"]
        assert [rendition["width"] for rendition in renditions] == [
            320,
            640,
            1024,
            1600,
        ]
        for rendition in renditions:
            assert set(rendition) == {"width", "url"}
            # Outside a request, with no CMS_MEDIA_URL: the storage's path.
            assert rendition["url"].startswith("/media/images/")

    def test_cms_media_url_makes_rendition_urls_absolute(self, image, settings):
        settings.CMS_MEDIA_URL = "https://media.example.gov"
        representation = image_representation(image)
        assert all(
            rendition["url"].startswith("https://media.example.gov/media/images/")
            for rendition in representation["renditions"]
        )

    def test_widths_follow_the_setting(self, image, settings):
        settings.CMS_IMAGE_RENDITION_WIDTHS = (200, 800)
        representation = image_representation(image)
        assert [r["width"] for r in representation["renditions"]] == [200, 800]
        settings.CMS_IMAGE_RENDITION_WIDTHS = (480,)
        representation = image_representation(image)
        assert [r["width"] for r in representation["renditions"]] == [480]

    def test_small_image_is_not_listed_at_widths_it_cannot_fill(self, db):
        small = factories.ImageFactory(file__width=500, file__height=300)
        representation = image_representation(small)
        assert [rendition["width"] for rendition in representation["renditions"]] == [
            320,
            500,
        ]

    def test_falls_back_to_the_image_description_and_credit(self, image):
        representation = self.block.get_api_representation(
            self.block.to_python(image_value(image))
        )
        assert representation["alt"] == "Officers and residents at a block party"
        assert representation["credit"] == "Riverside PD"
        assert representation["caption"] == ""

    def test_block_credit_overrides_the_image_credit(self, image):
        representation = self.block.get_api_representation(
            self.block.to_python(image_value(image, credit="Photo: J. Lee"))
        )
        assert representation["credit"] == "Photo: J. Lee"

    def test_renders_figure_with_alt_text_and_credit(self, image):
        html = self.block.render(
            self.block.to_python(image_value(image, caption="At the park"))
        )
        assert 'alt="Officers and residents at a block party"' in html
        assert "<figcaption>At the park <small>Riverside PD</small></figcaption>" in (
            html
        )

    def test_renders_a_deleted_image_as_nothing_in_the_api(self, image):
        raw = image_value(image)
        image.delete()
        assert self.block.get_api_representation(self.block.to_python(raw)) is None


class TestLoadRenditions:
    """A response's images get their renditions in bulk: one read of Wagtail's
    rendition cache, and one query for the images it lacks."""

    def fresh(self, *images):
        """The images as a new request reads them: nothing loaded yet."""
        by_id = AgencyImage.objects.in_bulk([image.pk for image in images])
        return [by_id[image.pk] for image in images]

    def test_a_cold_cache_costs_one_query_for_every_image_then_none(
        self, db, django_assert_num_queries
    ):
        images = [factories.ImageFactory(), factories.ImageFactory()]
        shown = [image_representation(image) for image in self.fresh(*images)]
        cache.clear()
        cold = self.fresh(*images)
        with django_assert_num_queries(1):
            load_renditions([*cold, None, cold[0]])
        with django_assert_num_queries(0):
            assert [image_representation(image) for image in cold] == shown
        warm = self.fresh(*images)
        with django_assert_num_queries(0):
            load_renditions(warm)
            assert [image_representation(image) for image in warm] == shown

    def test_an_image_loaded_already_is_left_alone(self, db, django_assert_num_queries):
        (image,) = self.fresh(factories.ImageFactory())
        load_renditions([image])
        loaded = image.prefetched_renditions
        with django_assert_num_queries(0):
            load_renditions([image, None])
        assert image.prefetched_renditions is loaded

    def test_an_image_without_renditions_yet_gets_them_made(self, db):
        # Uploaded but never shown: nothing in the cache or the database, so
        # the representation makes them, as Wagtail does for one image.
        (image,) = self.fresh(factories.ImageFactory())
        cache.clear()
        image.renditions.all().delete()
        load_renditions([image])
        assert image.prefetched_renditions == []
        widths = [r["width"] for r in image_representation(image)["renditions"]]
        assert widths == [320, 640, 1024, 1600]
        assert image.renditions.count() == 4


def redis_renditions(location, prefix):
    """CACHES with production's renditions cache (cms/settings.py) at
    ``location``, under ``prefix``."""
    return {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "cms.cache_backend.DegradingRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
        },
    }


@pytest.fixture
def redis_prefix():
    """A key prefix of this test's own in the local Redis, emptied after."""
    prefix = f"test-renditions-{uuid.uuid4().hex}"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


class TestRenditionsInRedis:
    """Production keeps renditions in Redis, shared by every process."""

    def test_a_process_reads_what_another_cached(
        self, db, settings, redis_prefix, django_assert_num_queries
    ):
        settings.CACHES = redis_renditions(REDIS_URL, redis_prefix)
        image = factories.ImageFactory()
        shown = image_representation(AgencyImage.objects.get(pk=image.pk))
        stored = list(redis.Redis.from_url(REDIS_URL).scan_iter(f"{redis_prefix}:*"))
        assert len(stored) == 4  # one per srcset width
        # Another process: nothing in memory, the same Redis.
        other = AgencyImage.objects.get(pk=image.pk)
        with django_assert_num_queries(0):
            load_renditions([other])
            assert image_representation(other) == shown

    def test_with_redis_down_renditions_come_from_the_database(
        self, db, settings, django_assert_num_queries
    ):
        image = factories.ImageFactory()
        shown = image_representation(AgencyImage.objects.get(pk=image.pk))
        # Nothing listens on port 9 (discard): every cache call fails.
        settings.CACHES = redis_renditions("redis://127.0.0.1:9/0", "down")
        again = AgencyImage.objects.get(pk=image.pk)
        with django_assert_num_queries(1):
            load_renditions([again])
            assert image_representation(again) == shown


@pytest.fixture
def cached_embed(db):
    """An embed already in Wagtail's cache, so no provider is asked over the network."""
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/x"></iframe>',
        title="Community meeting",
        provider_name="YouTube",
    )


class TestEmbedBlock:
    block = EmbedBlock()

    def test_accepts_a_url_that_has_an_embed(self, cached_embed):
        value = self.block.clean(
            self.block.to_python({"url": VIDEO_URL, "title": "Community meeting"})
        )
        assert value["url"].url == VIDEO_URL

    def test_refuses_a_url_no_provider_can_embed(self, db, block_errors):
        # No configured finder accepts this host, so nothing is fetched.
        errors = block_errors(
            self.block, {"url": "https://intranet.invalid/video", "title": "Video"}
        )
        assert errors == {
            "blockErrors": {"url": {"messages": ["Cannot find an embed for this URL."]}}
        }

    def test_requires_a_title_for_screen_readers(self, cached_embed, block_errors):
        errors = block_errors(self.block, {"url": VIDEO_URL, "title": ""})
        assert errors == {
            "blockErrors": {"title": {"messages": ["This field is required."]}}
        }

    def test_api_representation_does_not_fetch_the_embed(self, db):
        value = self.block.to_python(
            {"url": VIDEO_URL, "title": "Meeting", "transcript": "Hello."}
        )
        assert self.block.get_api_representation(value) == {
            "url": VIDEO_URL,
            "title": "Meeting",
            "transcript": "Hello.",
        }
        assert not Embed.objects.exists()

    def test_renders_the_cached_html_and_transcript(self, cached_embed):
        value = self.block.to_python(
            {"url": VIDEO_URL, "title": "Meeting", "transcript": "Hello."}
        )
        html = self.block.render(value)
        assert '<div title="Meeting">' in html
        assert '<iframe src="https://www.youtube.com/embed/x"></iframe>' in html
        assert "<summary>Transcript</summary>" in html


class TestDocumentBlock:
    block = DocumentBlock()

    @pytest.fixture
    def document(self, db):
        return wagtail_factories.DocumentFactory(title="ALPR policy (signed)")

    def test_api_representation(self, document):
        value = self.block.to_python(
            {"document": document.pk, "title": "", "description": "Signed copy."}
        )
        assert self.block.get_api_representation(value) == {
            "id": document.pk,
            "title": "ALPR policy (signed)",
            "description": "Signed copy.",
            "url": document.url,
            "file_extension": document.file_extension,
        }

    def test_block_title_overrides_the_file_title(self, document):
        value = self.block.to_python({"document": document.pk, "title": "Policy 462"})
        assert self.block.get_api_representation(value)["title"] == "Policy 462"

    def test_missing_document_is_none_in_the_api(self, document):
        raw = {"document": document.pk, "title": ""}
        document.delete()
        assert self.block.get_api_representation(self.block.to_python(raw)) is None

    def test_requires_a_document(self, db, block_errors):
        errors = block_errors(self.block, {"document": None, "title": "Policy"})
        assert errors == {
            "blockErrors": {"document": {"messages": ["This field is required."]}}
        }

    def test_renders_a_link_with_the_file_type(self, document):
        html = self.block.render(self.block.to_python({"document": document.pk}))
        assert f'<a href="{document.url}">ALPR policy (signed)</a>' in html
        assert f"({document.file_extension.upper()})" in html
