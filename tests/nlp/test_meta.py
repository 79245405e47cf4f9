from __future__ import annotations

import pytest

from quellenlage.nlp.meta import (
    agencies_in,
    canonical_outlet,
    is_agency_line,
    outlet_from_url,
    parse_timestamp_line,
    timezone_for,
)


def test_two_stamps_on_one_line() -> None:
    stamps = parse_timestamp_line("Publiziert 17. August 2025, 20:11 | Aktualisiert 18. August 2025, 07:12")
    assert stamps is not None
    assert [s.updated for s in stamps] == [False, True]


@pytest.mark.parametrize(
    "line", ["Am 17. August 2025 sagte er", "Publiziert", "31.02.2025", "Seite 17. August"]
)
def test_not_a_timestamp_line(line: str) -> None:
    assert parse_timestamp_line(line) is None


def test_agencies_in_a_credit() -> None:
    assert agencies_in("Copyright: Erika Muster/Pool Sputnik/AP/dpa") == ["Sputnik", "AP", "dpa"]
    assert agencies_in("Foto: Erika Muster") == []
    assert is_agency_line("Reuters / AFP")
    assert not is_agency_line("Aus der Region")


def test_outlets() -> None:
    assert outlet_from_url("https://www.20min.ch/story/abc") == "20 Minuten"
    assert outlet_from_url("https://unknown.example/x") is None
    assert canonical_outlet("dem Stadtblatt") == "Stadtblatt"
    assert canonical_outlet("Der Standard") == "Der Standard"
    assert timezone_for(None, "https://zeitung.at/x", swiss_text=False) == "Europe/Vienna"
    assert timezone_for(None, None, swiss_text=False) is None


@pytest.mark.parametrize(
    ("url", "host"),
    [
        (
            "https://web.archive.org/web/20200314120000/https://www.kreisbote.example/lokal/a.html",
            "kreisbote.example",
        ),
        ("web.archive.org/web/2020id_/http://m.kreisbote.example/a", "kreisbote.example"),
        ("https://m.kreisbote.example/a", "kreisbote.example"),
        ("https://amp.kreisbote.example/a", "kreisbote.example"),
        ("https://mobil.kreisbote.example/a", "kreisbote.example"),
        ("https://www.kreisbote.example/a", "kreisbote.example"),
        ("https://lokal.kreisbote.example/a", "lokal.kreisbote.example"),
        ("https://m.example/a", "m.example"),  # a registered domain is not an edition prefix
        ("https://archive.ph/Xy12z", None),  # an archive that hides the original
        ("https://news.google.com/articles/CBMi", None),
        ("http://[::1", None),
    ],
)
def test_archives_and_mobile_editions_name_the_outlet_they_copy(url: str, host: str | None) -> None:
    from quellenlage.nlp.meta import host_of

    assert host_of(url) == host


def test_an_archived_or_mobile_page_of_a_listed_outlet_is_that_outlet() -> None:
    assert (
        outlet_from_url("https://web.archive.org/web/20200101000000/https://www.20min.ch/story/abc")
        == "20 Minuten"
    )
    assert outlet_from_url("https://m.20min.ch/story/abc") == "20 Minuten"


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://sport.rp-online.de/fussball/a.html", "rp-online.de"),
        ("https://m.rp-online.de/a", "rp-online.de"),
        ("https://www.bbc.co.uk/news/a", "bbc.co.uk"),  # a public suffix of two labels
        ("https://wien.orf.at/stories/1", "orf.at"),
        ("https://lokal.kreisbote.example/a", "lokal.kreisbote.example"),  # outside the public-suffix list
        ("https://web.archive.org/web/2020/https://amp.ksta.de/koeln/a", "ksta.de"),
        ("https://news.google.com/articles/CBMi", None),
        (None, None),
    ],
)
def test_the_registered_domain_joins_an_outlets_hosts(url: str | None, domain: str | None) -> None:
    from quellenlage.nlp.meta import registered_domain

    assert registered_domain(url) == domain


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://sport.rp-online.de/a", "Rheinische Post"),
        ("https://amp.tagesspiegel.de/berlin/a", "Der Tagesspiegel"),
        ("https://www.kleinezeitung.at/steiermark/a", "Kleine Zeitung"),
        ("https://www.luzernerzeitung.ch/a", "Luzerner Zeitung"),
        ("https://www.nn.de/region/a", "Nürnberger Nachrichten"),
        ("https://www.spiegel.de.example/a", None),  # a look-alike host is no listed outlet
        ("https://unbekannt.example/a", None),
    ],
)
def test_the_domain_table_names_the_main_outlets(url: str, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_a_domain_table_of_ones_own_comes_before_the_defaults() -> None:
    own = {"kreisbote.example": "Kreisbote", "spiegel.de": "SPIEGEL (eigene Schreibweise)"}
    assert outlet_from_url("https://lokal.kreisbote.example/a", own) == "Kreisbote"
    assert outlet_from_url("https://m.spiegel.de/a", own) == "SPIEGEL (eigene Schreibweise)"
    assert outlet_from_url("https://www.zeit.de/a", own) == "Die Zeit"
