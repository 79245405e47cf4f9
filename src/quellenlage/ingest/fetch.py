"""Fetching pages and feeds by URL (httpx), politely and safely.

Every request names itself (``USER_AGENT``), asks robots.txt first, has a timeout, reads no more than
the size limit and follows a bounded number of redirects, each checked again. A host that resolves to a
private, loopback or link-local address is refused unless ``allow_private`` is set, so that a server that
ingests URLs for others cannot be turned against the network it runs in.

The transport is injectable (``httpx.MockTransport`` in tests) and so is name resolution; nothing here
needs the network to be tested.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from quellenlage.errors import InputError

__all__ = ["USER_AGENT", "Fetched", "Fetcher", "is_url"]

USER_AGENT = f"Quellenlage/{version('quellenlage')} (news provenance research; honours robots.txt)"
#: robots.txt is read up to this size; the rest is ignored, as RFC 9309 allows.
ROBOTS_BYTES = 500_000

Resolver = Callable[[str], list[str]]
#: The rules of a host whose robots.txt cannot be read (a server error, no answer): nothing is allowed.
_NOTHING_ALLOWED = Protego.parse("User-agent: *\nDisallow: /\n")
#: The token robots.txt groups name us by (``User-agent: Quellenlage``).
PRODUCT = "Quellenlage"


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _resolve(host: str) -> list[str]:
    """Every address ``host`` resolves to, IPv4 first (a machine without IPv6 can reach those)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos}, key=lambda a: (":" in a, a))


