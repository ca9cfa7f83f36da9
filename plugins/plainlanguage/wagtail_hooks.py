from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from plugins.plainlanguage import views
from plugins.plainlanguage.models import GlossaryTerm
from plugins.plainlanguage.reports import ReadingLevelReport


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


# After Wagtail's own default page viewset (order 0), so that this one serves
# every page type.
@hooks.register("register_admin_viewset", order=1)
def register_page_viewset():
    return views.PlainLanguagePageViewSet()


@hooks.register("register_admin_urls")
def register_plain_language_urls():
    urls = [
        path(
            "pages/<int:page_id>/",
            views.PlainLanguageOnEdit.as_view(),
            name="on_edit",
        ),
        path(
            "pages/add/<str:content_type_app_name>/<str:content_type_model_name>/"
            "<int:parent_page_id>/",
            views.PlainLanguageOnCreate.as_view(),
            name="on_create",
        ),
        path("reports/reading-level/", ReadingLevelReport.as_view(), name="report"),
        path(
            "reports/reading-level/results/",
            ReadingLevelReport.as_view(results_only=True),
            name="report_results",
        ),
    ]
    return [
        path(
            "plain-language/",
            include((urls, "trust_plainlanguage"), namespace="trust_plainlanguage"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_reading_level_report_menu_item():
    return MenuItem(
        _("Reading level"),
        reverse("trust_plainlanguage:report"),
        icon_name="pilcrow",
        order=750,
    )


@hooks.register("register_agency_setup")
def glossary_editors():
    from plugins.plainlanguage.roles import let_editors_keep_the_glossary

    return let_editors_keep_the_glossary()


# Demo order: after every content plugin, whose words it explains.
@hooks.register("register_demo_content", order=70)
def demo_content():
    from plugins.plainlanguage.demo import demo_content

    return demo_content()
