"""Demo translations into Arabic: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
    # page: home
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
    # page: policies
    "Policies": "السياسات",
    "policies": "policies",
    (
        "The rules our officers and staff follow, starting with the policies for each "
        "technology we use."
    ): ("القواعد التي يلتزم بها ضباطنا وموظفونا، بدءًا بسياسات كل تقنية نستخدمها."),
    (
        "Every policy shows when it took effect, when it was last reviewed and who "
        "approved it. Drafts open for public comment are marked."
    ): (
        "تبيّن كل سياسة تاريخ سريانها وتاريخ آخر مراجعة لها والجهة التي اعتمدتها. "
        "وتُميَّز المسودات المفتوحة لملاحظات الجمهور."
    ),
    # page: faqs
    "faqs": "faqs",
    (
        "Answers to the questions residents ask us most, about technology, privacy, "
        "reports and sharing information."
    ): (
        "إجابات عن أكثر الأسئلة التي يطرحها علينا السكان حول التكنولوجيا والخصوصية "
        "والبلاغات ومشاركة المعلومات."
    ),
    "Can't find your question? Call our non-emergency line.": (
        "لم تجد سؤالك؟ اتصل بخط الحالات غير الطارئة."
    ),
    # faq: facial-recognition
    "Does the department use facial recognition?": (
        "هل تستخدم الإدارة تقنية التعرف على الوجه؟"
    ),
    (
        "No. None of our cameras, including license-plate readers and body-worn "
        "cameras, use facial recognition."
    ): (
        "لا. لا تستخدم أي من كاميراتنا، بما فيها أجهزة قراءة لوحات السيارات والكاميرات "
        "المثبتة على الجسم، تقنية التعرف على الوجه."
    ),
    (
        "If we ever proposed it, we would publish a draft policy and hold a public "
        "comment period first."
    ): (
        "إذا اقترحنا استخدامها يومًا ما، فسننشر أولًا مسودة سياسة ونفتح فترة لتلقي "
        "ملاحظات الجمهور."
    ),
    # faq: plate-data-retention
    "How long do you keep license-plate reader data?": (
        "ما المدة التي تحتفظون فيها ببيانات أجهزة قراءة اللوحات؟"
    ),
    (
        "30 days. After that the system deletes the data automatically, unless a "
        "record is part of a specific criminal investigation."
    ): (
        "30 يومًا. بعدها يحذف النظام البيانات تلقائيًا، إلا إذا كان السجل جزءًا من "
        "تحقيق جنائي محدد."
    ),
    # faq: immigration
    "Can immigration authorities see plate-reader data?": (
        "هل يمكن لسلطات الهجرة الاطلاع على بيانات قراءة اللوحات؟"
    ),
    (
        "No. Our policy and state law prohibit using or sharing this data for "
        "immigration enforcement. We share only with the California agencies listed in "
        "our technology registry, and they must follow the same rules."
    ): (
        "لا. تحظر سياستنا وقانون الولاية استخدام هذه البيانات أو مشاركتها لتطبيق "
        "قوانين الهجرة. لا نشاركها إلا مع الجهات في كاليفورنيا المدرجة في سجل التقنيات "
        "لدينا، وعليها أن تلتزم بالقواعد نفسها."
    ),
    # faq: body-camera-recording
    "When do officers turn on their body-worn cameras?": (
        "متى يشغّل الضباط الكاميرات المثبتة على أجسامهم؟"
    ),
    (
        "Officers start recording before they arrive at a call and keep recording "
        "during every stop, search, arrest and use of force."
    ): (
        "يبدأ الضباط التسجيل قبل وصولهم إلى موقع البلاغ، ويواصلون التسجيل أثناء كل "
        "إيقاف وتفتيش واعتقال واستخدام للقوة."
    ),
    (
        "They may pause only in the situations the policy lists, for example to "
        "protect the privacy of a victim who asks, and they must say why on the "
        "recording."
    ): (
        "لا يجوز لهم إيقاف التسجيل مؤقتًا إلا في الحالات التي تحددها السياسة، مثل "
        "حماية خصوصية ضحية تطلب ذلك، وعليهم ذكر السبب في التسجيل."
    ),
    # faq: must-share-footage
    "Do I have to give police my camera footage?": (
        "هل يجب أن أعطي الشرطة تسجيلات كاميرتي؟"
    ),
    (
        "No. Sharing footage is voluntary. An officer may ask, and you can say no or "
        "share only part of it. Only a court order can require it."
    ): (
        "لا. مشاركة التسجيلات أمر طوعي. قد يطلبها منك أحد الضباط، ويمكنك أن ترفض أو أن "
        "تشارك جزءًا منها فقط. ولا يُلزمك بذلك إلا أمر من المحكمة."
    ),
    # faq: who-sees-footage
    "Who can see the footage I share?": "من يمكنه مشاهدة التسجيلات التي أشاركها؟",
    (
        "Only the detectives and staff working on the case, and the District Attorney "
        "and defense if the case goes to court."
    ): (
        "المحققون والموظفون الذين يعملون على القضية فقط، والمدعي العام والدفاع إذا "
        "وصلت القضية إلى المحكمة."
    ),
    "We do not post your footage online and we do not give it to companies.": (
        "لا ننشر تسجيلاتك على الإنترنت ولا نعطيها لأي شركة."
    ),
    # faq: post-online-first
    "Should I post a video of a crime on social media before sending it to you?": (
        "هل أنشر مقطع فيديو لجريمة على وسائل التواصل الاجتماعي قبل إرساله إليكم؟"
    ),
    (
        "Please send it to us first. A public post can warn a suspect, lead to the "
        "wrong person being blamed and make the video harder to use in court."
    ): (
        "يُرجى إرساله إلينا أولًا. فالنشر العلني قد ينبّه المشتبه به، ويؤدي إلى اتهام "
        "شخص بريء، ويجعل استخدام الفيديو في المحكمة أصعب."
    ),
    "Never post images that show a victim or a child.": (
        "لا تنشر أبدًا صورًا تُظهر ضحية أو طفلًا."
    ),
    # faq: anonymous-tips
    "Can I share information anonymously?": (
        "هل يمكنني مشاركة المعلومات دون الكشف عن هويتي؟"
    ),
    (
        "Yes. Use the anonymous tip form or text line. We remove identifying details "
        "before a tip reaches an officer, and you get a tip number to follow up "
        "without giving your name."
    ): (
        "نعم. استخدم نموذج البلاغات المجهولة أو خط الرسائل النصية. نحذف أي تفاصيل تكشف "
        "هويتك قبل أن يصل البلاغ إلى أحد الضباط، وتحصل على رقم بلاغ لمتابعته دون أن "
        "تذكر اسمك."
    ),
    # faq: police-report-copy
    "How do I get a copy of a police report?": "كيف أحصل على نسخة من محضر الشرطة؟",
    (
        "Ask the Records Unit by email or in person and give the case number. Victims "
        "get a copy free of charge. Some details may be removed to protect other "
        "people's privacy."
    ): (
        "اطلبها من وحدة السجلات عبر البريد الإلكتروني أو شخصيًا، واذكر رقم القضية. "
        "يحصل الضحايا على نسخة مجانًا. وقد تُحذف بعض التفاصيل لحماية خصوصية الآخرين."
    ),
    # faq: non-emergency
    "When should I call 911 and when the non-emergency line?": (
        "متى أتصل بالرقم 911 ومتى أتصل بخط الحالات غير الطارئة؟"
    ),
    (
        "Call 911 when someone is in danger or a crime is happening now. For anything "
        "else, such as a theft you found in the morning, call the non-emergency line "
        "or report online."
    ): (
        "اتصل بالرقم 911 عندما يكون شخص ما في خطر أو عندما تقع جريمة في هذه اللحظة. "
        "أما في غير ذلك، كسرقة اكتشفتها في الصباح، فاتصل بخط الحالات غير الطارئة أو "
        "قدّم بلاغًا عبر الإنترنت."
    ),
    # faq: complaint
    "How do I file a complaint or thank an officer?": (
        "كيف أقدّم شكوى أو أشكر أحد الضباط؟"
    ),
    (
        "Use the online form, call us or visit any station. You can also go to the "
        "Community Police Review Commission, which is independent of the department. "
        "Every complaint is logged and you will be told the outcome."
    ): (
        "استخدم النموذج الإلكتروني أو اتصل بنا أو زر أي مركز شرطة. ويمكنك أيضًا التوجه "
        "إلى لجنة المجتمع لمراجعة أداء الشرطة، وهي مستقلة عن الإدارة. تُسجَّل كل شكوى، "
        "وسنبلغك بالنتيجة."
    ),
    # faq: camera-registry
    "What is the voluntary camera registry?": "ما هو السجل الطوعي للكاميرات؟",
    (
        "A list of homes and businesses that have security cameras and are willing to "
        "be contacted after a nearby crime. We cannot see your cameras remotely, and "
        "you can leave the registry at any time."
    ): (
        "قائمة بالمنازل والمتاجر التي لديها كاميرات أمنية وتقبل أن نتواصل معها بعد "
        "وقوع جريمة قريبة. لا يمكننا مشاهدة كاميراتك عن بُعد، ويمكنك الخروج من السجل "
        "في أي وقت."
    ),
    # technology: license-plate-readers
    "Automated license-plate readers": "أجهزة القراءة الآلية للوحات السيارات",
    "ClearRoad Systems": "ClearRoad Systems",
    (
        "Fixed cameras at 18 locations photograph the license plates of passing "
        "vehicles and check them against lists of stolen and wanted vehicles."
    ): (
        "كاميرات ثابتة في 18 موقعًا تلتقط صور لوحات السيارات المارة وتقارنها بقوائم "
        "المركبات المسروقة والمطلوبة."
    ),
    "License plate number and state": "رقم اللوحة والولاية",
    "Photo of the rear of the vehicle": "صورة للجزء الخلفي من المركبة",
    "Date, time and camera location": "التاريخ والوقت وموقع الكاميرا",
    "Vehicle color, type and make when visible": (
        "لون المركبة ونوعها وطرازها عندما تكون ظاهرة"
    ),
    "No facial recognition": "لا تعرّف على الوجه",
    "No photos of drivers or passengers": "لا صور للسائقين أو الركاب",
    "No names, addresses or other registration details": (
        "لا أسماء ولا عناوين ولا غيرها من بيانات تسجيل المركبة"
    ),
    "No speed or traffic violations": "لا رصد للسرعة أو للمخالفات المرورية",
    "Finding stolen vehicles and stolen license plates": (
        "العثور على المركبات واللوحات المسروقة"
    ),
    "Locating vehicles linked to an AMBER Alert or a missing person": (
        "تحديد مكان المركبات المرتبطة بإنذار أمبر أو بشخص مفقود"
    ),
    "Investigating a specific crime that has a case number": (
        "التحقيق في جريمة محددة لها رقم قضية"
    ),
    "Locating vehicles of people with a felony warrant": (
        "تحديد مكان مركبات الأشخاص الصادرة بحقهم مذكرات توقيف في جنايات"
    ),
    "Immigration enforcement": "تطبيق قوانين الهجرة",
    "Traffic or parking enforcement": "تطبيق قواعد المرور أو الوقوف",
    "Monitoring protests, religious services or other lawful gatherings": (
        "مراقبة الاحتجاجات أو الشعائر الدينية أو غيرها من التجمعات المشروعة"
    ),
    (
        "Targeting anyone because of race, religion, gender or another protected "
        "characteristic"
    ): ("استهداف أي شخص بسبب العرق أو الدين أو الجنس أو أي صفة أخرى يحميها القانون"),
    "Personal use or harassment of any person": "الاستخدام الشخصي أو مضايقة أي شخص",
    "Selling the data": "بيع البيانات",
    (
        "Only officers and crime analysts who have completed our plate-reader training "
        "may search the system. Each search must record a case number and a reason. "
        "The system logs the date and time, the plate searched, the user and the "
        "reason."
    ): (
        "لا يحق البحث في النظام إلا للضباط ومحللي الجرائم الذين أكملوا تدريبنا على "
        "أجهزة قراءة اللوحات. ويجب أن يُسجَّل مع كل بحث رقم القضية وسببه. ويحفظ النظام "
        "تاريخ البحث ووقته واللوحة التي جرى البحث عنها والمستخدم والسبب."
    ),
    (
        "An alert is only a lead. Before stopping a vehicle, the officer must confirm "
        "by radio or computer that the plate is still listed and that the plate and "
        "state match the vehicle."
    ): (
        "التنبيه مجرد خيط أولي. قبل إيقاف أي مركبة، يجب على الضابط أن يتأكد عبر "
        "اللاسلكي أو الحاسوب من أن اللوحة لا تزال مدرجة في القائمة، وأن رقم اللوحة "
        "والولاية يطابقان المركبة."
    ),
    "NCIC stolen vehicle and wanted person files": (
        "ملفات المركبات المسروقة والأشخاص المطلوبين في NCIC"
    ),
    "California stolen vehicle system": "نظام المركبات المسروقة في كاليفورنيا",
    "AMBER Alert and Silver Alert lists": "قوائم إنذار أمبر والإنذار الفضي",
    "Cedar County Sheriff's Office": "مكتب شريف مقاطعة سيدار",
    "Cedar County, CA": "مقاطعة سيدار، كاليفورنيا",
    "Millbrook Police Department": "إدارة شرطة ميلبروك",
    "Millbrook, CA": "ميلبروك، كاليفورنيا",
    "Cameras in service": "الكاميرات العاملة",
    "cameras": "كاميرا",
    "Current": "حاليًا",
    "Riverside PD technology unit": "وحدة التكنولوجيا في شرطة ريفرسايد",
    "Vehicles detected": "المركبات التي رُصدت",
    "vehicles": "مركبة",
    "Last 30 days": "آخر 30 يومًا",
    "Plate-reader system report": "تقرير نظام قراءة اللوحات",
    "Hotlist alerts": "تنبيهات قوائم المطلوبين",
    "alerts": "تنبيه",
    "Searches by staff": "عمليات البحث التي أجراها الموظفون",
    "searches": "عملية بحث",
    "Plate-reader search log": "سجل عمليات البحث في نظام قراءة اللوحات",
    "Office of the City Auditor": "مكتب مدقق حسابات المدينة",
    (
        "Checked 150 random searches from January to June 2026. 147 recorded a case "
        "number and a specific reason; three users who wrote only 'investigation' were "
        "retrained. No data older than 30 days was found."
    ): (
        "فُحصت 150 عملية بحث اختيرت عشوائيًا بين يناير ويونيو 2026. سُجّل في 147 منها "
        'رقم القضية وسبب محدد؛ وأُعيد تدريب ثلاثة مستخدمين كتبوا كلمة "تحقيق" فقط. '
        "ولم يُعثر على أي بيانات يزيد عمرها على 30 يومًا."
    ),
    # page: policy-license-plate-readers
    "License-plate readers": "أجهزة قراءة لوحات السيارات",
    "license-plate-readers": "license-plate-readers",
    (
        "We use license-plate reader cameras only to find stolen cars, missing "
        "people and cars linked to serious crimes. We keep the data for 30 days. "
        "We never use it to enforce immigration law."
    ): (
        "نستخدم كاميرات قراءة لوحات السيارات فقط للعثور على المركبات المسروقة والأشخاص "
        "المفقودين والمركبات المرتبطة بجرائم خطيرة. ونحتفظ بالبيانات 30 يومًا ولا "
        "نستخدمها أبدًا لتطبيق قوانين الهجرة."
    ),
    "462": "462",
    "462.1": "462.1",
    "Purpose": "الغرض",
    (
        "This policy sets the rules for collecting, using, sharing and deleting data "
        "from automated license-plate readers."
    ): (
        "تضع هذه السياسة قواعد جمع بيانات أجهزة القراءة الآلية للوحات السيارات "
        "واستخدامها ومشاركتها وحذفها."
    ),
    "462.2": "462.2",
    "Authorized uses": "الاستخدامات المسموح بها",
    (
        "Staff may use the system only to locate stolen vehicles, vehicles linked to "
        "an AMBER Alert or a missing person, and vehicles linked to a crime under "
        "investigation."
    ): (
        "لا يجوز للموظفين استخدام النظام إلا لتحديد مكان المركبات المسروقة، والمركبات "
        "المرتبطة بإنذار أمبر أو بشخص مفقود، والمركبات المرتبطة بجريمة قيد التحقيق."
    ),
    (
        "Using the system for immigration enforcement, traffic enforcement or to watch "
        "lawful gatherings is prohibited."
    ): (
        "يُحظر استخدام النظام لتطبيق قوانين الهجرة أو قواعد المرور أو لمراقبة التجمعات "
        "المشروعة."
    ),
    "462.3": "462.3",
    "Who may use the system": "من يحق له استخدام النظام",
    (
        "Only sworn officers and crime analysts who have completed the department's "
        "plate-reader training may search the data. Training is repeated every two "
        "years."
    ): (
        "لا يحق البحث في البيانات إلا للضباط المحلَّفين ومحللي الجرائم الذين أكملوا "
        "تدريب الإدارة على أجهزة قراءة اللوحات. ويُعاد التدريب كل سنتين."
    ),
    "462.4": "462.4",
    "Monitoring and audits": "الرقابة والتدقيق",
    (
        "Every search is logged with the date, time, user, plate and reason. The City "
        "Auditor reviews a random sample of searches twice a year, and we publish the "
        "results."
    ): (
        "تُسجَّل كل عملية بحث مع تاريخها ووقتها والمستخدم واللوحة والسبب. ويراجع مدقق "
        "حسابات المدينة عينة عشوائية من عمليات البحث مرتين في السنة، وننشر النتائج."
    ),
    "462.5": "462.5",
    "Sharing": "مشاركة البيانات",
    (
        "We share plate data only with California law enforcement agencies that agree "
        "in writing to follow this policy. We never sell the data."
    ): (
        "لا نشارك بيانات اللوحات إلا مع أجهزة إنفاذ القانون في كاليفورنيا التي توافق "
        "كتابيًا على الالتزام بهذه السياسة. ولا نبيع البيانات أبدًا."
    ),
    "462.6": "462.6",
    "Custodian": "أمين النظام",
    (
        "The Technology Services Manager is the custodian of the system and is "
        "responsible for its security."
    ): ("مدير خدمات التكنولوجيا هو أمين النظام والمسؤول عن أمنه."),
    "462.7": "462.7",
    "Retention and destruction": "الاحتفاظ بالبيانات وإتلافها",
    (
        "Data is deleted automatically after 30 days unless it is evidence in a "
        "criminal case."
    ): ("تُحذف البيانات تلقائيًا بعد 30 يومًا، إلا إذا كانت دليلًا في قضية جنائية."),
    (
        'Questions about plate readers? Read our <a id="a1">questions and '
        "answers</a> or call the non-emergency line."
    ): (
        'لديك أسئلة عن أجهزة قراءة اللوحات؟ اقرأ <a id="a1">الأسئلة والأجوبة</a> أو '
        "اتصل بخط الحالات غير الطارئة."
    ),
    "A plate-reader camera at one of the 18 fixed locations.": (
        "كاميرا لقراءة اللوحات في أحد المواقع الثابتة الثمانية عشر."
    ),
    "Questions about plate readers": "أسئلة عن أجهزة قراءة اللوحات",
    "Riverside City Council": "مجلس مدينة ريفرسايد",
    (
        "California Civil Code sections 1798.90.5 to 1798.90.55; California Government "
        "Code section 7284.6"
    ): (
        "القانون المدني لولاية كاليفورنيا، المواد من 1798.90.5 إلى 1798.90.55؛ وقانون "
        "الحكومة في كاليفورنيا، المادة 7284.6"
    ),
    "Adopted by the City Council after a 30-day public comment period.": (
        "اعتمدها مجلس المدينة بعد فترة 30 يومًا لتلقي ملاحظات الجمهور."
    ),
}
