"""Media blocks: images with required alt text, embeds and documents."""

from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from ninja import Schema
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import Filter

from cms.media_urls import absolute_media_url
from plugins.headless.schemas import DocumentLink, Image

DEFAULT_RENDITION_WIDTHS = (320, 640, 1024, 1600)


def rendition_widths():
    return tuple(
        getattr(settings, "CMS_IMAGE_RENDITION_WIDTHS", DEFAULT_RENDITION_WIDTHS)
    )


@lru_cache(maxsize=8)
def rendition_filters(widths):
    """Wagtail ``Filter`` objects for ``widths``, made once and shared: a filter
    works out its operations (by introspecting them) the first time it is used
    and keeps them, which a filter made from a spec string for every image
    repeats every time."""
    return tuple(Filter(spec=f"width-{width}") for width in widths)


def renditions_loaded(image):
    """Whether ``image`` holds its renditions (``load_renditions``, or a
    queryset's ``prefetch_renditions()``)."""
    return hasattr(image, "prefetched_renditions") or "renditions" in getattr(
        image, "_prefetched_objects_cache", {}
    )


def load_renditions(images):
    """Give many images, in bulk, the renditions ``image_representation``
    shows: from Wagtail's rendition cache in one read, and for the images the
    cache lacks any of, from the database in one query (then cached, as
    Wagtail caches them). Images holding theirs already are left alone;
    ``None``s are skipped. Without it, each image reads the cache (and the
    database) on its own."""
    by_id = defaultdict(list)
    for image in images:
        if image is not None and not renditions_loaded(image):
            by_id[image.pk].append(image)
    if not by_id:
        return
    filters = rendition_filters(rendition_widths())
    found = cached_renditions({pk: same[0] for pk, same in by_id.items()}, filters)
    uncached = {
        pk: same[0] for pk, same in by_id.items() if len(found[pk]) < len(filters)
    }
    if uncached:
        found.update(stored_renditions(uncached, filters))
    for image_id, same in by_id.items():
        for image in same:
            image.prefetched_renditions = list(found[image_id])
            for rendition in image.prefetched_renditions:
                rendition.image = image


def cached_renditions(images, filters):
    """{image id: its renditions in Wagtail's rendition cache} of ``images``
    ({id: image}), in one read."""
    rendition_model = next(iter(images.values())).get_rendition_model()
    keys = {
        rendition_model.construct_cache_key(
            image, spec.get_cache_key(image), spec.spec
        ): image_id
        for image_id, image in images.items()
        for spec in filters
    }
    found = defaultdict(list)
    for key, rendition in rendition_model.cache_backend.get_many(list(keys)).items():
        found[keys[key]].append(rendition)
    return found


def stored_renditions(images, filters):
    """{image id: its renditions in the database} of ``images`` ({id: image}),
    in one query, and cached for the next response."""
    rendition_model = next(iter(images.values())).get_rendition_model()
    found = {image_id: [] for image_id in images}
    for rendition in rendition_model.objects.filter(
        image_id__in=list(images), filter_spec__in=[spec.spec for spec in filters]
    ):
        found[rendition.image_id].append(rendition)
    rendition_model.cache_backend.set_many(
        {
            rendition_model.construct_cache_key(
                images[image_id], rendition.focal_point_key, rendition.filter_spec
            ): rendition
            for image_id, renditions in found.items()
            for rendition in renditions
        }
    )
    return found


def image_representation(image, alt=None, credit=None):
    """The API shape of an image: alt text, credit and renditions for srcset.

    Renditions come from ``get_renditions``: what ``load_renditions`` loaded,
    or else Wagtail's rendition cache and one query for this image.
    """
    if image is None:
        return None
    renditions = image.get_renditions(*rendition_filters(rendition_widths()))
    return {
        "id": image.pk,
        "alt": alt or getattr(image, "default_alt_text", "") or image.title,
        # The image library's descriptions are one language's, the site's
        # default; a block's own alt text is its content's.
        "alt_locale": None if alt else settings.LANGUAGE_CODE,
        "credit": credit or getattr(image, "credit", "") or "",
        "width": image.width,
        "height": image.height,
        # Wagtail never upscales: a small image yields one rendition per width.
        "renditions": list(
            {
                rendition.width: {
                    "width": rendition.width,
                    "url": absolute_media_url(rendition.url),
                }
                for rendition in renditions.values()
            }.values()
        ),
    }


class ImageBlock(blocks.StructBlock):
    # Null when the chosen image has been deleted.
    api_schema = Image | None

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        required=False,
        help_text=_(
            "Describe the image for people who cannot see it. Leave empty to use "
            "the image's own description."
        ),
    )
    caption = blocks.CharBlock(max_length=250, required=False)
    credit = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text=_(
            "Who took or owns the image. Leave empty to use the image's credit."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image is not None and not (value.get("alt_text") or image.description):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "Alt text is required: describe the image for people "
                            "who use screen readers."
                        )
                    )
                }
            )
        return value

    def get_api_representation(self, value, context=None):
        image = value.get("image")
        representation = image_representation(
            image, alt=value.get("alt_text"), credit=value.get("credit")
        )
        if representation is not None:
            representation["caption"] = value.get("caption") or ""
        return representation

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class EmbedValue(Schema):
    url: str
    title: str
    transcript: str


class EmbedBlock(blocks.StructBlock):
    api_schema = EmbedValue

    url = WagtailEmbedBlock(
        help_text=_("A video or post link, for example on YouTube.")
    )
    title = blocks.CharBlock(
        max_length=160, help_text=_("Describes the embedded media for screen readers.")
    )
    transcript = blocks.TextBlock(
        required=False, help_text=_("A text version of the video or audio.")
    )

    def get_api_representation(self, value, context=None):
        embed = value.get("url")
        return {
            "url": embed.url if embed else "",
            "title": value.get("title"),
            "transcript": value.get("transcript") or "",
        }

    class Meta:
        icon = "media"
        template = "blocks/embed.html"


class DocumentValue(DocumentLink):
    description: str


class DocumentBlock(blocks.StructBlock):
    # Null when the chosen document has been deleted.
    api_schema = DocumentValue | None

    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        max_length=160,
        required=False,
        help_text=_("Leave empty to use the file's title."),
    )
    description = blocks.TextBlock(required=False)

    def get_api_representation(self, value, context=None):
        from plugins.headless.block_schemas import document_link

        link = document_link(value.get("document"))
        if link is None:
            return None
        return {
            **link,
            "title": value.get("title") or link["title"],
            "description": value.get("description") or "",
        }

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
