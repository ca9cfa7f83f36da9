"""The interface's gettext catalogues: where they live, how they are made and compiled.

Every app of the project (``cms``, ``blocks`` and each ``plugins/<name>``) keeps the
strings residents and editors read in ``<app>/locale/<language>/LC_MESSAGES/django.po``,
one catalogue for each language of ``CMS_LANGUAGES`` after the source language. The
``.po`` files are committed; the compiled ``.mo`` files are not: ``make install``
compiles each catalogue whose ``.po`` is newer than its ``.mo``.

Compiling uses GNU ``msgfmt --check-format`` when it is installed (Django's
``compilemessages`` runs the same program; ``.ci/run`` installs gettext), which also
refuses a translation whose ``%(name)s`` placeholders differ from the source.
Without it, polib (already a dependency, for the PO round trip of page
translations) writes the same ``.mo``, so ``make install`` works on a fresh machine
that has only Python. Run as ``python -m cms.catalogues PO_FILE...``: it needs no
Django settings.
"""

import shutil
import subprocess
import sys
from contextlib import chdir
from pathlib import Path

import polib

BASE_DIR = Path(__file__).resolve().parent.parent
# Folders makemessages skips, beside its default patterns: migrations hold no
# gettext calls; static and node_modules are front-end files.
NOT_SCANNED = ["migrations", "static", "node_modules"]


def app_dirs(base=BASE_DIR):
    """Each app folder that may hold interface strings, in a stable order."""
    plugins = sorted(
        path for path in (base / "plugins").iterdir() if (path / "__init__.py").exists()
    )
    return [base / "cms", base / "blocks", *plugins]


def catalogue_paths(base=BASE_DIR):
    """Every committed ``django.po`` of the project's apps."""
    return sorted(
        po
        for app in app_dirs(base)
        for po in app.glob("locale/*/LC_MESSAGES/django.po")
    )


def compile_catalogue(po_path):
    """Writes the ``.mo`` beside ``po_path``; raises ``ValueError`` if msgfmt
    finds the catalogue broken."""
    po_path = Path(po_path)
    mo_path = po_path.with_suffix(".mo")
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        return mo_path
    result = subprocess.run(  # noqa: S603 (a fixed program on our own files)
        [msgfmt, "--check-format", "-o", str(mo_path), str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise ValueError(f"{po_path}: {result.stderr.strip()}")
    return mo_path


def main(paths):
    failed = False
    for path in paths:
        try:
            compile_catalogue(path)
        except ValueError as error:
            sys.stderr.write(f"{error}\n")
            failed = True
    return 1 if failed else 0


def extraction_options(languages):
    """What ``makemessages`` is told, the same for updating and for checking."""
    return {
        "locale": list(languages),
        # A copy: makemessages adds its defaults to the list it is given.
        "ignore_patterns": list(NOT_SCANNED),
        "no_obsolete": True,
        "add_location": "file",
        "verbosity": 0,
    }


def entries(po_path):
    """What a catalogue says, without its header's dates or its line wrapping."""
    return [
        (e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, e.msgstr_plural, e.flags)
        for e in polib.pofile(str(po_path))
        if not e.obsolete
    ]


def update_catalogues(app, languages):
    """Runs Django's ``makemessages`` in ``app`` for ``languages`` (locale names
    such as ``zh_Hans``): new strings arrive untranslated, gone ones are dropped,
    translations are kept. A catalogue whose entries did not change keeps its
    file as it was (makemessages would restamp and rewrap it), so a commit shows
    only real changes. Returns the catalogues that changed. Needs Django set up."""
    from django.core.management import call_command
    from django.test.utils import override_settings

    locale = Path(app) / "locale"
    locale.mkdir(exist_ok=True)
    before = {
        path: (path.read_bytes(), entries(path))
        for path in locale.glob("*/LC_MESSAGES/django.po")
    }
    with chdir(app), override_settings(LOCALE_PATHS=[]):
        call_command("makemessages", **extraction_options(languages))
    changed = []
    for path in sorted(locale.glob("*/LC_MESSAGES/django.po")):
        if path in before and entries(path) == before[path][1]:
            path.write_bytes(before[path][0])
        else:
            changed.append(path)
    return changed


def extracted_messages(app, workspace):
    """The ``(msgctxt, msgid)`` pairs ``makemessages`` finds in ``app`` today,
    extracted from a copy under ``workspace`` so the committed catalogues stay
    untouched. Needs Django set up."""
    from django.core.management import call_command
    from django.test.utils import override_settings

    copy = Path(workspace) / Path(app).name
    shutil.copytree(app, copy, ignore=shutil.ignore_patterns(*NOT_SCANNED, "locale"))
    (copy / "locale").mkdir()
    options = {**extraction_options(["en"]), "keep_pot": True}
    with chdir(copy), override_settings(LOCALE_PATHS=[]):
        call_command("makemessages", **options)
    pot = copy / "locale" / "django.pot"
    if not pot.exists():
        return set()
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(pot))}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or catalogue_paths()))
