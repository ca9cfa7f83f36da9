"""Judged queries: what residents type, in each content language, and the one
item each is looking for.

Queries are written as people type them on a phone: without diacritics, with
and without the Arabic article, two-character Chinese words, English and
Spanish misspellings. Each names the item by the English page's slug (its
translations share its translation key) or the English FAQ's question.
"""

POLICY, TECHNOLOGY = "policy", "technology"
PLATES = ("policy", "license-plate-readers")
FACES = ("faq", "Does the department use facial recognition?")
GIVE_FOOTAGE = ("faq", "Do I have to give police my camera footage?")
WHO_SEES_FOOTAGE = ("faq", "Who can see the footage I share?")
RETENTION = ("faq", "How long do you keep license-plate reader data?")
IMMIGRATION = ("faq", "Can immigration authorities see plate-reader data?")
BODY_CAMERAS_FAQ = ("faq", "When do officers turn on their body-worn cameras?")
ANONYMOUS = ("faq", "Can I share information anonymously?")
REPORT_COPY = ("faq", "How do I get a copy of a police report?")
NON_EMERGENCY = ("faq", "When should I call 911 and when the non-emergency line?")
COMPLAINT = ("faq", "How do I file a complaint or thank an officer?")
REGISTRY = ("faq", "What is the voluntary camera registry?")
SOCIAL_MEDIA = (
    "faq",
    "Should I post a video of a crime on social media before sending it to you?",
)

CONVERTERS = "catalytic-converter-thefts-stopped"

# (query, locale, (type, English slug or question))
JUDGED = [
    # English, as typed (the first three with no locale: the site's search box)
    ("license plate", None, PLATES),
    ("package theft", None, ("tip", "protect-your-packages")),
    ("facial recognition", None, FACES),
    ("body-worn cameras", "en", ("policy", "body-worn-cameras")),
    ("drone policy", "en", ("policy", "drones")),
    ("car break-ins", "en", ("tip", "prevent-car-break-ins")),
    ("phone scams", "en", ("tip", "spot-phone-scams")),
    ("catalytic converter", "en", ("story", CONVERTERS)),
    ("send camera footage", "en", ("guide", "sharing-your-camera-footage")),
    ("missing man found", "en", ("story", "missing-man-found-safe")),
    ("how long do you keep plate data", "en", RETENTION),
    ("National Night Out", "en", ("award", "elm-street-neighborhood-safety-award")),
    ("home safe while traveling", "en", ("tip", "home-safe-while-you-travel")),
    ("someone stole my package from the porch", "en", ("tip", "protect-your-packages")),
    ("scam call pretending to be police", "en", ("tip", "spot-phone-scams")),
    (
        "what happens after I report a crime",
        "en",
        ("guide", "what-to-expect-during-an-investigation"),
    ),
    ("immigration enforcement plate data", "en", IMMIGRATION),
    ("call 911 or non-emergency", "en", NON_EMERGENCY),
    ("register my home camera", "en", REGISTRY),
    ("search and rescue volunteers", "en", ("award", "search-and-rescue-commendation")),
    ("kids online", "en", ("tip", "online-safety-for-children")),
    # English misspellings
    ("licence plate reader", "en", PLATES),
    ("facial recogniton", "en", FACES),
    ("camra footage", "en", GIVE_FOOTAGE),
    ("anonymus tip", "en", ANONYMOUS),
    # Spanish, with and without accents, and misspelt
    ("matrícula", "es", PLATES),
    ("matriculas", "es", PLATES),
    ("robo de paquetes", "es", ("tip", "protect-your-packages")),
    ("cámaras corporales", "es", ("policy", "body-worn-cameras")),
    ("camaras corporales", "es", ("policy", "body-worn-cameras")),
    ("estafas telefonicas", "es", ("tip", "spot-phone-scams")),
    ("convertidores catalíticos", "es", ("story", CONVERTERS)),
    ("reconocimiento facial", "es", FACES),
    ("reconocimiento facil", "es", FACES),
    ("informe policial", "es", REPORT_COPY),
    ("denunciar un delito", "es", ("guide", "what-to-expect-during-an-investigation")),
    ("informacion anonima", "es", ANONYMOUS),
    ("casa segura viaje", "es", ("tip", "home-safe-while-you-travel")),
    ("auto robado", "es", ("story", "stolen-car-found-within-hours")),
    ("videos de mi camara", "es", GIVE_FOOTAGE),
    ("imigracion", "es", IMMIGRATION),
    # Vietnamese, mostly without diacritics
    ("bien so xe", "vi", PLATES),
    ("máy đọc biển số", "vi", PLATES),
    ("nhan dang khuon mat", "vi", FACES),
    ("dua video camera cho canh sat", "vi", GIVE_FOOTAGE),
    ("ai xem video", "vi", WHO_SEES_FOOTAGE),
    ("luu du lieu bao lau", "vi", RETENTION),
    ("di tru", "vi", IMMIGRATION),
    ("khieu nai", "vi", COMPLAINT),
    ("ban sao bien ban", "vi", REPORT_COPY),
    ("ẩn danh", "vi", ANONYMOUS),
    ("camera gan tren nguoi", "vi", BODY_CAMERAS_FAQ),
    ("dang ky camera", "vi", REGISTRY),
    # Simplified Chinese: two-character words, typed without spaces
    ("车牌识别", "zh-hans", PLATES),
    ("人脸识别", "zh-hans", FACES),
    ("录像交给警方", "zh-hans", GIVE_FOOTAGE),
    ("谁能看录像", "zh-hans", WHO_SEES_FOOTAGE),
    ("摄像机", "zh-hans", BODY_CAMERAS_FAQ),
    ("移民", "zh-hans", IMMIGRATION),
    ("投诉", "zh-hans", COMPLAINT),
    ("报告副本", "zh-hans", REPORT_COPY),
    ("匿名", "zh-hans", ANONYMOUS),
    ("数据保存多久", "zh-hans", RETENTION),
    ("摄像头登记", "zh-hans", REGISTRY),
    # Arabic, with and without the article
    ("لوحات السيارات", "ar", PLATES),
    ("اللوحات", "ar", PLATES),
    ("التعرف على الوجه", "ar", FACES),
    ("تعرف الوجه", "ar", FACES),
    ("تسجيلات الكاميرا", "ar", GIVE_FOOTAGE),
    ("مشاهدة التسجيلات", "ar", WHO_SEES_FOOTAGE),
    ("الهجرة", "ar", IMMIGRATION),
    ("هجرة", "ar", IMMIGRATION),
    ("شكوى", "ar", COMPLAINT),
    ("محضر الشرطة", "ar", REPORT_COPY),
    ("سجل الكاميرات", "ar", REGISTRY),
    ("يشغل الضباط الكاميرات", "ar", BODY_CAMERAS_FAQ),
]

LANGUAGES = ["en", "es", "vi", "zh-hans", "ar"]
