"""The agency the role matrix acts on, and each way to change a page's state.

``build_world`` makes it once per module, the way an agency has it: two sites
(each with a policy index and a tip index), roles from ``setup_agency``,
locale trees synced into every language, a policy and a tip translated into
Spanish with wagtail-localize (Vietnamese stays a synced copy), a second
policy waiting in the approval workflow, and one user per role.

Each ``Action`` does what a user does in the admin, with the test client of a
user in one role, and says afterwards whether it took effect. Public state is
read from the database, as the API and the site read it.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction, Site, WorkflowState
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
)

from plugins.translation.po import export_po
from tests import factories
from tests.helpers import run_on_commit, translate_strings
from tests.policies.form_data import policy_form
from tests.tips.form_data import tip_form

EDITOR = "Editors"
APPROVER = "Policy approvers"
TRANSLATORS = {
    "es": "Translators (Spanish)",
    "vi": "Translators (Vietnamese)",
    "zh-hans": "Translators (Simplified Chinese)",
    "ar": "Translators (Arabic)",
}
NO_GROUP = "no group"
ROLES = [EDITOR, APPROVER, *TRANSLATORS.values(), NO_GROUP]

POLICY_TITLE = "License-plate readers"
TIP_TITLE = "Lock it, hide it, keep it"
UNAPPROVED_TEXT = "Texto sin aprobar"
DUMMY_MACHINE = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def publish(page, user=None):
    page = page.specific
    run_on_commit(page.save_revision(user=user).publish, user=user)
    page.refresh_from_db()
    return page


def translate(page, locale):
    """Translate ``page`` with wagtail-localize and publish it, leaving its
    summary in the source language."""
    return translate_strings(page, locale, untranslated=("summary",))


@dataclass
class World:
    """Primary keys of what the actions touch; objects are read afresh."""

    pages: dict
    translations: dict
    workflow_policy: int
    destinations: dict
    users: dict

    def page(self, kind, language="en"):
        return Page.objects.get(pk=self.pages[kind, language]).specific

    def translation(self, kind):
        return Translation.objects.get(pk=self.translations[kind])


def build_world():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    # Wagtail's welcome page, as the demo loader removes it.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    sites = {}
    for name, hostname in (("home", "localhost"), ("eastside", "eastside.localhost")):
        home = factories.HomePageFactory(parent=root, slug=name, title=name.title())
        Site.objects.create(
            hostname=hostname, port=80, root_page=home, is_default_site=name == "home"
        )
        sites[name] = {
            "policies": publish(factories.PolicyIndexPageFactory(parent=home)),
            "tips": publish(factories.TipIndexPageFactory(parent=home)),
        }
        publish(home)
    # A station without sections yet, where a section can move.
    publish(factories.HomePageFactory(parent=root, slug="northside", title="North"))
    policies, tips = sites["home"]["policies"], sites["home"]["tips"]

    policy = factories.PolicyPageFactory(
        parent=policies,
        title="Plate readers (first version)",
        slug="license-plate-readers",
        policy_number="462",
    )
    publish(policy)
    policy.title = POLICY_TITLE
    policy.change_note = "Renamed."
    policy = publish(policy)
    tip = factories.TipPageFactory(
        parent=tips, title="Lock up (first version)", slug="lock-it-hide-it-keep-it"
    )
    publish(tip)
    tip.title = TIP_TITLE
    tip = publish(tip)
    workflow_policy = publish(
        factories.PolicyPageFactory(parent=policies, title="Drones", slug="drones")
    )

    call_command("setup_agency", stdout=io.StringIO())
    users = {}
    for role in ROLES:
        user = get_user_model().objects.create_user(
            username=role.lower().replace(" ", "-"), password="unused"
        )
        if role != NO_GROUP:
            user.groups.add(Group.objects.get(name=role))
        users[role] = user.pk

    translations = {
        "policy": translate(policy, locales["es"]).pk,
        "tip": translate(tip, locales["es"]).pk,
    }
    pages = {}
    for kind, page in (("policy", policy), ("tip", tip)):
        for code in ("en", "es", "vi"):
            pages[kind, code] = page.get_translation(locales[code]).pk
        assert page.get_translation(locales["vi"]).alias_of_id == page.pk

    # An editor's change to the second policy waits for a policy approver.
    editor = get_user_model().objects.get(pk=users[EDITOR])
    workflow_policy.change_note = "Flights at night allowed."
    workflow_policy.save_revision(user=editor)
    policies.get_workflow().start(workflow_policy, editor)

    return World(
        pages=pages,
        translations=translations,
        workflow_policy=workflow_policy.pk,
        destinations={
            "policy": sites["eastside"]["policies"].pk,
            "tip": sites["eastside"]["tips"].pk,
            "section": Page.objects.get(slug="northside", depth=2).pk,
        },
        users=users,
    )


# What the public sees --------------------------------------------------------


def public_state(world, kind):
    """What the public sees of the page in each language, and how many live
    pages there are (a published copy is one more)."""
    state = [
        Page.objects.filter(pk=world.pages[kind, code])
        .values_list("live", "live_revision_id", "title", "url_path")
        .first()
        for code in ("en", "es", "vi")
    ]
    return [*state, Page.objects.filter(live=True).count()]


def publish_marks(world):
    """Each page's live revision and last publish, keyed by (kind, language)."""
    return {
        key: Page.objects.filter(pk=pk)
        .values_list("live_revision_id", "last_published_at")
        .first()
        for key, pk in world.pages.items()
    }


