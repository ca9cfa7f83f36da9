"""Every interface string, in every language of the site.

Two halves. The catalogues: each app's ``locale/<language>/LC_MESSAGES/django.po``
exists for every language after the source one, has no empty or fuzzy entry and
no translation whose ``%(name)s`` placeholders differ from its msgid, and holds
exactly the strings Django's ``makemessages`` finds in the app's code today.

The pages: the demo agency (``load_demo``), loaded once for the module, with
every page type present in every language (where the demo has no translation
of a type, one page of it is translated with pseudo-localized text: accented
letters, so any plain English left on the page comes from the interface). Each
page type, the feedback form with its errors and its thank-you state, and the
feeds are fetched in Spanish, Vietnamese, Chinese and Arabic; none may show an
English catalogue string that has a translation in that language, outside
elements marked with another ``lang`` (fallback content, honestly labelled).
Dates read as the language writes them.
"""

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import polib
import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import to_locale
from icalendar import Calendar
from wagtail.models import Locale, Page

from cms import catalogues
from cms.demo.strings import store_manual_translations

LANGUAGES = settings.CMS_LANGUAGES[1:]
CATALOGUE_LANGUAGES = [to_locale(code) for code in LANGUAGES]
ENGLISH_MONTHS = [
    *("January", "February", "March", "April", "May", "June", "July"),
    *("August", "September", "October", "November", "December"),
]
SPANISH_MONTHS = [
    *("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio"),
    *("agosto", "septiembre", "octubre", "noviembre", "diciembre"),
]


def relative(path):
    return Path(path).relative_to(catalogues.BASE_DIR)


# The catalogues -----------------------------------------------------------

PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def entry_problems(entry):
    """Why a catalogue entry is not ready for residents, if it is not."""
    if entry.obsolete:
        return []
    if "fuzzy" in entry.flags:
        return [f"fuzzy: {entry.msgid!r}"]
    translations = (
        list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    )
    if not all(translations):
        return [f"not translated: {entry.msgid!r}"]
    expected = set(PLACEHOLDER.findall(entry.msgid))
    return [
        f"placeholders {sorted(set(PLACEHOLDER.findall(text)))} instead of "
        f"{sorted(expected)}: {entry.msgid!r}"
        for text in translations
        # One plural form may spell its number out ("يوم واحد", one day).
        if set(PLACEHOLDER.findall(text)) != expected
        and not (entry.msgid_plural and len(translations) > 2)
    ]


def catalogue_problems(po_path):
    catalogue = polib.pofile(str(po_path))
    problems = ["the header is fuzzy"] if catalogue.metadata_is_fuzzy else []
    return problems + [
        problem for entry in catalogue for problem in entry_problems(entry)
    ]


def committed_messages(po_path):
    return {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(po_path))
        if not entry.obsolete
    }


def sync_problems(app, workspace):
    """What makemessages would change in ``app``'s catalogues: strings the code
    uses that a catalogue lacks, and strings a catalogue keeps that the code no
    longer uses."""
    in_code = catalogues.extracted_messages(app, workspace)
    problems = []
    for language in CATALOGUE_LANGUAGES:
        po_path = Path(app) / "locale" / language / "LC_MESSAGES" / "django.po"
        if not po_path.exists():
            if in_code:
                problems.append(f"{relative(po_path)} is missing")
            continue
        committed = committed_messages(po_path)
        problems += [
            f"{language}: missing {msgid!r}" for _, msgid in sorted(in_code - committed)
        ]
        problems += [
            f"{language}: no longer used {msgid!r}"
            for _, msgid in sorted(committed - in_code)
        ]
    return problems


@pytest.mark.parametrize(
    "po_path", catalogues.catalogue_paths(), ids=lambda path: str(relative(path))
)
def test_every_entry_is_translated(po_path):
    assert catalogue_problems(po_path) == []


@pytest.mark.parametrize(
    "app", catalogues.app_dirs(), ids=lambda path: str(relative(path))
)
def test_catalogues_hold_what_the_code_uses(app, tmp_path):
    assert sync_problems(app, tmp_path) == [], "run make messages, then translate"


def test_every_catalogue_is_compiled():
    """make install compiles; a .po edited since shows here, not as English."""
    stale = [
        str(relative(po))
        for po in catalogues.catalogue_paths()
        if not po.with_suffix(".mo").exists()
        or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
    ]
    assert stale == [], "run make install"


