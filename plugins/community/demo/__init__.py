"""The community plugin's part of the Riverside demo.

Its ``DemoContent`` (``demo_content()``, registered through the
``register_demo_content`` hook) holds the community awards as data
(``awards.py``, translated in ``translations.py``), and once every translation
exists writes the feedback, contact and event pages:

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
import zoneinfo

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from cms.demo import content as core_content
from cms.demo.sections import DemoContent, DemoPages, progress
from cms.demo.strings import store_manual_translations
from plugins.community.demo.awards import AWARDS
from plugins.community.demo.awards import INDEX as AWARD_INDEX
from plugins.community.demo.translations import STRINGS as AWARD_TRANSLATIONS
from plugins.community.models import (
    AwardPage,
    ContactPage,
    EventIndexPage,
    EventPage,
    FeedbackPage,
    YouSaidWeDidPage,
)

NAMESPACE = uuid.UUID("0b7f0f6e-4b6f-4d5e-9a55-6c1f3c0a2e11")

# The demo agency is in Riverside, California: its events are at its wall-clock
# times, whatever TIME_ZONE the loader runs with (the Makefile's demo uses this
# zone too, so the site and the calendar feed show them as written).
AGENCY_TIME_ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")

EVENT_INDEX = {
    "key": "events",
    "title": "Events",
    "slug": "events",
    "summary": (
        "Meet your officers: community meetings, coffee with a cop and National "
        "Night Out. Everyone is welcome."
    ),
    "intro": "All our events are free and open to everyone.",
    "show_in_menus": True,
}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def _at(today, days, hour, minute=0):
    day = today + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=AGENCY_TIME_ZONE
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


class MissingDemoTranslation(Exception):
    pass


class _CommunityDemo:
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
            self.translate_all("Events", language_code, [index, *events], TRANSLATIONS)
        return events

    def load_pages(self, label, entries, translations):
        """Pages directly under the home page (the feedback and contact pages),
        translated into every language ``translations`` has."""
        created = 0
        pages = []
        for model, entry in entries:
            page = self.find(model, entry["key"], self.home.locale)
            if page is None:
                page = self.create(self.home, model, entry)
                created += 1
            pages.append(page)
        self.write(f"{label}: {progress(created, len(pages) - created)}")
        for language_code in translations:
            self.translate_all(label, language_code, pages, translations)
        return pages

    def load_report(self, feedback):
        """A "you said, we did" report under the feedback page, in English and
        Spanish; the other languages show it as an untranslated copy once the
        agency's set-up syncs their trees, and say so."""
        label = "You said, we did report"
        report = self.find(YouSaidWeDidPage, REPORT["key"], self.home.locale)
        if report is None:
            report = self.create(feedback, YouSaidWeDidPage, REPORT)
            self.write(f"{label}: {progress(1, 0)}")
        else:
            self.write(f"{label}: {progress(0, 1)}")
        for language_code in REPORT_TRANSLATIONS:
            self.translate_all(label, language_code, [report], REPORT_TRANSLATIONS)

    def translate_all(self, label, language_code, pages, translations):
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None or not self.home.has_translation(locale):
            self.write(f"{label} ({language_code}): skipped, no home page in it yet")
            return
        strings = translations[language_code]
        created = sum(self.translate(page, locale, strings) for page in pages)
        present = len(pages) - created
        self.write(
            f"{label} ({language_code}) translations: {progress(created, present)}"
        )

    def translate(self, page, locale, strings):
        if page.has_translation(locale):
            return False
        page = type(page).objects.get(pk=page.pk)

        def missing(segment):
            return MissingDemoTranslation(
                f'No {locale.language_code} translation for "{segment.string.data}"'
                f" in '{page}', field {segment.context.path}. Add it to "
                "plugins/community/demo.py."
            )

        translation = store_manual_translations(page, locale, strings, missing)
        # As the demo loader does: with WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
        # off, save_target(publish=True) would leave the translation a draft.
        translation.save_target(publish=False)
        translation.get_target_instance().latest_revision.publish()
        return True


def load_events(home, *, today=None, key=None, write=None, translate_to=("es",)):
    """Create the demo events under ``home`` and translate them; see the module
    docstring. Returns the source-language events."""
    demo = _CommunityDemo(
        home=home,
        today=today or timezone.localdate(),
        key=key or _default_key,
        write=write or (lambda line: None),
    )
    with transaction.atomic():
        return demo.load(translate_to)


