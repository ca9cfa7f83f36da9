"""What page types declare alike, declared once: the translation of the
fields every ``TrustPage`` has, the edit view's tabs and the tags' through
model.

A page type still lists its own fields and panels beside their declarations;
these helpers only stand for the part that is the same on every page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models.mixins import TrustPage

# wagtail-localize: text and alt text are translated; dates, numbers, choices,
# relations and images follow the source language (synchronized). A type's
# ``translatable_fields`` starts with these, the fields of every TrustPage ...
PAGE_TRANSLATABLE_FIELDS = (
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
    TranslatableField("summary"),
    SynchronizedField("hero_image"),
    SynchronizedField("share_image"),
)
# ... and a tagged type (``tags`` through a ``tagged_item_model``) adds these:
# tags are the same in every language.
TAG_TRANSLATABLE_FIELDS = (
    SynchronizedField("tags"),
    SynchronizedField("tagged_items"),
)


def page_tabs(*tabs):
    """A page type's edit view: its own tabs, each ``(heading, panels)``, then
    Promote and Settings as every page has them (Wagtail's own tabs)."""
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for heading, panels in tabs),
            ObjectList(TrustPage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


def tagged_item_model(tagged, module):
    """The through model of the ``ClusterTaggableManager`` of ``tagged`` (an
    "app_label.Model" reference): ``<Model>Tag``, declared in ``module`` (the
    caller's ``__name__``, which gives its app), with the ``tagged_items``
    relation wagtail-localize keeps in sync. It is the model a class statement
    would declare, field for field, so its migrations stay as they are."""
    model_name = tagged.rsplit(".", 1)[-1]
    return type(
        f"{model_name}Tag",
        (TaggedItemBase,),
        {
            "__module__": module,
            "content_object": ParentalKey(
                tagged, on_delete=models.CASCADE, related_name="tagged_items"
            ),
        },
    )