def test_the_catalogue_check_reports_empty_fuzzy_and_misplaced(tmp_path):
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalogue.append(polib.POEntry(msgid="Adopted", msgstr="Aprobada"))
    catalogue.append(polib.POEntry(msgid="Superseded", msgstr=""))
    catalogue.append(
        polib.POEntry(msgid="Withdrawn", msgstr="Retirada", flags=["fuzzy"])
    )
    catalogue.append(
        polib.POEntry(msgid="Version %(label)s", msgstr="Versión %(etiqueta)s")
    )
    path = tmp_path / "django.po"
    catalogue.save(str(path))

    assert catalogue_problems(path) == [
        "not translated: 'Superseded'",
        "fuzzy: 'Withdrawn'",
        "placeholders ['etiqueta'] instead of ['label']: 'Version %(label)s'",
    ]


def test_the_sync_check_reports_new_and_gone_strings(tmp_path):
    """A copy of the FAQ plugin gains a string and loses its models module."""
    app = tmp_path / "faqs"
    faqs = catalogues.BASE_DIR / "plugins" / "faqs"
    ignored = ("migrations", "__pycache__", "*.mo")
    shutil.copytree(faqs, app, ignore=shutil.ignore_patterns(*ignored))
    (app / "models.py").unlink()
    (app / "notices.py").write_text(
        "from django.utils.translation import gettext_lazy as _\n"
        'CLOSED = _("The office is closed today.")\n'
    )
    workspace = tmp_path / "workspace"
    workspace.mkdir()

    problems = sync_problems(app, workspace)

    for language in CATALOGUE_LANGUAGES:
        assert f"{language}: missing 'The office is closed today.'" in problems
        assert f"{language}: no longer used 'Lower numbers are listed first.'" in (
            problems
        )


# What a reader sees -------------------------------------------------------

VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input"}
VOID_ELEMENTS |= {"link", "meta", "source", "track", "wbr"}
NOT_SHOWN = {"script", "style", "template", "noscript"}
# Read out by screen readers or shown on hover, as much the interface as text.
SPOKEN_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")


class ReaderText(HTMLParser):
    """The texts a reader of ``language`` meets on a page: text nodes and the
    attributes screen readers read, outside scripts and styles and outside
    any element whose ``lang`` is another language.

    Tag names are left out too: they are what editors typed (taggit keeps one
    name for every language), content rather than interface, and the site
    shows them as ``usa-tag`` chips in its ``site-tags`` list."""

    def __init__(self, language):
        super().__init__(convert_charrefs=True)
        self.language = language.lower()
        self.open = []  # (tag, skipped, inside the tag list) of each open element
        self.texts = []

    def in_other_language(self, lang):
        lang = lang.lower()
        return not (lang == self.language or lang.startswith(f"{self.language}-"))

    @property
    def skipping(self):
        return bool(self.open) and self.open[-1][1]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        skipped = self.skipping
        if attrs.get("lang") is not None:
            skipped = self.in_other_language(attrs["lang"])
        in_tag_list = (bool(self.open) and self.open[-1][2]) or "site-tags" in classes
        skipped = skipped or tag in NOT_SHOWN or (in_tag_list and "usa-tag" in classes)
        if not skipped:
            self.texts += [attrs[name] for name in SPOKEN_ATTRIBUTES if attrs.get(name)]
            if tag == "input" and attrs.get("type") in ("submit", "button"):
                self.texts.append(attrs.get("value") or "")
        if tag not in VOID_ELEMENTS:
            self.open.append((tag, skipped, in_tag_list))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self.skipping:
            self.texts.append(text)


def reader_texts(html, language):
    parser = ReaderText(language)
    parser.feed(html)
    parser.close()
    return [text for text in parser.texts if text]


def msgid_pattern(msgid):
    """Finds ``msgid`` as shown: placeholders stand for any text; a one-word
    msgid must be the whole text ("Do", "All"), longer ones may sit in a
    sentence."""
    parts = PLACEHOLDER.split(msgid)[::2]
    body = ".+?".join(re.escape(part.replace("%%", "%")) for part in parts)
    if len(PLACEHOLDER.sub("", msgid).split()) <= 1:
        return re.compile(rf"^{body}$")
    return re.compile(rf"(?<!\w){body}(?!\w)")


