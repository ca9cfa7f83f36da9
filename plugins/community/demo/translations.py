"""Translations of the community awards' demo content:
language code -> English segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

# Spanish
SPANISH = {
    # page: awards
    "Community awards": "Premios comunitarios",
    "awards": "premios",
    "Neighbors, groups and businesses we have recognized for making Riverside safer.": (
        "Vecinos, grupos y negocios a los que hemos reconocido por hacer de Riverside "
        "un lugar más seguro."
    ),
    "Nominations open each spring.": "Las nominaciones se abren cada primavera.",
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

STRINGS = {
    "es": SPANISH,
}
