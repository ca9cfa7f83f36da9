"""The demo glossary: the terms the Riverside demo policies use, in English and
translated into Spanish through wagtail-localize, so the admin shows the
Spanish terms as translations of their source.

``load_glossary(key=None, write=None, translate_to=("es",))`` is idempotent:
a term that exists (same translation key and locale) is left alone. ``key(name)``
gives each term's translation key (the demo loader passes its ``demo_key``);
``write(line)`` reports progress. Everything runs in one transaction.
"""

import uuid

from django.db import transaction
from wagtail.models import Locale

from cms.demo.sections import DemoContent, progress
from cms.demo.strings import store_manual_translations
from plugins.plainlanguage.models import GlossaryTerm

NAMESPACE = uuid.UUID("c1d3f2a4-5b6e-4f70-8a91-b2c3d4e5f607")

# (key, English term, English explanation, {language: (term, explanation)})
TERMS = [
    (
        "alpr",
        "ALPR",
        "Automated license-plate reader: a camera that reads the plates of "
        "passing cars.",
        {
            "es": (
                "ALPR",
                "Lector automático de matrículas: una cámara que lee las "
                "matrículas de los autos que pasan.",
            )
        },
    ),
    (
        "hotlist",
        "hotlist",
        "A list of license plates we are looking for, such as those of stolen cars.",
        {
            "es": (
                "lista de alerta",
                "Una lista de matrículas que buscamos, como las de autos robados.",
            )
        },
    ),
    (
        "ncic",
        "NCIC",
        "National Crime Information Center: the FBI's list of stolen cars, "
        "missing people and wanted people.",
        {
            "es": (
                "NCIC",
                "Centro Nacional de Información Criminal: la lista del FBI de "
                "autos robados, personas desaparecidas y personas buscadas.",
            )
        },
    ),
    (
        "cjis",
        "CJIS",
        "Criminal Justice Information Services: the FBI's rules for keeping "
        "police data safe.",
        {
            "es": (
                "CJIS",
                "Servicios de Información de Justicia Penal: las reglas del FBI "
                "para proteger los datos de la policía.",
            )
        },
    ),
    (
        "retention",
        "retention",
        "How long we keep data before we delete it.",
        {"es": ("retención", "Cuánto tiempo guardamos los datos antes de borrarlos.")},
    ),
    (
        "audit-trail",
        "audit trail",
        "A record of who looked at data, when, and why.",
        {
            "es": (
                "registro de auditoría",
                "Un registro de quién miró los datos, cuándo y por qué.",
            )
        },
    ),
    (
        "amber-alert",
        "AMBER Alert",
        "An urgent public alert about a child who has been taken.",
        {
            "es": (
                "Alerta AMBER",
                "Un aviso público urgente sobre un niño que se llevaron.",
            )
        },
    ),
    (
        "custodian",
        "custodian",
        "The person in charge of a system and its data.",
        {"es": ("custodio", "La persona a cargo de un sistema y de sus datos.")},
    ),
    (
        "body-worn-camera",
        "body-worn camera",
        "A small camera an officer wears on the uniform.",
        {
            "es": (
                "cámara corporal",
                "Una cámara pequeña que el agente lleva en el uniforme.",
            )
        },
    ),
    (
        "public-comment",
        "public comment",
        "The time when anyone can tell us what they think of a draft policy "
        "before it is decided.",
        {
            "es": (
                "comentario público",
                "El tiempo en que cualquier persona puede decirnos qué piensa de "
                "un borrador de política antes de que se decida.",
            )
        },
    ),
]


class MissingGlossaryTranslation(Exception):
    pass


def default_key(name):
    return uuid.uuid5(NAMESPACE, f"riverside-demo:{name}")


def load_glossary(key=None, write=None, translate_to=("es",)):
    """Create the demo glossary and translate it; returns the English terms."""
    key = key or default_key
    write = write or (lambda line: None)
    with transaction.atomic():
        source_locale = Locale.get_default()
        terms, created = [], 0
        for name, term, explanation, translations in TERMS:
            found = GlossaryTerm.objects.filter(
                translation_key=key(f"glossary-{name}"), locale=source_locale
            ).first()
            if found is None:
                found = GlossaryTerm(
                    translation_key=key(f"glossary-{name}"),
                    locale=source_locale,
                    term=term,
                    explanation=explanation,
                )
                found.save()
                found.save_revision().publish()
                created += 1
            terms.append((found, translations))
        write(f"Glossary: {progress(created, len(terms) - created)}")
        for language_code in translate_to:
            locale = Locale.objects.filter(language_code=language_code).first()
            if locale is None:
                write(f"Glossary ({language_code}): skipped, no such locale")
                continue
            translated = sum(
                translate(term, translations, locale) for term, translations in terms
            )
            write(
                f"Glossary ({language_code}) translations: "
                f"{progress(translated, len(terms) - translated)}"
            )
        return [term for term, _translations in terms]


def translate(term, translations, locale):
    """Translate one term with wagtail-localize; False if it already is."""
    if term.has_translation(locale):
        return False
    if locale.language_code not in translations:
        raise MissingGlossaryTranslation(
            f"The demo glossary has no {locale.language_code} translation of "
            f"'{term.term}'. Add it to plugins/plainlanguage/demo.py."
        )
    target_term, target_explanation = translations[locale.language_code]
    strings = {term.term: target_term, term.explanation: target_explanation}

    def missing(segment):
        return MissingGlossaryTranslation(
            f'No {locale.language_code} translation for "{segment.string.data}" '
            "in the demo glossary. Add it to plugins/plainlanguage/demo.py."
        )

    translation = store_manual_translations(term, locale, strings, missing)
    translation.save_target(publish=True)
    return True


def demo_content():
    return DemoContent(
        name="glossary",
        load_after=lambda home, *, today, key, write: load_glossary(
            key=key, write=write
        ),
    )
