from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from plugins.transparency.models import Technology


class TechnologyViewSet(SnippetViewSet):
    model = Technology
    icon = "cogs"
    menu_label = _("Technology registry")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "retention_days", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


register_snippet(TechnologyViewSet)


# Demo order: technologies before the policies and stories that name them.
@hooks.register("register_demo_content", order=20)
def demo_content():
    from plugins.transparency.demo import demo_content

    return demo_content()
