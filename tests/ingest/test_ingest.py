"""Reading inputs: formats, metadata sources, and every kind of bad input as a Rejection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quellenlage import ingest
from quellenlage.errors import InputError
from quellenlage.ingest.decode import decode
from quellenlage.model import Format, Metadata, Rejection, SourceDoc

ARTICLE = (
    "Haushalt beschlossen\n\nDer Stadtrat hat am Montag über den Haushalt beraten. Er stimmte knapp zu.\n"
)
HTML = (
    "<html><head><title>Haushalt beschlossen</title>"
    '<meta property="article:published_time" content="2026-03-04T06:30:00+01:00"></head><body>'
    "<article><h1>Haushalt beschlossen</h1>"
    + "<p>Der Stadtrat hat am Montag lange über den neuen Haushalt der Stadt beraten und abgestimmt.</p>" * 4
    + "</article></body></html>"
)


def read_all(*paths: str | Path, meta: Metadata | None = None, max_bytes: int = 5_000_000) -> list[object]:
    return list(ingest.read_all([str(p) for p in paths], meta or Metadata(), max_bytes))


def only(items: list[object]) -> object:
    assert len(items) == 1, items
    return items[0]


def rejected(items: list[object]) -> Rejection:
    item = only(items)
    assert isinstance(item, Rejection)
    assert item.stage == "ingest"
    assert item.reason
    return item


def test_text_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    doc = only(read_all(tmp_path / "a.txt"))
    assert isinstance(doc, SourceDoc)
    assert doc.format is Format.TEXT
    assert doc.text == ARTICLE


def test_folder_is_searched_recursively_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    items = read_all(tmp_path)
    docs = [i for i in items if isinstance(i, SourceDoc)]
    skipped = [i for i in items if isinstance(i, ingest.Skipped)]
    assert [Path(d.origin).name for d in docs] == ["a.txt", "b.txt"]
    assert [(Path(s.origin).name, s.reason) for s in skipped] == [
        (".hidden.txt", "a hidden file"),
        ("notes.md", "not a text, HTML, JSONL, feed or WARC file, nor one of them gzipped"),
    ]


def test_glob(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.html"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    assert len(read_all(f"{tmp_path}/*.txt")) == 2


def test_glob_without_match_is_rejected(tmp_path: Path) -> None:
    assert rejected(read_all(f"{tmp_path}/*.nothing")).code == "E102"


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    assert rejected(read_all(tmp_path / "missing.txt")).code == "E101"


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    assert rejected(read_all(tmp_path / "e.txt")).code == "E103"


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert rejected(read_all(tmp_path / "img.txt")).code == "E104"


def test_file_over_the_size_limit_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 10, encoding="utf-8")
    rej = rejected(read_all(tmp_path / "big.txt", max_bytes=100))
    assert rej.code == "E105"
    assert "--max-bytes" in rej.reason


def test_latin1_is_detected_not_rejected(tmp_path: Path) -> None:
    text = (
        "Größere Änderungen im Haushalt\n\nDer Stadtrat hat über die Straßenreinigung und Gebühren beraten."
    )
    (tmp_path / "l.txt").write_bytes(text.encode("cp1252"))
    doc = only(read_all(tmp_path / "l.txt"))
    assert isinstance(doc, SourceDoc)
    assert "Straßenreinigung" in doc.text


def test_control_bytes_are_refused_as_binary() -> None:
    with pytest.raises(InputError) as info:
        decode(b"\x00\x01\x02\x03" * 100, "x")
    assert info.value.code == "E104"


def test_bytes_no_charset_explains_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    class Nothing:
        def best(self) -> None:
            return None

    monkeypatch.setattr("charset_normalizer.from_bytes", lambda data: Nothing())
    with pytest.raises(InputError) as info:
        decode("Stra\u00dfe".encode("latin-1") + b"\xff\xfe\xfd", "x")
    assert info.value.code == "E106"


def test_utf16_with_bom(tmp_path: Path) -> None:
    (tmp_path / "u.txt").write_bytes(ARTICLE.encode("utf-16"))
    doc = only(read_all(tmp_path / "u.txt"))
    assert isinstance(doc, SourceDoc) and doc.text.startswith("Haushalt")


def test_jsonl_bad_lines_are_rejected_and_the_rest_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "outlet": "Stadtblatt", "published": "2026-03-04T06:30:00+01:00"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps(["a list"]),
        json.dumps({"text": ARTICLE + "Mehr.", "published": "gestern"}),
        json.dumps({"text": ARTICLE + "Noch mehr.", "url": "https://stadtblatt.example/a"}),
    ]
    (tmp_path / "f.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read_all(tmp_path / "f.jsonl")
    docs = [i for i in items if isinstance(i, SourceDoc)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert len(docs) == 2
    assert docs[0].meta.outlet == "Stadtblatt"
    assert docs[0].meta.published is not None and docs[0].meta.published.utcoffset() is not None
    assert docs[0].origin.endswith("f.jsonl:1")
    assert [(r.code, r.origin.rsplit(":", 1)[1]) for r in rejections] == [
        ("E108", "2"), ("E109", "3"), ("E108", "5"), ("E111", "6"),
    ]  # fmt: skip


def test_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        '{"outlet": "Stadtblatt", "url": "https://s.example/a"}', encoding="utf-8"
    )
    doc = only(read_all(tmp_path))
    assert isinstance(doc, SourceDoc)
    assert doc.meta.outlet == "Stadtblatt"
    assert doc.meta.url == "https://s.example/a"


def test_command_line_metadata_wins_over_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "Stadtblatt"}', encoding="utf-8")
    doc = only(read_all(tmp_path / "a.txt", meta=Metadata(outlet="Kurier")))
    assert isinstance(doc, SourceDoc) and doc.meta.outlet == "Kurier"


def test_broken_sidecar_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{broken", encoding="utf-8")
    assert rejected(read_all(tmp_path / "a.txt")).code == "E112"


def test_html_page(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    doc = only(read_all(tmp_path / "p.html"))
    assert isinstance(doc, SourceDoc)
    assert doc.format is Format.HTML
    assert doc.meta.title == "Haushalt beschlossen"
    assert doc.meta.published is not None and doc.meta.published.isoformat().startswith("2026-03-04T06:30")
    assert "Stadtrat" in doc.text


def test_html_without_main_text_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "n.html").write_text(
        "<html><body><nav><a href='/'>Start</a></nav></body></html>", encoding="utf-8"
    )
    assert rejected(read_all(tmp_path / "n.html")).code == "E110"


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page.dat").write_text(HTML, encoding="utf-8")
    (tmp_path / "plain.dat").write_text(ARTICLE, encoding="utf-8")
    formats = [
        d.format for d in read_all(tmp_path / "page.dat", tmp_path / "plain.dat") if isinstance(d, SourceDoc)
    ]
    assert formats == [Format.HTML, Format.TEXT]


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert rejected(read_all(tmp_path / "a.txt")).code == "E107"


@pytest.mark.parametrize(
    ("meta", "url", "outlet"),
    [
        ('<meta name="twitter:site" content="@derspiegel">', "https://www.spiegel.de/a", "Der Spiegel"),
        ('<meta property="og:site_name" content="Golem.de">', "https://www.golem.de/a", "Golem.de"),
        (
            '<meta property="og:site_name" content="www.bote.example">',
            "https://www.bote.example/a",
            "bote.example",
        ),
    ],
)
def test_a_site_name_that_is_a_handle_or_the_own_host_gives_way_to_the_url(
    meta: str, url: str, outlet: str
) -> None:
    from quellenlage.clean import clean
    from quellenlage.ingest.html import read_html

    page = (
        f"<html><head><title>Bus</title>{meta}</head><body><article><h1>Neue Buslinie</h1>"
        "<p>Ab Montag fährt die Linie 12 auch nach Oberried, teilten die Stadtwerke Talbrück"
        " am Freitag mit.</p><p>„Damit schließen wir eine Lücke im Netz“, sagte Betriebsleiterin"
        " Carla Hübner.</p></article></body></html>"
    )
    assert clean(read_html(page, "p", Metadata(url=url))).outlet == outlet
