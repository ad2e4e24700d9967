"""Address checks for outbound HTTP: only http(s), and by default only public addresses.

The check happens where it cannot be fooled: in the network backend that
opens the TCP connection. A host name is resolved here, every address it
resolves to that is loopback, private, link-local, CGNAT, multicast,
reserved or an IPv4-mapped/6to4/Teredo wrapper of one of those is dropped,
the socket connects to a vetted address only, and the peer address of the
connected socket is checked again. Redirect hops open their own connections,
so each hop goes through the same check. ``allow_private=True`` (the CLI's
``--allow-private-network``) turns the address check off for tests and
intranets; the scheme check stays.

Example::

    >>> blocked_reason(ipaddress.ip_address("10.0.0.1"))
    'private address 10.0.0.1'
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any
from urllib.parse import urlsplit

import httpcore

ALLOWED_SCHEMES = ("http", "https")
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnsafeURL(ValueError):
    """A URL the fetcher will not request (not http/https, no host, unparsable)."""


class BlockedAddress(ConnectionError):
    """A connection to a non-public address was refused (opt in with allow_private_network)."""


def check_url(url: str) -> None:
    """Raise UnsafeURL unless ``url`` is an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError as exc:
        raise UnsafeURL(f"unparsable URL: {exc}") from None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURL(f"scheme {parts.scheme or '(none)'!r} is not allowed (only http and https)")
    if not host:
        raise UnsafeURL("URL has no host")


def _unwrap(ip: IPAddress) -> IPAddress:
    """The IPv4 address hidden in an IPv4-mapped, 6to4, Teredo or NAT64 IPv6 address, if any."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
        if ip.teredo is not None:
            return ip.teredo[1]
        if ip in _NAT64:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def blocked_reason(ip: IPAddress) -> str | None:
    """Why connecting to ``ip`` is refused by default, or None for a public address."""
    inner = _unwrap(ip)
    shown = str(ip) if inner == ip else f"{ip} (wraps {inner})"
    # A wrapper (IPv4-mapped, 6to4, Teredo, NAT64) is judged by the IPv4 address it reaches.
    for candidate in (inner,):
        if candidate.is_loopback:
            return f"loopback address {shown}"
        if isinstance(candidate, ipaddress.IPv4Address) and candidate in _CGNAT:
            return f"CGNAT address {shown}"
        if candidate.is_link_local:
            return f"link-local address {shown}"
        if candidate.is_private:
            return f"private address {shown}"
        if candidate.is_multicast:
            return f"multicast address {shown}"
        if candidate.is_unspecified or candidate.is_reserved:
            return f"reserved address {shown}"
        if not candidate.is_global:
            return f"non-public address {shown}"
    return None


def _parse_ip(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None


async def resolve(host: str, port: int) -> list[tuple[int, str]]:
    """(family, address) pairs for ``host``, in resolver order, without duplicates."""
    literal = _parse_ip(host.strip("[]"))
    if literal is not None:
        return [(socket.AF_INET6 if literal.version == 6 else socket.AF_INET, str(literal))]
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[tuple[int, str]] = []
    for family, _type, _proto, _canon, sockaddr in infos:
        pair = (family, sockaddr[0])
        if pair not in seen:
            seen.append(pair)
    return seen


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects only to vetted addresses."""

    def __init__(self, allow_private: bool = False, inner: httpcore.AsyncNetworkBackend | None = None,
                 allowed_networks: list[str] | tuple[str, ...] = ()):
        self.allow_private = allow_private
        self.inner = inner or httpcore.AnyIOBackend()
        self.allowed_networks = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]

    def refused(self, ip: IPAddress) -> str | None:
        """Why this backend refuses ``ip`` (None: allowed)."""
        if any(ip in net for net in self.allowed_networks if net.version == ip.version):
            return None
        return blocked_reason(ip)

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Any = None) -> httpcore.AsyncNetworkStream:
        if self.allow_private:
            return await self.inner.connect_tcp(host, port, timeout=timeout, local_address=local_address,
                                                socket_options=socket_options)
        try:
            addresses = await asyncio.wait_for(resolve(host, port), timeout)
        except (OSError, asyncio.TimeoutError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        refused = []
        allowed = []
        for _family, addr in addresses:
            reason = self.refused(ipaddress.ip_address(addr.split("%", 1)[0]))
            (refused.append(reason) if reason else allowed.append(addr))
        if not allowed:
            raise BlockedAddress(f"{host} resolves only to refused addresses: {'; '.join(refused)}")
        last_error: Exception | None = None
        for addr in allowed:
            try:
                stream = await self.inner.connect_tcp(addr, port, timeout=timeout, local_address=local_address,
                                                      socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            reason = self._peer_problem(stream)
            if reason:
                await stream.aclose()
                raise BlockedAddress(f"{host}: connected to a refused address: {reason}")
            return stream
        assert last_error is not None
        raise last_error

    def _peer_problem(self, stream: httpcore.AsyncNetworkStream) -> str | None:
        """Why the address the socket actually connected to is refused, if it is."""
        sock = stream.get_extra_info("socket")
        try:
            peer = sock.getpeername()[0] if sock is not None else None
        except OSError:
            peer = None
        ip = _parse_ip(peer) if isinstance(peer, str) else None
        return self.refused(ip) if ip is not None else "unknown peer address"

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Any = None) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
