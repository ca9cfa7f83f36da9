"""The policies' API: typed list and detail schemas, filters and JSON-LD."""

from datetime import date, datetime
from typing import ClassVar, Literal, NamedTuple

from django.conf import settings
from django.http import Http404
from ninja import Field, Schema
from wagtail.rich_text import expand_db_html

from blocks import DocumentBlock
from plugins.headless import caching, json_ld, scopes
from plugins.headless.api import (
    CACHED,
    reject_unknown_parameters,
    visible_page_or_404,
)
from plugins.headless.endpoints import (
    PageEndpoint,
    PageListQuery,
    order_choices,
    registry,
    section_endpoint,
)
from plugins.headless.schemas import (
    CalendarDate,
    PageDetailBase,
    PageItem,
    PositiveId,
)
from plugins.headless.visibility import for_request, is_current
from plugins.policies import changelog
from plugins.policies.models import (
    PolicyCategory,
    PolicyIndexPage,
    PolicyPage,
    PolicyStatus,
    PolicyVersion,
)


class CommentPeriod(Schema):
    state: Literal["upcoming", "open", "closed"] | None
    opens: date | None
    closes: date | None


class TechnologyLink(Schema):
    id: int
    name: str
    kind: str


class PolicyFields(Schema):
    type: Literal["policy"]
    policy_number: str
    category: PolicyCategory
    status: PolicyStatus
    effective_date: date | None
    last_reviewed: date | None
    next_review_due: date | None
    comment_period: CommentPeriod


class PolicySummary(PolicyFields, PageItem):
    pass


class Completeness(Schema):
    score: int
    law: str
    required: list[str]
    missing: list[str]


class VersionSummary(Schema):
    label: str
    published_at: datetime
    change_note: str


class PolicyDetail(PolicyFields, PageDetailBase):
    completeness: Completeness | None
    current_version: VersionSummary | None
    version_count: int
    comment_endpoint: str | None
    approving_authority: str
    legal_basis: str
    how_to_comment: str
    documents: list[DocumentBlock.api_schema]
    technologies: list[TechnologyLink]


class PolicyQuery(PageListQuery):
    category: PolicyCategory | None = Field(
        None, description="Only policies in this category."
    )
    status: PolicyStatus | None = Field(
        None, description="Only policies with this status."
    )
    technology: PositiveId | None = None
    effective_after: CalendarDate | None = Field(
        None, description="In effect from this date or later."
    )
    effective_before: CalendarDate | None = Field(
        None, description="In effect from this date or earlier."
    )
    order: order_choices(
        "first_published_at",
        "last_published_at",
        "title",
        "policy_number",
        "effective_date",
    ) = "-first_published_at"

    related: ClassVar[dict] = {"technology": "technologies"}

    def filter_effective_after(self, queryset, value):
        return queryset.filter(effective_date__gte=value)

    def filter_effective_before(self, queryset, value):
        return queryset.filter(effective_date__lte=value)


def summary_fields(page, rep):
    return {
        "policy_number": page.policy_number,
        "category": page.category,
        "status": page.status,
        "effective_date": page.effective_date,
        "last_reviewed": page.last_reviewed,
        "next_review_due": page.next_review_due,
        "comment_period": {
            "state": page.comment_period_state,
            "opens": page.comment_opens,
            "closes": page.comment_closes,
        },
    }


# Made once: a block works out its child blocks when it is built.
DOCUMENT_BLOCK = DocumentBlock()


class TechnologyRow(NamedTuple):
    """What a policy's detail reads of a technology it governs (the links,
    and the kind its completeness check asks for)."""

    pk: int
    name: str
    kind: str
    live: bool
    expire_at: datetime | None


def published_versions(page_id, rep):
    """(label, published_at, change_note) of a policy's versions, newest
    first, without their sections: a policy has a few versions, and reading
    them is cheaper than counting them in SQL, and sorting them cheaper than
    compiling an ORDER BY. Read once per response with the policy's loaded
    translations' (a translation's detail shows its own versions and its
    source's current one)."""

    def read(page_ids):
        rows = PolicyVersion.objects.filter(page_id__in=page_ids).order_by()
        newest_first = sorted(
            rows.values_list("published_at", "pk", "page_id", "label", "change_note"),
            reverse=True,
        )
        found = {pk: [] for pk in page_ids}
        for published_at, _pk, policy_id, label, change_note in newest_first:
            found[policy_id].append((label, published_at, change_note))
        return found

    return rep.once_with_translations("policy-versions", page_id, read)


