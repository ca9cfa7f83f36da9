"""Who keeps the glossary: the agency's Editors add, change, publish and delete
terms; translators localize them through wagtail-localize, with the change
permission the translation plugin gives them on every translatable snippet."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from plugins.plainlanguage.models import GlossaryTerm

EDITORS = "Editors"


def let_editors_keep_the_glossary():
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(GlossaryTerm),
            codename__in=[
                "add_glossaryterm",
                "change_glossaryterm",
                "delete_glossaryterm",
                "publish_glossaryterm",
            ],
        )
    )
    return ["Group 'Editors': may keep the glossary"]
