"""Moderating feedback in the Wagtail admin: list, filter, assign, export.

Staff edit only the moderation fields (status, assignee, notes, the award a
nomination was considered for); what the resident sent is shown read-only.
Nobody adds submissions in the admin: they come from residents.
"""

import django_filters
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from cms.exports import spreadsheet_value
from plugins.community.models import (
    AwardCategory,
    AwardPage,
    FeedbackSubmission,
    Status,
    Topic,
)


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody may add a submission by hand."""

    def user_has_permission(self, user, action):
        if action in {"add", "copy"}:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in {"add", "copy"}]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


class FeedbackFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=Status.choices, empty_label=_("All"), label=_("Status")
    )
    topic = django_filters.ChoiceFilter(
        choices=Topic.choices, empty_label=_("All"), label=_("Topic")
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )
    assignee = django_filters.ModelChoiceFilter(
        queryset=get_user_model().objects.filter(is_active=True),
        label=_("Assigned to"),
    )
    unassigned = django_filters.BooleanFilter(
        field_name="assignee", lookup_expr="isnull", label=_("Unassigned")
    )
    award_category = django_filters.ChoiceFilter(
        choices=AwardCategory.choices, empty_label=_("All"), label=_("Award category")
    )
    award = django_filters.ModelChoiceFilter(
        queryset=AwardPage.objects.all().order_by("-award_date", "title"),
        label=_("Award"),
    )

    class Meta:
        model = FeedbackSubmission
        fields = [
            "status",
            "topic",
            "created_at",
            "assignee",
            "unassigned",
            "award_category",
            "award",
        ]


class FeedbackIndexView(generic.IndexView):
    def preprocess_field_value(self, field, value, export_format):
        # Wagtail keeps XLSX formulas as text but writes CSV cells verbatim.
        # Both formats are escaped alike, so that the two files agree and a
        # CSV opened in a spreadsheet is as safe as the XLSX; characters XLSX
        # cannot hold (kept from before feedback refused them) are replaced.
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_value(value)


class FeedbackViewSet(ModelViewSet):
    model = FeedbackSubmission
    name = "feedback"
    icon = "mail"
    menu_label = _("Feedback")
    menu_order = 350
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = FeedbackIndexView
    filterset_class = FeedbackFilterSet
    ordering = ["-created_at"]
    list_per_page = 50
    search_fields = ["reference", "message", "name", "email", "phone", "notes"]
    list_display = [
        "reference",
        Column("get_topic_display", label=_("Topic"), sort_key="topic"),
        Column("excerpt", label=_("Message")),
        Column("get_status_display", label=_("Status"), sort_key="status"),
        Column("assignee", label=_("Assigned to")),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
    ]
    list_export = [
        "reference",
        "created_at",
        "get_topic_display",
        "get_status_display",
        "message",
        "name",
        "email",
        "phone",
        "policy",
        "get_award_category_display",
        "award",
        "assignee",
        "notes",
        "locale",
        "get_source_display",
        "spam_reason",
    ]
    export_headings = {
        "reference": _("Reference"),
        "created_at": _("Received"),
        "get_topic_display": _("Topic"),
        "get_status_display": _("Status"),
        "message": _("Message"),
        "name": _("Name"),
        "email": _("Email"),
        "phone": _("Phone"),
        "policy": _("Policy"),
        "get_award_category_display": _("Award category"),
        "award": _("Award"),
        "assignee": _("Assigned to"),
        "notes": _("Notes"),
        "locale": _("Language"),
        "get_source_display": _("Sent through"),
        "spam_reason": _("Why it is spam"),
    }
    export_filename = "feedback"
    inspect_view_fields = [
        "reference",
        "created_at",
        "topic",
        "message",
        "policy",
        "award_category",
        "name",
        "email",
        "phone",
        "locale",
        "source",
        "status",
        "spam_reason",
        "assignee",
        "award",
        "notes",
        "anonymized_at",
    ]
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("topic", read_only=True),
                        FieldPanel("created_at", read_only=True),
                        FieldPanel("source", read_only=True),
                    ]
                ),
                FieldPanel("message", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("policy", read_only=True),
                        FieldPanel("award_category", read_only=True),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("name", read_only=True),
                        FieldPanel("email", read_only=True),
                        FieldPanel("phone", read_only=True),
                    ]
                ),
            ],
            heading=_("What the resident sent"),
            help_text=_(
                "Personal data: never copy it into a public page. It is removed "
                "automatically when the retention period ends."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("assignee")]),
                FieldPanel(
                    "award",
                    help_text=_(
                        "For nominations: the award page this nomination was "
                        "considered for. Staff only; never shown publicly."
                    ),
                ),
                FieldPanel("notes"),
            ],
            heading=_("Moderation"),
        ),
    ]
