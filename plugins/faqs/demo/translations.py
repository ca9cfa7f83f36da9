"""Translations of the FAQ demo content:
language code -> English segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

# Spanish
SPANISH = {
    # page: faqs
    "faqs": "preguntas-frecuentes",
    (
        "Answers to the questions residents ask us most, about technology, privacy, "
        "reports and sharing information."
    ): (
        "Respuestas a las preguntas que más nos hacen los residentes sobre tecnología, "
        "privacidad, informes y cómo compartir información."
    ),
    "Can't find your question? Call our non-emergency line.": (
        "¿No encuentra su pregunta? Llame a nuestra línea para casos que no son "
        "emergencias."
    ),
    # faq: facial-recognition
    "Does the department use facial recognition?": (
        "¿Usa el departamento reconocimiento facial?"
    ),
    (
        "No. None of our cameras, including license-plate readers and body-worn "
        "cameras, use facial recognition."
    ): (
        "No. Ninguna de nuestras cámaras, incluidos los lectores de matrículas y las "
        "cámaras corporales, usa reconocimiento facial."
    ),
    (
        "If we ever proposed it, we would publish a draft policy and hold a public "
        "comment period first."
    ): (
        "Si alguna vez lo propusiéramos, primero publicaríamos un borrador de política "
        "y abriríamos un período de comentarios del público."
    ),
    # faq: plate-data-retention
    "How long do you keep license-plate reader data?": (
        "¿Cuánto tiempo guardan los datos de los lectores de matrículas?"
    ),
    (
        "30 days. After that the system deletes the data automatically, unless a "
        "record is part of a specific criminal investigation."
    ): (
        "30 días. Después, el sistema borra los datos automáticamente, a menos que un "
        "registro forme parte de una investigación penal concreta."
    ),
    # faq: immigration
    "Can immigration authorities see plate-reader data?": (
        "¿Pueden las autoridades de inmigración ver los datos de los lectores de "
        "matrículas?"
    ),
    (
        "No. Our policy and state law prohibit using or sharing this data for "
        "immigration enforcement. We share only with the California agencies listed in "
        "our technology registry, and they must follow the same rules."
    ): (
        "No. Nuestra política y la ley estatal prohíben usar o compartir estos datos "
        "para hacer cumplir las leyes de inmigración. Solo los compartimos con las "
        "agencias de California que aparecen en nuestro registro de tecnología, y "
        "ellas deben seguir las mismas reglas."
    ),
    # faq: body-camera-recording
    "When do officers turn on their body-worn cameras?": (
        "¿Cuándo encienden los agentes sus cámaras corporales?"
    ),
    (
        "Officers start recording before they arrive at a call and keep recording "
        "during every stop, search, arrest and use of force."
    ): (
        "Los agentes empiezan a grabar antes de llegar a una llamada y siguen grabando "
        "durante cada parada, registro, arresto y uso de la fuerza."
    ),
    (
        "They may pause only in the situations the policy lists, for example to "
        "protect the privacy of a victim who asks, and they must say why on the "
        "recording."
    ): (
        "Solo pueden pausar la grabación en las situaciones que indica la política, "
        "por ejemplo, para proteger la privacidad de una víctima que lo pida, y deben "
        "decir el motivo en la grabación."
    ),
    # faq: must-share-footage
    "Do I have to give police my camera footage?": (
        "¿Tengo que darle a la policía los videos de mi cámara?"
    ),
    (
        "No. Sharing footage is voluntary. An officer may ask, and you can say no or "
        "share only part of it. Only a court order can require it."
    ): (
        "No. Compartir videos es voluntario. Un agente puede pedírselo, y usted puede "
        "decir que no o compartir solo una parte. Solo una orden judicial puede "
        "exigirlo."
    ),
    # faq: who-sees-footage
    "Who can see the footage I share?": "¿Quién puede ver los videos que comparto?",
    (
        "Only the detectives and staff working on the case, and the District Attorney "
        "and defense if the case goes to court."
    ): (
        "Solo los detectives y el personal que trabajan en el caso, y la Fiscalía y la "
        "defensa si el caso llega a los tribunales."
    ),
    "We do not post your footage online and we do not give it to companies.": (
        "No publicamos sus videos en internet ni se los damos a empresas."
    ),
    # faq: post-online-first
    "Should I post a video of a crime on social media before sending it to you?": (
        "¿Debo publicar en redes sociales un video de un delito antes de enviárselo a "
        "ustedes?"
    ),
    (
        "Please send it to us first. A public post can warn a suspect, lead to the "
        "wrong person being blamed and make the video harder to use in court."
    ): (
        "Por favor, envíenoslo primero. Una publicación puede alertar a un sospechoso, "
        "hacer que se culpe a la persona equivocada y dificultar el uso del video en "
        "un juicio."
    ),
    "Never post images that show a victim or a child.": (
        "Nunca publique imágenes en las que aparezca una víctima o un niño."
    ),
    # faq: anonymous-tips
    "Can I share information anonymously?": (
        "¿Puedo compartir información de forma anónima?"
    ),
    (
        "Yes. Use the anonymous tip form or text line. We remove identifying details "
        "before a tip reaches an officer, and you get a tip number to follow up "
        "without giving your name."
    ): (
        "Sí. Use el formulario de denuncias anónimas o la línea de mensajes de texto. "
        "Quitamos los datos que puedan identificarle antes de que la denuncia llegue a "
        "un agente, y usted recibe un número de denuncia para darle seguimiento sin "
        "dar su nombre."
    ),
    # faq: police-report-copy
    "How do I get a copy of a police report?": (
        "¿Cómo obtengo una copia de un informe policial?"
    ),
    (
        "Ask the Records Unit by email or in person and give the case number. Victims "
        "get a copy free of charge. Some details may be removed to protect other "
        "people's privacy."
    ): (
        "Pídala a la Unidad de Registros por correo electrónico o en persona e indique "
        "el número de caso. Las víctimas reciben una copia gratis. Es posible que se "
        "quiten algunos datos para proteger la privacidad de otras personas."
    ),
    # faq: non-emergency
    "When should I call 911 and when the non-emergency line?": (
        "¿Cuándo debo llamar al 911 y cuándo a la línea para casos que no son "
        "emergencias?"
    ),
    (
        "Call 911 when someone is in danger or a crime is happening now. For anything "
        "else, such as a theft you found in the morning, call the non-emergency line "
        "or report online."
    ): (
        "Llame al 911 cuando alguien esté en peligro o se esté cometiendo un delito en "
        "ese momento. Para todo lo demás, como un robo que descubrió por la mañana, "
        "llame a la línea para casos que no son emergencias o haga la denuncia en "
        "línea."
    ),
    # faq: complaint
    "How do I file a complaint or thank an officer?": (
        "¿Cómo presento una queja o agradezco a un agente?"
    ),
    (
        "Use the online form, call us or visit any station. You can also go to the "
        "Community Police Review Commission, which is independent of the department. "
        "Every complaint is logged and you will be told the outcome."
    ): (
        "Use el formulario en línea, llámenos o visite cualquier estación. También "
        "puede acudir a la Comisión Comunitaria de Revisión Policial, que es "
        "independiente del departamento. Cada queja queda registrada y le informaremos "
        "del resultado."
    ),
    # faq: camera-registry
    "What is the voluntary camera registry?": (
        "¿Qué es el registro voluntario de cámaras?"
    ),
    (
        "A list of homes and businesses that have security cameras and are willing to "
        "be contacted after a nearby crime. We cannot see your cameras remotely, and "
        "you can leave the registry at any time."
    ): (
        "Una lista de hogares y negocios que tienen cámaras de seguridad y aceptan que "
        "los contactemos después de un delito cercano. No podemos ver sus cámaras a "
        "distancia, y usted puede salir del registro en cualquier momento."
    ),
}

# Vietnamese
VIETNAMESE = {
    # page: faqs
    "faqs": "cau-hoi-thuong-gap",
    (
        "Answers to the questions residents ask us most, about technology, privacy, "
        "reports and sharing information."
    ): (
        "Câu trả lời cho những câu hỏi cư dân thường hỏi nhất, về công nghệ, quyền "
        "riêng tư, biên bản và việc chia sẻ thông tin."
    ),
    "Can't find your question? Call our non-emergency line.": (
        "Không tìm thấy câu hỏi của quý vị? Hãy gọi đường dây không khẩn cấp của chúng "
        "tôi."
    ),
    # faq: facial-recognition
    "Does the department use facial recognition?": (
        "Sở cảnh sát có dùng công nghệ nhận dạng khuôn mặt không?"
    ),
    (
        "No. None of our cameras, including license-plate readers and body-worn "
        "cameras, use facial recognition."
    ): (
        "Không. Không camera nào của chúng tôi, kể cả máy đọc biển số xe và camera gắn "
        "trên người, sử dụng nhận dạng khuôn mặt."
    ),
    (
        "If we ever proposed it, we would publish a draft policy and hold a public "
        "comment period first."
    ): (
        "Nếu có lúc nào chúng tôi đề xuất dùng công nghệ này, chúng tôi sẽ công bố dự "
        "thảo chính sách và lấy ý kiến công chúng trước."
    ),
    # faq: plate-data-retention
    "How long do you keep license-plate reader data?": (
        "Dữ liệu từ máy đọc biển số xe được lưu giữ bao lâu?"
    ),
    (
        "30 days. After that the system deletes the data automatically, unless a "
        "record is part of a specific criminal investigation."
    ): (
        "30 ngày. Sau đó hệ thống tự động xóa dữ liệu, trừ khi một bản ghi thuộc về "
        "một cuộc điều tra hình sự cụ thể."
    ),
    # faq: immigration
    "Can immigration authorities see plate-reader data?": (
        "Cơ quan di trú có xem được dữ liệu đọc biển số xe không?"
    ),
    (
        "No. Our policy and state law prohibit using or sharing this data for "
        "immigration enforcement. We share only with the California agencies listed in "
        "our technology registry, and they must follow the same rules."
    ): (
        "Không. Chính sách của chúng tôi và luật tiểu bang cấm sử dụng hoặc chia sẻ dữ "
        "liệu này để thực thi luật di trú. Chúng tôi chỉ chia sẻ với các cơ quan của "
        "California có tên trong danh mục công nghệ, và họ phải tuân theo cùng các quy "
        "định."
    ),
    # faq: body-camera-recording
    "When do officers turn on their body-worn cameras?": (
        "Khi nào cảnh sát viên bật camera gắn trên người?"
    ),
    (
        "Officers start recording before they arrive at a call and keep recording "
        "during every stop, search, arrest and use of force."
    ): (
        "Cảnh sát viên bắt đầu ghi hình trước khi đến nơi được gọi và tiếp tục ghi "
        "trong mọi lần chặn xe, khám xét, bắt giữ và sử dụng vũ lực."
    ),
    (
        "They may pause only in the situations the policy lists, for example to "
        "protect the privacy of a victim who asks, and they must say why on the "
        "recording."
    ): (
        "Họ chỉ được tạm dừng trong những trường hợp chính sách liệt kê, ví dụ để bảo "
        "vệ quyền riêng tư của nạn nhân khi người đó yêu cầu, và phải nói rõ lý do "
        "trong đoạn ghi hình."
    ),
    # faq: must-share-footage
    "Do I have to give police my camera footage?": (
        "Tôi có bắt buộc phải đưa video camera của mình cho cảnh sát không?"
    ),
    (
        "No. Sharing footage is voluntary. An officer may ask, and you can say no or "
        "share only part of it. Only a court order can require it."
    ): (
        "Không. Việc chia sẻ video là tự nguyện. Cảnh sát viên có thể đề nghị, và quý "
        "vị có thể từ chối hoặc chỉ chia sẻ một phần. Chỉ lệnh của tòa án mới có thể "
        "bắt buộc."
    ),
    # faq: who-sees-footage
    "Who can see the footage I share?": "Ai có thể xem video tôi chia sẻ?",
    (
        "Only the detectives and staff working on the case, and the District Attorney "
        "and defense if the case goes to court."
    ): (
        "Chỉ các thám tử và nhân viên phụ trách vụ việc, cùng Văn phòng Biện lý và bên "
        "bào chữa nếu vụ việc được đưa ra tòa."
    ),
    "We do not post your footage online and we do not give it to companies.": (
        "Chúng tôi không đăng video của quý vị lên mạng và không đưa cho các công ty."
    ),
    # faq: post-online-first
    "Should I post a video of a crime on social media before sending it to you?": (
        "Tôi có nên đăng video về một vụ phạm tội lên mạng xã hội trước khi gửi cho "
        "cảnh sát không?"
    ),
    (
        "Please send it to us first. A public post can warn a suspect, lead to the "
        "wrong person being blamed and make the video harder to use in court."
    ): (
        "Xin hãy gửi cho chúng tôi trước. Một bài đăng công khai có thể báo động cho "
        "nghi phạm, khiến người vô tội bị đổ lỗi và làm video khó được dùng tại tòa "
        "hơn."
    ),
    "Never post images that show a victim or a child.": (
        "Tuyệt đối không đăng hình ảnh có nạn nhân hoặc trẻ em."
    ),
    # faq: anonymous-tips
    "Can I share information anonymously?": (
        "Tôi có thể chia sẻ thông tin ẩn danh không?"
    ),
    (
        "Yes. Use the anonymous tip form or text line. We remove identifying details "
        "before a tip reaches an officer, and you get a tip number to follow up "
        "without giving your name."
    ): (
        "Có. Hãy dùng mẫu báo tin ẩn danh hoặc đường dây nhắn tin. Chúng tôi xóa các "
        "chi tiết nhận dạng trước khi tin báo đến tay cảnh sát viên, và quý vị nhận "
        "được một mã số tin báo để theo dõi mà không cần cho biết tên."
    ),
    # faq: police-report-copy
    "How do I get a copy of a police report?": (
        "Làm thế nào để tôi nhận bản sao biên bản cảnh sát?"
    ),
    (
        "Ask the Records Unit by email or in person and give the case number. Victims "
        "get a copy free of charge. Some details may be removed to protect other "
        "people's privacy."
    ): (
        "Hãy liên hệ Ban Hồ sơ qua email hoặc trực tiếp và cung cấp số hồ sơ vụ việc. "
        "Nạn nhân được nhận bản sao miễn phí. Một số chi tiết có thể được xóa để bảo "
        "vệ quyền riêng tư của người khác."
    ),
    # faq: non-emergency
    "When should I call 911 and when the non-emergency line?": (
        "Khi nào tôi nên gọi 911 và khi nào gọi đường dây không khẩn cấp?"
    ),
    (
        "Call 911 when someone is in danger or a crime is happening now. For anything "
        "else, such as a theft you found in the morning, call the non-emergency line "
        "or report online."
    ): (
        "Hãy gọi 911 khi có người đang gặp nguy hiểm hoặc tội phạm đang xảy ra. Với "
        "các trường hợp khác, chẳng hạn một vụ trộm quý vị phát hiện vào buổi sáng, "
        "hãy gọi đường dây không khẩn cấp hoặc báo cáo trực tuyến."
    ),
    # faq: complaint
    "How do I file a complaint or thank an officer?": (
        "Làm thế nào để khiếu nại hoặc cảm ơn một cảnh sát viên?"
    ),
    (
        "Use the online form, call us or visit any station. You can also go to the "
        "Community Police Review Commission, which is independent of the department. "
        "Every complaint is logged and you will be told the outcome."
    ): (
        "Hãy dùng mẫu đơn trực tuyến, gọi điện cho chúng tôi hoặc đến bất kỳ đồn cảnh "
        "sát nào. Quý vị cũng có thể liên hệ Ủy ban Cộng đồng Giám sát Cảnh sát, một "
        "cơ quan độc lập với sở cảnh sát. Mọi khiếu nại đều được ghi lại và quý vị sẽ "
        "được thông báo kết quả."
    ),
    # faq: camera-registry
    "What is the voluntary camera registry?": (
        "Danh sách đăng ký camera tự nguyện là gì?"
    ),
    (
        "A list of homes and businesses that have security cameras and are willing to "
        "be contacted after a nearby crime. We cannot see your cameras remotely, and "
        "you can leave the registry at any time."
    ): (
        "Là danh sách các hộ gia đình và cơ sở kinh doanh có camera an ninh và sẵn "
        "lòng được liên lạc khi có vụ phạm tội gần đó. Chúng tôi không thể xem camera "
        "của quý vị từ xa, và quý vị có thể rút tên khỏi danh sách bất cứ lúc nào."
    ),
}

# Simplified Chinese
CHINESE = {
    # page: faqs
    "faqs": "changjian-wenti",
    (
        "Answers to the questions residents ask us most, about technology, privacy, "
        "reports and sharing information."
    ): ("解答居民最常问的问题，涉及技术、隐私、报告以及信息共享。"),
    "Can't find your question? Call our non-emergency line.": (
        "没有找到您的问题？请拨打我们的非紧急电话。"
    ),
    # faq: facial-recognition
    "Does the department use facial recognition?": "警察局使用人脸识别吗？",
    (
        "No. None of our cameras, including license-plate readers and body-worn "
        "cameras, use facial recognition."
    ): ("不使用。我们的所有摄像头，包括车牌识别器和随身摄像机，都不使用人脸识别。"),
    (
        "If we ever proposed it, we would publish a draft policy and hold a public "
        "comment period first."
    ): ("如果将来提议使用，我们会先公布政策草案并设立公众意见征询期。"),
    # faq: plate-data-retention
    "How long do you keep license-plate reader data?": "车牌识别数据保存多久？",
    (
        "30 days. After that the system deletes the data automatically, unless a "
        "record is part of a specific criminal investigation."
    ): ("30 天。之后系统会自动删除数据，除非某条记录属于某项具体的刑事调查。"),
    # faq: immigration
    "Can immigration authorities see plate-reader data?": (
        "移民执法部门能查看车牌识别数据吗？"
    ),
    (
        "No. Our policy and state law prohibit using or sharing this data for "
        "immigration enforcement. We share only with the California agencies listed in "
        "our technology registry, and they must follow the same rules."
    ): (
        "不能。我们的政策和州法律禁止将这些数据用于或共享于移民执法。我们只与技术登记册"
        "中列出的加州机构共享数据，而且这些机构必须遵守相同的规定。"
    ),
    # faq: body-camera-recording
    "When do officers turn on their body-worn cameras?": "警员什么时候打开随身摄像机？",
    (
        "Officers start recording before they arrive at a call and keep recording "
        "during every stop, search, arrest and use of force."
    ): (
        "警员在到达报警现场之前就开始录像，并在每次拦停、搜查、逮捕和使用武力的过程中持"
        "续录像。"
    ),
    (
        "They may pause only in the situations the policy lists, for example to "
        "protect the privacy of a victim who asks, and they must say why on the "
        "recording."
    ): (
        "只有在政策列明的情况下才可暂停录像，例如应受害人要求保护其隐私，而且必须在录像"
        "中说明暂停的原因。"
    ),
    # faq: must-share-footage
    "Do I have to give police my camera footage?": (
        "我必须把自家摄像头的录像交给警方吗？"
    ),
    (
        "No. Sharing footage is voluntary. An officer may ask, and you can say no or "
        "share only part of it. Only a court order can require it."
    ): (
        "不必。分享录像完全自愿。警员可能会向您提出请求，您可以拒绝，也可以只分享其中一"
        "部分。只有法院命令才能强制要求。"
    ),
    # faq: who-sees-footage
    "Who can see the footage I share?": "谁能看到我分享的录像？",
    (
        "Only the detectives and staff working on the case, and the District Attorney "
        "and defense if the case goes to court."
    ): (
        "只有负责该案件的警探和工作人员；如果案件进入法庭程序，还有地区检察官和辩护方。"
    ),
    "We do not post your footage online and we do not give it to companies.": (
        "我们不会把您的录像发布到网上，也不会提供给任何公司。"
    ),
    # faq: post-online-first
    "Should I post a video of a crime on social media before sending it to you?": (
        "我应该先把犯罪视频发到社交媒体上，再发给警方吗？"
    ),
    (
        "Please send it to us first. A public post can warn a suspect, lead to the "
        "wrong person being blamed and make the video harder to use in court."
    ): (
        "请先发给我们。公开发布可能会惊动嫌疑人，导致无辜的人被指责，还会使视频更难在法"
        "庭上使用。"
    ),
    "Never post images that show a victim or a child.": (
        "切勿发布显示受害人或儿童的图像。"
    ),
    # faq: anonymous-tips
    "Can I share information anonymously?": "我可以匿名提供信息吗？",
    (
        "Yes. Use the anonymous tip form or text line. We remove identifying details "
        "before a tip reaches an officer, and you get a tip number to follow up "
        "without giving your name."
    ): (
        "可以。请使用匿名举报表格或短信热线。举报转交警员之前，我们会删除可识别身份的信"
        "息；您会收到一个举报编号，无需留下姓名即可跟进。"
    ),
    # faq: police-report-copy
    "How do I get a copy of a police report?": "如何获取警方报告的副本？",
    (
        "Ask the Records Unit by email or in person and give the case number. Victims "
        "get a copy free of charge. Some details may be removed to protect other "
        "people's privacy."
    ): (
        "请通过电子邮件或亲自向档案科申请，并提供案件编号。受害人可免费获得副本。为保护"
        "他人隐私，部分信息可能会被删除。"
    ),
    # faq: non-emergency
    "When should I call 911 and when the non-emergency line?": (
        "什么时候拨打 911，什么时候拨打非紧急电话？"
    ),
    (
        "Call 911 when someone is in danger or a crime is happening now. For anything "
        "else, such as a theft you found in the morning, call the non-emergency line "
        "or report online."
    ): (
        "有人身处危险或犯罪正在发生时，请拨打 911。其他情况，例如早上发现东西被偷，请拨"
        "打非紧急电话或在网上报案。"
    ),
    # faq: complaint
    "How do I file a complaint or thank an officer?": "如何投诉或感谢警员？",
    (
        "Use the online form, call us or visit any station. You can also go to the "
        "Community Police Review Commission, which is independent of the department. "
        "Every complaint is logged and you will be told the outcome."
    ): (
        "您可以使用网上表格、打电话给我们或前往任何一个警署。您也可以联系独立于警察局的"
        "社区警务审查委员会。每一项投诉都会被记录，我们会告知您处理结果。"
    ),
    # faq: camera-registry
    "What is the voluntary camera registry?": "什么是自愿摄像头登记？",
    (
        "A list of homes and businesses that have security cameras and are willing to "
        "be contacted after a nearby crime. We cannot see your cameras remotely, and "
        "you can leave the registry at any time."
    ): (
        "这是一份装有安防摄像头、并愿意在附近发生犯罪后接受警方联系的住户和商户名单。我"
        "们无法远程查看您的摄像头，您也可以随时退出登记。"
    ),
}

# Arabic
ARABIC = {
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
}

STRINGS = {
    "es": SPANISH,
    "vi": VIETNAMESE,
    "zh-hans": CHINESE,
    "ar": ARABIC,
}
