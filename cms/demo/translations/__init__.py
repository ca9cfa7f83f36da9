"""Translations of the core's demo content (the home page, and text several
plugins share): one module per target locale. Each plugin keeps the translations
of its own demo content beside it and hands them over in its ``DemoContent``.

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

# Locale code -> module name, in the order the loader translates them. The home
# page is translated into each; a plugin chooses which of its objects are.
LOCALES = {
    "es": "es",
    "vi": "vi",
    "zh-hans": "zh_hans",
    "ar": "ar",
}


def strings_for(language_code):
    """The core's translation dictionary of a locale, looked up when the loader
    runs."""
    module = importlib.import_module(f"cms.demo.translations.{LOCALES[language_code]}")
    return module.STRINGS
