"""What a plugin contributes to the demo, and how the loader collects it.

Plugins describe; the core writes. Each plugin registers a function with the
``register_demo_content`` Wagtail hook that returns a ``DemoContent``: its
section index pages, snippets, pages and translations as plain data, and an
optional ``load_after`` step for what data cannot say (a policy's later version,
events dated from the day of the load). The loader writes every plugin's part
phase by phase (documents, index pages, snippets, pages, translations, then the
``load_after`` steps), each phase in the hooks' ``order``, so that a plugin's
content may refer to what a plugin with a lower order wrote in the same phase or
in an earlier one. The core itself knows no plugin.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from wagtail import hooks

from cms.demo import translations

HOOK_NAME = "register_demo_content"


@dataclass(frozen=True)
class DemoSnippets:
    """Translatable snippets of one model, written in ``entries``' order.

    ``kind`` is the name content data uses to refer to them (``@kind:key``)."""

    label: str
    kind: str
    model: type
    entries: list


@dataclass(frozen=True)
class DemoPages:
    """Pages of one model under the index page whose key is ``index_key``."""

    label: str
    model: type
    index_key: str
    entries: list


@dataclass(frozen=True)
class DemoContent:
    """One plugin's part of the demo.

    ``indexes`` are section index pages under the home page; each entry names its
    page class as ``model`` and its place in the site's navigation as
    ``menu_position`` (index pages are created in that order, whichever plugin
    they come from). ``documents`` are written before any page (``@document:key``).
    ``translations`` maps a language code to the plugin's English segment ->
    translation dictionary; a language it lacks gets none of the plugin's
    objects. ``only`` narrows a language to the keys it lists. ``load_after``,
    called with ``(home, *, today, key, write)`` once every translation exists,
    writes what is not plain data.
    """

    name: str
    documents: list = field(default_factory=list)
    indexes: list = field(default_factory=list)
    snippets: list[DemoSnippets] = field(default_factory=list)
    pages: list[DemoPages] = field(default_factory=list)
    translations: dict = field(default_factory=dict)
    only: dict = field(default_factory=dict)
    load_after: Callable | None = None

    def translates(self, language_code, key):
        """Whether the object with this key is translated into the language."""
        if language_code not in self.translations:
            return False
        keys = self.only.get(language_code)
        return keys is None or key in keys


def registered_demo_content():
    """Every plugin's ``DemoContent``, in the hooks' order."""
    return [describe() for describe in hooks.get_hooks(HOOK_NAME)]


def demo_strings(language_code, parts):
    """The core's and every part's translations into the language, merged, as
    they are at the time of the call."""
    strings = dict(translations.strings_for(language_code))
    for part in parts:
        strings.update(part.translations.get(language_code, {}))
    return strings


def progress(created, present):
    """The loader's progress wording: only the counts that are not zero."""
    parts = [f"{created} created"] * bool(created)
    parts += [f"{present} already present"] * bool(present)
    return ", ".join(parts) or "nothing to do"
