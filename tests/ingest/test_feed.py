"""RSS and Atom feeds, written by the tests: entries become inputs, and hostile feeds are refused."""

from __future__ import annotations

import time as clock
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quellenlage import ingest
from quellenlage.ingest.feed import fragment_text
from quellenlage.model import Format, Metadata, Rejection, SourceDoc
from quellenlage.pipeline import Status, ingest_paths
from quellenlage.store import open_store

BODY = (
    "<p>Der Gemeinderat von Talbrück hat am Dienstag den Neubau der Grundschule beschlossen.</p>"
    "<p>„Wir haben lange genug gewartet“, sagte Bürgermeisterin Renate Falkner nach der Sitzung.</p>"
)
RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Talbrücker Bote</title><link>https://www.talbruecker-bote.de/</link>
<item><title>Schule wird neu gebaut</title><link>https://www.talbruecker-bote.de/schule</link>
<guid>schule-1</guid><pubDate>Tue, 03 Mar 2020 10:00:00 +0100</pubDate>
<author>redaktion@talbruecker-bote.de (Jonas Kreidler)</author>
<description>Der Rat hat entschieden.</description>
<content:encoded><![CDATA[{BODY}]]></content:encoded></item>
<item><title>Brücke gesperrt</title><link>https://www.talbruecker-bote.de/bruecke</link><guid>bruecke-2</guid>
<description>&lt;p&gt;Die Brücke über die Alz bleibt nach Angaben des Landratsamts bis zum Sommer gesperrt,
weil Gutachter Risse im Beton gefunden haben.&lt;/p&gt;</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nachrichten aus Talbrück</title>
<entry><id>tag:talbruecker-bote.de,2020:7</id><title>Neue Buslinie</title>
<link href="https://www.talbruecker-bote.de/bus"/><updated>2020-03-04T08:30:00Z</updated>
<author><name>Mira Osterholz</name></author>
<content type="html">&lt;p&gt;Ab Montag fährt die Linie 12 auch nach Oberried,
teilten die Stadtwerke mit.&lt;/p&gt;</content>
</entry></feed>
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def read_all(path: Path) -> list[SourceDoc | Rejection | ingest.Skipped]:
    return list(ingest.read_all([str(path)], Metadata(), 5_000_000))


def test_each_rss_entry_is_an_input_with_its_link_time_and_author(tmp_path: Path) -> None:
    path = write(tmp_path / "bote.rss", RSS)
    docs = read_all(path)
    assert all(isinstance(d, SourceDoc) for d in docs) and len(docs) == 2
    first, second = docs
    assert isinstance(first, SourceDoc) and isinstance(second, SourceDoc)
    assert first.format is Format.FEED
    assert first.origin == f"{path}#schule-1"
    assert first.meta.url == "https://www.talbruecker-bote.de/schule"
    assert first.meta.published == datetime(2020, 3, 3, 9, tzinfo=UTC)
    assert first.meta.authors == ("Jonas Kreidler",)
    assert first.text.startswith("Schule wird neu gebaut\n\nDer Gemeinderat von Talbrück")
    assert "\n\n„Wir haben lange genug gewartet“" in first.text  # the full content, one paragraph per <p>
    assert "Gutachter Risse im Beton" in second.text  # only a summary: the summary, its markup gone
    assert "<p>" not in second.text


def test_an_atom_entry_is_an_input(tmp_path: Path) -> None:
    (doc,) = read_all(write(tmp_path / "talbrueck.atom", ATOM))
    assert isinstance(doc, SourceDoc)
    assert doc.meta.url == "https://www.talbruecker-bote.de/bus"
    assert doc.meta.authors == ("Mira Osterholz",)
    assert doc.meta.published == datetime(2020, 3, 4, 8, 30, tzinfo=UTC)
    assert "Linie 12 auch nach Oberried" in doc.text


def test_a_feed_is_recognised_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    docs = read_all(write(tmp_path / "feed", RSS))
    assert [d.format for d in docs if isinstance(d, SourceDoc)] == [Format.FEED, Format.FEED]


def test_reading_a_feed_again_stores_nothing_new(tmp_path: Path) -> None:
    path = write(tmp_path / "bote.xml", RSS)
    store = open_store(tmp_path / "q.db")
    first = ingest_paths([str(path)], store)
    assert [o.status for o in first.outcomes] == [Status.NEW, Status.NEW]
    again = ingest_paths([str(path)], store)
    assert [o.status for o in again.outcomes] == [Status.DUPLICATE, Status.DUPLICATE]
    assert store.article_count() == 2
    article = store.article(first.outcomes[0].article_id or "")
    assert article.outlet == "talbruecker-bote.de" and article.format is Format.FEED


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + ']><rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
    "<description>&lol9;</description></item></channel></rss>"
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><item><title>&x;</title><description>&x;</description></item>'
    "</channel></rss>"
)


