"""The scale builder's refusals; what it builds is tested over the loaded demo
in tests/cms/test_demo_loader.py (test_extra_pages)."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page


def build_scale(*args):
    call_command("build_scale", *args, stdout=io.StringIO())


def test_a_negative_count_is_refused(db):
    with pytest.raises(CommandError, match="N must be 0 or more"):
        build_scale("-1")


def test_it_refuses_to_build_without_the_demo(db):
    before = Page.objects.count()
    with pytest.raises(CommandError, match="run 'manage.py load_demo'"):
        build_scale("5")
    assert Page.objects.count() == before
