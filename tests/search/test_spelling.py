"""Misspelt words (``plugins.search.spelling``): when nothing matches, each
word the index has never seen is searched as the closest word it has.

The site's content (``build_site_world``) is built once for the module; the
tests only search it."""

import pytest
from wagtail.models import PageViewRestriction

from plugins.search.spelling import Vocabulary
from tests import factories
from tests.headless.conftest import fresh, module_world
from tests.search.conftest import build_site_world, ids_of, publish, search

world = module_world(build_site_world)


@pytest.fixture
def site_content(db, world):
    return fresh(world)


def test_a_misspelt_word_finds_what_the_right_one_finds(client, site_content):
    _status, right = search(client, "readers", locale="en")
    status, misspelt = search(client, "raeders", locale="en")
    assert status == 200
    assert ids_of(misspelt) == ids_of(right) != []
    # The response says what was searched for instead.
    assert misspelt["query"] != "raeders"
    assert misspelt["query"] in {"readers", "reader"}


def test_spanish_without_an_accent_and_a_letter(client, site_content):
    status, data = search(client, "matriclas", locale="es")
    assert status == 200
    assert ids_of(data) == [site_content["policy_es"].pk]


@pytest.mark.parametrize("withheld", ["draft", "private"])
def test_a_word_that_only_withheld_pages_hold_is_never_offered(
    client, site_content, withheld
):
    """The vocabulary is the whole index's, drafts and private pages
    included: respelling into a word only they hold would name it."""
    policy = factories.PolicyPageFactory(
        parent=site_content["policies"],
        title="Operation Harbor",
        live=withheld != "draft",
    )
    if withheld == "private":
        PageViewRestriction.objects.create(page=policy, restriction_type="login")

    status, data = search(client, "harbour plates", locale="en")

    assert status == 200
    assert data["query"] == "harbour plates"
    assert policy.pk not in ids_of(data)
    # Once a public page holds the word, it is offered.
    publish(
        factories.PolicyPageFactory(
            parent=site_content["policies"], title="Harbor Street cameras"
        )
    )
    _status, data = search(client, "harbour", locale="en")
    assert data["query"] == "harbor"


def test_words_far_from_every_indexed_word_are_left_alone(client, site_content):
    status, data = search(client, "xylophone", locale="en")
    assert (status, data["count"], data["query"]) == (200, 0, "xylophone")
    # A known word is kept; the unknown one then relaxes the search.
    _status, data = search(client, "plates xylophone", locale="en")
    assert data["query"] == "plates xylophone"
    assert data["operator"] == "or"
    assert site_content["policy"].pk in ids_of(data)


@pytest.mark.parametrize(
    ("word", "closest"),
    [
        ("recogniton", "recognition"),
        ("imigracion", "inmigracion"),
        # Two letters swapped are one edit.
        ("cmaera", "camera"),
        # Short words are never changed: too many words are one edit apart.
        ("cmra", None),
        ("车牌识别", None),
    ],
)
def test_the_closest_word_within_the_allowed_edits(word, closest):
    vocabulary = Vocabulary(
        [("recognition", 3), ("recognitions", 1), ("inmigracion", 2), ("camera", 9)]
    )
    assert vocabulary.closest(word) == closest


def test_the_most_frequent_of_equally_close_words_wins():
    vocabulary = Vocabulary([("plates", 1), ("plated", 5), ("x1y2", 9)])
    assert vocabulary.closest("platez") == "plated"
    # Tokens with digits (exact spellings) are never offered.
    assert "x1y2" not in vocabulary.words
    assert vocabulary.knows("plat") and not vocabulary.knows("plax")
