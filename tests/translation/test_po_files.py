"""PO round trip: export per translated object, check with GNU msgfmt, import
all or nothing; the admin's own PO download and upload keep working."""

import shutil
import subprocess

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from plugins.translation.management.commands import import_translations
from tests.headless.conftest import (
    agency_home,
    fresh_world,
    module_world,
    sections_under,
)
from tests.translation.conftest import add_faq, add_policy, translator_of

MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(
    MSGFMT is None, reason="GNU gettext is not installed (apt-get install gettext)"
)


def build_world():
    """The policy fully and the FAQ partly translated into Spanish, on the
    agency's site: the world of this module, built once (``built_once``)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    policy = add_policy(sections_under(agency_home()))
    faq = add_faq(locales)
    translate = translator_of(locales)
    policy_translation, _ = translate(policy, "es")
    faq_translation, _ = translate(
        faq, "es", wording={"Who can see the data?": "¿Quién puede ver los datos?"}
    )
    return {
        "policy": policy,
        "faq": faq,
        "policy_translation": policy_translation,
        "faq_translation": faq_translation,
    }


world = module_world(build_world)


site = fresh_world()


@pytest.fixture
def policy(site):
    return site["policy"]


@pytest.fixture
def faq(site):
    return site["faq"]


@pytest.fixture
def translated(site):
    """The policy's and the FAQ's Spanish translations (the ``Translation``s)."""
    return {"policy": site["policy_translation"], "faq": site["faq_translation"]}


def export(tmp_path, *args):
    output = tmp_path / "po"
    call_command(
        "export_translations", "--locale", "es", "--output", str(output), *args
    )
    return output


def po_file(folder, prefix):
    (path,) = [path for path in folder.glob("*.po") if path.name.startswith(prefix)]
    return path


def spanish(obj, source_text):
    return (
        StringTranslation.objects.filter(
            context__object_id=obj.translation_key,
            locale__language_code="es",
            translation_of__data=source_text,
        )
        .values_list("data", flat=True)
        .first()
    )


def test_export_writes_one_file_per_translated_object(tmp_path, translated, policy):
    folder = export(tmp_path)
    names = sorted(path.name for path in folder.glob("*.po"))
    # The policy, the FAQ, and the home and index pages translated with them.
    assert len(names) == 4
    assert f"page-{policy.pk}-license-plate-readers.es.po" in names
    po = polib.pofile(str(po_file(folder, f"page-{policy.pk}-")))
    assert po.metadata["Language"] == "es"
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(
        translated["policy"].uuid
    )
    by_text = {entry.msgid: entry for entry in po}
    title = by_text["License-plate readers"]
    assert title.msgstr == "[es] License-plate readers"
    assert title.occurrences == [("title", "")]
    assert by_text["Why we use plate readers."].occurrences == [
        ("body.section.body", "")
    ]


@needs_msgfmt
@pytest.mark.parametrize("language_code", ["es", "zh-hans", "ar"])
def test_exported_files_pass_msgfmt_check(
    tmp_path, policy, faq, translate, language_code
):
    # In Spanish the world's translations exist already (the FAQ's partly):
    # translating again leaves their text as it is.
    translate(policy, language_code)
    translate(faq, language_code, wording={})
    output = tmp_path / language_code
    call_command(
        "export_translations", "--locale", language_code, "--output", str(output)
    )
    paths = list(output.glob("*.po"))
    assert paths
    for path in paths:
        result = subprocess.run(  # noqa: S603
            [MSGFMT, "-c", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""


def test_outdated_only_leaves_current_translations_out(tmp_path, translated, faq):
    folder = export(tmp_path, "--outdated-only")
    assert [path.name for path in folder.glob("*.po")] == [
        f"faq-{faq.pk}-who-can-see-the-data.es.po"
    ]


def test_import_applies_translated_files(tmp_path, translated, faq):
    folder = export(tmp_path, "--outdated-only")
    path = po_file(folder, "faq-")
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid == "Only trained staff.":
            entry.msgstr = "Solo personal capacitado."
    po.save(str(path))

    call_command("import_translations", str(folder))

    assert spanish(faq, "Only trained staff.") == "Solo personal capacitado."


def test_a_dry_run_checks_without_importing(tmp_path, translated, faq, capsys):
    folder = export(tmp_path, "--outdated-only")
    edit_entry(po_file(folder, "faq-"), "Only trained staff.", "Solo personal.")

    call_command("import_translations", str(folder), "--dry-run")

    assert "ready to import; nothing was imported" in capsys.readouterr().out
    assert spanish(faq, "Only trained staff.") is None


def edit_entry(path, msgid, msgstr):
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid == msgid:
            entry.msgstr = msgstr
    po.save(str(path))


@pytest.fixture
def exported(tmp_path, translated, faq):
    """Exported Spanish files, with a new translation waiting in the FAQ's."""
    folder = export(tmp_path)
    edit_entry(po_file(folder, "faq-"), "Only trained staff.", "Solo personal.")
    return folder


