from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from plugins.plainlanguage.models import GlossaryTerm


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    menu_label = _("Glossary")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["term", "explanation", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "explanation"]
    search_backend_name = None


register_snippet(GlossaryViewSet)


@hooks.register("register_agency_setup")
def glossary_editors():
    from plugins.plainlanguage.roles import let_editors_keep_the_glossary

    return let_editors_keep_the_glossary()
