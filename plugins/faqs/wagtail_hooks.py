from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from plugins.faqs.models import FAQ


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    menu_label = _("FAQs")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["question", "category", "sort_order", "locale"]
    list_filter = ["category", "locale"]
    search_fields = ["question"]


register_snippet(FAQViewSet)


# Demo order: FAQs first, then what embeds them.
@hooks.register("register_demo_content", order=10)
def demo_content():
    from plugins.faqs.demo import demo_content

    return demo_content()
