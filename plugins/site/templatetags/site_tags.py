"""Filters that turn the API's representation into USWDS markup."""

from datetime import date, datetime

from django import template
from django.apps import apps
from django.conf.locale import LANG_INFO
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

from plugins.site.rendering import is_bidi, language_name
from plugins.translation.authority import official_version_sentence

register = template.Library()

# Languages that write other languages' names in lower case inside a sentence.
LOWER_CASE_LANGUAGE_NAMES = {"es", "vi"}


@register.filter
def srcset(image):
    """``url 320w, url 640w, ...`` of an image representation's renditions."""
    return ", ".join(
        f"{rendition['url']} {rendition['width']}w"
        for rendition in (image or {}).get("renditions", [])
    )


@register.filter
def src(image):
    """The rendition for browsers without ``srcset``: the widest up to 1024
    pixels (renditions come narrowest first)."""
    renditions = (image or {}).get("renditions", [])
    fitting = [r for r in renditions if r["width"] <= 1024] or renditions
    return fitting[-1]["url"] if fitting else ""


@register.filter
def height_for(image):
    """The height of ``src``'s rendition at the image's aspect ratio."""
    renditions = (image or {}).get("renditions", [])
    fitting = [r for r in renditions if r["width"] <= 1024] or renditions
    if not fitting or not image.get("width"):
        return ""
    return round(fitting[-1]["width"] * image["height"] / image["width"])


@register.filter
def width_for(image):
    renditions = (image or {}).get("renditions", [])
    fitting = [r for r in renditions if r["width"] <= 1024] or renditions
    return fitting[-1]["width"] if fitting else ""


@register.filter(name="language_name")
def language_name_filter(code):
    return language_name(code or "")


@register.filter
def direction(code):
    return "rtl" if is_bidi(code or "") else "ltr"


@register.filter
def in_own_language(item):
    """``lang`` and ``dir`` attributes for an element showing ``item``'s text
    where ``item`` (an API representation) is served in its source language,
    not yet translated (``fallback``); nothing otherwise."""
    return language_attributes(item["locale"]) if item.get("fallback") else ""


@register.filter
def alt_language(image, content_language):
    """``lang`` and ``dir`` attributes for an ``<img>`` whose alt text is in
    another language than the content around it (the image library's
    description, on a translated page); nothing otherwise."""
    code = (image or {}).get("alt_locale")
    return language_attributes(code) if code and code != content_language else ""


def language_attributes(code):
    """`` lang="..." dir="..."`` of an element in language ``code``."""
    return format_html(' lang="{}" dir="{}"', code, direction(code))


@register.filter
def language_in_reader(code):
    """A language's name in the reader's language, as it reads inside a
    sentence ("inglés" on a Spanish page), from Django's own catalogues.

    Django's catalogues capitalise names for menus ("Inglés", "Tiếng Anh");
    Spanish and Vietnamese write them in lower case mid-sentence."""
    name = LANG_INFO.get(code or "", {}).get("name")
    if not name:
        return code
    name = gettext(name)
    if get_language() in LOWER_CASE_LANGUAGE_NAMES:
        name = name[:1].lower() + name[1:]
    return name


@register.filter
def official_version(code):
    """ "The English version is the official version." in the reader's
    language: the translation plugin's own sentence, one per language."""
    return official_version_sentence(code)


@register.filter
def choice_label(code, field):
    """The label, in the reader's language, of a code the API delivers
    (``"adopted"``), from the model field's own choices:
    ``{{ item.status|choice_label:"trust_policies.PolicyPage.status" }}``."""
    app_model, _dot, name = field.rpartition(".")
    choices = dict(apps.get_model(app_model)._meta.get_field(name).flatchoices)
    return str(choices.get(code, code or ""))


@register.filter
def as_date(value):
    """A date or time as the API gives it (an ISO string from a block, or a
    date object where the schema has validated it) as a date or datetime, for
    the ``date`` filter to format in the reader's language and time zone."""
    if not isinstance(value, str) or not value:
        return value
    try:
        if "T" in value:
            return datetime.fromisoformat(value)
        return date.fromisoformat(value)
    except ValueError:
        return value


@register.filter
def has_not_passed(value):
    """Whether a date the API gives (such as an award's nomination deadline)
    is today or later in the agency's time zone: the API says nominations
    are open "while this date has not passed", and the site says so only then."""
    day = as_date(value)
    if isinstance(day, datetime):
        day = timezone.localdate(day)
    return isinstance(day, date) and day >= timezone.localdate()
