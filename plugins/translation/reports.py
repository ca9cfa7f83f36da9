"""The translation status report: what is missing, outdated or current, per
locale, with links to translate; CSV and XLSX export come with ReportView."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, get_page_models

from plugins.translation.roles import translatable_snippet_models, translator_locales
from plugins.translation.status import STATUSES, translation_status


def locale_choices():
    source = Locale.get_default()
    return [
        (locale.language_code, locale.get_display_name())
        for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code")
    ]


def type_choices():
    models = [
        model for model in get_page_models() if not model._meta.abstract
    ] + translatable_snippet_models()
    return sorted(
        (
            (model._meta.label_lower, str(model._meta.verbose_name).capitalize())
            for model in models
        ),
        key=lambda choice: choice[1],
    )


class TranslationStatusFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(
        label=_("Locale"), choices=locale_choices, empty_label=_("All")
    )
    type = django_filters.ChoiceFilter(
        label=_("Type"), choices=type_choices, empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(STATUSES.items()), empty_label=_("All")
    )

    class Meta:
        # The rows are computed, not a queryset; the model only satisfies
        # django-filter, and filtering is done by the view.
        model = Locale
        fields = []


class TranslationStatusReport(ReportView):
    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "trust_translation_status"
    index_results_url_name = "trust_translation_status_results"
    results_template_name = "trust_translation/reports/status_results.html"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50
    list_export = [
        "language_code",
        "type_name",
        "title",
        "status",
        "reason",
        "source_edit_url",
        "action_url",
    ]
    export_headings = {
        "language_code": _("Locale"),
        "type_name": _("Type"),
        "title": _("Title"),
        "status": _("Status"),
        "reason": _("Why"),
        "source_edit_url": _("Source"),
        "action_url": _("Next step"),
    }

    def user_has_permission(self, permission):
        return self.request.user.has_perm("wagtailadmin.access_admin")

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = Locale.objects.none()
        data = kwargs["data"]
        if "locale" not in data:
            # A translator lands on their own language.
            own = list(translator_locales(self.request.user)[:2])
            if len(own) == 1:
                data = data.copy()
                data["locale"] = own[0].language_code
                kwargs["data"] = data
        return kwargs

    def get_queryset(self):
        locales = None
        if self.filters and self.filters.is_valid():
            code = self.filters.form.cleaned_data.get("locale")
            if code:
                locales = list(Locale.objects.filter(language_code=code))
        return translation_status(locales=locales)

    def filter_queryset(self, rows):
        if not (self.filters and self.filters.is_valid()):
            return rows
        wanted = self.filters.form.cleaned_data
        if wanted.get("type"):
            kind = wanted["type"]
            rows = [row for row in rows if row.model._meta.label_lower == kind]
        if wanted.get("status"):
            rows = [row for row in rows if row.status == wanted["status"]]
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["statuses"] = STATUSES
        return context
