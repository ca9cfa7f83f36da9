"""Translations of the policies' demo content:
language code -> English segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

# Spanish
SPANISH = {
    # page: policies
    "Policies": "Políticas",
    "policies": "politicas",
    (
        "The rules our officers and staff follow, starting with the policies for each "
        "technology we use."
    ): (
        "Las reglas que siguen nuestros agentes y empleados, empezando por las "
        "políticas de cada tecnología que usamos."
    ),
    (
        "Every policy shows when it took effect, when it was last reviewed and who "
        "approved it. Drafts open for public comment are marked."
    ): (
        "Cada política indica cuándo entró en vigor, cuándo se revisó por última vez y "
        "quién la aprobó. Los borradores abiertos a comentarios del público están "
        "señalados."
    ),
    # page: policy-license-plate-readers
    "License-plate readers": "Lectores de matrículas",
    "license-plate-readers": "lectores-de-matriculas",
    (
        "We use license-plate reader cameras only to find stolen cars, missing "
        "people and cars linked to serious crimes. We keep the data for 30 days. "
        "We never use it to enforce immigration law."
    ): (
        "Usamos cámaras que leen matrículas solo para buscar autos robados, personas "
        "desaparecidas y autos ligados a delitos graves. Guardamos los datos 30 días. "
        "Nunca los usamos para el control migratorio."
    ),
    "462": "462",
    "462.1": "462.1",
    "Purpose": "Propósito",
    (
        "This policy sets the rules for collecting, using, sharing and deleting data "
        "from automated license-plate readers."
    ): (
        "Esta política fija las reglas para recopilar, usar, compartir y borrar los "
        "datos de los lectores automáticos de matrículas."
    ),
    "462.2": "462.2",
    "Authorized uses": "Usos autorizados",
    (
        "Staff may use the system only to locate stolen vehicles, vehicles linked to "
        "an AMBER Alert or a missing person, and vehicles linked to a crime under "
        "investigation."
    ): (
        "El personal solo puede usar el sistema para localizar vehículos robados, "
        "vehículos relacionados con una Alerta AMBER o con una persona desaparecida, y "
        "vehículos relacionados con un delito bajo investigación."
    ),
    (
        "Using the system for immigration enforcement, traffic enforcement or to watch "
        "lawful gatherings is prohibited."
    ): (
        "Está prohibido usar el sistema para el control migratorio, para multas de "
        "tránsito o para vigilar reuniones legales."
    ),
    "462.3": "462.3",
    "Who may use the system": "Quién puede usar el sistema",
    (
        "Only sworn officers and crime analysts who have completed the department's "
        "plate-reader training may search the data. Training is repeated every two "
        "years."
    ): (
        "Solo los agentes juramentados y los analistas que han completado la "
        "capacitación del departamento sobre lectores de matrículas pueden buscar en "
        "los datos. La capacitación se repite cada dos años."
    ),
    "462.4": "462.4",
    "Monitoring and audits": "Supervisión y auditorías",
    (
        "Every search is logged with the date, time, user, plate and reason. The City "
        "Auditor reviews a random sample of searches twice a year, and we publish the "
        "results."
    ): (
        "Cada búsqueda queda registrada con la fecha, la hora, el usuario, la "
        "matrícula y el motivo. El Auditor de la Ciudad revisa una muestra aleatoria "
        "de búsquedas dos veces al año, y publicamos los resultados."
    ),
    "462.5": "462.5",
    "Sharing": "Intercambio de datos",
    (
        "We share plate data only with California law enforcement agencies that agree "
        "in writing to follow this policy. We never sell the data."
    ): (
        "Solo compartimos los datos de matrículas con agencias policiales de "
        "California que se comprometen por escrito a seguir esta política. Nunca "
        "vendemos los datos."
    ),
    "462.6": "462.6",
    "Custodian": "Responsable de custodia",
    (
        "The Technology Services Manager is the custodian of the system and is "
        "responsible for its security."
    ): (
        "El gerente de Servicios de Tecnología es el custodio del sistema y responde "
        "por su seguridad."
    ),
    "462.7": "462.7",
    "Retention and destruction": "Conservación y destrucción",
    (
        "Data is deleted automatically after 30 days unless it is evidence in a "
        "criminal case."
    ): (
        "Los datos se borran automáticamente a los 30 días, a menos que sean pruebas "
        "en un caso penal."
    ),
    (
        'Questions about plate readers? Read our <a id="a1">questions and '
        "answers</a> or call the non-emergency line."
    ): (
        "¿Tiene preguntas sobre los lectores de matrículas? Lea nuestras <a "
        'id="a1">preguntas y respuestas</a> o llame a la línea para casos que no son '
        "emergencias."
    ),
    "A plate-reader camera at one of the 18 fixed locations.": (
        "Una cámara lectora de matrículas en uno de los 18 lugares fijos."
    ),
    "Questions about plate readers": "Preguntas sobre los lectores de matrículas",
    "Riverside City Council": "Concejo Municipal de Riverside",
    (
        "California Civil Code sections 1798.90.5 to 1798.90.55; California Government "
        "Code section 7284.6"
    ): (
        "Código Civil de California, secciones 1798.90.5 a 1798.90.55; Código de "
        "Gobierno de California, sección 7284.6"
    ),
    "Adopted by the City Council after a 30-day public comment period.": (
        "Aprobada por el Concejo Municipal después de un período de 30 días de "
        "comentarios del público."
    ),
    # page: policy-body-worn-cameras
    "body-worn-cameras": "camaras-corporales",
    (
        "Officers wear cameras and record every stop, search, arrest and use of force. "
        "This policy says when they must record, who may watch the video and when it "
        "is released."
    ): (
        "Los agentes llevan cámaras y graban cada parada, registro, arresto y uso de "
        "la fuerza. Esta política indica cuándo deben grabar, quién puede ver el video "
        "y cuándo se hace público."
    ),
    "451": "451",
    "451.1": "451.1",
    "When officers must record": "Cuándo deben grabar los agentes",
    (
        "Officers start recording before they arrive at a call and record every stop, "
        "search, arrest and use of force until the contact ends."
    ): (
        "Los agentes empiezan a grabar antes de llegar a una llamada y graban cada "
        "parada, registro, arresto y uso de la fuerza hasta que termina el contacto."
    ),
    "451.2": "451.2",
    "When officers may stop recording": "Cuándo pueden dejar de grabar los agentes",
    (
        "An officer may pause to protect the privacy of a victim or witness who asks, "
        "or inside a hospital room, and must say on the recording why they are "
        "stopping."
    ): (
        "Un agente puede pausar la grabación para proteger la privacidad de una "
        "víctima o un testigo que lo pida, o dentro de una habitación de hospital, y "
        "debe decir en la grabación por qué la detiene."
    ),
    "451.3": "451.3",
    "Who may watch recordings": "Quién puede ver las grabaciones",
    (
        "Every view and copy of a recording is logged. Supervisors review a random "
        "sample of recordings each month."
    ): (
        "Cada visualización y copia de una grabación queda registrada. Los "
        "supervisores revisan cada mes una muestra aleatoria de grabaciones."
    ),
    "451.4": "451.4",
    "Release to the public": "Publicación de videos",
    (
        "Video of an incident in which an officer fires a gun or causes serious injury "
        "is released within 45 days, as state law requires."
    ): (
        "El video de un incidente en el que un agente dispara un arma o causa lesiones "
        "graves se hace público en un plazo de 45 días, como exige la ley estatal."
    ),
    "Questions about body cameras": "Preguntas sobre las cámaras corporales",
    "Chief of Police": "Jefe de Policía",
    "California Penal Code section 832.18": (
        "Código Penal de California, sección 832.18"
    ),
    "Annual review: clarified when officers may stop recording.": (
        "Revisión anual: se aclaró cuándo pueden los agentes dejar de grabar."
    ),
    # page: policy-drones
    "Drones": "Drones",
    "drones": "drones",
    (
        "A draft policy for using small drones to search for missing people, at "
        "serious crashes and in emergencies. Tell us what you think before the City "
        "Council votes on it."
    ): (
        "Un borrador de política para usar drones pequeños en búsquedas de personas "
        "desaparecidas, en accidentes graves y en emergencias. Queremos conocer su "
        "opinión antes de que el Concejo Municipal la vote."
    ),
    "611": "611",
    "Draft for public comment": "Borrador abierto a comentarios",
    (
        "This policy is not in force. We will not fly drones until the City Council "
        "approves it."
    ): (
        "Esta política no está en vigor. No volaremos drones hasta que el Concejo "
        "Municipal la apruebe."
    ),
    "611.1": "611.1",
    (
        "Drones may be used to search for missing people, to document serious crashes "
        "and crime scenes, and during disasters."
    ): (
        "Los drones se pueden usar para buscar personas desaparecidas, para documentar "
        "accidentes graves y escenas del crimen, y durante desastres."
    ),
    "611.2": "611.2",
    "Prohibited uses": "Usos prohibidos",
    (
        "Drones may not be used for random patrol, to watch lawful protests, or to "
        "look into homes and back yards."
    ): (
        "Los drones no se pueden usar para patrullar al azar, para vigilar protestas "
        "legales ni para mirar dentro de casas y patios."
    ),
    "611.3": "611.3",
    "Retention": "Conservación",
    "Video that is not evidence is deleted after 30 days.": (
        "El video que no es prueba se borra a los 30 días."
    ),
    "Federal Aviation Administration rules, 14 CFR Part 107": (
        "Normas de la Administración Federal de Aviación, 14 CFR Parte 107"
    ),
    (
        'Email <a id="a1">policy@riversidepd.example</a> or speak at the Community '
        "Police Review Commission meeting. <b>All comments are read</b> and answered "
        "in a public summary."
    ): (
        'Escriba a <a id="a1">policy@riversidepd.example</a> o hable en la reunión '
        "de la Comisión Comunitaria de Revisión Policial. <b>Leemos todos los "
        "comentarios</b> y los respondemos en un resumen público."
    ),
    "Draft published for public comment.": (
        "Borrador publicado para recibir comentarios del público."
    ),
}

# Vietnamese
VIETNAMESE = {
    # page: policies
    "Policies": "Chính sách",
    "policies": "chinh-sach",
    (
        "The rules our officers and staff follow, starting with the policies for each "
        "technology we use."
    ): (
        "Những quy định mà cảnh sát viên và nhân viên của chúng tôi phải tuân theo, "
        "bắt đầu với chính sách cho từng công nghệ chúng tôi sử dụng."
    ),
    (
        "Every policy shows when it took effect, when it was last reviewed and who "
        "approved it. Drafts open for public comment are marked."
    ): (
        "Mỗi chính sách đều ghi rõ ngày có hiệu lực, lần xem xét gần nhất và ai đã phê "
        "duyệt. Các bản dự thảo đang lấy ý kiến công chúng đều được đánh dấu."
    ),
    # page: policy-license-plate-readers
    "License-plate readers": "Máy đọc biển số xe",
    "license-plate-readers": "may-doc-bien-so-xe",
    (
        "We use license-plate reader cameras only to find stolen cars, missing "
        "people and cars linked to serious crimes. We keep the data for 30 days. "
        "We never use it to enforce immigration law."
    ): (
        "Chúng tôi chỉ dùng camera đọc biển số xe để tìm xe bị đánh cắp, người mất "
        "tích và xe liên quan đến tội phạm nghiêm trọng. Chúng tôi lưu dữ liệu trong "
        "30 ngày và không bao giờ dùng để thực thi luật di trú."
    ),
    "462": "462",
    "462.1": "462.1",
    "Purpose": "Mục đích",
    (
        "This policy sets the rules for collecting, using, sharing and deleting data "
        "from automated license-plate readers."
    ): (
        "Chính sách này đặt ra quy định về việc thu thập, sử dụng, chia sẻ và xóa dữ "
        "liệu từ máy đọc biển số xe tự động."
    ),
    "462.2": "462.2",
    "Authorized uses": "Mục đích sử dụng được phép",
    (
        "Staff may use the system only to locate stolen vehicles, vehicles linked to "
        "an AMBER Alert or a missing person, and vehicles linked to a crime under "
        "investigation."
    ): (
        "Nhân viên chỉ được dùng hệ thống để xác định vị trí xe bị đánh cắp, xe liên "
        "quan đến Cảnh báo AMBER hoặc người mất tích, và xe liên quan đến một vụ phạm "
        "tội đang được điều tra."
    ),
    (
        "Using the system for immigration enforcement, traffic enforcement or to watch "
        "lawful gatherings is prohibited."
    ): (
        "Nghiêm cấm dùng hệ thống để thực thi luật di trú, xử phạt giao thông hoặc "
        "theo dõi các cuộc tụ họp hợp pháp."
    ),
    "462.3": "462.3",
    "Who may use the system": "Ai được sử dụng hệ thống",
    (
        "Only sworn officers and crime analysts who have completed the department's "
        "plate-reader training may search the data. Training is repeated every two "
        "years."
    ): (
        "Chỉ cảnh sát viên đã tuyên thệ và chuyên viên phân tích tội phạm đã hoàn tất "
        "khóa huấn luyện về máy đọc biển số của sở mới được tra cứu dữ liệu. Khóa huấn "
        "luyện được lặp lại hai năm một lần."
    ),
    "462.4": "462.4",
    "Monitoring and audits": "Giám sát và kiểm toán",
    (
        "Every search is logged with the date, time, user, plate and reason. The City "
        "Auditor reviews a random sample of searches twice a year, and we publish the "
        "results."
    ): (
        "Mỗi lượt tra cứu đều được ghi lại ngày, giờ, người tra cứu, biển số và lý do. "
        "Kiểm toán viên Thành phố xem xét một mẫu tra cứu ngẫu nhiên mỗi năm hai lần, "
        "và chúng tôi công bố kết quả."
    ),
    "462.5": "462.5",
    "Sharing": "Chia sẻ dữ liệu",
    (
        "We share plate data only with California law enforcement agencies that agree "
        "in writing to follow this policy. We never sell the data."
    ): (
        "Chúng tôi chỉ chia sẻ dữ liệu biển số với các cơ quan thực thi pháp luật của "
        "California đã cam kết bằng văn bản sẽ tuân theo chính sách này. Chúng tôi "
        "không bao giờ bán dữ liệu."
    ),
    "462.6": "462.6",
    "Custodian": "Người chịu trách nhiệm quản lý",
    (
        "The Technology Services Manager is the custodian of the system and is "
        "responsible for its security."
    ): (
        "Trưởng phòng Dịch vụ Công nghệ là người quản lý hệ thống và chịu trách nhiệm "
        "về an ninh của hệ thống."
    ),
    "462.7": "462.7",
    "Retention and destruction": "Lưu giữ và hủy dữ liệu",
    (
        "Data is deleted automatically after 30 days unless it is evidence in a "
        "criminal case."
    ): (
        "Dữ liệu được tự động xóa sau 30 ngày, trừ khi đó là bằng chứng trong một vụ "
        "án hình sự."
    ),
    (
        'Questions about plate readers? Read our <a id="a1">questions and '
        "answers</a> or call the non-emergency line."
    ): (
        'Có thắc mắc về máy đọc biển số? Hãy đọc phần <a id="a1">hỏi và đáp</a> của '
        "chúng tôi hoặc gọi đường dây không khẩn cấp."
    ),
    "A plate-reader camera at one of the 18 fixed locations.": (
        "Một camera đọc biển số tại một trong 18 địa điểm cố định."
    ),
    "Questions about plate readers": "Thắc mắc về máy đọc biển số",
    "Riverside City Council": "Hội đồng Thành phố Riverside",
    (
        "California Civil Code sections 1798.90.5 to 1798.90.55; California Government "
        "Code section 7284.6"
    ): (
        "Bộ luật Dân sự California, các điều 1798.90.5 đến 1798.90.55; Bộ luật Chính "
        "quyền California, điều 7284.6"
    ),
    "Adopted by the City Council after a 30-day public comment period.": (
        "Được Hội đồng Thành phố thông qua sau 30 ngày lấy ý kiến công chúng."
    ),
}

# Simplified Chinese
CHINESE = {
    # page: policies
    "Policies": "政策",
    "policies": "zhengce",
    (
        "The rules our officers and staff follow, starting with the policies for each "
        "technology we use."
    ): ("我们的警员和工作人员须遵守的规定，首先是我们所用每项技术的政策。"),
    (
        "Every policy shows when it took effect, when it was last reviewed and who "
        "approved it. Drafts open for public comment are marked."
    ): (
        "每项政策都注明生效日期、最近一次审查日期以及批准机构。正在征求公众意见的草案会"
        "特别标出。"
    ),
    # page: policy-license-plate-readers
    "License-plate readers": "车牌识别器",
    "license-plate-readers": "chepai-shibieqi",
    (
        "We use license-plate reader cameras only to find stolen cars, missing "
        "people and cars linked to serious crimes. We keep the data for 30 days. "
        "We never use it to enforce immigration law."
    ): (
        "我们只用车牌识别摄像头寻找被盗车辆、失踪人员以及与严重犯罪有关的车辆。数据保存"
        " 30 天，绝不用于移民执法。"
    ),
    "462": "462",
    "462.1": "462.1",
    "Purpose": "目的",
    (
        "This policy sets the rules for collecting, using, sharing and deleting data "
        "from automated license-plate readers."
    ): ("本政策规定收集、使用、共享和删除自动车牌识别器数据的规则。"),
    "462.2": "462.2",
    "Authorized uses": "允许的用途",
    (
        "Staff may use the system only to locate stolen vehicles, vehicles linked to "
        "an AMBER Alert or a missing person, and vehicles linked to a crime under "
        "investigation."
    ): (
        "工作人员只能使用该系统查找被盗车辆、与安珀警报或失踪人员有关的车辆，以及与正在"
        "调查的犯罪有关的车辆。"
    ),
    (
        "Using the system for immigration enforcement, traffic enforcement or to watch "
        "lawful gatherings is prohibited."
    ): ("禁止将该系统用于移民执法、交通执法或监视合法集会。"),
    "462.3": "462.3",
    "Who may use the system": "谁可以使用该系统",
    (
        "Only sworn officers and crime analysts who have completed the department's "
        "plate-reader training may search the data. Training is repeated every two "
        "years."
    ): (
        "只有完成本局车牌识别培训的宣誓警员和犯罪分析员才能查询数据。培训每两年重复一次"
        "。"
    ),
    "462.4": "462.4",
    "Monitoring and audits": "监督与审计",
    (
        "Every search is logged with the date, time, user, plate and reason. The City "
        "Auditor reviews a random sample of searches twice a year, and we publish the "
        "results."
    ): (
        "每次查询都会记录日期、时间、查询人、车牌和理由。市审计官每年两次随机抽查查询记"
        "录，我们会公布审查结果。"
    ),
    "462.5": "462.5",
    "Sharing": "数据共享",
    (
        "We share plate data only with California law enforcement agencies that agree "
        "in writing to follow this policy. We never sell the data."
    ): ("我们只与书面同意遵守本政策的加州执法机构共享车牌数据。我们绝不出售数据。"),
    "462.6": "462.6",
    "Custodian": "数据保管人",
    (
        "The Technology Services Manager is the custodian of the system and is "
        "responsible for its security."
    ): ("技术服务经理是该系统的保管人，负责系统安全。"),
    "462.7": "462.7",
    "Retention and destruction": "保存与销毁",
    (
        "Data is deleted automatically after 30 days unless it is evidence in a "
        "criminal case."
    ): ("数据在 30 天后自动删除，除非它是刑事案件的证据。"),
    (
        'Questions about plate readers? Read our <a id="a1">questions and '
        "answers</a> or call the non-emergency line."
    ): (
        '对车牌识别器有疑问？请阅读我们的<a id="a1">问题与解答</a>，或拨打非紧急电话。'
    ),
    "A plate-reader camera at one of the 18 fixed locations.": (
        "设在 18 个固定地点之一的车牌识别摄像头。"
    ),
    "Questions about plate readers": "关于车牌识别器的问题",
    "Riverside City Council": "里弗赛德市议会",
    (
        "California Civil Code sections 1798.90.5 to 1798.90.55; California Government "
        "Code section 7284.6"
    ): (
        "《加州民法典》第 1798.90.5 条至第 1798.90.55 条；《加州政府法典》第 7284.6 条"
    ),
    "Adopted by the City Council after a 30-day public comment period.": (
        "经过 30 天的公众意见征询期后，由市议会通过。"
    ),
}

# Arabic
ARABIC = {
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

STRINGS = {
    "es": SPANISH,
    "vi": VIETNAMESE,
    "zh-hans": CHINESE,
    "ar": ARABIC,
}