def translated_english(language):
    """Each English msgid of the project's catalogues that ``language``
    translates (not those it keeps as they are, such as "Email" in
    Vietnamese), with the pattern that finds it in a text."""
    locale_name = to_locale(language)
    strings = {}
    for po_path in catalogues.catalogue_paths():
        if po_path.parent.parent.name != locale_name:
            continue
        for entry in polib.pofile(str(po_path)):
            if not entry.translated():
                continue
            translations = (
                list(entry.msgstr_plural.values())
                if entry.msgid_plural
                else [entry.msgstr]
            )
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                if msgid not in translations and PLACEHOLDER.sub("", msgid).strip():
                    strings[msgid] = msgid_pattern(msgid)
    return strings


ENGLISH = {language: translated_english(language) for language in LANGUAGES}


def english_interface(texts, language):
    """The texts that show an English interface string ``language`` has a
    translation for, with that msgid."""
    return [
        (msgid, text)
        for text in texts
        for msgid, pattern in ENGLISH[language].items()
        if pattern.search(text)
    ]


def untranslated_on_page(html, language):
    return english_interface(reader_texts(html, language), language)


# The world: the demo, with every page type in every language ---------------

ACCENTED = str.maketrans("aeiouAEIOUcnCN", "áéíóúÁÉÍÓÚçñÇÑ")
MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")


def pseudo_localized(text):
    """Text a reader can still follow, in letters no English word has: what
    remains in plain English on a page came from the interface."""
    return "".join(
        part if MARKUP.fullmatch(part) else part.translate(ACCENTED)
        for part in MARKUP.split(text)
    )


def translate_with_pseudo_text(page, locale):
    """Publishes ``page`` (and any ancestor missing) in ``locale`` through
    wagtail-localize, every text segment pseudo-localized, slugs kept."""
    from wagtail_localize.models import StringSegment, TranslationSource

    parent = page.get_parent().specific
    if parent.depth > 1 and parent.get_translation_or_none(locale) is None:
        translate_with_pseudo_text(parent, locale)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = {
        segment.string.data: (
            segment.string.data
            if segment.context.path.endswith("slug")
            else pseudo_localized(segment.string.data)
        )
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
    }
    translation = store_manual_translations(page, locale, strings, LookupError)
    # As the demo loader does: with WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
    # off, save_target(publish=True) would leave the translation a draft.
    translation.save_target(publish=False)
    translation.get_target_instance().latest_revision.publish()


def live_pages(language):
    return (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language, depth__gt=1)
        .order_by("path")
        .specific()
    )


def one_page_of_each_type(language):
    pages = {}
    for page in live_pages(language):
        pages.setdefault(type(page).__name__, page)
    return pages


@pytest.fixture(scope="module")
def world(demo_database):
    """The demo (a copy of the module's own) and, for each language, one live
    page of every page type the English site has."""
    media = demo_database.media
    english = one_page_of_each_type(settings.LANGUAGE_CODE)
    pages = {}
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        present = one_page_of_each_type(language)
        for name, page in english.items():
            if name not in present:
                translate_with_pseudo_text(page, locale)
        pages[language] = one_page_of_each_type(language)
    yield {"media": media, "english": english, "pages": pages}


@pytest.fixture
def site_client(world, db, client, settings):
    """A resident's browser. ``db`` makes each test's writes (feedback sent)
    a savepoint inside the world's transaction."""
    settings.MEDIA_ROOT = world["media"]
    # Every language posts the feedback form: no rate limit in the way.
    settings.CMS_FEEDBACK_RATE_LIMIT = "100000/m"
    return client


