"""How each content language is analysed, on every backend: one entry of
``LANGUAGES`` per language.

Pure data and functions: the settings module imports this, so it must not
import Django models.

A ``Language`` says what the database backends need done in Python before
the text reaches them (``plugins.search.analysis`` does it, at index time and
query time alike), which PostgreSQL text-search configuration then parses the
result, and which Elasticsearch analyzer reads the language's sub-field:

* English keeps PostgreSQL's ``english`` stemming and stop words.
* Spanish is folded (``matricula`` finds ``matrícula``, ``nino`` finds
  ``niño``) and then stemmed by PostgreSQL's ``spanish``.
* Vietnamese is folded, so ``bien so xe`` finds ``biển số xe``; the exact
  spellings are kept too, so a query typed with diacritics ranks the exact
  match first.
* Chinese is segmented into words with jieba's dictionary: ``录像`` is a word
  of ``我必须把自家摄像头的录像交给警方吗``.
* Arabic is normalized (alef forms, ta marbuta, alef maqsura, diacritics,
  tatweel) and lightly stemmed (the article and common affixes):
  ``الكاميرات`` and ``كاميرا`` are one word.

Languages without an entry get the engines' built-in support where there is
some (``ELASTICSEARCH_BUILT_IN``, ``POSTGRES_CONFIGS``), with diacritics folded.
Adding a language is one entry here, then ``make reindex`` (``migrate`` does it
when the analysis changed: see ``plugins.search.reindexing``).
"""

import hashlib
import json
from dataclasses import asdict, dataclass

VIETNAMESE_ANALYZER = "trust_vietnamese"
SPANISH_ANALYZER = "trust_spanish"
ARABIC_ANALYZER = "trust_arabic"
CHINESE_ANALYZER = "trust_chinese"
FOLDED_ANALYZER = "trust_folded"


@dataclass(frozen=True)
class Language:
    """How text in one language is analysed.

    ``segment``: split unspaced text (Chinese) into words.
    ``fold``: drop diacritics (``đ`` becomes ``d``).
    ``exact``: with ``fold``, also keep each word's exact spelling, so that a
    query with diacritics ranks the exact match above folded ones.
    ``stemmer``: a stemmer applied in Python (``"arabic"``); languages whose
    PostgreSQL configuration stems leave it None.
    ``postgres``: the text-search configuration that parses the result.
    ``elasticsearch``: the analyzer of the language's sub-field.
    """

    segment: bool = False
    fold: bool = False
    exact: bool = False
    stemmer: str | None = None
    postgres: str = "simple"
    elasticsearch: str = FOLDED_ANALYZER

    @property
    def analysed_in_python(self):
        return self.segment or self.fold or self.stemmer is not None


LANGUAGES = {
    "en": Language(postgres="english", elasticsearch="english"),
    "es": Language(fold=True, postgres="spanish", elasticsearch=SPANISH_ANALYZER),
    "vi": Language(fold=True, exact=True, elasticsearch=VIETNAMESE_ANALYZER),
    "zh": Language(segment=True, elasticsearch=CHINESE_ANALYZER),
    "ar": Language(stemmer="arabic", elasticsearch=ARABIC_ANALYZER),
}

# Built-in Elasticsearch language analyzers, by base language code, for
# languages without an entry in LANGUAGES.
ELASTICSEARCH_BUILT_IN = {
    "bg": "bulgarian",
    "bn": "bengali",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
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
    "pt-br": "brazilian",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "th": "thai",
    "tr": "turkish",
}

