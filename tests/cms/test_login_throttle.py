"""Admin sign-in is throttled per account and per client address (django-axes).

Every attempt is a POST to Wagtail's own login view, as an editor's browser
sends it; the address is the one cms.client_address reads.
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from cms.roles import EDITORS, ensure_editors_group

PASSWORD = "correct horse battery staple"
HOME = "198.51.100.10"  # the editor's own address
ATTACKER = "203.0.113.66"
LIMIT = 10  # AXES_FAILURE_LIMIT


@pytest.fixture
def editor(db):
    ensure_editors_group()
    user = User.objects.create_user("dana", "dana@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def sign_in(client, username, password, **request):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": "/admin/"},
        **request,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_thirty_wrong_passwords_then_the_right_one_does_not_sign_in(client, editor):
    for _attempt in range(30):
        sign_in(client, "dana", "guess", REMOTE_ADDR=ATTACKER)

    response = sign_in(client, "dana", PASSWORD, REMOTE_ADDR=ATTACKER)

    assert response.status_code == 429
    assert not signed_in(client)
    assert b"Sign-in paused" in response.content
    assert b"Try again in 30 minutes" in response.content
    assert client.get("/admin/").status_code == 302  # still to the login page


def test_a_few_typos_do_not_lock_an_editor_out(client, editor):
    for _attempt in range(LIMIT - 1):
        assert sign_in(client, "dana", "guess", REMOTE_ADDR=HOME).status_code == 200

    response = sign_in(client, "dana", PASSWORD, REMOTE_ADDR=HOME)

    assert response.status_code == 302
    assert signed_in(client)
    assert client.get("/admin/").status_code == 200


def test_an_account_is_locked_whatever_address_guesses_come_from(client, editor):
    for attempt in range(LIMIT):
        sign_in(client, "dana", "guess", REMOTE_ADDR=f"203.0.113.{attempt + 1}")

    response = sign_in(client, "dana", PASSWORD, REMOTE_ADDR=HOME)

    assert response.status_code == 429
    assert not signed_in(client)


def test_an_address_is_locked_whatever_accounts_it_guesses(client, editor):
    for attempt in range(LIMIT):
        sign_in(client, f"officer{attempt}", "guess", REMOTE_ADDR=ATTACKER)

    assert sign_in(client, "dana", PASSWORD, REMOTE_ADDR=ATTACKER).status_code == 429
    assert not signed_in(client)
    # The editor at home is not the address that guessed.
    assert sign_in(client, "dana", PASSWORD, REMOTE_ADDR=HOME).status_code == 302
    assert signed_in(client)


def test_behind_a_proxy_the_throttle_reads_the_client_not_the_proxy(
    client, editor, settings
):
    settings.CMS_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for attempt in range(LIMIT):
        # A new spoofed leftmost entry each time does not make a new client.
        forwarded = f"192.0.2.{attempt + 1}, {ATTACKER}"
        sign_in(
            client,
            f"officer{attempt}",
            "guess",
            HTTP_X_FORWARDED_FOR=forwarded,
            **proxy,
        )

    attacker = sign_in(client, "dana", PASSWORD, HTTP_X_FORWARDED_FOR=ATTACKER, **proxy)
    editor_at_home = sign_in(
        client, "dana", PASSWORD, HTTP_X_FORWARDED_FOR=HOME, **proxy
    )

    assert (attacker.status_code, editor_at_home.status_code) == (429, 302)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_the_lock_lifts_after_thirty_minutes(client, editor):
    for _attempt in range(LIMIT):
        sign_in(client, "dana", "guess", REMOTE_ADDR=ATTACKER)
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(minutes=30, seconds=1)
    )

    assert sign_in(client, "dana", PASSWORD, REMOTE_ADDR=HOME).status_code == 302
    assert signed_in(client)
