"""Translations of the success stories' demo content:
language code -> English segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

# Spanish
SPANISH = {
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
}

STRINGS = {
    "es": SPANISH,
}
