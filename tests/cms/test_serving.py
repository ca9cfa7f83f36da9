"""An app process made ready to serve (cms/serving.py), as each gunicorn worker
is before its first request (tests/cms/test_deploy_serve.py starts real ones)."""

import gc

import pytest
from django.urls import get_resolver

from cms.serving import ready_to_serve


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_urlconf_is_loaded_and_start_up_set_aside(unfrozen):
    frozen = ready_to_serve()

    assert frozen == gc.get_freeze_count() > 0
    # Loaded, not waiting for the first request: the API is mounted.
    assert "url_patterns" in vars(get_resolver())
    assert any(str(p.pattern) == "api/v1/" for p in get_resolver().url_patterns)


def test_a_broken_urlconf_stops_the_worker_before_it_serves(unfrozen, settings):
    settings.ROOT_URLCONF = "cms.no_such_urls"

    with pytest.raises(ModuleNotFoundError, match="cms.no_such_urls"):
        ready_to_serve()

    assert gc.get_freeze_count() == 0
