"""Demo translations into Arabic: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
    "Riverside Police Department": "إدارة شرطة ريفرسايد",
    "home": "home-ar",
    (
        "How the Riverside Police Department uses technology, what we achieve with our "
        "neighbors, and straight answers to your questions."
    ): (
        "كيف تستخدم إدارة شرطة ريفرسايد التكنولوجيا، وما نحققه مع جيراننا، وإجابات "
        "واضحة عن أسئلتكم."
    ),
    (
        "We serve about 120,000 residents. This site explains our policies in plain "
        "language, lists every surveillance technology we use and what it may and may "
        "not be used for, and shares what we have achieved with the community."
    ): (
        "نخدم نحو 120,000 من السكان. يشرح هذا الموقع سياساتنا بلغة بسيطة، ويعرض كل "
        "تقنية مراقبة نستخدمها وما يجوز وما لا يجوز استخدامها فيه، ويشارك ما حققناه مع "
        "المجتمع."
    ),
    "Our commitments": "التزاماتنا",
    (
        "We publish every policy that governs a surveillance technology <b>before</b> "
        "we use it, and we ask the public for comments on new ones."
    ): (
        "ننشر كل سياسة تنظم تقنية مراقبة <b>قبل</b> أن نستخدمها، ونطلب ملاحظات الجمهور "
        "على السياسات الجديدة."
    ),
    (
        "Each technology in our registry lists what it collects, how long we keep the "
        "data, who we share it with and the results of independent audits."
    ): (
        "توضح كل تقنية في سجلنا البيانات التي تجمعها، ومدة احتفاظنا بها، والجهات التي "
        "نشاركها معها، ونتائج عمليات التدقيق المستقلة."
    ),
    "Read our policies": "اقرأ سياساتنا",
    "Questions and answers": "أسئلة وأجوبة",
    "Non-emergency line": "خط الحالات غير الطارئة",
    "(555) 010-4400": "(555) 010-4400",
    "records@riversidepd.example": "records@riversidepd.example",
    "Monday to Friday, 8 a.m. to 5 p.m.": (
        "من الاثنين إلى الجمعة، من 8 صباحًا إلى 5 مساءً"
    ),
    "In an emergency, call 911.": "في حالات الطوارئ، اتصل بالرقم 911.",
}
