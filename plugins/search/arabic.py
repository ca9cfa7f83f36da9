"""Arabic normalization and light stemming, as Elasticsearch's ``arabic``
analyzer does them (Lucene's ``ArabicNormalizer`` and ``ArabicStemmer``, the
light stemming of Larkey, Ballesteros and Connell), so that the database
backends and Elasticsearch find the same words.

Normalization: alef with hamza or madda becomes a bare alef, alef maqsura a
yeh, ta marbuta a heh; diacritics (tashkeel) and tatweel go.

Light stemming: one article or conjunction prefix (``ال``, ``وال``, ``بال``,
``كال``, ``فال``, ``لل``, ``و``), then the common suffixes (``ها``, ``ان``,
``ات``, ``ون``, ``ين``, ``يه``, ``ية``, ``ه``, ``ة``, ``ي``), each only while
two letters remain. Beyond Lucene, two steps that the Elasticsearch analyzer
takes too (``languages.elasticsearch_index_settings``): before stemming, a
possessive pronoun after the ta of a feminine noun goes with the ta
(``كاميرتي``, "my camera", gives ``كامير``); after it, a final alef of a word
of four letters or more, so that a loanword and its plural share a stem
(``كاميرا``, ``الكاميرات``: ``كامير``).

Snowball's Arabic stemmer (also PostgreSQL's ``arabic``) was tried first: it
gives ``كاميرات`` the stem ``كاميرا`` but ``كاميرا`` the stem ``كامير``.
"""

import re
from functools import lru_cache

NORMALIZED = str.maketrans(
    {
        "\u0622": "\u0627",  # alef with madda above
        "\u0623": "\u0627",  # alef with hamza above
        "\u0625": "\u0627",  # alef with hamza below
        "\u0649": "\u064a",  # alef maqsura -> yeh
        "\u0629": "\u0647",  # ta marbuta -> heh
        "\u0640": None,  # tatweel
        **dict.fromkeys(range(0x064B, 0x0653)),  # tanween, harakat, shadda, sukun
        "\u0670": None,  # superscript alef
    }
)

PREFIXES = (
    "\u0627\u0644",  # ال
    "\u0648\u0627\u0644",  # وال
    "\u0628\u0627\u0644",  # بال
    "\u0643\u0627\u0644",  # كال
    "\u0641\u0627\u0644",  # فال
    "\u0644\u0644",  # لل
    "\u0648",  # و
)
SUFFIXES = (
    "\u0647\u0627",  # ها
    "\u0627\u0646",  # ان
    "\u0627\u062a",  # ات
    "\u0648\u0646",  # ون
    "\u064a\u0646",  # ين
    "\u064a\u0647",  # يه
    "\u064a\u0629",  # ية
    "\u0647",  # ه
    "\u0629",  # ة
    "\u064a",  # ي
)
ALEF = "\u0627"


def normalize(word):
    return word.translate(NORMALIZED)


def strip_prefix(word):
    for prefix in PREFIXES:
        # A one-letter prefix only from a word of four letters or more.
        if len(prefix) == 1 and len(word) < 4:
            continue
        if len(word) >= len(prefix) + 2 and word.startswith(prefix):
            return word[len(prefix) :]
    return word


def strip_suffixes(word):
    for suffix in SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


# A possessive pronoun after the ta of a feminine noun (كاميرتي, "my camera",
# of كاميرة): the ta and the pronoun go, if four letters remain.
POSSESSIVE_AFTER_TA = re.compile(
    "^(.{4,})\u062a(?:\u064a|\u0643|\u0647|\u0647\u0627|\u0646\u0627|"
    "\u0647\u0645|\u0647\u0646|\u0643\u0645|\u0643\u0646)$"
)


@lru_cache(maxsize=65536)
def stem(word):
    """The stem of one Arabic word (any case of normalization)."""
    word = POSSESSIVE_AFTER_TA.sub(r"\1", normalize(word))
    word = strip_suffixes(strip_prefix(word))
    if len(word) >= 4 and word.endswith(ALEF):
        word = word[:-1]
    return word