# The feedback and contact pages -----------------------------------------------
# In every demo language, so that a resident reaches us in their own.

# One line: wagtail-localize would carry line breaks to translators as <br/>.
ADDRESS = core_content.ADDRESS

FEEDBACK_PAGE = {
    "key": "feedback",
    "title": "Send us feedback",
    "slug": "feedback",
    "summary": (
        "Tell us what we do well and what worries you, comment on a policy or "
        "nominate a neighbor for an award."
    ),
    "intro": (
        "<p>Every message is read by a member of our community relations team.</p>"
        "<p>To report a crime or an emergency, do not use this form: call 911.</p>"
    ),
    "privacy_notice": (
        "<p>Your contact details are optional. We use them only to answer you, "
        "never publish them and delete them after two years.</p>"
    ),
    "thank_you": "<p>We answer within ten working days.</p>",
    "show_in_menus": True,
}

CONTACT_PAGE = {
    "key": "contact",
    "title": "Contact us",
    "slug": "contact",
    "summary": (
        "Our address, phone numbers and office hours. In an emergency, call 911."
    ),
    "intro": (
        "Call the non-emergency line to report a crime that is over, a lost item "
        "or a noise complaint. Our front desk is open during office hours."
    ),
    "address": ADDRESS,
    "phone": core_content.MAIN_PHONE,
    "non_emergency_phone": core_content.PHONE,
    "email": core_content.RECORDS_EMAIL,
    "hours": core_content.OFFICE_HOURS,
    "show_in_menus": True,
}

REPORT = {
    "key": "you-said-we-did-summer-2026",
    "title": "You said, we did: summer 2026",
    "slug": "you-said-we-did-summer-2026",
    "summary": (
        "What residents told us from July to September 2026, and what we did about it."
    ),
    "period_start": datetime.date(2026, 7, 1),
    "period_end": datetime.date(2026, 9, 30),
    "themes": [
        {
            "type": "theme",
            "value": {
                "theme": "Speeding near schools",
                "you_said": (
                    "<p>Many parents told us cars drive too fast past Lincoln "
                    "and Jefferson elementary schools at drop-off time.</p>"
                ),
                "we_did": (
                    "<p>Officers now patrol both school zones every school "
                    "morning, and the city added two speed-feedback signs.</p>"
                ),
                "status": "done",
            },
        },
        {
            "type": "theme",
            "value": {
                "theme": "Spanish-language meetings",
                "you_said": (
                    "<p>Residents asked for community meetings held in "
                    "Spanish, not only interpreted.</p>"
                ),
                "we_did": (
                    "<p>Our first meeting in Spanish is planned for the "
                    "spring, with officers who speak Spanish.</p>"
                ),
                "status": "in_progress",
            },
        },
    ],
    "tags": ["feedback"],
}

REPORT_TRANSLATIONS = {
    "es": {
        "You said, we did: summer 2026": (
            "Ustedes dijeron, nosotros hicimos: verano de 2026"
        ),
        "you-said-we-did-summer-2026": "ustedes-dijeron-verano-2026",
        (
            "What residents told us from July to September 2026, and what we did "
            "about it."
        ): (
            "Lo que los residentes nos dijeron de julio a septiembre de 2026 y lo "
            "que hicimos al respecto."
        ),
        "Speeding near schools": "Exceso de velocidad cerca de las escuelas",
        (
            "Many parents told us cars drive too fast past Lincoln and Jefferson "
            "elementary schools at drop-off time."
        ): (
            "Muchos padres nos dijeron que los autos pasan demasiado rápido frente "
            "a las escuelas primarias Lincoln y Jefferson a la hora de llegada."
        ),
        (
            "Officers now patrol both school zones every school morning, and the "
            "city added two speed-feedback signs."
        ): (
            "Ahora hay agentes en ambas zonas escolares cada mañana de clases, y la "
            "ciudad instaló dos letreros que muestran la velocidad."
        ),
        "Spanish-language meetings": "Reuniones en español",
        (
            "Residents asked for community meetings held in Spanish, not only "
            "interpreted."
        ): (
            "Los residentes pidieron reuniones comunitarias en español, no solo con "
            "interpretación."
        ),
        (
            "Our first meeting in Spanish is planned for the spring, with officers "
            "who speak Spanish."
        ): (
            "Nuestra primera reunión en español está prevista para la primavera, con "
            "agentes que hablan español."
        ),
    },
}

