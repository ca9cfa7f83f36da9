"""Who may change a page's public state: every staff role, by every admin path.

Each row names an action and, for a policy and for a tip, the roles that may
do it; every other role (a user in no group included) is refused, the public
state stays as it was, and no request fails with a server error. Each
(action, page kind, role) is one test, run in a savepoint of one agency built
for the module (``role_world``).

A policy, in any language, changes only by a policy approver; a tip by an
editor. Translators store translations for their own language and publish
nothing. Rows marked "text only" store what a later publish would use: done
or refused, the public state stays as it was.

After the table, in the same world: what a refused user is told, and what a
table of the agency's own roles cannot show (a group given "bulk delete",
text stored for a later translation, a source deleted with its live
translation, publishing from code, scheduled publishing).
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation

from tests import factories
from tests.databases import settle_deferred_checks
from tests.policies.role_world import (
    ACTIONS,
    APPROVER,
    EDITOR,
    NO_GROUP,
    ROLES,
    TRANSLATORS,
    admin_api,
    build_world,
    public_state,
    publish_marks,
    section_of,
)

A, E, ES, VI = APPROVER, EDITOR, TRANSLATORS["es"], TRANSLATORS["vi"]
NOT_APPLICABLE = None  # tips have no approval workflow

# action                               policy           tip
MATRIX = {
    "publish":                         ({A},            {E}),
    "unpublish":                       ({A},            {E}),
    "delete":                          ({A},            {E}),
    "move to the other site":          ({A},            {E}),
    "move its section":                (set(),          {E}),
    "copy, publishing the copy":       ({A},            {E}),
    "revert to the first version":     ({A},            {E}),
    "workflow: approve":               ({A},            NOT_APPLICABLE),
    "workflow: cancel":                ({A, E},         NOT_APPLICABLE),
    "bulk publish":                    ({A},            {E}),
    "bulk unpublish":                  ({A},            {E}),
    "bulk delete":                     ({A},            {E}),
    "bulk move":                       ({A},            {E}),
    "convert synced copy":             ({A},            {E}),
    "admin API: convert synced copy":  ({A},            {E}),
    "admin API: synced copy of its section": (set(),    {E}),
    "admin API: revert while in review": ({A},          NOT_APPLICABLE),
    "make private":                    ({A},            {E}),
    "make its section private":        ({A},            {E}),
    "localize: publish translation":   ({A},            {E}),
    "localize: sync, publish":         ({A},            {E}),
    "localize: start translation":     ({A, E, VI},     {A, E, VI}),
    "localize: back to synced":        ({A},            {E}),
    # Text only:
    "localize: machine translate":     ({A, E, ES},     {E, ES}),
    "localize: import PO file":        ({A, E, ES},     {E, ES}),
}  # fmt: skip

KINDS = ("policy", "tip")
ACTION_BY_NAME = {action.name: action for action in ACTIONS}
CASES = [
    pytest.param(name, kind, role, allowed[index], id=f"{name}|{kind}|{role}")
    for name, allowed in MATRIX.items()
    for index, kind in enumerate(KINDS)
    if allowed[index] is not NOT_APPLICABLE
    for role in ROLES
]


def test_the_table_names_every_action_and_only_staff_roles():
    assert set(MATRIX) == set(ACTION_BY_NAME)
    for name, allowed in MATRIX.items():
        applicable = [
            kind
            for kind, roles in zip(KINDS, allowed, strict=True)
            if roles is not NOT_APPLICABLE
        ]
        assert applicable == list(ACTION_BY_NAME[name].kinds), name
        for roles in allowed:
            assert roles is None or roles <= set(ROLES) - {NO_GROUP}, name


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The agency, built once for the module and rolled back after it."""
    with (
        override_settings(
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]
        ),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        settle_deferred_checks()
        yield build_world()
        transaction.set_rollback(True)


