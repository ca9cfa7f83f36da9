"""Demo translations into Spanish: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
    # page: home
    "Riverside Police Department": "Departamento de Policía de Riverside",
    "home": "inicio",
    (
        "How the Riverside Police Department uses technology, what we achieve with our "
        "neighbors, and straight answers to your questions."
    ): (
        "Cómo usa la tecnología el Departamento de Policía de Riverside, lo que "
        "logramos junto con nuestros vecinos y respuestas claras a sus preguntas."
    ),
    (
        "We serve about 120,000 residents. This site explains our policies in plain "
        "language, lists every surveillance technology we use and what it may and may "
        "not be used for, and shares what we have achieved with the community."
    ): (
        "Servimos a unos 120,000 residentes. Este sitio explica nuestras políticas en "
        "lenguaje sencillo, enumera cada tecnología de vigilancia que usamos y para "
        "qué se puede y no se puede usar, y comparte lo que hemos logrado con la "
        "comunidad."
    ),
    "Our commitments": "Nuestros compromisos",
    (
        "We publish every policy that governs a surveillance technology <b>before</b> "
        "we use it, and we ask the public for comments on new ones."
    ): (
        "Publicamos cada política que regula una tecnología de vigilancia <b>antes</b> "
        "de usarla, y pedimos comentarios al público sobre las nuevas."
    ),
    (
        "Each technology in our registry lists what it collects, how long we keep the "
        "data, who we share it with and the results of independent audits."
    ): (
        "Cada tecnología de nuestro registro indica qué datos recopila, cuánto tiempo "
        "los guardamos, con quién los compartimos y los resultados de auditorías "
        "independientes."
    ),
    "Read our policies": "Lea nuestras políticas",
    "Questions and answers": "Preguntas y respuestas",
    "Non-emergency line": "Línea para casos que no son emergencias",
    "(555) 010-4400": "(555) 010-4400",
    "records@riversidepd.example": "records@riversidepd.example",
    "Monday to Friday, 8 a.m. to 5 p.m.": "De lunes a viernes, de 8 a.m. a 5 p.m.",
    "In an emergency, call 911.": "En una emergencia, llame al 911.",
    # page: transparency
    "Technology and transparency": "Tecnología y transparencia",
    "transparency": "transparencia",
    (
        "Every surveillance technology we use, the policies that govern it, current "
        "figures and recent policy changes, in one place."
    ): (
        "Cada tecnología de vigilancia que usamos, las políticas que la regulan, las "
        "cifras actuales y los cambios recientes de políticas, en un solo lugar."
    ),
    (
        "If something you expect to see here is missing, the page says so. Ask us "
        "about it on the non-emergency line."
    ): (
        "Si falta algo que usted espera ver aquí, la página lo indica. Pregúntenos "
        "por la línea para casos que no son emergencias."
    ),
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
    # page: stories
    "Success stories": "Casos de éxito",
    "stories": "casos-de-exito",
    "What we have achieved together with residents and local groups.": (
        "Lo que hemos logrado junto con residentes y grupos locales."
    ),
    (
        "We never name victims or minors in these stories, and we only show photos "
        "that identify no one."
    ): (
        "En estas historias nunca nombramos a víctimas ni a menores, y solo mostramos "
        "fotos en las que no se puede identificar a nadie."
    ),
    # page: tips
    "Safety tips": "Consejos de seguridad",
    "tips": "consejos",
    "Simple steps that prevent common crimes in Riverside.": (
        "Pasos sencillos para prevenir los delitos más comunes en Riverside."
    ),
    "Short, practical advice for homes, cars, businesses and families.": (
        "Consejos breves y prácticos para hogares, autos, negocios y familias."
    ),
    # page: guides
    "What to expect": "Qué esperar",
    "guides": "guias",
    (
        "What happens, step by step, when you report a crime or share information with "
        "us."
    ): (
        "Qué pasa, paso a paso, cuando usted denuncia un delito o nos comparte "
        "información."
    ),
    "Each guide lists the steps in order, how long they take and who to contact.": (
        "Cada guía enumera los pasos en orden, cuánto tardan y a quién contactar."
    ),
    # page: awards
    "Community awards": "Premios comunitarios",
    "awards": "premios",
    "Neighbors, groups and businesses we have recognized for making Riverside safer.": (
        "Vecinos, grupos y negocios a los que hemos reconocido por hacer de Riverside "
        "un lugar más seguro."
    ),
    "Nominations open each spring.": "Las nominaciones se abren cada primavera.",
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
    # technology: license-plate-readers
    "Automated license-plate readers": "Lectores automáticos de matrículas",
    "ClearRoad Systems": "ClearRoad Systems",
    (
        "Fixed cameras at 18 locations photograph the license plates of passing "
        "vehicles and check them against lists of stolen and wanted vehicles."
    ): (
        "Cámaras fijas en 18 lugares fotografían las matrículas de los vehículos que "
        "pasan y las comparan con listas de vehículos robados y buscados."
    ),
    "License plate number and state": "Número de matrícula y estado",
    "Photo of the rear of the vehicle": "Foto de la parte trasera del vehículo",
    "Date, time and camera location": "Fecha, hora y ubicación de la cámara",
    "Vehicle color, type and make when visible": (
        "Color, tipo y marca del vehículo cuando se ven"
    ),
    "No facial recognition": "Sin reconocimiento facial",
    "No photos of drivers or passengers": "Sin fotos de conductores ni pasajeros",
    "No names, addresses or other registration details": (
        "Sin nombres, direcciones ni otros datos del registro vehicular"
    ),
    "No speed or traffic violations": "Sin velocidad ni infracciones de tránsito",
    "Finding stolen vehicles and stolen license plates": (
        "Encontrar vehículos y matrículas robados"
    ),
    "Locating vehicles linked to an AMBER Alert or a missing person": (
        "Localizar vehículos relacionados con una Alerta AMBER o con una persona "
        "desaparecida"
    ),
    "Investigating a specific crime that has a case number": (
        "Investigar un delito concreto que tenga número de caso"
    ),
    "Locating vehicles of people with a felony warrant": (
        "Localizar vehículos de personas con una orden de arresto por delito grave"
    ),
    "Immigration enforcement": "Control migratorio",
    "Traffic or parking enforcement": "Multas de tránsito o de estacionamiento",
    "Monitoring protests, religious services or other lawful gatherings": (
        "Vigilar protestas, servicios religiosos u otras reuniones legales"
    ),
    (
        "Targeting anyone because of race, religion, gender or another protected "
        "characteristic"
    ): (
        "Señalar a alguien por su raza, religión, género u otra característica "
        "protegida"
    ),
    "Personal use or harassment of any person": (
        "Uso personal o acoso a cualquier persona"
    ),
    "Selling the data": "Vender los datos",
    (
        "Only officers and crime analysts who have completed our plate-reader training "
        "may search the system. Each search must record a case number and a reason. "
        "The system logs the date and time, the plate searched, the user and the "
        "reason."
    ): (
        "Solo los agentes y analistas que han completado nuestra capacitación sobre "
        "lectores de matrículas pueden hacer búsquedas en el sistema. Cada búsqueda "
        "debe indicar un número de caso y un motivo. El sistema registra la fecha y la "
        "hora, la matrícula buscada, el usuario y el motivo."
    ),
    (
        "An alert is only a lead. Before stopping a vehicle, the officer must confirm "
        "by radio or computer that the plate is still listed and that the plate and "
        "state match the vehicle."
    ): (
        "Una alerta es solo una pista. Antes de detener un vehículo, el agente debe "
        "confirmar por radio o computadora que la matrícula sigue en la lista y que la "
        "matrícula y el estado coinciden con el vehículo."
    ),
    "NCIC stolen vehicle and wanted person files": (
        "Archivos del NCIC de vehículos robados y personas buscadas"
    ),
    "California stolen vehicle system": "Sistema de vehículos robados de California",
    "AMBER Alert and Silver Alert lists": "Listas de Alerta AMBER y Alerta Plateada",
    "Cedar County Sheriff's Office": "Oficina del Sheriff del Condado de Cedar",
    "Cedar County, CA": "Condado de Cedar, California",
    "Millbrook Police Department": "Departamento de Policía de Millbrook",
    "Millbrook, CA": "Millbrook, California",
    "Cameras in service": "Cámaras en servicio",
    "cameras": "cámaras",
    "Current": "Actual",
    "Riverside PD technology unit": "Unidad de tecnología de la Policía de Riverside",
    "Vehicles detected": "Vehículos detectados",
    "vehicles": "vehículos",
    "Last 30 days": "Últimos 30 días",
    "Plate-reader system report": "Informe del sistema de lectores de matrículas",
    "Hotlist alerts": "Alertas de la lista de búsqueda",
    "alerts": "alertas",
    "Searches by staff": "Búsquedas del personal",
    "searches": "búsquedas",
    "Plate-reader search log": "Registro de búsquedas de lectores de matrículas",
    "Office of the City Auditor": "Oficina del Auditor de la Ciudad",
    (
        "Checked 150 random searches from January to June 2026. 147 recorded a case "
        "number and a specific reason; three users who wrote only 'investigation' were "
        "retrained. No data older than 30 days was found."
    ): (
        "Se revisaron 150 búsquedas elegidas al azar de enero a junio de 2026. 147 "
        "indicaban un número de caso y un motivo concreto; los tres usuarios que solo "
        "escribieron 'investigación' recibieron nueva capacitación. No se encontraron "
        "datos de más de 30 días."
    ),
    # technology: body-worn-cameras
    "Body-worn cameras": "Cámaras corporales",
    "Sentinel Video": "Sentinel Video",
    (
        "Small cameras worn on the uniform record video and sound when officers "
        "respond to calls and make stops."
    ): (
        "Pequeñas cámaras que se llevan en el uniforme graban video y sonido cuando "
        "los agentes atienden llamadas y hacen paradas."
    ),
    "Video and sound of contacts between officers and the public": (
        "Video y sonido de los contactos entre agentes y el público"
    ),
    "Date, time and GPS location of each recording": (
        "Fecha, hora y ubicación GPS de cada grabación"
    ),
    "The badge number of the officer wearing the camera": (
        "El número de placa del agente que lleva la cámara"
    ),
    "No live streaming to the public": "Sin transmisión en vivo al público",
    "No recording during breaks or private conversations between officers": (
        "Sin grabación durante descansos ni conversaciones privadas entre agentes"
    ),
    "Recording calls for service, stops, searches and arrests": (
        "Grabar llamadas de servicio, paradas, registros y arrestos"
    ),
    "Evidence in criminal cases": "Pruebas en casos penales",
    "Reviewing complaints and uses of force": "Revisar quejas y usos de la fuerza",
    "Training, with faces and other identifying details blurred": (
        "Capacitación, con rostros y otros datos identificativos difuminados"
    ),
    "Recording people only because they take part in a lawful protest": (
        "Grabar a personas solo porque participan en una protesta legal"
    ),
    "Running recordings through facial recognition": (
        "Pasar las grabaciones por reconocimiento facial"
    ),
    "Copying recordings to personal devices or social media": (
        "Copiar grabaciones a dispositivos personales o redes sociales"
    ),
    (
        "Officers may view their own recordings. Supervisors, internal affairs and the "
        "Community Police Review Commission may view any recording for a stated "
        "reason. Every view and every copy is logged."
    ): (
        "Los agentes pueden ver sus propias grabaciones. Los supervisores, Asuntos "
        "Internos y la Comisión Comunitaria de Revisión Policial pueden ver cualquier "
        "grabación si indican un motivo. Cada visualización y cada copia queda "
        "registrada."
    ),
    "Cedar County District Attorney's Office": "Fiscalía del Condado de Cedar",
    "Cameras assigned": "Cámaras asignadas",
    "Recordings uploaded": "Grabaciones subidas",
    "recordings": "grabaciones",
    "Video evidence system report": "Informe del sistema de pruebas en video",
    "Community Police Review Commission": "Comisión Comunitaria de Revisión Policial",
    (
        "Compared 60 incident reports with the video. 57 were fully recorded; in three "
        "the camera started late, and the officers' supervisors addressed it."
    ): (
        "Se compararon 60 informes de incidentes con el video. 57 estaban grabados por "
        "completo; en tres la cámara empezó a grabar tarde, y los supervisores de los "
        "agentes tomaron medidas."
    ),
    ("Body-worn cameras are not connected to any hotlist and never raise alerts."): (
        "Las cámaras corporales no están conectadas a ninguna lista de alerta y "
        "nunca generan alertas."
    ),
    "None: the cameras raise no alerts": "Ninguna: las cámaras no generan alertas",
    # page: guide-investigation
    "What to expect during an investigation": "Qué esperar durante una investigación",
    "what-to-expect-during-an-investigation": "que-esperar-durante-una-investigacion",
    (
        "After you report a crime, here is what happens next, how long each step "
        "usually takes and who to call with questions."
    ): (
        "Después de denunciar un delito, esto es lo que sigue, cuánto suele tardar "
        "cada paso y a quién llamar si tiene preguntas."
    ),
    "You reported a crime and an officer is investigating.": (
        "Usted denunció un delito y un agente lo está investigando."
    ),
    "An officer takes your report": "Un agente toma su denuncia",
    (
        "The officer asks what happened and writes down what was taken or damaged. "
        "Give any photos, receipts or serial numbers you have."
    ): (
        "El agente le pregunta qué pasó y anota lo que se robó o se dañó. Entréguele "
        "las fotos, recibos o números de serie que tenga."
    ),
    "When you report": "Al hacer la denuncia",
    "The responding officer": "El agente que atiende la llamada",
    "You get a case number": "Usted recibe un número de caso",
    "Keep it: you need it for insurance and to ask about the case.": (
        "Guárdelo: lo necesitará para el seguro y para preguntar por el caso."
    ),
    "Within 24 hours": "En un plazo de 24 horas",
    "Records Unit": "Unidad de Registros",
    "A detective reviews the case": "Un detective revisa el caso",
    (
        "A detective decides whether there are leads to follow, such as video or "
        "witnesses."
    ): ("Un detective decide si hay pistas que seguir, como videos o testigos."),
    "Within 5 working days": "En un plazo de 5 días hábiles",
    "Investigations Division": "División de Investigaciones",
    "You hear about the outcome": "Le informamos del resultado",
    "We tell you when the case is closed or sent to the District Attorney.": (
        "Le avisamos cuando el caso se cierra o se envía a la Fiscalía."
    ),
    "When the case is closed": "Cuando se cierra el caso",
    "The assigned detective": "El detective asignado",
    "Your rights as a victim": "Sus derechos como víctima",
    (
        "You have the right to be treated with fairness and respect, and to be told "
        "about major steps in your case."
    ): (
        "Usted tiene derecho a recibir un trato justo y respetuoso, y a que le "
        "informen de los pasos importantes de su caso."
    ),
    "Common questions": "Preguntas frecuentes",
    # page: guide-footage
    "Sharing your camera footage with us": (
        "Cómo compartir con nosotros los videos de su cámara"
    ),
    "sharing-your-camera-footage": "compartir-videos-de-su-camara",
    (
        "How to save and send video from your home or business camera, and what we do "
        "with it."
    ): (
        "Cómo guardar y enviar videos de la cámara de su casa o negocio, y qué hacemos "
        "con ellos."
    ),
    "An officer asked for your camera footage, or you want to offer it.": (
        "Un agente le pidió los videos de su cámara, o usted quiere ofrecerlos."
    ),
    "Save a copy": "Guarde una copia",
    (
        "Many cameras overwrite video after a few days. Download the clip as soon as "
        "you can."
    ): (
        "Muchas cámaras borran los videos después de unos días. Descargue el clip lo "
        "antes posible."
    ),
    "As soon as possible": "Lo antes posible",
    "Send it through our secure upload link": (
        "Envíelo por nuestro enlace seguro de carga"
    ),
    (
        "The officer or detective sends you a link for your case. Don't send video by "
        "social media."
    ): (
        "El agente o detective le envía un enlace para su caso. No envíe videos por "
        "redes sociales."
    ),
    "Within a week": "En un plazo de una semana",
    "The assigned officer": "El agente asignado",
    "We confirm what we received": "Confirmamos lo que recibimos",
    "You get an email listing the files we received.": (
        "Usted recibe un correo electrónico con la lista de los archivos que recibimos."
    ),
    "Within 2 working days": "En un plazo de 2 días hábiles",
    "Evidence Unit": "Unidad de Pruebas",
    "Sharing footage: do's and don'ts": "Compartir videos: qué hacer y qué no hacer",
    "Share only the part that shows the incident": (
        "Comparta solo la parte que muestra el incidente"
    ),
    "Tell us the date, time and camera location": (
        "Díganos la fecha, la hora y la ubicación de la cámara"
    ),
    "Keep your original copy until the case is closed": (
        "Guarde su copia original hasta que se cierre el caso"
    ),
    "Don't post the video online before sending it to us": (
        "No publique el video en internet antes de enviárnoslo"
    ),
    "Don't edit or add filters to the video": "No edite el video ni le agregue filtros",
    "Don't approach or confront the person in the video": (
        "No se acerque ni confronte a la persona del video"
    ),
    "Questions about sharing": "Preguntas sobre cómo compartir",
    "tips@riversidepd.example": "tips@riversidepd.example",
    # page: tip-package-theft
    "Stop porch pirates: protect your packages": (
        "Frene a los ladrones de paquetes: proteja sus entregas"
    ),
    "protect-your-packages": "proteja-sus-paquetes",
    (
        "Package theft rises during the holidays. A few habits keep your deliveries "
        "out of the hands of porch pirates."
    ): (
        "El robo de paquetes aumenta en las fiestas. Unos pocos hábitos mantienen sus "
        "entregas lejos de los ladrones de paquetes."
    ),
    "Track your deliveries and bring packages inside quickly.": (
        "Siga sus entregas y meta los paquetes a la casa cuanto antes."
    ),
    "Track every delivery": "Siga cada entrega",
    "Turn on delivery alerts so you know when a package arrives.": (
        "Active los avisos de entrega para saber cuándo llega un paquete."
    ),
    "Choose a safer drop-off": "Elija un lugar de entrega más seguro",
    (
        "Use a parcel locker, pick up at the store or ask a neighbor who is home to "
        "take it in."
    ): (
        "Use un casillero de paquetes, recójalo en la tienda o pida a un vecino que "
        "esté en casa que lo guarde."
    ),
    "Report a theft": "Denuncie un robo",
    "Report it online or on the non-emergency line, and tell the seller.": (
        "Denúncielo en línea o en la línea para casos que no son emergencias, y "
        "avísele al vendedor."
    ),
    "Packages: do's and don'ts": "Paquetes: qué hacer y qué no hacer",
    "Ask for a signature on valuable deliveries": (
        "Pida que las entregas de valor requieran firma"
    ),
    "Share doorbell video of a theft with us": (
        "Compártanos el video del timbre con cámara si hubo un robo"
    ),
    "Don't leave packages out overnight": "No deje paquetes afuera durante la noche",
    "Don't chase or confront a thief": "No persiga ni confronte a un ladrón",
    # page: tip-car-break-ins
    "Lock it, hide it, keep it: prevent car break-ins": (
        "Ciérrelo, escóndalo, lléveselo: evite robos en su auto"
    ),
    "prevent-car-break-ins": "evite-robos-en-su-auto",
    (
        "Most car break-ins take less than a minute and target things left in plain "
        "sight."
    ): (
        "La mayoría de los robos en autos duran menos de un minuto y buscan objetos "
        "que quedaron a la vista."
    ),
    "Lock your car and take your valuables with you.": (
        "Cierre su auto con llave y llévese sus objetos de valor."
    ),
    "Lock it": "Ciérrelo",
    "Close the windows and lock every door.": (
        "Suba las ventanas y cierre todas las puertas con llave."
    ),
    "Hide it": "Escóndalo",
    "Put bags and chargers out of sight before you arrive.": (
        "Guarde bolsas y cargadores fuera de la vista antes de llegar."
    ),
    "Keep it": "Lléveselo",
    "Take your keys, phone and wallet with you.": (
        "Llévese las llaves, el teléfono y la cartera."
    ),
    "Park in well-lit areas": "Estaciónese en lugares bien iluminados",
    "Don't leave a spare key in the car": "No deje una llave de repuesto en el auto",
    # page: tip-phone-scams
    "Spot and stop phone scams": "Reconozca y detenga las estafas telefónicas",
    "spot-phone-scams": "reconozca-estafas-telefonicas",
    (
        "Scammers pretend to be the police, a bank or a relative in trouble. Real "
        "officials never ask for gift cards or wire transfers."
    ): (
        "Los estafadores se hacen pasar por la policía, un banco o un familiar en "
        "apuros. Los funcionarios de verdad nunca piden tarjetas de regalo ni giros "
        "bancarios."
    ),
    "Hang up on anyone who demands payment in gift cards.": (
        "Cuélguele a cualquiera que le exija pagar con tarjetas de regalo."
    ),
    "Hang up": "Cuelgue",
    "If a caller rushes you or asks for secrecy, end the call.": (
        "Si quien llama le apura o le pide que guarde el secreto, termine la llamada."
    ),
    "Call back on a number you trust": "Devuelva la llamada a un número de confianza",
    "Use the number on your bank card or on our website.": (
        "Use el número que aparece en su tarjeta bancaria o en nuestro sitio web."
    ),
    "Report it": "Denúncielo",
    "Tell us and the Federal Trade Commission, even if you lost no money.": (
        "Avísenos a nosotros y a la Comisión Federal de Comercio, aunque no haya "
        "perdido dinero."
    ),
    "We will never call you to ask for money": (
        "Nunca le llamaremos para pedirle dinero"
    ),
    "No officer will ask you to pay a fine by phone.": (
        "Ningún agente le pedirá que pague una multa por teléfono."
    ),
    "Report fraud to the Federal Trade Commission": (
        "Denuncie fraudes ante la Comisión Federal de Comercio"
    ),
    "The national site for reporting scams.": (
        "El sitio nacional para denunciar estafas."
    ),
    # page: tip-travel
    "Keep your home safe while you travel": "Mantenga su casa segura mientras viaja",
    "home-safe-while-you-travel": "casa-segura-mientras-viaja",
    "Simple steps before a trip make your home a harder target.": (
        "Unos pasos sencillos antes de un viaje hacen que su casa sea un blanco más "
        "difícil."
    ),
    "Make your home look lived in while you are away.": (
        "Haga que su casa parezca habitada mientras está fuera."
    ),
    "Pause deliveries": "Suspenda las entregas",
    "Hold your mail and newspapers, or ask a neighbor to collect them.": (
        "Pida que retengan su correo y sus periódicos, o pida a un vecino que los "
        "recoja."
    ),
    "Use timers": "Use temporizadores",
    "Set lights to turn on and off in the evening.": (
        "Programe las luces para que se enciendan y se apaguen por la noche."
    ),
    "Request a vacation check": "Pida una revisión durante sus vacaciones",
    "Volunteers can drive by your home while you are away.": (
        "Los voluntarios pueden pasar en auto frente a su casa mientras usted está "
        "fuera."
    ),
    "At least three days before you leave": "Al menos tres días antes de salir",
    "Volunteer patrol": "Patrulla de voluntarios",
    "Wait until you are home to post trip photos on social media.": (
        "Espere a estar de vuelta en casa para publicar fotos del viaje en redes "
        "sociales."
    ),
    # page: tip-online-safety
    "Talk with your children about online safety": (
        "Hable con sus hijos sobre la seguridad en internet"
    ),
    "online-safety-for-children": "seguridad-en-internet-para-ninos",
    (
        "Open conversations help children tell you when something online makes them "
        "uncomfortable."
    ): (
        "Hablar con confianza ayuda a que los niños le cuenten cuando algo en internet "
        "les hace sentir incómodos."
    ),
    "Keep devices in shared rooms and talk often.": (
        "Deje los dispositivos en espacios comunes y hablen a menudo."
    ),
    "Set rules together": "Pongan las reglas juntos",
    "Agree on which apps are allowed and when devices go away.": (
        "Acuerden qué aplicaciones se permiten y cuándo se guardan los dispositivos."
    ),
    "Check privacy settings": "Revise la configuración de privacidad",
    "Make accounts private and turn off location sharing.": (
        "Haga privadas las cuentas y desactive la opción de compartir la ubicación."
    ),
    "Keep talking": "Sigan hablando",
    "Tell your children they will not be in trouble for telling you about a problem.": (
        "Dígales a sus hijos que no tendrán problemas por contarle algo que les "
        "preocupa."
    ),
    "Online: do's and don'ts": "En internet: qué hacer y qué no hacer",
    "Save messages that threaten or pressure your child": (
        "Guarde los mensajes que amenacen o presionen a su hijo"
    ),
    "Don't reply to or forward explicit images; report them": (
        "No responda ni reenvíe imágenes explícitas; denúncielas"
    ),
    # page: tip-business
    "Make your storefront harder to break into": "Proteja su local contra robos",
    "storefront-security": "seguridad-para-su-local",
    "Small changes protect your business after closing time.": (
        "Pequeños cambios protegen su negocio después de la hora de cierre."
    ),
    "Good lighting and a clear view inside deter burglars.": (
        "Una buena iluminación y una vista despejada hacia el interior disuaden a los "
        "ladrones."
    ),
    "Light it up": "Ilumínelo",
    "Keep the entrance and the back door lit all night.": (
        "Mantenga iluminadas la entrada y la puerta trasera toda la noche."
    ),
    "Keep the view clear": "Mantenga la vista despejada",
    "Remove posters that block the view into the shop.": (
        "Quite los carteles que impiden ver el interior del local."
    ),
    "Ask for a free security check": "Pida una revisión de seguridad gratuita",
    "A crime prevention officer visits and gives advice.": (
        "Un agente de prevención del delito le visita y le da consejos."
    ),
    "Within two weeks of your request": "En un plazo de dos semanas desde su solicitud",
    "Crime Prevention Unit": "Unidad de Prevención del Delito",
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
    # page: story-stolen-car
    "Stolen car found within hours thanks to a plate-reader alert": (
        "Un auto robado aparece en pocas horas gracias a una alerta de un lector de "
        "matrículas"
    ),
    "stolen-car-found-within-hours": "auto-robado-aparece-en-pocas-horas",
    (
        "A car stolen from a Northgate driveway was back with its owner the same "
        "afternoon after a plate reader spotted it."
    ): (
        "Un auto robado de la entrada de una casa en Northgate volvió con su dueño esa "
        "misma tarde, después de que un lector de matrículas lo detectara."
    ),
    "Northgate": "Northgate",
    "The car was returned to its owner the same day and a suspect was arrested.": (
        "El auto se devolvió a su dueño el mismo día y se arrestó a un sospechoso."
    ),
    (
        "The owner reported the theft at 7 a.m. Two hours later a plate reader on "
        "Harbor Boulevard alerted on the car."
    ): (
        "El dueño denunció el robo a las 7 a.m. Dos horas después, un lector de "
        "matrículas en Harbor Boulevard dio una alerta sobre el auto."
    ),
    (
        "Before acting, the dispatcher confirmed that the plate was still listed as "
        "stolen, as our policy requires. Officers found the car parked nearby and "
        "arrested the driver."
    ): (
        "Antes de actuar, el despachador confirmó que la matrícula seguía registrada "
        "como robada, como exige nuestra política. Los agentes encontraron el auto "
        "estacionado cerca y arrestaron al conductor."
    ),
    "I expected to never see my car again. I had it back before lunch.": (
        "Pensé que nunca volvería a ver mi auto. Lo recuperé antes del almuerzo."
    ),
    "The car's owner": "El dueño del auto",
    "The recovered car, back with its owner.": (
        "El auto recuperado, de vuelta con su dueño."
    ),
    # page: story-catalytic-converters
    "Neighbors' videos help stop a string of catalytic converter thefts": (
        "Los videos de los vecinos ayudan a frenar una ola de robos de convertidores "
        "catalíticos"
    ),
    "catalytic-converter-thefts-stopped": "frenan-robos-de-convertidores-cataliticos",
    (
        "Footage shared by Eastside residents and businesses led to the arrest of two "
        "people linked to 23 catalytic converter thefts."
    ): (
        "Los videos que compartieron residentes y negocios de Eastside llevaron al "
        "arresto de dos personas relacionadas con 23 robos de convertidores "
        "catalíticos."
    ),
    "Eastside": "Eastside",
    (
        "Two people were arrested and catalytic converter thefts in Eastside dropped "
        "from about five a week to none in the following month."
    ): (
        "Se arrestó a dos personas, y los robos de convertidores catalíticos en "
        "Eastside bajaron de unos cinco por semana a ninguno el mes siguiente."
    ),
    "Eastside Business Alliance": "Alianza de Negocios de Eastside",
    "Eastside Neighborhood Watch": "Vigilancia Vecinal de Eastside",
    (
        "After a spike in thefts, we asked Eastside residents on the <b>voluntary "
        "camera registry</b> to check their video."
    ): (
        "Tras un aumento de los robos, pedimos a los residentes de Eastside inscritos "
        "en el <b>registro voluntario de cámaras</b> que revisaran sus videos."
    ),
    (
        "Eleven households and three businesses shared clips through our secure upload "
        "link. Together they showed the same van at several scenes."
    ): (
        "Once hogares y tres negocios compartieron clips por nuestro enlace seguro de "
        "carga. Juntos mostraban la misma camioneta en varios lugares de los hechos."
    ),
    "How to share your camera footage": "Cómo compartir los videos de su cámara",
    "Residents shared video securely.": (
        "Los residentes compartieron videos de forma segura."
    ),
    "Riverside Ledger": "Riverside Ledger",
    "Arrests follow wave of catalytic converter thefts": (
        "Arrestos tras una ola de robos de convertidores catalíticos"
    ),
    # page: story-missing-man
    "Missing older man found safe after a community search": (
        "Encuentran sano y salvo a un hombre mayor desaparecido tras una búsqueda "
        "comunitaria"
    ),
    "missing-man-found-safe": "hombre-desaparecido-encontrado-a-salvo",
    (
        "A man with memory loss who walked away from home was found safe in Riverside "
        "Park by search volunteers and officers."
    ): (
        "Un hombre con pérdida de memoria que se alejó de su casa fue encontrado a "
        "salvo en Riverside Park por voluntarios de búsqueda y agentes."
    ),
    "Riverside Park": "Riverside Park",
    "The man was found unharmed within four hours and is home with his family.": (
        "El hombre fue encontrado ileso en menos de cuatro horas y está en casa con su "
        "familia."
    ),
    "Riverside Search and Rescue": "Búsqueda y Rescate de Riverside",
    (
        "His family called us at 6 p.m. Within an hour, 30 volunteers from Riverside "
        "Search and Rescue joined our officers."
    ): (
        "Su familia nos llamó a las 6 p.m. En menos de una hora, 30 voluntarios de "
        "Búsqueda y Rescate de Riverside se unieron a nuestros agentes."
    ),
    (
        "A volunteer found him near the river trail, cold but unhurt. We do not "
        "publish his name to protect his privacy."
    ): (
        "Un voluntario lo encontró cerca del sendero del río, con frío pero ileso. No "
        "publicamos su nombre para proteger su privacidad."
    ),
    "Know the signs": "Conozca las señales",
    (
        "If someone you care for has memory loss, keep a recent photo and a list of "
        "places they like to go."
    ): (
        "Si cuida a alguien con pérdida de memoria, tenga una foto reciente y una "
        "lista de los lugares adonde le gusta ir."
    ),
    "Where the search team gathered.": "Donde se reunió el equipo de búsqueda.",
    # page: award-night-out
    "Elm Street Block Club wins the Neighborhood Safety Award": (
        "El Club Vecinal de Elm Street gana el Premio a la Seguridad Vecinal"
    ),
    "elm-street-neighborhood-safety-award": "elm-street-premio-seguridad-vecinal",
    (
        "The Elm Street Block Club brought more than 400 neighbors to this year's "
        "National Night Out."
    ): (
        "El Club Vecinal de Elm Street reunió a más de 400 vecinos en la Noche "
        "Nacional contra el Crimen de este año."
    ),
    "Neighborhood Safety Award 2026": "Premio a la Seguridad Vecinal 2026",
    "Elm Street Block Club": "Club Vecinal de Elm Street",
    (
        "For bringing neighbors and officers together at the largest National Night "
        "Out party in the city, and for starting a phone tree that checks on older "
        "residents every week."
    ): (
        "Por reunir a vecinos y agentes en la fiesta más grande de la ciudad en la "
        "Noche Nacional contra el Crimen, y por crear una cadena telefónica que cada "
        "semana pregunta cómo están los residentes mayores."
    ),
    "Elm Street on National Night Out.": (
        "Elm Street en la Noche Nacional contra el Crimen."
    ),
    # page: award-search-volunteers
    "Civilian commendation for Riverside Search and Rescue": (
        "Reconocimiento civil para Búsqueda y Rescate de Riverside"
    ),
    "search-and-rescue-commendation": "reconocimiento-busqueda-y-rescate",
    (
        "The volunteer team that found a missing older man in Riverside Park receives "
        "the department's civilian commendation."
    ): (
        "El equipo de voluntarios que encontró a un hombre mayor desaparecido en "
        "Riverside Park recibe el reconocimiento civil del departamento."
    ),
    "Civilian Commendation": "Reconocimiento Civil",
    (
        "For answering our call within an hour and searching through the night with "
        "skill and care."
    ): (
        "Por responder a nuestro llamado en menos de una hora y buscar durante toda la "
        "noche con habilidad y dedicación."
    ),
}
