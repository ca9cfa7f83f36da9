"""In a real browser, the plain-language panel follows what the editor types,
before anything is published. Needs Debian's chromium (/usr/bin/chromium) and
pip's playwright; skipped, saying so, without them."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from cms.roles import EDITORS, ensure_editors_group
from tests import factories
from tests.browser.chromium import launch, requires_chromium, sync_playwright

pytestmark = requires_chromium
GRADE = "[data-side-panel='plain_language'] [data-plain-language-grade]"
HARD_SENTENCE = (
    " Notwithstanding the foregoing, automated license-plate recognition "
    "information is disseminated exclusively to governmental organizations "
    "demonstrating authorization under applicable legislation."
)


@pytest.fixture
def editing(migration_rows, live_server, section_indexes):
    """An editor signed in, and an easy policy to edit, on a live server."""
    ensure_editors_group()
    editor = User.objects.create_user("dana", "dana@example.org", "x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Cameras",
        summary="We film each stop.",
        body=[factories.section("1", "When", "We keep the film for a year.")],
    )
    client = Client()
    client.force_login(editor)
    return policy, client.cookies["sessionid"].value


def test_the_panel_follows_the_unsaved_text(editing, live_server):
    policy, session = editing
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            context = browser.new_context()
            context.add_cookies(
                [{"name": "sessionid", "value": session, "url": live_server.url}]
            )
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{live_server.url}/admin/pages/{policy.pk}/edit/")
            page.click("[data-side-panel-toggle='plain_language']")
            # The panel opens with a transition: its text reads as empty
            # until it is shown.
            page.locator(GRADE).wait_for(state="visible")
            page.wait_for_function(
                "selector => /\\d$/.test("
                "document.querySelector(selector).innerText.trim())",
                arg=GRADE,
            )
            before = page.inner_text(GRADE)
            page.fill("textarea[name='summary']", "We film each stop." + HARD_SENTENCE)
            page.wait_for_function(
                "([selector, before]) => "
                "document.querySelector(selector).innerText !== before",
                arg=[GRADE, before],
                timeout=15000,
            )
            after = page.inner_text(GRADE)
            warning = page.inner_text("[data-side-panel='plain_language']")
        finally:
            browser.close()

    assert errors == []
    assert float(before.split()[-1]) <= 8 < float(after.split()[-1])
    assert "Above the target" in warning
