"""A fuzz harness (hypothesis) for every reader and for cleaning and attribution.

Each target mutates the files of its seed corpus (``seeds/``: text, JSONL, HTML, RSS, Atom; a WARC is
written from the HTML seed with warcio's writer) by flipping, cutting, repeating and inserting bytes,
among them hostile pieces (NUL bytes, lone surrogates, right-to-left overrides, entity declarations,
deep nesting). What must hold for every input:

- reading yields only inputs, rejections and skipped records, and raises nothing;
- every input's stages return an article or a rejection within a bounded time;
- an article's paragraphs and statements are offsets inside its frozen text, and no statement has an
  empty message.

``tests/test_fuzz.py`` runs each target for a few examples in the test suite; ``bench/soak.py`` runs
them all for a fixed time.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quellenlage import ingest
from quellenlage.model import Article, Format, Metadata, Rejection, SourceDoc
from quellenlage.pipeline import process

SEEDS = Path(__file__).parent / "seeds"
#: An input's stages may take no longer than this in the harness (the product's default is 120 s).
SECONDS = 20.0
#: Pieces that have broken readers before, inserted among the mutations.
HOSTILE = (
    b"\x00",
    b"\xff\xfe\xfd",
    b"\xc3\x28",
    "\u202e".encode(),
    b"\\ud800",
    b'"\\udfff"',
    b"\xef\xbb\xbf",
    b'<!DOCTYPE x [<!ENTITY a "aaaa">]>',
    b"&a;&amp;&#0;&#x110000;",
    b"<div>" * 2000,
    b"[" * 3000,
    b'{"text": ' * 500,
    b"1" * 5000,
    b"]]></p><![CDATA[",
    b"\r\n\r\nWARC/1.0\r\n",
    "„Zitat ohne Ende, sagte er".encode(),
    b"\n\n\n" + b". " * 500,
)


def seed(name: str) -> bytes:
    if name == "crawl.warc":
        return warc_of(seed("page.html"))
    return (SEEDS / name).read_bytes()


def warc_of(page: bytes) -> bytes:
    """A small WARC of one request and one HTML response, written by warcio."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for kind, payload, headers in (
        ("request", b"GET /hochwasser HTTP/1.1\r\n\r\n", None),
        ("response", page, StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")),
    ):
        record = writer.create_warc_record(
            "https://www.talbruecker-bote.example/hochwasser",
            kind,
            payload=io.BytesIO(payload),
            http_headers=headers,
        )
        writer.write_record(record)
        record.raw_stream.close()
    return out.getvalue()


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` after up to six mutations."""
    data = bytearray(original)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(("flip", "cut", "insert", "repeat", "truncate")))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(HOSTILE) | st.binary(max_size=40))
        elif op == "repeat":
            piece = bytes(data[at : at + draw(st.integers(1, 300))])
            data[at:at] = piece * draw(st.integers(1, 50))
        else:
            data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


def check_article(article: Article) -> None:
    text = article.text
    assert text, "an article without text"
    for p in article.paragraphs:
        assert 0 <= p.start <= p.end <= len(text)
    for s in article.statements:
        spans = [*s.message, *s.cue, *((s.source,) if s.source else ())]
        assert s.message, "a statement without a message"
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)


def check_doc(doc: SourceDoc) -> None:
    """An input's stages end in an article or a rejection, in bounded time."""
    started = time.monotonic()
    result = process(doc, SECONDS)
    assert time.monotonic() - started < SECONDS + 5
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Article):
        check_article(result)


def check_file(name: str, data: bytes) -> None:
    """Reading ``data`` saved as ``name`` yields inputs, rejections or skipped records only; every
    input then goes through the stages."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        for item in ingest.read_all([str(path)], Metadata(), 2_000_000):
            assert isinstance(item, SourceDoc | Rejection | ingest.Skipped), type(item)
            if isinstance(item, SourceDoc):
                check_doc(item)


FILES = {
    "text": "article.txt",
    "jsonl": "records.jsonl",
    "html": "page.html",
    "rss": "feed.rss",
    "atom": "feed.atom",
    "warc": "crawl.warc",
}


def file_target(kind: str, examples: int) -> Callable[[], None]:
    name = FILES[kind]

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=mutated(seed(name)))
    def target(data: bytes) -> None:
        check_file(name, data)

    return target


def text_target(examples: int) -> Callable[[], None]:
    """Cleaning and attribution on text made of German sentence pieces, quotes and hostile characters."""
    pieces = st.sampled_from(
        [
            "sagte", "laut", "zufolge", "erklärte", "„", "“", "»", "«", '"', ":", ",", ".", "\n\n", "\n",
            "Die Ministerin", "der Sprecher", "Anna Muster", "er", "sie", "habe", "sei", "nicht bestätigt",
            "dementierte", "Von Jonas Kreidler", "Foto: dpa", "\u202e", "\u00ad", "\x00", " ",
        ]
    )  # fmt: skip
    texts = st.lists(pieces | st.text(max_size=12), max_size=200).map(" ".join)

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(text=texts)
    def target(text: str) -> None:
        check_doc(SourceDoc("fuzz", Format.TEXT, text, Metadata()))

    return target


NAMES = (*FILES, "clean+attribute")


def targets(examples: int) -> dict[str, Callable[[], None]]:
    """Every target, each running ``examples`` inputs per call."""
    out = {kind: file_target(kind, examples) for kind in FILES}
    out["clean+attribute"] = text_target(examples)
    return out


def run_for(seconds: float, examples: int = 25) -> dict[str, int]:
    """Run every target in turn until ``seconds`` have passed; how many inputs each one ran."""
    ran = dict.fromkeys(NAMES, 0)
    runners = targets(examples)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for name, target in runners.items():
            target()
            ran[name] += examples
            if time.monotonic() >= end:
                break
    return ran