def page_text_problems(client, page, language):
    response = client.get(page.url)
    if response.status_code != 200:
        return [(page.url, f"status {response.status_code}")]
    return [
        (page.url, msgid) for msgid, _ in untranslated_on_page(response.text, language)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_speaks_the_language(site_client, world, language):
    pages = world["pages"][language]
    assert set(pages) == set(world["english"])

    problems = [
        problem
        for page in pages.values()
        for problem in page_text_problems(site_client, page, language)
    ]

    assert problems == []


def feedback_page(world, language):
    return world["pages"][language]["FeedbackPage"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feedback_form_its_errors_and_thanks_speak_the_language(
    site_client, world, language
):
    page = feedback_page(world, language)

    refused = site_client.post(page.url, {"message": "   "})
    assert refused.status_code == 200
    assert 'aria-invalid="true"' in refused.text or "usa-error-message" in refused.text
    sent = site_client.post(
        page.url, {"topic": "general", "message": "Thank you for the new park."}
    )
    assert sent.status_code == 303
    thanks = site_client.get(sent["Location"])
    assert thanks.status_code == 200

    assert untranslated_on_page(refused.text, language) == []
    assert untranslated_on_page(thanks.text, language) == []


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed_texts(client, url, language):
    response = client.get(url)
    assert response.status_code == 200, url
    if url.endswith(".ics"):
        calendar = Calendar.from_ical(response.content)
        texts = [str(calendar.get("x-wr-calname"))]
        for event in calendar.walk("VEVENT"):
            texts += [str(category) for category in event.get("categories").cats]
        return texts
    atom = "{http://www.w3.org/2005/Atom}"
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)
    texts = [root.findtext(f"{atom}title"), root.findtext(f"{atom}subtitle")]
    for entry in root.iter(f"{atom}entry"):
        # An entry in another language (a change not translated yet) is read
        # in its own; its tags are the feed's.
        if entry.get(XML_LANG) in (None, language):
            texts.append(entry.findtext(f"{atom}title"))
        texts += [tag.get("term") for tag in entry.iter(f"{atom}category")]
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_feeds_are_titled_in_the_language(site_client, language):
    texts = feed_texts(site_client, f"/feeds/{language}/policy-changes.atom", language)
    texts += feed_texts(site_client, f"/feeds/{language}/events.ics", language)

    with translation.override(language):
        agency_feed = translation.gettext("%(agency)s: policy changes") % {
            "agency": settings.WAGTAIL_SITE_NAME
        }
    assert texts[0] == agency_feed
    assert english_interface(texts, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_are_written_as_the_language_writes_them(site_client, world, language):
    policy = world["pages"][language]["PolicyPage"]
    date = policy.effective_date
    texts = reader_texts(site_client.get(policy.url).text, language)
    shown = " ".join(texts)

    english_months = [month for month in ENGLISH_MONTHS if month in shown]
    assert english_months == []
    written = {
        "es": f"{date.day} de {SPANISH_MONTHS[date.month - 1]} de {date.year}",
        "zh-hans": f"{date.year}年{date.month}月{date.day}日",
    }
    if language in written:
        assert written[language] in shown


GROUPING = {"en": ",", "es": "\u00a0"}  # Django's es follows the RAE: a space


@pytest.mark.parametrize("language", GROUPING)
def test_figures_are_grouped_as_the_language_groups_them(site_client, world, language):
    from plugins.transparency.models import Technology

    page = world["pages"].get(language, world["english"])["TransparencyPage"]
    figures = {
        int(stat.value["value"])
        for technology in Technology.objects.filter(locale=page.locale)
        for stat in technology.usage_stats
        if stat.value["value"] is not None and stat.value["value"] >= 1000
    }
    shown = " ".join(reader_texts(site_client.get(page.url).text, language))

    assert figures, "the demo has a usage figure of four digits or more"
    for figure in figures:
        grouped = f"{figure:,}".replace(",", GROUPING[language])
        # The reader's text has its spaces, no-break ones too, made plain.
        assert " ".join(grouped.split()) in shown


# The check itself catches what it must -------------------------------------

SNIPPET = Template(
    "{% load i18n %}<p>{% translate 'Technologies governed' %}</p>"
    "<p>{% blocktranslate with date='4 mayo 2026' %}As of {{ date }}"
    "{% endblocktranslate %}</p>"
)


def test_the_page_check_catches_english_left_on_a_page(site_client, world):
    page = world["pages"]["es"]["PolicyPage"]
    html = site_client.get(page.url).text
    # As a page would read if the Spanish catalogue lacked these strings.
    with translation.override("en"):
        english = SNIPPET.render(Context())
    with translation.override("es"):
        spanish = SNIPPET.render(Context())

    injected = html.replace("</main>", f"{english}</main>", 1)
    labelled = html.replace("</main>", f'<div lang="en">{english}</div></main>', 1)
    translated = html.replace("</main>", f"{spanish}</main>", 1)

    found = untranslated_on_page(injected, "es")
    assert {"Technologies governed", "As of %(date)s"} <= {msgid for msgid, _ in found}
    assert {text for _, text in found} == {"Technologies governed", "As of 4 mayo 2026"}
    assert untranslated_on_page(labelled, "es") == []
    assert untranslated_on_page(translated, "es") == []


def test_the_page_check_reads_what_screen_readers_read():
    html = '<html lang="ar"><nav aria-label="Primary navigation"></nav></html>'

    assert untranslated_on_page(html, "ar") == [
        ("Primary navigation", "Primary navigation")
    ]
