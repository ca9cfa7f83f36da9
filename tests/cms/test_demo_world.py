"""The demo is loaded once per worker; each module works on a copy of its own
(tests/demo_world.py), so what one module writes never reaches another."""

import pytest
from django.db import connections
from wagtail.models import Page

from tests.demo_world import demo_copy


@pytest.mark.django_db
def test_a_copy_holds_the_demo_and_keeps_its_writes_to_itself(
    demo_template, django_db_blocker
):
    with django_db_blocker.unblock():
        with demo_copy(demo_template):
            home = Page.objects.get(depth=2, locale__language_code="en")
            pages = Page.objects.count()
            assert pages > 80
            copy = connections["default"].settings_dict["NAME"]
            home.title = "Written by one module"
            home.save(update_fields=["title"])
        with demo_copy(demo_template):
            # Another copy: the demo as loaded, not the first copy's write.
            assert connections["default"].settings_dict["NAME"] != copy
            assert Page.objects.count() == pages
            assert Page.objects.get(pk=home.pk).title != "Written by one module"
        # Back on the worker's test database, which never held the demo.
        assert connections["default"].settings_dict["NAME"] != copy
        assert not Page.objects.filter(pk=home.pk, title=home.title).exists()