def detail_fields(page, rep):
    versions = published_versions(page.pk, rep)
    # Read once for the links and the completeness check (a draft's come from
    # its revision, in memory), and only those the public may see: a draft
    # technology's kind would show in the law the check applies.
    rows = page.technologies.values_list("id", "name", "kind", "live", "expire_at")
    technologies = [row for row in map(TechnologyRow._make, rows) if is_current(row)]
    completeness = page.completeness(technologies)
    return {
        "completeness": completeness
        and {key: completeness[key] for key in ("score", "law", "required", "missing")},
        "current_version": dict(
            zip(("label", "published_at", "change_note"), versions[0], strict=True)
        )
        if versions
        else None,
        "version_count": len(versions),
        # Residents comment on a draft through the feedback API, topic
        # "policy_comment" with this policy's id.
        "comment_endpoint": "/api/v1/feedback/"
        if page.comment_period_state == "open"
        else None,
        "approving_authority": page.approving_authority,
        "legal_basis": page.legal_basis,
        "how_to_comment": expand_db_html(page.how_to_comment),
        "documents": [
            DOCUMENT_BLOCK.get_api_representation(child.value)
            for child in page.documents
        ],
        "technologies": [
            {"id": technology.pk, "name": technology.name, "kind": technology.kind}
            for technology in technologies
        ],
    }


def policy_json_ld(page, item):
    return json_ld.base(
        "GovernmentService" if page.category == "technology" else "WebPage",
        page,
        item,
        identifier=page.policy_number,
        serviceOperator={
            "@type": "GovernmentOrganization",
            "name": settings.WAGTAIL_SITE_NAME,
        },
        legislationDate=page.effective_date.isoformat()
        if page.effective_date
        else None,
    )


def current_version_label(page_id, rep):
    """The label of the policy's latest published version, or None."""
    versions = published_versions(page_id, rep)
    return versions[0][0] if versions else None


def register():
    registry.register_page(
        PageEndpoint(
            model=PolicyPage,
            type_name="policy",
            path="policies",
            summary_schema=PolicySummary,
            detail_schema=PolicyDetail,
            query_schema=PolicyQuery,
            summary_fields=summary_fields,
            detail_fields=detail_fields,
            json_ld=policy_json_ld,
            category_field="category",
            routes=version_routes,
            current_version=current_version_label,
        )
    )
    registry.register_page(section_endpoint(PolicyIndexPage))


class SectionText(Schema):
    number: str
    title: str
    text: str


class ChangedSection(Schema):
    number: str
    title: str
    previous_title: str
    previous_text: str
    text: str
    diff: str


class SectionDiff(Schema):
    added: list[SectionText]
    removed: list[SectionText]
    changed: list[ChangedSection]


class PolicyVersionItem(Schema):
    event: Literal["published", "withdrawn"] = Field(
        description="A version published, or the policy withdrawn from public "
        "view (unpublished, expired or deleted)."
    )
    reason: Literal["unpublished", "expired", "deleted"] | None = Field(
        description="Why the policy was withdrawn; null for a published version."
    )
    label: str = Field(
        description="The version published, or the version in force when the "
        "policy was withdrawn."
    )
    kind: Literal["major", "minor"]
    change_note: str
    published_at: datetime = Field(
        description="When the version was published, or the policy withdrawn."
    )
    title: str
    changes: SectionDiff


class PolicyVersionDetail(PolicyVersionItem):
    policy_id: int
    sections: list[SectionText]


class PolicyVersionList(Schema):
    count: int
    items: list[PolicyVersionItem]


def version_item(entry):
    withdrawal = entry.withdrawal
    return {
        "event": entry.event,
        "reason": withdrawal.reason if withdrawal else None,
        "label": entry.version.label,
        "kind": entry.version.kind,
        "change_note": entry.change_note,
        "published_at": entry.date,
        "title": entry.title,
        "changes": entry.changes,
    }


def public_log_or_404(request, page_id):
    """The policy's change log, if public on this site: the policy is visible,
    or was public here when its page was withdrawn and deleted
    (``changelog``)."""
    try:
        visible_page_or_404(request, PolicyPage, page_id)
    except Http404:
        if changelog.withdrawn(for_request(request), page_id) is None:
            raise
    return changelog.policy_log(page_id)


def version_routes(router):
    @router.get(
        "/{int:page_id}/versions/",
        response={200: PolicyVersionList, **CACHED},
        summary="A policy's public change log",
    )
    def list_policy_versions(request, page_id: PositiveId):
        """Every published version of a policy, newest first, with its label,
        date and change note. A version is never rewritten; a withdrawn
        policy keeps its log."""
        reject_unknown_parameters(request, None)

        def build():
            items = [
                version_item(entry) for entry in public_log_or_404(request, page_id)
            ]
            return 200, {"count": len(items), "items": items}

        return caching.cached_response(request, [scopes.for_page(page_id)], build)

    @router.get(
        "/{int:page_id}/versions/{label}/",
        response={200: PolicyVersionDetail, **CACHED},
        summary="One published version of a policy",
    )
    def get_policy_version(request, page_id: PositiveId, label: str):
        """One published version of a policy, as it was published."""
        reject_unknown_parameters(request, None)

        def build():
            for entry in public_log_or_404(request, page_id):
                if entry.event == "published" and entry.version.label == label:
                    data = {
                        **version_item(entry),
                        "policy_id": page_id,
                        "sections": entry.version.sections,
                    }
                    return 200, data
            raise Http404(f"Policy {page_id} has no version {label}.")

        return caching.cached_response(request, [scopes.for_page(page_id)], build)
