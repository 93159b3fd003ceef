"""The visitor's address as far as the trusted proxies vouch for it (TRUSTED_PROXIES).

Behind nginx or a load balancer every request arrives from the proxy, so REMOTE_ADDR is the
same for the whole town; the proxy appends the address it saw to X-Forwarded-For. That
header is also something any visitor can send, so it is read only from the right, one hop
at a time, and only while the hop it came from is a trusted proxy: the first address that is
not a trusted proxy is the client. With no trusted proxies configured the header is never
read. A header that cannot be parsed is not guessed at: the last trustworthy hop is used and
the problem logged once per request.
"""

import ipaddress
import logging
from functools import cache

from django.conf import settings

logger = logging.getLogger(__name__)


@cache
def _networks(configured):
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in configured)


def trusted_networks():
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _is_trusted(address, networks):
    return any(address in network for network in networks)


def client_address(request):
    """The client's IP address as a string ("" when there is none to be had)."""
    remote = request.META.get("REMOTE_ADDR", "")
    networks = trusted_networks()
    current = _parse(remote)
    if not networks or current is None or not _is_trusted(current, networks):
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop for hop in header.split(",") if hop.strip()]
    # From the nearest hop outwards: each trusted proxy vouches for the one before it.
    while hops and _is_trusted(current, networks):
        previous = _parse(hops.pop())
        if previous is None:
            logger.warning(
                "X-Forwarded-For from %s holds an address that cannot be read: %.100r",
                current,
                header,
            )
            return str(current)
        current = previous
    return str(current)
