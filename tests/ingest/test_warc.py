"""Web archives written by the tests with warcio's writer: HTML responses become inputs."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quellenlage import ingest
from quellenlage.model import Format, Metadata, Rejection, SourceDoc
from quellenlage.pipeline import Status, ingest_paths
from quellenlage.store import open_store

PAGE = """<!doctype html><html><head><title>Hochwasser in Talbrück</title></head><body>
<nav><a href="/">Startseite</a> <a href="/lokales">Lokales</a></nav>
<article><h1>Hochwasser in Talbrück</h1>
<p>Nach tagelangem Regen ist die Alz in Talbrück über die Ufer getreten. Mehrere Keller liefen voll.</p>
<p>„Die Lage ist ernst, aber unter Kontrolle“, sagte Kreisbrandmeister Tobias Wendlinger am Abend.</p>
<p>Die Feuerwehr pumpte bis in die Nacht Wasser aus den Häusern an der Uferstraße.</p>
</article></body></html>"""


def response(
    writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html"
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2020-03-05T18:30:00Z"},
    )
    written(writer, record)


def written(writer: WARCWriter, record: object) -> None:
    """Write a record and close the buffer warcio made for it (it leaves that to its caller)."""
    writer.write_record(record)
    record.raw_stream.close()  # type: ignore[attr-defined]


def archive(path: Path, gzip: bool = True) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        written(writer, writer.create_warc_record(
            "https://www.talbruecker-bote.de/hochwasser", "request",
            payload=io.BytesIO(b"GET /hochwasser HTTP/1.1\r\n\r\n"),
        ))  # fmt: skip
        response(writer, "https://www.talbruecker-bote.de/hochwasser", PAGE.encode())
        response(writer, "https://www.talbruecker-bote.de/logo.png", b"\x89PNG....", ctype="image/png")
        response(writer, "https://www.talbruecker-bote.de/alt", b"", status="301 Moved Permanently")
    return path


def read_all(path: Path, max_bytes: int = 5_000_000) -> list[SourceDoc | Rejection | ingest.Skipped]:
    return list(ingest.read_all([str(path)], Metadata(), max_bytes))


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_each_html_response_is_an_input_and_the_other_records_are_skipped(tmp_path: Path, name: str) -> None:
    path = archive(tmp_path / name, gzip=name.endswith(".gz"))
    results = read_all(path)
    docs = [r for r in results if isinstance(r, SourceDoc)]
    skipped = [r for r in results if isinstance(r, ingest.Skipped)]
    assert len(results) == 5 and len(docs) == 1 and len(skipped) == 4
    (doc,) = docs
    assert doc.format is Format.WARC and doc.origin == f"{path}:3"
    assert doc.meta.url == "https://www.talbruecker-bote.de/hochwasser"
    assert doc.meta.fetched == datetime(2020, 3, 5, 18, 30, tzinfo=UTC)
    assert "Kreisbrandmeister Tobias Wendlinger" in doc.text and "Startseite" not in doc.text
    assert [s.reason for s in skipped] == [
        "a WARC warcinfo record, not a response",
        "a WARC request record, not a response",
        "a image/png response, not an HTML page",
        "an HTTP 301 response, not a page",
    ]


def test_a_warc_is_recognised_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.bin", gzip=False)
    assert sum(isinstance(r, SourceDoc) for r in read_all(path)) == 1


def test_a_truncated_archive_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.warc", gzip=False)
    data = path.read_bytes()
    cut = data.index(b"Die Feuerwehr")  # inside the HTML response
    path.write_bytes(data[:cut])
    results = read_all(path)
    assert [type(r).__name__ for r in results] == ["Skipped", "Skipped", "Rejection"]
    assert isinstance(results[-1], Rejection) and results[-1].code == "E120"


def test_garbage_with_a_warc_name_is_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.warc"
    path.write_bytes(b"das ist kein Archiv\n" * 50)
    (rejection,) = read_all(path)
    assert isinstance(rejection, Rejection) and rejection.code == "E120"


def test_a_record_over_the_size_limit_is_rejected_and_the_archive_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "gross.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        response(writer, "https://www.talbruecker-bote.de/riesig", b"<html><body>" + b"<p>Wort</p>" * 200_000)
        response(writer, "https://www.talbruecker-bote.de/hochwasser", PAGE.encode())
    results = read_all(path, max_bytes=100_000)
    assert [type(r).__name__ for r in results] == ["Rejection", "SourceDoc"]
    assert isinstance(results[0], Rejection) and results[0].code == "E105"


def test_an_ingested_archive_counts_every_record(tmp_path: Path) -> None:
    path = archive(tmp_path / "crawl.warc.gz")
    store = open_store(tmp_path / "q.db")
    report = ingest_paths([str(path)], store)
    assert [o.status for o in report.outcomes].count(Status.SKIPPED) == 4
    assert report.count(Status.NEW) == 1 and len(report.outcomes) == 5
    article = store.article(next(o.article_id for o in report.outcomes if o.article_id))
    assert article.fetched == datetime(2020, 3, 5, 18, 30, tzinfo=UTC)
    assert article.url == "https://www.talbruecker-bote.de/hochwasser"


def test_a_record_with_mangled_headers_ends_the_archive_as_a_rejection(tmp_path: Path) -> None:
    """Found by the fuzz harness: warcio raised AttributeError for a record whose type line moved."""
    path = archive(tmp_path / "crawl.warc", gzip=False)
    data = path.read_bytes().replace(b"WARC-Type: request\r\n", b"WARC-Type: request\r\n\r\n", 1)
    path.write_bytes(data)
    results = read_all(path)
    assert results and all(isinstance(r, SourceDoc | Rejection | ingest.Skipped) for r in results)
    assert any(isinstance(r, Rejection) and r.code == "E120" for r in results)


@pytest.mark.parametrize("cut", [120, 200, 300])
def test_an_archive_cut_inside_a_record_header_is_a_rejection_not_nothing(tmp_path: Path, cut: int) -> None:
    """Found in review: such a file gave no outcome at all."""
    path = archive(tmp_path / "crawl.warc", gzip=False)
    path.write_bytes(path.read_bytes()[:cut])
    results = read_all(path)
    assert any(isinstance(r, Rejection) and r.code == "E120" for r in results)
