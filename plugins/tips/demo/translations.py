"""Translations of the safety tips' and guides' demo content:
language code -> English segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

# Spanish
SPANISH = {
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
}

STRINGS = {
    "es": SPANISH,
}
