"""Cleaning real 2020 scrapes (../shared: signals-de articles and the story-pair articles): no mojibake and
none of the boilerplate our users reported is left in a cleaned text."""

from __future__ import annotations

import json
import re

import pytest

from quellenlage.clean import clean
from quellenlage.errors import CleanError
from quellenlage.model import Format, Metadata, Role, SourceDoc

from ..conftest import shared_path

pytestmark = pytest.mark.shared

#: UTF-8 read as Latin-1 or cp1252: "Ã¤" for "ä", "â€ž" for "„".
MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a]|â€"
)
#: What users found left in cleaned scrapes (issue 10), as patterns over one paragraph.
BOILERPLATE = {
    "page navigation": re.compile(r"ARTIKEL AUF EINER SEITE LESEN|Vorherige Seite|Nächste Seite\s*>"),
    "follow prompt": re.compile(r"^Folgen Sie .{0,40} (?:schon )?(?:bei|auf) (?:Facebook|Twitter|Instagram)"),
    "press contact": re.compile(r"^Rückfragen (?:bitte )?an:?"),
    "gallery label": re.compile(r"^Fotostrecke mit \d+ Bildern$|^Bildergalerie:? \d+ Bilder$"),
}
#: A place name alone before the first paragraph ("Berlin."); later, "Natürlich." is a sentence.
LONE_DATELINE = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?)\.$")


def texts() -> list[str]:
    signals = shared_path("data", "signals-de", "articles.jsonl").read_text(encoding="utf-8")
    out = {json.loads(line)["text"] for line in signals.splitlines() if line.strip()}
    pairs = shared_path("data", "story-pairs-de", "dev.jsonl").read_text(encoding="utf-8")
    for line in pairs.splitlines():
        pair = json.loads(line)
        out |= {pair[side]["text"] for side in ("a", "b") if pair[side].get("text")}
    return sorted(out)


def test_cleaned_real_scrapes_hold_no_mojibake_and_no_reported_boilerplate() -> None:
    found: list[str] = []
    cleaned = 0
    for text in texts():
        try:
            article = clean(SourceDoc("scrape", Format.TEXT, text, Metadata()))
        except CleanError:
            continue
        cleaned += 1
        if MOJIBAKE.search(article.text):
            found.append(f"mojibake: {MOJIBAKE.search(article.text)}")
        first = next((p for p in article.paragraphs if p.role not in (Role.TITLE, Role.KICKER)), None)
        if first is not None and LONE_DATELINE.match(article.paragraph_text(first)):
            found.append(f"lone dateline: {article.paragraph_text(first)}")
        for p in article.paragraphs:
            para = article.paragraph_text(p)
            for name, pattern in BOILERPLATE.items():
                if pattern.search(para):
                    found.append(f"{name}: {para[:80]}")
    assert cleaned >= 250  # of 262 distinct texts (the story-pair articles are among signals-de's)
    assert found == []
