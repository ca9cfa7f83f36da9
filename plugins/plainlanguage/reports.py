"""The reading-level report: live pages whose text is above the target grade,
per language, hardest first, sortable, with CSV and Excel export (Wagtail's
``ReportView``). Figures are those stored when each page was published."""

import django_filters
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from plugins.plainlanguage.conf import target_grade
from plugins.plainlanguage.measures import measure_for
from plugins.plainlanguage.models import ReadingLevel


def measured_languages():
    return [
        (code, name)
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        if measure_for(code) is not None
    ]


class ReadingLevelFilterSet(WagtailFilterSet):
    language_code = django_filters.ChoiceFilter(
        label=_("Locale"), choices=measured_languages, empty_label=_("All")
    )

    class Meta:
        model = ReadingLevel
        fields = ["language_code"]


def edit_url(level):
    return reverse("wagtailadmin_pages:edit", args=[level.page_id])


class ReadingLevelReport(ReportView):
    page_title = _("Reading level above target")
    header_icon = "pilcrow"
    index_url_name = "trust_plainlanguage:report"
    index_results_url_name = "trust_plainlanguage:report_results"
    filterset_class = ReadingLevelFilterSet
    model = ReadingLevel
    default_ordering = "-grade"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            accessor="page.title",
            get_url=edit_url,
            sort_key="page__title",
        ),
        Column("language_code", label=_("Locale"), sort_key="language_code"),
        Column("page_type", label=_("Type")),
        Column("grade", label=_("Grade"), sort_key="grade"),
        Column("measure_label", label=_("Measure")),
        Column("score", label=_("Score")),
        Column("words", label=_("Words"), sort_key="words"),
        DateColumn("measured_at", label=_("Measured"), sort_key="measured_at"),
    ]
    list_export = [
        "page.title",
        "language_code",
        "page_type",
        "grade",
        "target",
        "measure_label",
        "score",
        "words",
        "measured_at",
        "page_id",
    ]
    export_headings = {
        "page.title": _("Page"),
        "language_code": _("Locale"),
        "page_type": _("Type"),
        "grade": _("Grade"),
        "target": _("Target"),
        "measure_label": _("Measure"),
        "score": _("Score"),
        "words": _("Words"),
        "measured_at": _("Measured"),
        "page_id": _("Page id"),
    }
    # Anyone who works in the admin may see which pages are hard to read.
    any_permission_required = ["access_admin"]

    def user_has_any_permission(self, permissions):
        return self.request.user.has_perm("wagtailadmin.access_admin")

    def get_page_subtitle(self):
        return _("Live pages above grade %(target)s") % {"target": target_grade()}

    def get_base_queryset(self):
        return ReadingLevel.objects.filter(
            grade__gt=target_grade(), page__live=True
        ).select_related("page", "page__content_type")