# The requests ------------------------------------------------------------------

PUBLISH = {"action-publish": "1"}
PRIVATE = {"restriction_type": "password", "password": "hidden123"}
CANCEL_WORKFLOW = {"action-cancel-workflow": "1"}


def admin(name, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=args)


def bulk(action, page_id):
    return f"/admin/bulk/wagtailcore/page/{action}/?id={page_id}&next=/admin/"


def edit_form(world, kind, page_id=None, **fields):
    """The edit form of a page as the browser posts it."""
    page = Page.objects.get(pk=page_id or world.pages[kind, "en"]).specific
    if kind == "tip":
        return tip_form(title=page.title, slug=page.slug) | fields
    return (
        policy_form(
            title=page.title,
            slug=page.slug,
            policy_number=page.policy_number,
            change_note="Searches need a case number.",
        )
        | fields
    )


def first_revision(world, kind):
    return world.page(kind).revisions.order_by("created_at", "pk").first()


def section_of(world, kind):
    return Page.objects.get(pk=world.pages[kind, "en"]).get_parent().pk


def publish_in_editor(client, world, kind):
    page = world.pages[kind, "en"]
    yield client.post(admin("edit", page), edit_form(world, kind, **PUBLISH))


def unpublish(client, world, kind):
    yield client.post(admin("unpublish", world.pages[kind, "en"]))


def delete(client, world, kind):
    yield client.post(admin("delete", world.pages[kind, "en"]))


def move_to_other_site(client, world, kind):
    page, destination = world.pages[kind, "en"], world.destinations[kind]
    yield client.post(admin("move_confirm", page, destination))


def move_section(client, world, kind):
    section, destination = section_of(world, kind), world.destinations["section"]
    yield client.post(admin("move_confirm", section, destination))


def copy_and_publish(client, world, kind):
    yield client.post(
        admin("copy", world.pages[kind, "en"]),
        {
            "new_title": "Copy",
            "new_slug": "copy",
            "new_parent_page": section_of(world, kind),
            "publish_copies": "on",
        },
    )


def revert_and_publish(client, world, kind):
    revision = first_revision(world, kind)
    yield client.post(
        admin("revisions_revert", world.pages[kind, "en"], revision.pk),
        edit_form(world, kind, title=revision.content["title"], **PUBLISH),
    )


def approve(client, world, kind):
    state = WorkflowState.objects.get(
        object_id=str(world.workflow_policy), status="in_progress"
    )
    task_state = state.current_task_state_id
    yield client.post(
        admin("workflow_action", world.workflow_policy, "approve", task_state),
        {"comment": ""},
    )


def cancel_workflow(client, world, kind):
    yield client.post(
        admin("edit", world.workflow_policy),
        edit_form(world, kind, world.workflow_policy, **CANCEL_WORKFLOW),
    )


def bulk_action(name, **data):
    def do(client, world, kind):
        destination = {"chooser": world.destinations[kind]} if name == "move" else {}
        yield client.post(bulk(name, world.pages[kind, "en"]), data | destination)

    return do


def convert_alias(client, world, kind):
    yield client.post(admin("convert_alias", world.pages[kind, "vi"]))


