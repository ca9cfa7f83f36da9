"""Which language version is the official one, and the notice that says so.

The site-wide answer is CMS_AUTHORITATIVE_LOCALE (by default the source
language); an editor can name another language for one page (all its
translations) with an ``AuthoritativeLanguage`` entry.
"""

from django.conf.locale import LANG_INFO
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, TranslatableMixin

from plugins.headless import invalidation
from plugins.headless.endpoints import OfficialLanguages, registry
from plugins.translation.conf import authoritative_language_code
from plugins.translation.models import AuthoritativeLanguage

# Whole sentences, so that each language can word them naturally.
OFFICIAL_VERSION = {
    "en": _("The English version is the official version."),
    "es": _("The Spanish version is the official version."),
    "vi": _("The Vietnamese version is the official version."),
    "zh-hans": _("The Chinese version is the official version."),
    "ar": _("The Arabic version is the official version."),
}


def authoritative_locale(obj):
    """The language code of the official version of a page or snippet."""
    override = (
        AuthoritativeLanguage.objects.filter(translation_key=obj.translation_key)
        .values_list("locale__language_code", flat=True)
        .first()
    )
    return override or authoritative_language_code()


def authoritative_locales(objects):
    """{translation_key: language code} for many pages in one query."""
    keys = {obj.translation_key for obj in objects}
    overrides = dict(
        AuthoritativeLanguage.objects.filter(translation_key__in=keys).values_list(
            "translation_key", "locale__language_code"
        )
    )
    default = authoritative_language_code()
    return {key: overrides.get(key, default) for key in keys}


def official_language_overrides():
    """{translation key (as a string): language code} of every page or
    snippet whose editors chose its official language."""
    return {
        str(key): code
        for key, code in AuthoritativeLanguage.objects.values_list(
            "translation_key", "locale__language_code"
        )
    }


def official_language_changed(sender, instance, **kwargs):
    """Every cached response names its page's official language."""
    invalidation.structure_changed()


def register():
    """Tell the delivery API each page's official language, and purge its
    cached responses when an editor changes one."""
    registry.register_official_languages(
        OfficialLanguages(
            overrides=official_language_overrides,
            default=authoritative_language_code,
        )
    )
    for signal in (post_save, post_delete):
        signal.connect(
            official_language_changed,
            sender=AuthoritativeLanguage,
            dispatch_uid=f"trust_translation_official_language_{id(signal)}",
        )


def official_version_sentence(code):
    """The notice's sentence in the active language."""
    if code in OFFICIAL_VERSION:
        return str(OFFICIAL_VERSION[code])
    name = LANG_INFO.get(code, {}).get("name", code)
    return gettext("The %(language)s version is the official version.") % {
        "language": gettext(name)
    }


def official_version(obj, code):
    """The live official-language version of ``obj``, if there is one."""
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        return None
    other = obj.get_translation_or_none(locale)
    if other is None or not getattr(other, "live", True):
        return None
    return other


def notice(obj, request=None):
    """What to tell a reader of ``obj`` about the official language, in the
    object's own language; None when it is itself the official version."""
    if not isinstance(obj, TranslatableMixin) or obj.locale_id is None:
        return None
    own = obj.locale.language_code
    code = authoritative_locale(obj)
    untranslated = isinstance(obj, Page) and bool(obj.alias_of_id)
    if own == code and not untranslated:
        return None
    official = official_version(obj, code) if own != code else None
    url = None
    if isinstance(official, Page):
        url = official.get_url(request=request)
    with translation.override(own):
        return {
            "language_code": own,
            "official_code": code,
            "direction": "rtl" if obj.locale.is_bidi else "ltr",
            "official": official_version_sentence(code) if own != code else "",
            "untranslated": gettext(
                "This page has not been translated yet. It is shown in the "
                "original language."
            )
            if untranslated
            else "",
            "link_label": gettext("Read the official version"),
            "url": url,
        }
