"""How each content language is analysed: Elasticsearch analyzers and PostgreSQL
text-search configurations, chosen by language code.

Pure data and functions: the settings module imports this, so it must not
import Django models.

Elasticsearch has built-in analyzers for English, Spanish and Arabic, and the
plugin-free ``cjk`` analyzer (bigrams) for Chinese, Japanese and Korean. It has
no Vietnamese stemmer, so Vietnamese gets the standard tokenizer with
lowercase and ASCII folding that keeps the original token too, so a resident
who types without diacritics ("bien so xe") and one who types with them
("biển số xe") both find the page. Languages without a built-in analyzer get
the same folded analyzer.

PostgreSQL ships snowball configurations for English, Spanish and Arabic
(``arabic`` since PostgreSQL 12); Vietnamese and Chinese have none, so they use
``simple`` (lowercase, no stemming).
"""

# Built-in Elasticsearch language analyzers, by base language code.
ELASTICSEARCH_BUILT_IN = {
    "ar": "arabic",
    "bg": "bulgarian",
    "bn": "bengali",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "gl": "galician",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "ja": "cjk",
    "ko": "cjk",
    "lt": "lithuanian",
    "lv": "latvian",
    "nb": "norwegian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "th": "thai",
    "tr": "turkish",
    "zh": "cjk",
}
ELASTICSEARCH_BY_CODE = {"pt-br": "brazilian"}

VIETNAMESE_ANALYZER = "trust_vietnamese"
FOLDED_ANALYZER = "trust_folded"
ELASTICSEARCH_CUSTOM = {"vi": VIETNAMESE_ANALYZER}

POSTGRES_CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
POSTGRES_FALLBACK = "simple"


def base_language(code):
    return code.lower().split("-")[0].split("_")[0]


def elasticsearch_analyzer(code):
    """The analyzer for text in language ``code``: ``es`` gives ``spanish``."""
    code = code.lower()
    if code in ELASTICSEARCH_BY_CODE:
        return ELASTICSEARCH_BY_CODE[code]
    base = base_language(code)
    return (
        ELASTICSEARCH_CUSTOM.get(base)
        or ELASTICSEARCH_BUILT_IN.get(base)
        or FOLDED_ANALYZER
    )


def elasticsearch_analyzers(codes):
    """Distinct analyzers for ``codes``, in the order the languages come."""
    return list(dict.fromkeys(elasticsearch_analyzer(code) for code in codes))


def postgres_config(code):
    """The text-search configuration for language ``code``: ``es`` gives
    ``spanish``, ``vi`` and ``zh-hans`` give ``simple``."""
    return POSTGRES_CONFIGS.get(base_language(code), POSTGRES_FALLBACK)


def elasticsearch_index_settings():
    """Index settings that define the custom analyzers the mapping refers to.

    Built-in analyzers need no definition; these two are built from the
    standard tokenizer, so no Elasticsearch plugin is needed.
    """
    folding = ["lowercase", "trust_ascii_folding"]
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "trust_ascii_folding": {
                        "type": "asciifolding",
                        "preserve_original": True,
                    }
                },
                "analyzer": {
                    VIETNAMESE_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": folding,
                    },
                    FOLDED_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": folding,
                    },
                },
            }
        }
    }
