"""Article metadata from German text: timestamp lines, outlets, time zones, agencies."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from tld import get_fld

from quellenlage.nlp.de import agencies, dates, outlets

_LABEL = "|".join(
    sorted((re.escape(x) for x in dates.PUBLISHED_LABELS + dates.UPDATED_LABELS), key=len, reverse=True)
)
_MONTH = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(dates.WEEKDAYS)
_ZONE = "|".join(dates.ZONE_ABBREVIATIONS)
_STAMP = (
    rf"(?:(?P<label>{_LABEL})\s*(?:am|um|:)?\s*)?"
    rf"(?:(?:{_WEEKDAY}),?\s*(?:der|den)?\s*)?"
    rf"(?:(?P<d>\d{{1,2}})\.\s*(?:(?P<mon_num>\d{{1,2}})\.\s*|(?P<mon>{_MONTH})\.?\s+)(?P<y>\d{{4}})"
    rf"|(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}}))"
    rf"(?:\s*(?:,|-|–|um|\|)?\s*(?P<h>\d{{1,2}})[:.](?P<min>\d{{2}})(?:\s*uhr)?(?:\s*(?P<zone>{_ZONE})\b)?)?"
)
_STAMP_RE = re.compile(_STAMP, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Timestamp:
    value: datetime  # naive local time, or aware when the line names a zone
    updated: bool


def _strip_group_names(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_STAMP_LINE_RE = re.compile(
    rf"^\s*{_strip_group_names(_STAMP)}(?:[\s|·•,;–-]*{_strip_group_names(_STAMP)})*\s*$", re.IGNORECASE
)


def parse_timestamp_line(line: str) -> list[Timestamp] | None:
    """The timestamps of a line made of nothing else ("Publiziert17. August 2025, 20:11"), else None."""
    if len(line) > 160 or not _STAMP_LINE_RE.match(line):
        return None
    found: list[Timestamp] = []
    for m in _STAMP_RE.finditer(line):
        try:
            if m["iso_y"]:
                y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
            else:
                y, d = int(m["y"]), int(m["d"])
                mo = int(m["mon_num"]) if m["mon_num"] else dates.MONTHS[m["mon"].lower()]
            h, mi = (int(m["h"]), int(m["min"])) if m["h"] else (0, 0)
            tz: tzinfo | None = None
            if m["zone"]:
                tz = timezone(timedelta(hours=dates.ZONE_ABBREVIATIONS[m["zone"].lower()]))
            value = datetime(y, mo, d, h, mi, tzinfo=tz)
        except (ValueError, KeyError):
            continue
        label = (m["label"] or "").lower()
        found.append(Timestamp(value=value, updated=label in dates.UPDATED_LABELS))
    return found or None


def _registry_by_name() -> dict[str, str]:
    table = {}
    for canonical, (_domains, _tz, names) in outlets.OUTLETS.items():
        table[canonical.lower()] = canonical
        for name in names:
            table[name.lower()] = canonical
    return table


_BY_NAME = _registry_by_name()
_BY_DOMAIN = {d: name for name, (domains, _tz, _names) in outlets.OUTLETS.items() for d in domains}


_DATIVE_ARTICLE = re.compile(r"^(?:dem|den|des)\s+", re.IGNORECASE)


def canonical_outlet(name: str) -> str:
    """The registry's name for an outlet as written, or the name itself, trimmed ("dem X" -> "X")."""
    name = name.strip(" .,:;!?\"'«»„“")
    if name.lower() in _BY_NAME:
        return _BY_NAME[name.lower()]
    name = _DATIVE_ARTICLE.sub("", name)
    return _BY_NAME.get(name.lower(), name)


_ARCHIVED = re.compile(outlets.ARCHIVED_URL, re.IGNORECASE)


def original_url(url: str) -> str:
    """The article's own URL: the one inside an archive's URL, where there is one."""
    m = _ARCHIVED.match(url.strip())
    return m.group("original") if m else url


def host_of(url: str | None) -> str | None:
    """The host that names an article's outlet: the archived page's own host for an archive URL,
    without ``www.``, ``m.`` or ``amp.``; None for archives and aggregators without one."""
    if not url:
        return None
    url = original_url(url)
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:  # a malformed URL ("http://[::1")
        return None
    if any(host == h or host.endswith("." + h) for h in outlets.NOT_OUTLETS):
        return None
    for prefix in outlets.EDITION_PREFIXES:
        if host.count(".") > 1:  # "m.example.de", never "m.de"
            host = host.removeprefix(prefix)
    return host or None


def default_outlet_domains() -> list[tuple[str, str]]:
    """The built-in domain table, (domain, outlet) sorted by domain."""
    return sorted(_BY_DOMAIN.items())


def registered_domain(url: str | None) -> str | None:
    """The domain an outlet registered, from a URL: ``sport.rp-online.de`` and ``m.rp-online.de`` are
    ``rp-online.de``, ``www.bbc.co.uk`` is ``bbc.co.uk`` (by the public-suffix list bundled with ``tld``,
    never downloaded); a host outside that list is kept as it is. None for archives and aggregators
    without an original URL."""
    host = host_of(url)
    if host is None:
        return None
    return str(get_fld(host, fix_protocol=True, fail_silently=True) or host)


def outlet_from_url(url: str | None, table: Mapping[str, str] | None = None) -> str | None:
    """The outlet a URL belongs to by the domain table, ``table`` (domain -> name) first, then the
    defaults in ``nlp/de/outlets.py``; None for a domain in neither. A domain covers its subdomains."""
    host = host_of(url)
    if host is None:
        return None
    labels = host.split(".")
    for known in (table or {}, _BY_DOMAIN):
        for k in range(len(labels) - 1):
            name = known.get(".".join(labels[k:]))
            if name:
                return name
    return None


def timezone_for(outlet: str | None, url: str | None, swiss_text: bool) -> str | None:
    """The home time zone of an outlet, from the registry, the URL's country domain or Swiss spelling."""
    if outlet and outlet in outlets.OUTLETS:
        return outlets.OUTLETS[outlet][1]
    host = host_of(url)
    if host:
        tld = host.rsplit(".", 1)[-1]
        if tld in outlets.TLD_TIMEZONES:
            return outlets.TLD_TIMEZONES[tld]
    return "Europe/Zurich" if swiss_text else None


def localize(value: datetime, zone: str | None) -> datetime:
    """Attach the outlet's zone to a naive local time; aware times are kept as they are."""
    if value.tzinfo is not None or zone is None:
        return value
    return value.replace(tzinfo=ZoneInfo(zone))


def agencies_in(text: str) -> list[str]:
    """News agencies credited in a line, in order: 'Pool Sputnik Kremlin/AP/dpa' -> Sputnik, AP, dpa."""
    found: list[str] = []
    for part in re.split(r"[/,;|()]|\s+(?:und|and|&)\s+", text):
        for word in part.split():
            key = word.strip(".:©").lower()
            name = agencies.NEWS_AGENCIES.get(key)
            if name and name not in found:
                found.append(name)
    return found


def is_agency_code(code: str) -> bool:
    key = code.strip().lower()
    return key in agencies.NEWS_AGENCIES or key in agencies.PHOTO_AGENCIES


def is_agency_line(line: str) -> bool:
    """A line that is nothing but agency names: "AFP", "Reuters/dpa", "Keystone-SDA"."""
    parts = [p.strip() for p in re.split(r"[/,;|]", line) if p.strip()]
    return bool(parts) and len(line) <= 60 and all(is_agency_code(p) for p in parts)