@pytest.mark.parametrize(("name", "kind", "role", "allowed"), CASES)
def test_role_matrix(world, db, client, name, kind, role, allowed):
    action = ACTION_BY_NAME[name]
    client.force_login(get_user_model().objects.get(pk=world.users[role]))
    state_before = public_state(world, kind)
    marks_before = publish_marks(world)

    with TestCase.captureOnCommitCallbacks(execute=True):
        responses = list(action.do(client, world, kind))

    assert all(response.status_code < 500 for response in responses)
    assert action.took_effect(world, kind, marks_before) == (role in allowed)
    if role not in allowed or action.keeps_public_state:
        assert public_state(world, kind) == state_before


# What the table cannot show -----------------------------------------------------


def user(world, role):
    return get_user_model().objects.get(pk=world.users[role])


def logged_in(client, world, role):
    client.force_login(user(world, role))
    return client


def messages_of(response):
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def test_refused_translation_actions_say_why(world, db, client):
    logged_in(client, world, EDITOR)
    source = world.translation("policy").source
    spanish = world.pages["policy", "es"]
    for url in (
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        reverse("wagtail_localize:convert_to_alias", args=[spanish]),
    ):
        response = client.post(url, {"publish_translations": "on"})
        assert response.status_code == 302, url
        assert "which you may not publish. Nothing was changed" in messages_of(response)
    response = client.post(
        reverse("wagtailadmin_pages:convert_alias", args=[world.pages["policy", "vi"]])
    )
    assert "making it a page of its own would publish it" in messages_of(response)


def test_starting_a_translation_over_stored_text_needs_permission_to_publish(
    world, db, client
):
    """Text kept from an earlier translation (say, before the page went back to
    being a synced copy) would be written into the live page."""
    vietnamese = Locale.objects.get(language_code="vi")
    segment = StringSegment.objects.get(
        source=world.translation("policy").source, context__path="title"
    )
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=vietnamese,
        context=segment.context,
        data="Văn bản chưa được duyệt",
    )
    url = reverse(
        "wagtail_localize:submit_page_translation", args=[world.pages["policy", "en"]]
    )
    into_vietnamese = {"locales": [vietnamese.pk]}
    for role in (EDITOR, VI):
        response = logged_in(client, world, role).post(url, into_vietnamese)
        assert "Starting this translation would change" in messages_of(response)
        assert world.page("policy", "vi").alias_of_id is not None
    response = logged_in(client, world, APPROVER).post(url, into_vietnamese)
    assert response.status_code == 302
    assert world.page("policy", "vi").alias_of_id is None


def test_the_admin_api_refuses_with_the_views_reasons(world, db, client):
    """Wagtail's admin API asks only for permission to edit; refused here as
    the admin's views refuse, with their reason and nothing changed."""
    logged_in(client, world, EDITOR)
    revisions = Page.objects.get(pk=world.workflow_policy).revisions.count()
    for (url, data), reason in (
        (
            admin_api(world.pages["policy", "vi"], "convert_alias"),
            "making it a page of its own would publish it",
        ),
        (
            admin_api(
                section_of(world, "policy"),
                "create_alias",
                destination_page_id=world.destinations["section"],
                recursive=True,
            ),
            "Live pages below this one may only be copied by",
        ),
        (
            admin_api(
                world.workflow_policy,
                "revert_to_page_revision",
                revision_id=Page.objects.get(pk=world.workflow_policy)
                .revisions.order_by("pk")[0]
                .pk,
            ),
            "Only reviewers for this task can edit",
        ),
    ):
        response = client.post(url, data, content_type="application/json")
        assert response.status_code == 403, url
        assert reason in response.json()["detail"], url
    assert world.page("policy", "vi").alias_of_id is not None
    assert Page.objects.get(pk=world.workflow_policy).revisions.count() == revisions


