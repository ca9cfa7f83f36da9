"""Translations of the demo content: one module per target locale.

Each module's ``STRINGS`` maps an English source segment, exactly as wagtail-localize
extracts it (rich text arrives as HTML fragments with ``<a id="a1">`` placeholders
for links), to its translation. The loader looks the modules up at run time and
fails, naming the string, when a segment has no translation.

Slugs are segments too. Spanish and Vietnamese get ASCII slugs written in the
language (Vietnamese without diacritics); Simplified Chinese gets Hanyu Pinyin
without tone marks. wagtail-localize passes slugs through Django's ``slugify``,
which drops Chinese and Arabic characters, so native-script slugs are not possible.
Arabic keeps the English slug text, as Arabic-language government sites commonly
do; only its site root gets its own slug ("home-ar"), because locale roots are
siblings and siblings need distinct slugs.
"""

import importlib

# Locale code -> (module name, scope). "all" translates every demo object; "core"
# translates the home page, the policy index, the plate-reader policy and its
# technology entry, the FAQ page and every FAQ.
LOCALES = {
    "es": ("es", "all"),
    "vi": ("vi", "core"),
    "zh-hans": ("zh_hans", "core"),
    "ar": ("ar", "core"),
}

CORE_KEYS = frozenset(
    {
        "home",
        "policies",
        "faqs",
        "license-plate-readers",
        "policy-license-plate-readers",
    }
)


def strings_for(language_code):
    """The translation dictionary of a locale, looked up when the loader runs."""
    module_name, _scope = LOCALES[language_code]
    module = importlib.import_module(f"cms.demo.translations.{module_name}")
    return module.STRINGS


def covers(language_code, kind, key):
    """Whether a demo object (kind 'page', 'faq' or 'technology') gets this locale."""
    _module, scope = LOCALES[language_code]
    return scope == "all" or kind == "faq" or key in CORE_KEYS
