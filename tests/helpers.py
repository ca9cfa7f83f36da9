"""Publishing and translating in tests, one way each.

Two ways to translate, as agencies do:

- ``translate_strings``: with wagtail-localize, as a translator does in its
  editor (a ``TranslationSource``, a ``Translation``, a ``StringTranslation``
  for each of the source's strings, then ``save_target``): the translation
  stays synced with its source.
- ``publish_copy``: with Wagtail's own copy for translation, then the
  translated text set on the copy and published: no sync keeps it.

Tests build their worlds outside a committed transaction: ``run_on_commit``
runs what would happen on commit (wagtail-localize publishes on commit).
"""

from django.test import TestCase
from wagtail.models import Collection, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def run_on_commit(function, *args, **kwargs):
    """Call ``function`` and run the on-commit callbacks it queued."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return function(*args, **kwargs)


def publish(obj, user=None, **changes):
    """Publish a page or snippet with ``changes`` set on it; return it as
    the database has it. On-commit callbacks are not run: wrap the call in
    ``run_on_commit`` for them."""
    obj = obj.specific if isinstance(obj, Page) else obj
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save_revision(user=user).publish(user=user)
    obj.refresh_from_db()
    return obj


def publish_copy(source, locale, *, copy_parents=True, **changes):
    """``source`` copied into ``locale`` (a page with any missing parents,
    unless ``copy_parents`` is false), with ``changes`` (its translated text)
    set, and published."""
    if isinstance(source, Page):
        translation = source.copy_for_translation(locale, copy_parents=copy_parents)
    else:
        translation = source.copy_for_translation(locale)
        translation.save()
    return publish(translation, **changes)


def default_wording(language_code):
    """Each string's translation: the string, marked with the language."""
    return lambda text: f"[{language_code}] {text}"


def translate_strings(
    obj, locale, wording=None, *, untranslated=(), publish=True, user=None
):
    """Translate ``obj`` (a page or snippet) into ``locale`` with
    wagtail-localize and save the translation, published unless ``publish``
    is false; return the ``Translation``.

    ``wording`` turns each source string into its translation
    (``default_wording`` by default), or is a dict of source string ->
    translation (strings it lacks stay untranslated); the strings of the
    fields (context paths) in ``untranslated`` stay untranslated too."""
    if wording is None:
        wording = default_wording(locale.language_code)
    obj = obj.specific if isinstance(obj, Page) else obj
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    for segment in segments:
        if segment.context.path in untranslated:
            continue
        if callable(wording):
            text = wording(segment.string.data)
        else:
            text = wording.get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": "manual"},
        )
    run_on_commit(translation.save_target, user=user, publish=publish)
    return translation


def restore_migration_rows():
    """The rows migrations make (the content locales, the page tree's and the
    collection tree's roots), again: a transactional test (a live server's)
    that ran before in the same process ended with a flush, which empties
    them too."""
    from cms.signal_handlers import create_content_locales

    create_content_locales()
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
