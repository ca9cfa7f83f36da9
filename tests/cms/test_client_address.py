"""CMS_TRUSTED_PROXY_COUNT: which address is the client, behind how many proxies."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from cms.client_address import (
    REMOVED_SETTING,
    check_client_address_settings,
    client_address,
)
from tests.cms.test_settings import settings_with

PEER = "10.0.0.9"  # REMOTE_ADDR: the nearest proxy, or the client itself

# proxies trusted, X-Forwarded-For as received, the client it names
CASES = [
    (0, None, PEER),
    (0, "198.51.100.1", PEER),  # no proxy: the header is the client's own words
    (1, "198.51.100.1", "198.51.100.1"),
    (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # spoofed leftmost ignored
    (2, "6.6.6.6, 198.51.100.1, 10.0.0.1", "198.51.100.1"),
    (3, "6.6.6.6, 198.51.100.1, 10.0.0.2, 10.0.0.1", "198.51.100.1"),
    (2, "198.51.100.1", "198.51.100.1"),  # fewer hops than proxies: leftmost
    (3, "198.51.100.1, 10.0.0.1", "198.51.100.1"),
    (2, None, PEER),  # no header at all: whoever connected
    (2, " , 198.51.100.1 ,, 10.0.0.1 ", "198.51.100.1"),  # blanks are no hop
    (1, "198.51.100.1:51234", "198.51.100.1"),  # a port is dropped
    (1, "[2001:DB8::1]:443", "2001:db8::1"),
    (1, "2001:db8:0:0::7", "2001:db8::7"),
    (1, "unknown", None),  # never a string the client chose
    (2, "<script>, 10.0.0.1", None),
]


def request_with(forwarded_for, remote_addr=PEER):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


@pytest.mark.parametrize(("proxies", "forwarded_for", "client"), CASES)
def test_the_client_is_the_entry_as_many_hops_from_the_right_as_proxies(
    settings, proxies, forwarded_for, client
):
    settings.CMS_TRUSTED_PROXY_COUNT = proxies
    assert client_address(request_with(forwarded_for)) == client


def test_no_address_at_all_is_none(settings):
    settings.CMS_TRUSTED_PROXY_COUNT = 0
    assert client_address(request_with(None, remote_addr="")) is None


@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_a_bad_proxy_count_stops_the_settings_with_its_name(monkeypatch, value):
    with pytest.raises(ImproperlyConfigured, match="CMS_TRUSTED_PROXY_COUNT"):
        settings_with(monkeypatch, CMS_TRUSTED_PROXY_COUNT=value)


def test_no_proxy_is_trusted_by_default(monkeypatch):
    assert settings_with(monkeypatch)["CMS_TRUSTED_PROXY_COUNT"] == 0


def test_the_proxy_count_comes_from_the_environment(monkeypatch):
    configured = settings_with(monkeypatch, CMS_TRUSTED_PROXY_COUNT=" 2 ")
    assert configured["CMS_TRUSTED_PROXY_COUNT"] == 2


def test_the_removed_leftmost_trust_setting_fails_loudly(monkeypatch):
    """An agency that set it must not silently lose its client addresses."""
    with pytest.raises(ImproperlyConfigured, match="CMS_TRUSTED_PROXY_COUNT"):
        settings_with(monkeypatch, **{REMOVED_SETTING: "true"})


def test_checks_name_the_removed_setting_and_a_bad_count(settings):
    assert check_client_address_settings() == []

    setattr(settings, REMOVED_SETTING, True)
    settings.CMS_TRUSTED_PROXY_COUNT = -1

    assert [error.id for error in check_client_address_settings()] == [
        "cms.E001",
        "cms.E002",
    ]