def admin_api(page_id, name, **data):
    return f"/admin/api/main/pages/{page_id}/action/{name}/", data


def post_json(client, url, data):
    return client.post(url, data, content_type="application/json")


def convert_alias_by_api(client, world, kind):
    yield post_json(client, *admin_api(world.pages[kind, "vi"], "convert_alias"))


def alias_section_by_api(client, world, kind):
    """A synced copy of the page's section, with the pages below it, on
    another home page, through the admin API (whose action checks the copy
    of the section alone)."""
    yield post_json(
        client,
        *admin_api(
            section_of(world, kind),
            "create_alias",
            destination_page_id=world.destinations["section"],
            recursive=True,
        ),
    )


def revert_in_review_by_api(client, world, kind):
    """Revert the policy under review to its first revision, through the
    admin API (whose action asks only for permission to edit)."""
    first = Page.objects.get(pk=world.workflow_policy).revisions.order_by("pk")[0]
    yield post_json(
        client,
        *admin_api(
            world.workflow_policy, "revert_to_page_revision", revision_id=first.pk
        ),
    )


def make_private(client, world, kind):
    yield client.post(admin("set_privacy", world.pages[kind, "en"]), PRIVATE)


def make_section_private(client, world, kind):
    yield client.post(admin("set_privacy", section_of(world, kind)), PRIVATE)


def edit_title_string(client, world, kind):
    """Type a Spanish title into the translation editor (saved at once)."""
    translation = world.translation(kind)
    segment = StringSegment.objects.get(
        source=translation.source, context__path="title"
    )
    return client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        f"value={UNAPPROVED_TEXT}",
        content_type="application/x-www-form-urlencoded",
    )


def publish_in_translation_editor(client, world, kind):
    yield edit_title_string(client, world, kind)
    yield client.post(admin("edit", world.pages[kind, "es"]), {"action": "publish"})


def sync_and_publish(client, world, kind):
    yield edit_title_string(client, world, kind)
    source = world.translation(kind).source
    yield client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )


def start_translation(client, world, kind):
    vietnamese = Locale.objects.get(language_code="vi")
    yield client.post(
        reverse(
            "wagtail_localize:submit_page_translation", args=[world.pages[kind, "en"]]
        ),
        {"locales": [vietnamese.pk]},
    )


def convert_to_synced_copy(client, world, kind):
    page = world.pages[kind, "es"]
    yield client.post(reverse("wagtail_localize:convert_to_alias", args=[page]))


def machine_translate(client, world, kind):
    translation = world.translations[kind]
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_MACHINE):
        yield client.post(
            reverse("wagtail_localize:machine_translate", args=[translation])
            + "?next=/admin/"
        )


def import_po_file(client, world, kind):
    translation = world.translation(kind)
    po = export_po(translation)
    for entry in po:
        if entry.msgctxt == "title":
            entry.msgstr = UNAPPROVED_TEXT
    upload = SimpleUploadedFile("es.po", str(po).encode(), "text/x-gettext")
    yield client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk])
        + "?next=/admin/",
        {"file": upload},
    )


# What took effect ---------------------------------------------------------------


def published_again(world, kind, before):
    page = world.page(kind)
    marks = (page.live_revision_id, page.last_published_at)
    return page.live and marks != before[kind, "en"]


def not_live(world, kind, before):
    return not world.page(kind).live


def gone(world, kind, before):
    return not Page.objects.filter(pk=world.pages[kind, "en"]).exists()


def on_other_site(world, kind, before):
    page = Page.objects.get(pk=world.pages[kind, "en"])
    return page.get_parent().get_parent().slug == "eastside"


def section_moved(world, kind, before):
    page = Page.objects.get(pk=world.pages[kind, "en"])
    return page.get_parent().get_parent().slug == "northside"


def live_elsewhere(world, kind, before):
    """The page is live again below the other home page, as a synced copy."""
    elsewhere = Page.objects.get(pk=world.destinations["section"])
    return Page.objects.filter(
        alias_of_id=world.pages[kind, "en"], live=True, path__startswith=elsewhere.path
    ).exists()


def live_copy(world, kind, before):
    return Page.objects.filter(slug="copy", live=True).exists()


def reverted(world, kind, before):
    return world.page(kind).title.endswith("(first version)")


