"""The agency's Editors group: edit pages and content snippets, publish nothing
that needs approval (policies go through the Policy approval workflow)."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

EDITORS = "Editors"
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def ensure_editors_group():
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=root,
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    collection = Collection.get_first_root_node()
    for codename in (
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ):
        permission = Permission.objects.filter(codename=codename).first()
        if permission:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    return group
