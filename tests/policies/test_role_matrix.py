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
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import TestCase, override_settings

from tests.policies.role_world import (
    ACTIONS,
    APPROVER,
    EDITOR,
    NO_GROUP,
    ROLES,
    TRANSLATORS,
    build_world,
    public_state,
    publish_marks,
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
