"""Fetching by URL: through httpx.MockTransport (no network), and once from a server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from quellenlage import ingest
from quellenlage.cli import app
from quellenlage.errors import InputError
from quellenlage.ingest.fetch import USER_AGENT, Fetcher
from quellenlage.model import Format, Metadata, Rejection, SourceDoc
from quellenlage.pipeline import Status, ingest_paths
from quellenlage.store import open_store

PAGE = (
    "<!doctype html><html><head><title>Neue Buslinie</title></head><body><article><h1>Neue Buslinie</h1>"
    "<p>Ab Montag fährt die Linie 12 auch nach Oberried, teilten die Stadtwerke Talbrück am Freitag mit.</p>"
    "<p>„Damit schließen wir eine Lücke im Netz“, sagte Betriebsleiterin Carla Hübner.</p>"
    "</article></body></html>"
).encode()
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Bote</title>
<item><title>Neue Buslinie</title><link>https://bote.example/bus</link><guid>bus</guid>
<description>Die Stadtwerke erweitern das Netz.</description></item></channel></rss>"""

Handler = Callable[[httpx.Request], httpx.Response]


def public(_host: str) -> list[str]:
    return ["93.184.215.14"]  # a global address: the checks pass without a lookup


def fetcher(handler: Handler, **options: object) -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(handler), resolve=public, **options)  # type: ignore[arg-type]


def site(pages: dict[str, httpx.Response]) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return pages.get(request.url.path, httpx.Response(404))

    return handle, seen


def html(body: bytes = PAGE) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": "text/html; charset=utf-8"})


def test_a_page_is_fetched_with_our_user_agent_after_robots_txt() -> None:
    handle, seen = site({"/bus": html()})
    got = fetcher(handle).get("https://bote.example/bus")
    assert got.content == PAGE and got.url == "https://bote.example/bus"
    assert [r.url.path for r in seen] == ["/robots.txt", "/bus"]
    assert all(r.headers["user-agent"] == USER_AGENT for r in seen)


def test_robots_txt_is_read_once_per_host_and_honoured() -> None:
    robots = httpx.Response(200, text="User-agent: *\nDisallow: /intern/\n")
    handle, seen = site({"/robots.txt": robots, "/bus": html(), "/intern/a": html()})
    f = fetcher(handle)
    f.get("https://bote.example/bus")
    with pytest.raises(InputError) as refused:
        f.get("https://bote.example/intern/a")
    assert refused.value.code == "E123"
    assert [r.url.path for r in seen] == ["/robots.txt", "/bus"]


def test_a_server_error_on_robots_txt_forbids_the_host() -> None:
    handle, _ = site({"/robots.txt": httpx.Response(503), "/bus": html()})
    with pytest.raises(InputError) as refused:
        fetcher(handle).get("https://bote.example/bus")
    assert refused.value.code == "E123"


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "192.168.0.10", "169.254.169.254", "::1", "fe80::1", "::ffff:127.0.0.1"],
)
def test_private_loopback_and_link_local_addresses_are_refused(address: str) -> None:
    handle, seen = site({"/bus": html()})
    f = Fetcher(transport=httpx.MockTransport(handle), resolve=lambda _h: [address])
    with pytest.raises(InputError) as refused:
        f.get("https://bote.example/bus")
    assert refused.value.code == "E122" and address in refused.value.message
    assert not seen  # not even robots.txt was asked for


def test_a_redirect_to_a_private_address_is_refused() -> None:
    handle, _ = site({"/bus": httpx.Response(302, headers={"location": "http://127.0.0.1:8080/admin"})})
    with pytest.raises(InputError) as refused:
        fetcher(handle).get("https://bote.example/bus")
    assert refused.value.code == "E122"


def test_redirects_are_followed_a_bounded_number_of_times() -> None:
    loop = httpx.Response(301, headers={"location": "/kreis"})
    handle, _ = site({"/kreis": loop})
    with pytest.raises(InputError) as refused:
        fetcher(handle, max_redirects=3).get("https://bote.example/kreis")
    assert refused.value.code == "E124"
    handle, _ = site({"/alt": httpx.Response(301, headers={"location": "/bus"}), "/bus": html()})
    assert fetcher(handle).get("https://bote.example/alt").url == "https://bote.example/bus"


@pytest.mark.parametrize("declared", [True, False])
def test_a_body_over_the_limit_is_not_read_to_its_end(declared: bool) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        chunks = (b"x" * 65536 for _ in range(1000))  # 65 MB, were it all read
        headers = {"content-length": str(65536 * 1000)} if declared else {}
        return httpx.Response(200, content=chunks, headers=headers)

    with pytest.raises(InputError) as refused:
        fetcher(handle, max_bytes=200_000).get("https://bote.example/gross")
    assert refused.value.code == "E105"