#: IPv6 prefixes that carry an IPv4 address in their last 32 bits: NAT64 (RFC 6052, 8215) and the
#: deprecated IPv4-compatible form.
_EMBEDDING = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def _private(address: str) -> bool:
    """Whether an address is on no public network, looking through the IPv6 forms that embed an IPv4
    address (mapped, 6to4, NAT64, IPv4-compatible)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and (any(ip in net for net in _EMBEDDING) or int(ip) >> 32 == 0):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and _private(str(embedded)):
            return True
    return not ip.is_global or ip.is_multicast


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the address that answered, after redirects
    content: bytes
    content_type: str
    fetched: datetime


@dataclass(slots=True)
class Fetcher:
    """Fetches URLs one at a time; robots.txt is read once per host and kept."""

    max_bytes: int = 5_000_000
    allow_private: bool = False
    timeout: float = 20.0
    max_redirects: int = 5
    transport: httpx.BaseTransport | None = None
    resolve: Resolver = _resolve
    user_agent: str = USER_AGENT
    _robots: dict[str, Protego | None] = field(default_factory=dict)
    _client: httpx.Client | None = None

    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=self.transport,
                timeout=self.timeout,
                follow_redirects=False,  # each hop is checked here
                headers={"User-Agent": self.user_agent},
                trust_env=False,
                # no connection is kept: connections are made to checked addresses, and a kept one could
                # serve another name on the same address without its certificate being checked for it
                limits=httpx.Limits(max_keepalive_connections=0),
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(self, url: str) -> Fetched:
        """The page at ``url``. Raises InputError E121 (not an http(s) URL), E122 (private address),
        E123 (robots.txt forbids), E124 (too many redirects), E125 (HTTP error), E105 (too large) or
        E126 (network failure, timeout)."""
        final, status, headers, body = self._follow(url)
        if status >= 300:  # an error, or a redirect without a Location
            raise InputError("E125", url=final, status=status)
        return Fetched(
            url=final,
            content=body,
            content_type=headers.get("content-type", "").lower(),
            fetched=datetime.now(UTC).replace(microsecond=0),
        )

    def _follow(
        self, url: str, pin: str | None = None, robots: bool = True
    ) -> tuple[str, int, httpx.Headers, bytes]:
        """GET ``url``, following at most ``max_redirects`` redirects, each hop checked and (with
        ``robots``) allowed by its host's robots.txt; ``pin`` is the first hop's checked address. The
        last answer: its URL, status, headers and body. Raises E124 for too many redirects."""
        current = url
        for hop in range(self.max_redirects + 1):
            if hop or pin is None:
                pin = self._check(current)
            if robots:
                self._allowed(current, pin)
            status, headers, body = self._send(current, pin)
            if not (300 <= status < 400 and "location" in headers):
                return current, status, headers, body
            current = urljoin(current, headers["location"])
        raise InputError("E124", url=url, limit=self.max_redirects)

    def _check(self, url: str) -> str | None:
        """Refuse URLs that are not http(s) and hosts on private networks. Returns the checked address
        that the request must connect to (None with ``allow_private``): were the name resolved again
        when connecting, a hostile name server could answer with a private address the second time
        (DNS rebinding)."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
            _ = parts.port  # "bote.example:80a" raises here, not later inside httpx
            httpx.URL(url)
        except (ValueError, httpx.InvalidURL, UnicodeError) as err:  # UnicodeError: IDNA ("xn--")
            raise InputError("E121", url=url, detail=str(err)) from err
        if parts.scheme not in ("http", "https") or not host:
            raise InputError("E121", url=url, detail="not an http:// or https:// URL with a host")
        if self.allow_private:
            return None
        try:
            addresses = [host] if _is_address(host) else self.resolve(host)
        except (OSError, UnicodeError) as err:
            raise InputError("E126", url=url, detail=f"the name {host} does not resolve ({err})") from err
        for address in addresses:
            if _private(address):
                raise InputError("E122", url=url, address=address)
        if not addresses:
            raise InputError("E126", url=url, detail=f"the name {host} resolves to no address")
        return addresses[0]

    def _request(self, url: str, pin: str | None) -> httpx.Request:
        """A GET of ``url``, sent to the address ``pin`` when given: the URL's host is replaced by the
        address, the Host header keeps the name, and TLS checks the certificate for the name (SNI)."""
        if pin is None:
            return self.client().build_request("GET", url)
        target = httpx.URL(url)
        return self.client().build_request(
            "GET",
            target.copy_with(host=pin),
            headers={"Host": target.netloc.decode("ascii")},
            # the ASCII (IDNA 2008) form: Python's ssl would encode "straße.de" as IDNA 2003, "strasse.de"
            extensions={"sni_hostname": target.raw_host.decode("ascii")} if target.scheme == "https" else {},
        )

    def _send(self, url: str, pin: str | None = None) -> tuple[int, httpx.Headers, bytes]:
        """One GET: its status, headers and body, the body read only up to ``max_bytes``."""
        try:
            response = self.client().send(self._request(url, pin), stream=True)
            with closing(response):
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputError("E105", path=url, size=int(declared), limit=self.max_bytes)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise InputError(
                            "E105", path=url, size=f"more than {len(body)}", limit=self.max_bytes
                        )
                return response.status_code, response.headers, bytes(body)
        except (httpx.HTTPError, httpx.InvalidURL) as err:
            raise InputError("E126", url=url, detail=f"{type(err).__name__}: {err}") from err

    def _allowed(self, url: str, pin: str | None = None) -> None:
        """Raise E123 when the host's robots.txt forbids ``url`` to this user agent (RFC 9309: the group
        of our product token or ``*``, the longest matching rule, ``*`` and ``$`` in paths)."""
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self._robots:
            self._robots[base] = self._read_robots(base, pin)
        rules = self._robots[base]
        if rules is not None and not rules.can_fetch(url, PRODUCT):
            raise InputError("E123", host=parts.netloc, url=url)

    def _read_robots(self, base: str, pin: str | None) -> Protego | None:
        """The host's rules; None (everything allowed) when it has none (4xx). Redirects are followed as
        for a page, each hop checked; a server error, a network failure or more redirects forbid
        everything, as RFC 9309 says."""
        try:
            _, status, _, body = self._follow(f"{base}/robots.txt", pin, robots=False)
        except InputError:  # unreachable, redirected too often, or larger than the size limit
            return _NOTHING_ALLOWED
        if 400 <= status < 500:
            return None
        if status >= 300:
            return _NOTHING_ALLOWED
        return Protego.parse(body[:ROBOTS_BYTES].decode("utf-8", "replace"))


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True
