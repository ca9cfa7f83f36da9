"""Demo translations into Spanish: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
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
    # technology: body-worn-cameras
    "Body-worn cameras": "Cámaras corporales",
    "Riverside Search and Rescue": "Búsqueda y Rescate de Riverside",
}