def assert_nothing_imported(faq):
    assert spanish(faq, "Only trained staff.") is None


def import_error(folder, *args):
    with pytest.raises(CommandError) as excinfo:
        call_command("import_translations", str(folder), *args)
    message = str(excinfo.value)
    assert "\n" not in message
    return message


def test_a_malformed_file_stops_the_whole_import(exported, faq, policy):
    broken = po_file(exported, f"page-{policy.pk}-")
    lines = broken.read_text().splitlines()
    number = next(n for n, line in enumerate(lines) if line.startswith("msgstr "))
    lines[number] = 'msgstr "unterminated'
    broken.write_text("\n".join(lines) + "\n")

    message = import_error(exported)

    assert message.startswith(f"{broken.name}:{number + 1}: not valid PO syntax")
    assert message.endswith("nothing was imported")
    assert_nothing_imported(faq)


def test_a_file_for_another_locale_is_refused(exported, faq, translate):
    translate(faq, "vi")
    call_command("export_translations", "--locale", "vi", "--output", str(exported))

    message = import_error(exported, "--locale", "es")

    assert ".vi.po:" in message
    assert "this file is for vi, not es" in message
    assert_nothing_imported(faq)


def test_a_language_header_that_disagrees_is_refused(exported, faq):
    path = po_file(exported, "faq-")
    text = path.read_text().replace('"Language: es\\n"', '"Language: vi\\n"')
    path.write_text(text)
    line = text.splitlines().index('"Language: vi\\n"') + 1

    message = import_error(exported)

    assert message.startswith(f"{path.name}:{line}: the file says Language 'vi'")
    assert_nothing_imported(faq)


def test_a_file_whose_source_changed_is_refused(exported, faq, publish, translated):
    faq.answer = "<p>Only trained and audited staff.</p>"
    publish(faq)
    translated["faq"].source.update_from_db()

    message = import_error(exported)

    assert po_file(exported, "faq-").name in message
    assert "changed after this file was exported" in message
    assert_nothing_imported(faq)


def test_an_unknown_text_is_refused_with_its_line(exported, faq):
    path = po_file(exported, "faq-")
    po = polib.pofile(str(path))
    po.append(polib.POEntry(msgctxt="answer", msgid="Not in the FAQ", msgstr="No"))
    po.save(str(path))
    lines = path.read_text().splitlines()
    # The entry starts at its msgctxt line.
    line = lines.index('msgid "Not in the FAQ"')
    assert lines[line - 1] == 'msgctxt "answer"'

    message = import_error(exported)

    assert message.startswith(f"{path.name}:{line}: 'Not in the FAQ' is not a text")
    assert_nothing_imported(faq)


@pytest.fixture
def untranslated_faq(locales):
    """An FAQ of the test's own, not translated yet (the world's FAQ is)."""
    return add_faq(locales)


def test_a_broken_link_in_a_translation_is_refused(
    tmp_path, untranslated_faq, translate
):
    untranslated_faq.answer = '<p>See <a href="https://example.org">our policy</a>.</p>'
    untranslated_faq.save()
    translation, _ = translate(untranslated_faq, "es", wording={})
    folder = export(tmp_path)
    path = po_file(folder, f"faq-{untranslated_faq.pk}-")
    edit_entry(
        path, 'See <a id="a1">our policy</a>.', 'Vea <a id="a9">la política</a>.'
    )

    message = import_error(folder)

    assert "invalid translation" in message
    assert "a9" in message


def test_a_failed_import_exits_non_zero_with_one_line(exported, capsys, monkeypatch):
    path = po_file(exported, "faq-")
    path.write_text("this is not a PO file\n")
    # run_from_argv closes the database connections as it ends; on PostgreSQL
    # that would end the transaction holding the module's world.
    monkeypatch.setattr(connections, "close_all", lambda: None)
    command = import_translations.Command()
    with pytest.raises(SystemExit) as excinfo:
        command.run_from_argv(["manage.py", "import_translations", str(exported)])
    assert excinfo.value.code == 1
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert error.startswith(f"CommandError: {path.name}:1: not valid PO syntax")


def test_admin_po_download_and_upload_keep_working(admin_client, translated, faq):
    translation = translated["faq"]
    download = admin_client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert download.status_code == 200
    assert download["Content-Type"] == "text/x-gettext-translation"
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} >= {"Who can see the data?"}

    for entry in po:
        if entry.msgid == "Only trained staff.":
            entry.msgstr = "Solo personal capacitado."
    upload = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("faq.po", str(po).encode())},
    )
    assert upload.status_code == 302
    assert spanish(faq, "Only trained staff.") == "Solo personal capacitado."
