from django.conf import settings
from django.core.checks import Error, Warning, register

from plugins.translation.conf import authoritative_language_code

MIDDLEWARE = "plugins.translation.middleware.TranslatorScopeMiddleware"


@register()
def check_translation_settings(app_configs, **kwargs):
    problems = []
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    official = authoritative_language_code()
    if official not in languages:
        problems.append(
            Error(
                f"CMS_AUTHORITATIVE_LOCALE {official!r} is not a content language.",
                hint=f"Choose one of {', '.join(languages)}.",
                id="trust_translation.E001",
            )
        )
    if MIDDLEWARE not in settings.MIDDLEWARE:
        problems.append(
            Warning(
                "Translators are not confined to their own locales on "
                "wagtail-localize's snippet translation endpoints.",
                hint=f"Add {MIDDLEWARE} to MIDDLEWARE.",
                id="trust_translation.W001",
            )
        )
    return problems
