"""The image library's side of ``cms.attached_files``: an image a live policy
shows keeps its file, and stays. Its form (``WAGTAILIMAGES_IMAGE_FORM_BASE``),
its delete views (at their own addresses, ``cms.wagtail_hooks``) and its bulk
delete say why, and what to do instead."""

from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.forms import BaseImageForm
from wagtail.images.views import images, multiple

from cms.attached_files import (
    GuardedDeleteView,
    GuardedFileForm,
    GuardedMultipleDeleteView,
    Library,
    titles,
)


def refusal(pages):
    """Why an image ``pages`` show keeps its file, and what to do."""
    return _(
        "Live pages that only an approver may change show this image: "
        "%(pages)s. Replacing its file would change what was approved, with no "
        "new version. Upload the new picture as a new image and choose it in a "
        "new version of each."
    ) % {"pages": titles(pages)}


def deletion_refusal(image, pages):
    """Why an image ``pages`` show cannot be deleted, and what to do."""
    return _(
        "“%(image)s” cannot be deleted: live pages that only an approver may "
        "change show it (%(pages)s). Choose another image in a new version of "
        "each first."
    ) % {"image": image.title, "pages": titles(pages)}


IMAGES = Library(
    get_image_model, ImageChooserBlock, 'embedtype="image"', refusal, deletion_refusal
)


class ImageForm(GuardedFileForm, BaseImageForm):
    """The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``)."""

    library = IMAGES


class DeleteImageView(GuardedDeleteView, images.DeleteView):
    """Wagtail's image delete view, which keeps what live policies show."""

    library = IMAGES
    edit_url_name = "wagtailimages:edit"


class DeleteUploadedImageView(GuardedMultipleDeleteView, multiple.DeleteView):
    """The multiple-upload page's delete, which keeps what live policies
    show."""

    library = IMAGES