# PostgreSQL's snowball configurations, for languages without an entry.
POSTGRES_CONFIGS = {
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
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


def base_language(code):
    return code.lower().split("-")[0].split("_")[0]


def language(code):
    """The analysis of language ``code``: its entry in ``LANGUAGES`` (by full
    code, then base code), or the engines' built-in support with folding.
    None (an object with no language) gets the English-like default of no
    analysis in Python."""
    if not code:
        return Language(postgres="simple")
    code = code.lower()
    base = base_language(code)
    entry = LANGUAGES.get(code) or LANGUAGES.get(base)
    if entry is not None:
        return entry
    return Language(
        fold=True,
        postgres=POSTGRES_CONFIGS.get(base, "simple"),
        elasticsearch=ELASTICSEARCH_BUILT_IN.get(code)
        or ELASTICSEARCH_BUILT_IN.get(base)
        or FOLDED_ANALYZER,
    )


def analysis_fingerprint(codes):
    """A short digest of how ``codes`` are analysed: an index built with
    another fingerprint must be rebuilt."""
    # Bump when the Python analysis itself (not the table) changes meaning.
    version = 3
    described = {code: asdict(language(code)) for code in sorted(codes)}
    text = json.dumps([version, described], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def elasticsearch_analyzer(code):
    """The analyzer for text in language ``code``: ``es`` gives
    ``trust_spanish``."""
    return language(code).elasticsearch


def elasticsearch_analyzers(codes):
    """Distinct analyzers for ``codes``, in the order the languages come."""
    return list(dict.fromkeys(elasticsearch_analyzer(code) for code in codes))


def postgres_config(code):
    """The text-search configuration for language ``code``'s analysed text:
    ``es`` gives ``spanish``; ``vi``, ``zh-hans`` and ``ar`` give ``simple``
    (their analysis is done in Python)."""
    return language(code).postgres


# Elasticsearch's Chinese analysis, best first: the smartcn plugin's word
# segmenter, the ICU plugin's dictionary-based tokenizer, or text segmented
# by jieba before indexing, split at spaces.
CHINESE_TOKENIZERS = [
    ("analysis-smartcn", "smartcn_tokenizer"),
    ("analysis-icu", "icu_tokenizer"),
]
PRESEGMENTED_TOKENIZER = "whitespace"


def chinese_tokenizer(plugins):
    """The tokenizer for Chinese, given the cluster's plugin names."""
    for plugin, tokenizer in CHINESE_TOKENIZERS:
        if plugin in plugins:
            return tokenizer
    return PRESEGMENTED_TOKENIZER


def elasticsearch_index_settings(plugins=()):
    """Index settings that define the custom analyzers the mapping refers to,
    for a cluster with ``plugins`` installed.

    Built-in analyzers need no definition. These are built from built-in
    tokenizers and filters, except Chinese, which uses a plugin's tokenizer
    when the cluster has one (``chinese_tokenizer``); text is segmented by
    jieba before indexing either way, so no plugin is needed.
    """
    folding = ["lowercase", "trust_ascii_folding"]
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "trust_ascii_folding": {
                        "type": "asciifolding",
                        "preserve_original": True,
                    },
                    "trust_spanish_stop": {"type": "stop", "stopwords": "_spanish_"},
                    "trust_spanish_stemmer": {
                        "type": "stemmer",
                        "language": "light_spanish",
                    },
                    "trust_arabic_stop": {"type": "stop", "stopwords": "_arabic_"},
                    "trust_arabic_stemmer": {"type": "stemmer", "language": "arabic"},
                    # As plugins.search.arabic: a possessive after a feminine
                    # ta goes with the ta before stemming (كاميرتي), and a
                    # final alef after it, so that كاميرا and كاميرات agree.
                    "trust_arabic_possessive": {
                        "type": "pattern_replace",
                        "pattern": (
                            "^(.{4,})\u062a(?:\u064a|\u0643|\u0647|\u0647\u0627|"
                            "\u0646\u0627|\u0647\u0645|\u0647\u0646|\u0643\u0645|"
                            "\u0643\u0646)$"
                        ),
                        "replacement": "$1",
                    },
                    "trust_arabic_final_alef": {
                        "type": "pattern_replace",
                        "pattern": "^(.{3,})\u0627$",
                        "replacement": "$1",
                    },
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
                    SPANISH_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "lowercase",
                            "trust_spanish_stop",
                            "asciifolding",
                            "trust_spanish_stemmer",
                        ],
                    },
                    ARABIC_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "lowercase",
                            "decimal_digit",
                            "trust_arabic_stop",
                            "arabic_normalization",
                            "trust_arabic_possessive",
                            "trust_arabic_stemmer",
                            "trust_arabic_final_alef",
                        ],
                    },
                    CHINESE_ANALYZER: {
                        "type": "custom",
                        "tokenizer": chinese_tokenizer(plugins),
                        "filter": ["lowercase"],
                    },
                },
            }
        }
    }