def workflow_status(world):
    return (
        WorkflowState.objects.filter(object_id=str(world.workflow_policy))
        .order_by("-pk")
        .values_list("status", flat=True)
        .first()
    )


def under_review_changed(world, kind, before):
    """The policy under review no longer shows the revision submitted."""
    state = WorkflowState.objects.get(
        object_id=str(world.workflow_policy), status="in_progress"
    )
    page = Page.objects.get(pk=world.workflow_policy)
    return page.latest_revision_id != state.current_task_state.revision_id


def restricted(world, kind, before):
    return PageViewRestriction.objects.filter(page_id=world.pages[kind, "en"]).exists()


def section_restricted(world, kind, before):
    return PageViewRestriction.objects.filter(page_id=section_of(world, kind)).exists()


def approved(world, kind, before):
    return workflow_status(world) == "approved"


def cancelled(world, kind, before):
    return workflow_status(world) == "cancelled"


def own_page(world, kind, before):
    return world.page(kind, "vi").alias_of_id is None


def spanish_title_unapproved(world, kind, before):
    return world.page(kind, "es").title == UNAPPROVED_TEXT


def translation_started(world, kind, before):
    return Translation.objects.filter(
        source__object_id=world.page(kind).translation_key,
        target_locale__language_code="vi",
    ).exists()


def synced_copy(world, kind, before):
    return world.page(kind, "es").alias_of_id is not None


def spanish_text(world, kind, **filters):
    return StringTranslation.objects.filter(
        locale__language_code="es",
        context__object_id=world.page(kind).translation_key,
        **filters,
    ).exists()


def machine_translated(world, kind, before):
    machine = StringTranslation.TRANSLATION_TYPE_MACHINE
    return spanish_text(world, kind, translation_type=machine)


def po_text_stored(world, kind, before):
    return spanish_text(world, kind, data=UNAPPROVED_TEXT)


@dataclass
class Action:
    """One way to change a page's state, as a user does it in the admin."""

    name: str
    # do(client, world, kind): yields each response, in order.
    do: Callable
    # took_effect(world, kind, before): whether it did what it does.
    took_effect: Callable
    # Page kinds it applies to (tips have no approval workflow).
    kinds: tuple = ("policy", "tip")
    # Text only: done or not, the public state stays as it was.
    keeps_public_state: bool = False


ACTIONS = [
    Action("publish", publish_in_editor, published_again),
    Action("unpublish", unpublish, not_live),
    Action("delete", delete, gone),
    Action("move to the other site", move_to_other_site, on_other_site),
    Action("move its section", move_section, section_moved),
    Action("copy, publishing the copy", copy_and_publish, live_copy),
    Action("revert to the first version", revert_and_publish, reverted),
    Action("workflow: approve", approve, approved, kinds=("policy",)),
    Action(
        "workflow: cancel",
        cancel_workflow,
        cancelled,
        kinds=("policy",),
        keeps_public_state=True,
    ),
    Action("bulk publish", bulk_action("publish"), published_again),
    Action("bulk unpublish", bulk_action("unpublish"), not_live),
    Action("bulk delete", bulk_action("delete"), gone),
    Action("bulk move", bulk_action("move"), on_other_site),
    Action("convert synced copy", convert_alias, own_page),
    Action("admin API: convert synced copy", convert_alias_by_api, own_page),
    Action(
        "admin API: synced copy of its section", alias_section_by_api, live_elsewhere
    ),
    Action(
        "admin API: revert while in review",
        revert_in_review_by_api,
        under_review_changed,
        kinds=("policy",),
        keeps_public_state=True,
    ),
    Action("make private", make_private, restricted),
    Action("make its section private", make_section_private, section_restricted),
    Action(
        "localize: publish translation",
        publish_in_translation_editor,
        spanish_title_unapproved,
    ),
    Action("localize: sync, publish", sync_and_publish, spanish_title_unapproved),
    Action(
        "localize: start translation",
        start_translation,
        translation_started,
        keeps_public_state=True,
    ),
    Action("localize: back to synced", convert_to_synced_copy, synced_copy),
    Action(
        "localize: machine translate",
        machine_translate,
        machine_translated,
        keeps_public_state=True,
    ),
    Action(
        "localize: import PO file",
        import_po_file,
        po_text_stored,
        keeps_public_state=True,
    ),
]