PAGE_TRANSLATIONS = {
    "es": {
        "Send us feedback": "Envíenos sus opiniones",
        "feedback": "opiniones",
        (
            "Tell us what we do well and what worries you, comment on a policy or "
            "nominate a neighbor for an award."
        ): (
            "Díganos qué hacemos bien y qué le preocupa, comente una política o "
            "nomine a un vecino para un premio."
        ),
        "Every message is read by a member of our community relations team.": (
            "Un miembro de nuestro equipo de relaciones con la comunidad lee cada "
            "mensaje."
        ),
        "To report a crime or an emergency, do not use this form: call 911.": (
            "Para denunciar un delito o una emergencia, no use este formulario: "
            "llame al 911."
        ),
        (
            "Your contact details are optional. We use them only to answer you, "
            "never publish them and delete them after two years."
        ): (
            "Sus datos de contacto son opcionales. Solo los usamos para responderle, "
            "nunca los publicamos y los borramos a los dos años."
        ),
        "We answer within ten working days.": (
            "Respondemos en un plazo de diez días hábiles."
        ),
        "Contact us": "Contacto",
        "contact": "contacto",
        ("Our address, phone numbers and office hours. In an emergency, call 911."): (
            "Nuestra dirección, teléfonos y horario de atención. En una emergencia, "
            "llame al 911."
        ),
        (
            "Call the non-emergency line to report a crime that is over, a lost item "
            "or a noise complaint. Our front desk is open during office hours."
        ): (
            "Llame a la línea para casos que no son de emergencia para denunciar un "
            "delito que ya terminó, un objeto perdido o una queja por ruido. "
            "Nuestra recepción atiende en horario de oficina."
        ),
        ADDRESS: ADDRESS,
        core_content.OFFICE_HOURS: "De lunes a viernes, de 8 a. m. a 5 p. m.",
    },
    "vi": {
        "Send us feedback": "Gửi ý kiến cho chúng tôi",
        "feedback": "y-kien",
        (
            "Tell us what we do well and what worries you, comment on a policy or "
            "nominate a neighbor for an award."
        ): (
            "Hãy cho chúng tôi biết điều chúng tôi làm tốt và điều quý vị lo ngại, "
            "góp ý về một chính sách hoặc đề cử một người hàng xóm cho giải thưởng."
        ),
        "Every message is read by a member of our community relations team.": (
            "Mỗi tin nhắn đều được một thành viên trong nhóm quan hệ cộng đồng của "
            "chúng tôi đọc."
        ),
        "To report a crime or an emergency, do not use this form: call 911.": (
            "Để báo tội phạm hoặc trường hợp khẩn cấp, đừng dùng mẫu này: hãy gọi 911."
        ),
        (
            "Your contact details are optional. We use them only to answer you, "
            "never publish them and delete them after two years."
        ): (
            "Thông tin liên lạc của quý vị là không bắt buộc. Chúng tôi chỉ dùng để "
            "trả lời quý vị, không bao giờ công bố và sẽ xóa sau hai năm."
        ),
        "We answer within ten working days.": (
            "Chúng tôi trả lời trong vòng mười ngày làm việc."
        ),
        "Contact us": "Liên hệ",
        "contact": "lien-he",
        ("Our address, phone numbers and office hours. In an emergency, call 911."): (
            "Địa chỉ, số điện thoại và giờ làm việc của chúng tôi. Trong trường hợp "
            "khẩn cấp, hãy gọi 911."
        ),
        (
            "Call the non-emergency line to report a crime that is over, a lost item "
            "or a noise complaint. Our front desk is open during office hours."
        ): (
            "Hãy gọi đường dây không khẩn cấp để báo một vụ phạm tội đã xảy ra, đồ "
            "thất lạc hoặc khiếu nại tiếng ồn. Quầy tiếp dân mở cửa trong giờ làm "
            "việc."
        ),
        ADDRESS: ADDRESS,
        core_content.OFFICE_HOURS: "Thứ Hai đến thứ Sáu, 8 giờ sáng đến 5 giờ chiều.",
    },
    "zh-hans": {
        "Send us feedback": "向我们提意见",
        "feedback": "yijian",
        (
            "Tell us what we do well and what worries you, comment on a policy or "
            "nominate a neighbor for an award."
        ): "告诉我们哪些方面做得好、哪些让您担心，对政策发表意见，或提名邻居获奖。",
        "Every message is read by a member of our community relations team.": (
            "每条留言都由我们社区关系团队的成员阅读。"
        ),
        "To report a crime or an emergency, do not use this form: call 911.": (
            "如需报告犯罪或紧急情况，请勿使用此表格：请拨打 911。"
        ),
        (
            "Your contact details are optional. We use them only to answer you, "
            "never publish them and delete them after two years."
        ): "您的联系方式为选填。我们只用它来答复您，绝不公开，并在两年后删除。",
        "We answer within ten working days.": "我们会在十个工作日内答复。",
        "Contact us": "联系我们",
        "contact": "lianxi",
        (
            "Our address, phone numbers and office hours. In an emergency, call 911."
        ): "我们的地址、电话和办公时间。紧急情况请拨打 911。",
        (
            "Call the non-emergency line to report a crime that is over, a lost item "
            "or a noise complaint. Our front desk is open during office hours."
        ): (
            "如需报告已经结束的犯罪、遗失物品或噪音投诉，请拨打非紧急电话。"
            "我们的前台在办公时间开放。"
        ),
        ADDRESS: ADDRESS,
        core_content.OFFICE_HOURS: "周一至周五，上午 8 点至下午 5 点。",
    },
    "ar": {
        "Send us feedback": "أرسل لنا ملاحظاتك",
        "feedback": "feedback",
        (
            "Tell us what we do well and what worries you, comment on a policy or "
            "nominate a neighbor for an award."
        ): ("أخبرنا بما نحسنه وبما يقلقك، أو علّق على سياسة، أو رشّح أحد جيرانك لجائزة."),
        "Every message is read by a member of our community relations team.": (
            "يقرأ كل رسالة عضو من فريق العلاقات المجتمعية لدينا."
        ),
        "To report a crime or an emergency, do not use this form: call 911.": (
            "للإبلاغ عن جريمة أو حالة طارئة، لا تستخدم هذا النموذج: اتصل بالرقم 911."
        ),
        (
            "Your contact details are optional. We use them only to answer you, "
            "never publish them and delete them after two years."
        ): (
            "بيانات الاتصال الخاصة بك اختيارية. نستخدمها فقط للرد عليك، ولا ننشرها "
            "أبدًا، ونحذفها بعد عامين."
        ),
        "We answer within ten working days.": "نرد خلال عشرة أيام عمل.",
        "Contact us": "اتصل بنا",
        "contact": "contact",
        (
            "Our address, phone numbers and office hours. In an emergency, call 911."
        ): "عنواننا وأرقام هواتفنا وساعات العمل. في حالات الطوارئ، اتصل بالرقم 911.",
        (
            "Call the non-emergency line to report a crime that is over, a lost item "
            "or a noise complaint. Our front desk is open during office hours."
        ): (
            "اتصل بالخط المخصص لغير حالات الطوارئ للإبلاغ عن جريمة انتهت أو غرض "
            "مفقود أو شكوى من الضجيج. مكتب الاستقبال مفتوح خلال ساعات العمل."
        ),
        ADDRESS: ADDRESS,
        core_content.OFFICE_HOURS: "من الاثنين إلى الجمعة، من 8 صباحًا إلى 5 مساءً.",
    },
}


def load_contact_pages(home, *, key=None, write=None, translations=None):
    """Create the feedback and contact pages under ``home`` and translate them
    into every language of ``translations`` (default: all the demo's) whose
    home page exists. Idempotent, like ``load_events``; returns the English
    pages."""
    demo = _CommunityDemo(
        home=home,
        today=None,
        key=key or _default_key,
        write=write or (lambda line: None),
    )
    entries = [(FeedbackPage, FEEDBACK_PAGE), (ContactPage, CONTACT_PAGE)]
    with transaction.atomic():
        pages = demo.load_pages(
            "Feedback and contact pages", entries, translations or PAGE_TRANSLATIONS
        )
        demo.load_report(pages[0])
        return pages


def load_pages_and_events(home, *, today, key, write):
    load_contact_pages(home, key=key, write=write)
    load_events(home, today=today, key=key, write=write)


def demo_content():
    """The awards as data; the feedback, contact and event pages after the
    translations, under the home page and its translations."""
    return DemoContent(
        name="community",
        indexes=[AWARD_INDEX],
        pages=[DemoPages("Awards", AwardPage, "awards", AWARDS)],
        translations=AWARD_TRANSLATIONS,
        load_after=load_pages_and_events,
    )