def test_bulk_delete_permission_does_not_reach_live_policies(world, db, client):
    """Wagtail lets a group with "bulk delete" delete a whole section; a
    section holding live policies stays for their approvers."""
    GroupPagePermission.objects.create(
        group=Group.objects.get(name=EDITOR),
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="bulk_delete_page"
        ),
    )
    client = logged_in(client, world, EDITOR)
    policies, tips = (section_of(world, kind) for kind in ("policy", "tip"))
    client.post(reverse("wagtailadmin_pages:delete", args=[policies]))
    client.post(reverse("wagtailadmin_pages:delete", args=[tips]))
    assert Page.objects.filter(pk=policies).exists()
    assert not Page.objects.filter(pk=tips).exists()


def test_copying_a_section_of_live_policies_is_refused_on_the_form(world, db, client):
    client = logged_in(client, world, EDITOR)
    northside = world.destinations["section"]
    for kind in ("policy", "tip"):
        response = client.post(
            reverse("wagtailadmin_pages:copy", args=[section_of(world, kind)]),
            {
                "new_title": "Copy",
                "new_slug": f"copy-{kind}",
                "new_parent_page": northside,
                "copy_subpages": "on",
            },
        )
        copied = Page.objects.filter(slug=f"copy-{kind}").exists()
        assert copied == (kind == "tip"), kind
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[section_of(world, "policy")]),
        {
            "new_title": "Copy",
            "new_slug": "copy-again",
            "new_parent_page": northside,
            "copy_subpages": "on",
        },
    )
    errors = response.context["form"].errors
    assert "may only be copied by a policy approver" in str(errors["copy_subpages"])


def test_a_draft_source_cannot_take_its_live_translation_with_it(world, db, client):
    """The admin deletes a page's translations with it."""
    policy = factories.PolicyPageFactory(
        parent=Page.objects.get(pk=section_of(world, "policy")), live=False
    )
    spanish = policy.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish.save_revision().publish()
    client = logged_in(client, world, EDITOR)
    client.post(reverse("wagtailadmin_pages:delete", args=[policy.pk]))
    assert Page.objects.filter(pk=policy.pk).exists()
    logged_in(client, world, APPROVER).post(
        reverse("wagtailadmin_pages:delete", args=[policy.pk])
    )
    assert not Page.objects.filter(pk=spanish.pk).exists()


# Publishing from code: the publisher is the given user, or the revision's author.


def test_a_revision_by_a_non_approver_is_not_published_from_code(world, db):
    policy = world.page("policy")
    published = policy.versions.count()
    for role in (EDITOR, ES):
        revision = policy.save_revision(user=user(world, role))
        with pytest.raises(PublishPagePermissionError, match="a policy approver"):
            revision.publish()
    spanish = world.page("policy", "es")
    with pytest.raises(PublishPagePermissionError):
        spanish.save_revision(user=user(world, ES)).publish()
    assert policy.versions.count() == published
    revision.publish(user=user(world, APPROVER))
    assert world.page("policy").live_revision_id == revision.pk
    tip = world.page("tip")
    tip.save_revision(user=user(world, EDITOR)).publish()  # no rule for tips


def test_an_approved_scheduled_publish_goes_live_when_due(world, db):
    policy = world.page("policy")
    policy.go_live_at = timezone.now() + timedelta(days=1)
    policy.change_note = "In force from tomorrow."
    revision = policy.save_revision(user=user(world, EDITOR))
    revision.publish(user=user(world, APPROVER))
    assert world.page("policy").live_revision_id != revision.pk
    # A day later:
    due = timezone.now() - timedelta(minutes=1)
    revision.refresh_from_db()
    revision.content["go_live_at"] = due.isoformat()
    revision.approved_go_live_at = due
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    assert world.page("policy").live_revision_id == revision.pk


def test_a_listing_asks_nothing_more_of_a_live_policy(
    world, db, django_assert_num_queries
):
    """The explorer asks each row's permissions; a live page is refused from
    what is in memory."""
    editor = user(world, EDITOR)
    policy = world.page("policy")
    policy.permissions_for_user(editor).can_publish()  # the user's groups, once
    with django_assert_num_queries(0):
        tester = policy.permissions_for_user(editor)
        assert not tester.can_delete()
        assert not tester.can_move()
        assert not tester.can_publish()
