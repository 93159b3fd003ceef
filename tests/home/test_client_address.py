"""The client address behind proxies (issue 15): X-Forwarded-For is believed only as far as
the trusted proxies vouch for it, and the public forms' limits count visitors, not the proxy."""

import logging

import pytest

from django.test import RequestFactory

from home.client_address import client_address
from tests.form_cases import LOST_LINK, send, shown_long_ago

PROXY = "127.0.0.1"


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture
def behind_nginx(settings):
    settings.TRUSTED_PROXIES = [PROXY, "::1"]


def test_without_trusted_proxies_the_header_changes_nothing(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"
    assert client_address(request(PROXY, "198.51.100.1")) == PROXY


def test_behind_the_proxy_the_visitor_is_the_address_it_appended(behind_nginx):
    assert client_address(request(PROXY, "198.51.100.7")) == "198.51.100.7"
    assert client_address(request("::1", "2001:db8::9")) == "2001:db8::9"


def test_a_spoofed_entry_before_the_proxys_own_is_ignored(behind_nginx):
    # The visitor sent "X-Forwarded-For: 10.9.9.9"; nginx appended the address it saw.
    assert client_address(request(PROXY, "10.9.9.9, 198.51.100.7")) == "198.51.100.7"


def test_a_request_that_bypassed_the_proxy_keeps_its_own_address(behind_nginx):
    assert client_address(request("198.51.100.7", "10.9.9.9")) == "198.51.100.7"


def test_a_chain_of_trusted_proxies_is_walked(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]  # a load balancer, then nginx on each host
    forwarded = "192.0.2.1, 198.51.100.7, 10.0.0.2"
    assert client_address(request("10.0.0.5", forwarded)) == "198.51.100.7"


@pytest.mark.parametrize("header", ["", "   ", "not-an-address", "198.51.100.7, <script>"])
def test_a_missing_or_malformed_header_falls_back_to_the_last_trusted_hop(
    behind_nginx, header, caplog
):
    with caplog.at_level(logging.WARNING, logger="home.client_address"):
        assert client_address(request(PROXY, header)) == PROXY
    assert bool(caplog.records) == bool(header.strip())


@pytest.mark.django_db
def test_two_visitors_behind_one_proxy_are_counted_apart(client, home_page, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    settings.FORM_MIN_FILL_SECONDS = 5
    settings.FORM_RATE_LIMITS = {"lost-link-address": (1, 3600), "lost-link-email": (100, 3600)}
    url = LOST_LINK.url(home_page)
    data = LOST_LINK.typed()

    def send_from(visitor):
        return send(
            client,
            LOST_LINK,
            url,
            data,
            shown_long_ago(),
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=visitor,
        )

    assert send_from("198.51.100.1").status_code == 302
    assert send_from("198.51.100.2").status_code == 302  # another visitor, same proxy
    assert send_from("198.51.100.1").status_code == 429  # the first one again


@pytest.mark.django_db
def test_a_spoofed_header_without_a_trusted_proxy_does_not_dodge_the_limit(
    client, home_page, settings
):
    settings.TRUSTED_PROXIES = []
    settings.FORM_MIN_FILL_SECONDS = 5
    settings.FORM_RATE_LIMITS = {"lost-link-address": (1, 3600), "lost-link-email": (100, 3600)}
    url = LOST_LINK.url(home_page)
    data = LOST_LINK.typed()
    first = send(client, LOST_LINK, url, data, shown_long_ago(), HTTP_X_FORWARDED_FOR="192.0.2.1")
    again = send(client, LOST_LINK, url, data, shown_long_ago(), HTTP_X_FORWARDED_FOR="192.0.2.2")
    assert (first.status_code, again.status_code) == (302, 429)
