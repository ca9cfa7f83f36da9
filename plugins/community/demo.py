"""Demo events for the Riverside demo: English content and Spanish translations.

For the demo loader (``cms/demo``) to call once the home page and its Spanish
translation exist::

    from plugins.community import demo

    events = demo.load_events(home, today=loader.today, key=demo_key,
                              write=loader.write)

``load_events(home, *, today=None, key=None, write=None, translate_to=("es",))``
    Creates the events index under ``home`` (the source-language HomePage) and
    the demo events under it, publishes them, then translates the index and the
    events into each of ``translate_to`` through wagtail-localize (translation
    sources and string translations, like the rest of the demo), so later syncs
    treat them as ordinary translations. Returns the source-language events.

    ``today`` (a date; default ``timezone.localdate()``) places the events: they
    start 5 to 40 days after it, so a fresh load always has upcoming events.
    ``key(name) -> uuid.UUID`` gives each page's translation key; pass the
    loader's ``demo_key`` so that reruns recognize the pages. The default is a
    uuid5 in this module's own namespace. Pages that exist (same translation key
    and locale) are left alone, so the function is idempotent. ``write(line)``
    reports progress. A locale whose home page is not translated yet is skipped
    with a message. Everything runs in one transaction.

The content is also exposed as data: ``EVENT_INDEX``, ``event_entries(today)``
(page field values, with aware datetimes) and ``TRANSLATIONS`` (language code
-> English segment -> translation).
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from cms.demo.strings import store_manual_translations
from plugins.community.models import EventIndexPage, EventPage

NAMESPACE = uuid.UUID("0b7f0f6e-4b6f-4d5e-9a55-6c1f3c0a2e11")

EVENT_INDEX = {
    "key": "events",
    "title": "Events",
    "slug": "events",
    "summary": (
        "Meet your officers: community meetings, coffee with a cop and National "
        "Night Out. Everyone is welcome."
    ),
    "intro": "All our events are free and open to everyone.",
}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def _at(today, days, hour, minute=0):
    day = today + datetime.timedelta(days=days)
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(hour, minute))
    )


def event_entries(today):
    """The demo events, placed relative to ``today``."""
    return [
        {
            "key": "event-coffee-with-a-cop",
            "title": "Coffee with a cop",
            "slug": "coffee-with-a-cop",
            "category": "coffee_with_a_cop",
            "start": _at(today, 5, 8),
            "end": _at(today, 5, 10),
            "place_name": "Bean There Café",
            "street_address": "18 Main Street",
            "locality": "Riverside",
            "postal_code": "92501",
            "online_url": "",
            "accessibility": "Step-free entrance. Spanish-speaking officers attend.",
            "summary": (
                "Have a coffee on us and ask the officers who patrol downtown "
                "anything you like."
            ),
            "body": [
                paragraph(
                    "No speeches and no agenda: just coffee and conversation with "
                    "the officers who work your neighborhood."
                )
            ],
            "tags": ["coffee with a cop", "downtown"],
        },
        {
            "key": "event-eastside-meeting",
            "title": "Eastside community meeting: traffic and safety",
            "slug": "eastside-community-meeting",
            "category": "community_meeting",
            "start": _at(today, 12, 18, 30),
            "end": _at(today, 12, 20),
            "place_name": "Eastside Library, community room",
            "street_address": "1200 Elm Street",
            "locality": "Riverside",
            "postal_code": "92501",
            "online_url": "",
            "accessibility": (
                "Step-free entrance and a hearing loop. Spanish interpretation "
                "provided. For an ASL interpreter, call (555) 010-0199 a week ahead."
            ),
            "summary": (
                "Tell the Eastside patrol team what worries you most, from speeding "
                "near schools to car break-ins."
            ),
            "body": [
                paragraph(
                    "The Eastside sergeant reports on the last three months and "
                    "answers questions. Bring your ideas for safer streets."
                )
            ],
            "tags": ["eastside", "traffic"],
        },
        {
            "key": "event-drone-town-hall",
            "title": "Online town hall: the draft drone policy",
            "slug": "drone-policy-town-hall",
            "category": "community_meeting",
            "start": _at(today, 20, 19),
            "end": _at(today, 20, 20, 30),
            "place_name": "",
            "street_address": "",
            "locality": "",
            "postal_code": "",
            "online_url": "https://riversidepd.example/live",
            "accessibility": (
                "Live captions in English and Spanish. The recording is posted "
                "within a week."
            ),
            "summary": (
                "Hear how we propose to use drones and tell us what you think "
                "before the City Council votes."
            ),
            "body": [
                paragraph(
                    "The policy's authors walk through the draft and answer "
                    "questions sent in the chat or beforehand through our feedback "
                    "form."
                )
            ],
            "tags": ["drones", "public comment"],
        },
        {
            "key": "event-national-night-out",
            "title": "National Night Out block party",
            "slug": "national-night-out",
            "category": "national_night_out",
            "start": _at(today, 40, 17),
            "end": _at(today, 40, 21),
            "place_name": "Riverside Park, main lawn",
            "street_address": "4000 River Road",
            "locality": "Riverside",
            "postal_code": "92507",
            "online_url": "",
            "accessibility": (
                "Paved paths, accessible restrooms and reserved parking by the "
                "north gate."
            ),
            "summary": (
                "Food, music and a chance to meet your neighbors, officers and "
                "firefighters."
            ),
            "body": [
                paragraph(
                    "Bring the family. Children can sit in a patrol car and meet "
                    "our police dog."
                )
            ],
            "tags": ["national night out", "neighborhoods"],
        },
    ]


TRANSLATIONS = {
    "es": {
        # index
        "Events": "Eventos",
        "events": "eventos",
        (
            "Meet your officers: community meetings, coffee with a cop and National "
            "Night Out. Everyone is welcome."
        ): (
            "Conozca a sus agentes: reuniones comunitarias, café con un policía y la "
            "Noche Nacional contra el Crimen. Todos son bienvenidos."
        ),
        "All our events are free and open to everyone.": (
            "Todos nuestros eventos son gratuitos y abiertos a todo el público."
        ),
        # shared
        "Riverside": "Riverside",
        "92501": "92501",
        "92507": "92507",
        "https://riversidepd.example/live": "https://riversidepd.example/live",
        # event-coffee-with-a-cop
        "Coffee with a cop": "Café con un policía",
        "coffee-with-a-cop": "cafe-con-un-policia",
        "Bean There Café": "Bean There Café",
        "18 Main Street": "18 Main Street",
        "Step-free entrance. Spanish-speaking officers attend.": (
            "Entrada sin escalones. Asisten agentes que hablan español."
        ),
        (
            "Have a coffee on us and ask the officers who patrol downtown anything "
            "you like."
        ): (
            "Tómese un café con nosotros y pregunte lo que quiera a los agentes que "
            "patrullan el centro."
        ),
        (
            "No speeches and no agenda: just coffee and conversation with the "
            "officers who work your neighborhood."
        ): (
            "Sin discursos ni agenda: solo café y conversación con los agentes que "
            "trabajan en su vecindario."
        ),
        # event-eastside-meeting
        "Eastside community meeting: traffic and safety": (
            "Reunión comunitaria de Eastside: tráfico y seguridad"
        ),
        "eastside-community-meeting": "reunion-comunitaria-eastside",
        "Eastside Library, community room": (
            "Biblioteca de Eastside, sala comunitaria"
        ),
        "1200 Elm Street": "1200 Elm Street",
        (
            "Step-free entrance and a hearing loop. Spanish interpretation provided. "
            "For an ASL interpreter, call (555) 010-0199 a week ahead."
        ): (
            "Entrada sin escalones y bucle magnético. Habrá interpretación al "
            "español. Para un intérprete de lengua de señas (ASL), llame al "
            "(555) 010-0199 con una semana de anticipación."
        ),
        (
            "Tell the Eastside patrol team what worries you most, from speeding near "
            "schools to car break-ins."
        ): (
            "Cuéntele al equipo de patrulla de Eastside lo que más le preocupa, "
            "desde el exceso de velocidad cerca de las escuelas hasta los robos en "
            "autos."
        ),
        (
            "The Eastside sergeant reports on the last three months and answers "
            "questions. Bring your ideas for safer streets."
        ): (
            "El sargento de Eastside informa sobre los últimos tres meses y responde "
            "preguntas. Traiga sus ideas para tener calles más seguras."
        ),
        # event-drone-town-hall
        "Online town hall: the draft drone policy": (
            "Foro abierto en línea: el borrador de la política de drones"
        ),
        "drone-policy-town-hall": "foro-politica-de-drones",
        (
            "Live captions in English and Spanish. The recording is posted within a "
            "week."
        ): (
            "Subtítulos en vivo en inglés y español. La grabación se publica en el "
            "plazo de una semana."
        ),
        (
            "Hear how we propose to use drones and tell us what you think before the "
            "City Council votes."
        ): (
            "Escuche cómo proponemos usar los drones y díganos qué opina antes de que "
            "vote el Concejo Municipal."
        ),
        (
            "The policy's authors walk through the draft and answer questions sent "
            "in the chat or beforehand through our feedback form."
        ): (
            "Los autores de la política explican el borrador y responden las "
            "preguntas enviadas por el chat o antes, mediante nuestro formulario de "
            "opiniones."
        ),
        # event-national-night-out
        "National Night Out block party": (
            "Fiesta vecinal de la Noche Nacional contra el Crimen"
        ),
        "national-night-out": "noche-nacional-contra-el-crimen",
        "Riverside Park, main lawn": "Riverside Park, césped principal",
        "4000 River Road": "4000 River Road",
        ("Paved paths, accessible restrooms and reserved parking by the north gate."): (
            "Senderos pavimentados, baños accesibles y estacionamiento reservado "
            "junto a la entrada norte."
        ),
        (
            "Food, music and a chance to meet your neighbors, officers and "
            "firefighters."
        ): (
            "Comida, música y la oportunidad de conocer a sus vecinos, agentes y "
            "bomberos."
        ),
        (
            "Bring the family. Children can sit in a patrol car and meet our police "
            "dog."
        ): (
            "Traiga a la familia. Los niños pueden sentarse en una patrulla y "
            "conocer a nuestro perro policía."
        ),
    },
}


def _default_key(name):
    return uuid.uuid5(NAMESPACE, f"riverside-demo:{name}")


class MissingEventTranslation(Exception):
    pass


class _EventDemo:
    def __init__(self, home, today, key, write):
        self.home = home
        self.today = today
        self.key = key
        self.write = write

    def find(self, model, name, locale):
        return model.objects.filter(
            translation_key=self.key(name), locale=locale
        ).first()

    def create(self, parent, model, entry):
        fields = {k: v for k, v in entry.items() if k not in {"key", "tags"}}
        page = model(
            translation_key=self.key(entry["key"]),
            locale=self.home.locale,
            live=False,
            **fields,
        )
        for tag in entry.get("tags", ()):
            page.tags.add(tag)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def load(self, translate_to):
        created = 0
        index = self.find(EventIndexPage, EVENT_INDEX["key"], self.home.locale)
        if index is None:
            index = self.create(self.home, EventIndexPage, EVENT_INDEX)
            created += 1
        events = []
        for entry in event_entries(self.today):
            event = self.find(EventPage, entry["key"], self.home.locale)
            if event is None:
                event = self.create(index, EventPage, entry)
                created += 1
            events.append(event)
        present = len(events) + 1 - created
        self.write(f"Events: {progress(created, present)}")
        for language_code in translate_to:
            self.translate_all(language_code, [index, *events])
        return events

    def translate_all(self, language_code, pages):
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None or not self.home.has_translation(locale):
            self.write(f"Events ({language_code}): skipped, no home page in it yet")
            return
        created = sum(self.translate(page, locale) for page in pages)
        present = len(pages) - created
        self.write(
            f"Events ({language_code}) translations: {progress(created, present)}"
        )

    def translate(self, page, locale):
        if page.has_translation(locale):
            return False
        page = type(page).objects.get(pk=page.pk)

        def missing(segment):
            return MissingEventTranslation(
                f'No {locale.language_code} translation for "{segment.string.data}"'
                f" in '{page}', field {segment.context.path}. Add it to "
                "plugins/community/demo.py."
            )

        translation = store_manual_translations(
            page, locale, TRANSLATIONS[locale.language_code], missing
        )
        # As the demo loader does: with WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
        # off, save_target(publish=True) would leave the translation a draft.
        translation.save_target(publish=False)
        translation.get_target_instance().latest_revision.publish()
        return True


def progress(created, present):
    """The loader's progress wording: only the counts that are not zero."""
    parts = [f"{created} created"] * bool(created)
    parts += [f"{present} already present"] * bool(present)
    return ", ".join(parts) or "nothing to do"


def load_events(home, *, today=None, key=None, write=None, translate_to=("es",)):
    """Create the demo events under ``home`` and translate them; see the module
    docstring. Returns the source-language events."""
    demo = _EventDemo(
        home=home,
        today=today or timezone.localdate(),
        key=key or _default_key,
        write=write or (lambda line: None),
    )
    with transaction.atomic():
        return demo.load(translate_to)