@pytest.mark.parametrize("feed", [BILLION_LAUGHS, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_a_feed_that_declares_entities_is_refused_unparsed(tmp_path: Path, feed: str) -> None:
    started = clock.monotonic()
    (rejection,) = read_all(write(tmp_path / "evil.rss", feed))
    assert isinstance(rejection, Rejection) and rejection.code == "E118"
    assert clock.monotonic() - started < 1.0


def test_a_feed_with_no_feed_elements_is_a_rejection(tmp_path: Path) -> None:
    (rejection,) = read_all(write(tmp_path / "leer.rss", '<?xml version="1.0"?><nichts/>'))
    assert isinstance(rejection, Rejection) and rejection.code == "E119"


def test_a_feed_nested_very_deeply_is_a_bounded_result(tmp_path: Path) -> None:
    deep = '<?xml version="1.0"?><rss version="2.0"><channel><item><description>'
    deep += "<div>" * 100_000 + "Tiefer Text" + "</div>" * 100_000 + "</description></item></channel></rss>"
    started = clock.monotonic()
    results = read_all(write(tmp_path / "tief.rss", deep))
    assert clock.monotonic() - started < 30
    assert len(results) <= 1


def test_an_entry_without_text_is_a_rejection_and_the_others_are_read(tmp_path: Path) -> None:
    feed = RSS.replace("<description>Der Rat hat entschieden.</description>", "").replace(
        f"<content:encoded><![CDATA[{BODY}]]></content:encoded>", ""
    )
    results = read_all(write(tmp_path / "bote.rss", feed))
    assert [type(r).__name__ for r in results] == ["Rejection", "SourceDoc"]
    assert isinstance(results[0], Rejection) and results[0].code == "E109"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Eins.</p><p>Zwei.</p>", "Eins.\n\nZwei."),
        ("Erste Zeile<br>zweite Zeile", "Erste Zeile\n\nzweite Zeile"),
        ("<script>alert(1)</script><p>Nur das.</p>", "Nur das."),
        ("<ul><li>Punkt A</li><li>Punkt B</li></ul>", "Punkt A\n\nPunkt B"),
        ("Text mit&nbsp;Leerzeichen", "Text mit Leerzeichen"),
        ("", ""),
    ],
)
def test_fragment_text_keeps_one_paragraph_per_block(html: str, text: str) -> None:
    assert fragment_text(html) == text


@pytest.mark.parametrize(
    ("feed", "code"),
    [
        (b"", "E103"),  # found by the fuzz harness: feedparser has no version for an empty document
        (b'<?xml version="1.0" encoding="\xf5tf-8"?><rss version="2.0"><channel/></rss>', "E119"),
    ],
)
def test_feeds_the_fuzzer_broke_are_rejections(tmp_path: Path, feed: bytes, code: str) -> None:
    path = tmp_path / "kaputt.rss"
    path.write_bytes(feed)
    (rejection,) = read_all(path)
    assert isinstance(rejection, Rejection) and rejection.code == code


def test_control_characters_in_entry_markup_are_dropped_not_fatal() -> None:
    assert fragment_text("<p>Ab Montag \x14fährt die Linie\x00 12.</p>") == "Ab Montag fährt die Linie 12."


@pytest.mark.parametrize(
    "wrap",
    [
        lambda body: ('<?xml version="1.0"?><!--' + " " * 1_200_000 + "-->" + body).encode(),
        lambda body: ('<?xml version="1.0" encoding="utf-16"?>' + body).encode("utf-16"),
        lambda body: ('<?xml version="1.0" encoding="utf-16be"?>' + body).encode("utf-16-be"),
    ],
    ids=["after-a-long-comment", "utf-16", "utf-16be-without-bom"],
)
def test_entity_declarations_are_found_however_the_prolog_hides_them(
    tmp_path: Path, wrap: Callable[[str], bytes]
) -> None:
    """Found in review: the check read only the first megabyte, and only ASCII-compatible bytes."""
    body = BILLION_LAUGHS.removeprefix('<?xml version="1.0"?>')
    path = tmp_path / "evil.rss"
    path.write_bytes(wrap(body))
    (rejection,) = read_all(path)
    assert isinstance(rejection, Rejection) and rejection.code == "E118"


def test_a_character_reference_too_large_for_any_character_is_a_rejection(tmp_path: Path) -> None:
    path = write(tmp_path / "gross.rss", '<rss version="2.0"><channel><item><title>A&#99999999999;</title>'
                 "<description>Hallo Welt</description></item></channel></rss>")  # fmt: skip
    (rejection,) = read_all(path)
    assert isinstance(rejection, Rejection) and rejection.code == "E119"