@pytest.mark.parametrize(
    ("url", "code"), [("ftp://bote.example/a", "E121"), ("file:///etc/passwd", "E121"), ("https://", "E121")]
)
def test_only_http_urls_with_a_host_are_fetched(url: str, code: str) -> None:
    handle, seen = site({})
    with pytest.raises(InputError) as refused:
        fetcher(handle).get(url)
    assert refused.value.code == code and not seen


def test_http_errors_and_network_failures_are_rejections() -> None:
    handle, _ = site({})
    with pytest.raises(InputError) as missing:
        fetcher(handle).get("https://bote.example/weg")
    assert missing.value.code == "E125" and "404" in missing.value.message

    def down(_request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out")

    with pytest.raises(InputError) as failed:
        fetcher(down).get("https://bote.example/bus")
    assert failed.value.code in ("E123", "E126")  # robots.txt unreachable forbids the host


def test_a_feed_by_url_reads_each_teaser_from_its_page() -> None:
    rss = httpx.Response(200, content=FEED, headers={"content-type": "application/rss+xml"})
    handle, seen = site({"/feed": rss, "/bus": html()})
    results = list(
        ingest.read(ingest.Remote("https://bote.example/feed"), Metadata(), 5_000_000, fetcher(handle))
    )
    (doc,) = results
    assert isinstance(doc, SourceDoc) and doc.format is Format.FEED
    assert doc.origin == "https://bote.example/feed#bus"
    assert "Betriebsleiterin Carla Hübner" in doc.text  # the page, not the one-line teaser
    assert doc.meta.url == "https://bote.example/bus" and doc.meta.fetched is not None
    assert [r.url.path for r in seen] == ["/robots.txt", "/feed", "/bus"]


def test_a_teaser_whose_page_cannot_be_had_keeps_its_summary() -> None:
    rss = httpx.Response(200, content=FEED, headers={"content-type": "application/rss+xml"})
    handle, _ = site({"/feed": rss})
    (doc,) = ingest.read(ingest.Remote("https://bote.example/feed"), Metadata(), 5_000_000, fetcher(handle))
    assert isinstance(doc, SourceDoc) and doc.text == "Neue Buslinie\n\nDie Stadtwerke erweitern das Netz."


def test_a_url_that_fails_is_a_stored_rejection_and_the_batch_goes_on(tmp_path: Path) -> None:
    handle, _ = site({"/bus": html()})
    store = open_store(tmp_path / "q.db")
    report = ingest_paths(
        ["https://bote.example/weg", "https://bote.example/bus"], store, fetcher=fetcher(handle)
    )
    assert [(o.status, o.code) for o in report.outcomes] == [(Status.REJECTED, "E125"), (Status.NEW, None)]
    assert [r.code for r in store.rejections()] == ["E125"]


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body, status = (PAGE, 200) if self.path == "/bus" else (b"", 404)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def local_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_cli_refuses_a_local_server_unless_private_addresses_are_allowed(
    tmp_path: Path, local_site: str
) -> None:
    db = str(tmp_path / "q.db")
    runner = CliRunner()
    refused = runner.invoke(app, ["ingest", f"{local_site}/bus", "--db", db])
    assert refused.exit_code == 1 and "E122" in refused.output
    allowed = runner.invoke(app, ["ingest", f"{local_site}/bus", "--db", db, "--allow-private"])
    assert allowed.exit_code == 0, allowed.output
    assert "1 new" in allowed.output
    store = open_store(tmp_path / "q.db")
    (row,) = store.rejections()
    assert isinstance(row, Rejection) and row.code == "E122"
    assert store.article_count() == 1


def test_an_own_outlet_table_names_the_outlet_of_a_page_without_one(tmp_path: Path) -> None:
    handle, _ = site({"/bus": html()})
    store = open_store(tmp_path / "q.db")
    report = ingest_paths(
        ["https://m.bote.example/bus"],
        store,
        fetcher=fetcher(handle),
        outlets={"bote.example": "Talbrücker Bote"},
    )
    assert store.article(report.outcomes[0].article_id or "").outlet == "Talbrücker Bote"


@pytest.mark.parametrize(
    ("url", "address", "sent", "host"),
    [
        ("https://bote.example/bus", "93.184.215.14", "https://93.184.215.14/bus", "bote.example"),
        (
            "http://bote.example:8080/bus?x=1",
            "2606:4700::1",
            "http://[2606:4700::1]:8080/bus?x=1",
            "bote.example:8080",
        ),
    ],
)
def test_the_request_goes_to_the_checked_address_not_to_a_second_lookup(
    url: str, address: str, sent: str, host: str
) -> None:
    """A name server that answers with a public address for the check and a private one when the
    connection is made (DNS rebinding) is never asked twice: the request connects to the checked address."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return html() if request.url.path == "/bus" else httpx.Response(404)

    answers = iter([[address], ["127.0.0.1"], ["127.0.0.1"]])
    f = Fetcher(transport=httpx.MockTransport(handle), resolve=lambda _h: next(answers))
    assert f.get(url).content == PAGE
    page = seen[-1]
    assert str(page.url) == sent and page.headers["host"] == host
    if url.startswith("https"):
        assert page.extensions["sni_hostname"] == "bote.example"


@pytest.mark.parametrize(
    "link", ["https://bote.example:80a/bus", "https://bote.example:99999/bus", "http://[::1/x"]
)
def test_a_feed_entry_with_a_malformed_link_keeps_its_summary_and_the_batch_goes_on(
    tmp_path: Path, link: str
) -> None:
    """Found in review: httpx.InvalidURL escaped from the page fetch and aborted the whole ingest."""
    feed = FEED.replace(b"https://bote.example/bus", link.encode())
    rss = httpx.Response(200, content=feed, headers={"content-type": "application/rss+xml"})
    handle, _ = site({"/feed": rss})
    report = ingest_paths(
        ["https://bote.example/feed"], open_store(tmp_path / "q.db"), fetcher=fetcher(handle)
    )
    assert [o.status for o in report.outcomes] == [Status.NEW]
    with pytest.raises(InputError) as refused:
        fetcher(handle).get(link)
    assert refused.value.code == "E121"


@pytest.mark.parametrize(
    ("robots", "path", "allowed"),
    [
        ("User-agent: *\nAllow: /\nDisallow: /intern/\n", "/intern/a", False),  # the longest rule wins
        ("User-agent: *\nDisallow: /*/intern/\n", "/a/intern/b", False),  # wildcards
        ("User-agent: *\nDisallow: /*?print=\n", "/bus?print=1", False),
        ("User-agent: *\nDisallow: /\n\nUser-agent: quellenlage\nAllow: /\n", "/bus", True),  # our own group
        ("Crawl-delay: ²\nUser-agent: *\nDisallow: /intern/\n", "/bus", True),  # junk lines are ignored
    ],
)
def test_robots_txt_is_read_as_rfc_9309_says(robots: str, path: str, allowed: bool) -> None:
    """Found in review: Python's robot parser matched the first rule, knew no wildcards and no groups of
    our product token."""
    handle, _ = site({"/robots.txt": httpx.Response(200, text=robots), path.split("?")[0]: html()})
    f = fetcher(handle)
    if allowed:
        assert f.get(f"https://bote.example{path}").content == PAGE
    else:
        with pytest.raises(InputError) as refused:
            f.get(f"https://bote.example{path}")
        assert refused.value.code == "E123"


def test_a_redirected_robots_txt_is_followed() -> None:
    moved = httpx.Response(301, headers={"location": "/echte-robots.txt"})
    rules = httpx.Response(200, text="User-agent: *\nDisallow: /\n")
    handle, _ = site({"/robots.txt": moved, "/echte-robots.txt": rules, "/bus": html()})
    with pytest.raises(InputError) as refused:
        fetcher(handle).get("https://bote.example/bus")
    assert refused.value.code == "E123"


@pytest.mark.parametrize("address", ["64:ff9b::a00:1", "64:ff9b::7f00:1", "2002:7f00:1::1", "::7f00:1"])
def test_ipv6_forms_that_embed_a_private_ipv4_address_are_refused(address: str) -> None:
    handle, seen = site({"/bus": html()})
    with pytest.raises(InputError) as refused:
        Fetcher(transport=httpx.MockTransport(handle), resolve=lambda _h: [address]).get(
            "https://bote.example/bus"
        )
    assert refused.value.code == "E122" and not seen


def test_tls_is_asked_for_the_ascii_form_of_an_international_name() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return html() if request.url.path == "/bus" else httpx.Response(404)

    fetcher(handle).get("https://straße.example/bus")
    assert seen[-1].extensions["sni_hostname"] == "xn--strae-oqa.example"


def test_a_redirect_without_a_location_is_an_http_error() -> None:
    handle, _ = site({"/bus": httpx.Response(302)})
    with pytest.raises(InputError) as refused:
        fetcher(handle).get("https://bote.example/bus")
    assert refused.value.code == "E125"


def test_an_xhtml_page_is_read_as_a_page_not_as_a_feed() -> None:
    xhtml = b'<?xml version="1.0" encoding="utf-8"?>\n' + PAGE.replace(b"<!doctype html>", b"")
    page = httpx.Response(200, content=xhtml, headers={"content-type": "application/xhtml+xml"})
    handle, _ = site({"/bus": page})
    (doc,) = ingest.read(ingest.Remote("https://bote.example/bus"), Metadata(), 5_000_000, fetcher(handle))
    assert isinstance(doc, SourceDoc) and doc.format is Format.HTML
    assert "Betriebsleiterin Carla Hübner" in doc.text
