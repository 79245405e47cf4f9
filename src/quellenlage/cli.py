"""The command line: the only module that prints.

Exit codes: 0 when everything was handled, 1 when an input was rejected (or an evaluation
failed), 2 on usage errors, 70 on a crash (a bug).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from quellenlage import queries, serialize
from quellenlage.config import SETTINGS, Settings, parse_interval
from quellenlage.errors import QuellenlageError, UsageError
from quellenlage.ingest import ALREADY_STORED
from quellenlage.ingest.fetch import Fetcher
from quellenlage.ingest.meta import parse_published
from quellenlage.model import Metadata, Role
from quellenlage.nlp import meta as nlpmeta
from quellenlage.pipeline import IngestReport, Status, Watch, ingest_paths, poll
from quellenlage.pipeline import rebuild as rebuild_stories
from quellenlage.store import Store, open_store

app = typer.Typer(
    help="Quellenlage: who said what, through which medium, carried by which outlets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the product on evaluation sets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
spkatt_app = typer.Typer(
    help="SpkAtt-2023 Task 2 speaker attribution: predict and score.", no_args_is_help=True
)
app.add_typer(spkatt_app, name="spkatt")

# Piped output is read by people in wide terminals and by grep: do not wrap it at 80 columns.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False)

DbOption = typer.Option(
    None, "--db", help=f"SQLite file [env QUELLENLAGE_DB, default {SETTINGS['QUELLENLAGE_DB'][0]}]"
)
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")
AllowPrivateOption = typer.Option(
    False,
    "--allow-private",
    help="Fetch URLs on private, loopback and link-local addresses (refused by default).",
)
FollowLinksOption = typer.Option(
    False,
    "--follow-links",
    help="Read a feed file's teasers from their linked pages (always done for feeds fetched by URL).",
)
#: A table shows this many rows unless --limit says otherwise; --json gives every row unless limited.
TABLE_PAGE = 100
LimitOption = typer.Option(
    None,
    "--limit",
    min=1,
    help=f"Show at most this many (a page) [default: {TABLE_PAGE} in a table, all in JSON].",
)


def _page(limit: int | None, as_json: bool) -> int | None:
    return limit if limit is not None or as_json else TABLE_PAGE


def _more(shown: int, total: int, offset: int, what: str) -> str:
    """ "100 of 5,820 claims; --offset 100 for the next page" when a page does not show everything."""
    if shown >= total:
        return f"{shown} {what}"
    after = offset + shown
    hint = f"; --offset {after} for the next page" if after < total else ""
    return f"{shown} of {total} {what}{hint}"


OffsetOption = typer.Option(0, "--offset", min=0, help="Skip this many first (the next page).")


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except QuellenlageError as e:
        _fail(e)


def _outlet_table(settings: Settings) -> dict[str, str]:
    try:
        return settings.outlet_table()
    except QuellenlageError as e:
        _fail(e)


def _fail(e: QuellenlageError) -> NoReturn:
    err.print(f"[bold red]error[/] {e.code}: {escape(e.message)}\n  → {escape(e.hint)}")
    raise typer.Exit(2 if isinstance(e, UsageError) else 1)


@contextmanager
def _store(db: Path | None) -> Iterator[Store]:
    try:
        store = open_store(db or _settings().db)
    except QuellenlageError as e:
        _fail(e)
    try:
        yield store
    except QuellenlageError as e:
        _fail(e)
    finally:
        store.close()


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- ingest ---------------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: list[str] = typer.Argument(
        ..., help="Files, folders (searched recursively), quoted globs, or http(s) URLs of pages and feeds."
    ),
    db: Path | None = DbOption,
    outlet: str | None = typer.Option(
        None, help="Outlet of every input (overrides sidecars and JSONL fields)."
    ),
    url: str | None = typer.Option(None, help="URL of every input."),
    published: str | None = typer.Option(None, help="Publication time of every input, ISO 8601."),
    max_bytes: int | None = typer.Option(
        None, help="Reject inputs larger than this [env QUELLENLAGE_MAX_BYTES, default 5000000].", min=1
    ),
    article_seconds: float | None = typer.Option(
        None,
        help="Reject an article whose stages take longer, in seconds [env QUELLENLAGE_ARTICLE_SECONDS, 120].",
        min=0.001,
    ),
    allow_private: bool = AllowPrivateOption,
    follow_links: bool = FollowLinksOption,
    as_json: bool = JsonOption,
) -> None:
    """Read, clean and store articles from files, folders, feeds, web archives and URLs. The same article
    twice is stored once."""
    try:
        meta = Metadata(outlet=outlet, url=url, published=parse_published(published))
    except QuellenlageError as e:
        raise typer.BadParameter(e.message, param_hint="--published") from e
    settings = _settings()
    limit = max_bytes or settings.max_bytes
    table = _outlet_table(settings)
    fetcher = Fetcher(max_bytes=limit, allow_private=allow_private)
    with _store(db) as store, closing(fetcher):
        show = err.is_terminal and not as_json
        with Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=err, transient=True, disable=not show,
        ) as bar:  # fmt: skip
            task = bar.add_task("ingest", total=None)
            report = ingest_paths(
                paths,
                store,
                meta,
                limit,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                article_seconds=article_seconds or settings.article_seconds,
                fetcher=fetcher,
                follow_links=follow_links,
                outlets=table,
            )
    if as_json:
        _print_json(_report_json(report))
    else:
        _print_report(report)
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def watch(
    paths: list[str] = typer.Argument(..., help="Feeds (files or URLs), folders, files or globs to poll."),
    every: str = typer.Option("10m", help="Time between polls: seconds, or a number with s, m, h or d."),
    polls: int | None = typer.Option(None, help="Stop after this many polls (default: until Ctrl-C).", min=1),
    db: Path | None = DbOption,
    allow_private: bool = AllowPrivateOption,
    follow_links: bool = FollowLinksOption,
    as_json: bool = JsonOption,
) -> None:
    """Poll feeds and folders and ingest what is new: files new or changed since the last poll, feed
    entries not stored yet. Ctrl-C stops between two writes; nothing is left half-written."""
    try:
        pause = parse_interval(every)
    except QuellenlageError as e:
        raise typer.BadParameter(e.message, param_hint="--every") from e
    settings = _settings()
    table = _outlet_table(settings)
    state = Watch()
    fetcher = Fetcher(max_bytes=settings.max_bytes, allow_private=allow_private)
    rejected = False
    try:
        with _store(db) as store, closing(fetcher):
            while polls is None or state.polls < polls:
                if state.polls:
                    time.sleep(pause)
                report = poll(
                    paths,
                    store,
                    state,
                    max_bytes=settings.max_bytes,
                    article_seconds=settings.article_seconds,
                    fetcher=fetcher,
                    follow_links=follow_links,
                    outlets=table,
                )
                rejected = rejected or not report.ok
                _print_poll(state.polls, report, as_json)
    except KeyboardInterrupt:
        err.print(f"stopped after {state.polls} polls; every article was written whole or not at all")
        raise typer.Exit(130) from None
    raise typer.Exit(1 if rejected else 0)


def _print_poll(number: int, report: IngestReport, as_json: bool) -> None:
    fresh = IngestReport([o for o in report.outcomes if o.reason != ALREADY_STORED])
    if as_json:
        sys.stdout.write(json.dumps({"poll": number, **_report_json(fresh)}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    if not fresh.outcomes:
        out.print(f"poll {number}: nothing new")
        return
    out.print(f"poll {number}: ", end="")
    _print_report(fresh)


def _report_json(report: IngestReport) -> dict[str, Any]:
    return {
        "counts": {str(s): report.count(s) for s in Status},
        "outcomes": [
            {k: v for k, v in (("status", str(o.status)), *vars_of(o)) if v is not None}
            for o in report.outcomes
        ],
    }


def vars_of(o: Any) -> list[tuple[str, Any]]:
    return [(k, getattr(o, k)) for k in ("origin", "article_id", "title", "code", "reason")]


def _print_report(report: IngestReport) -> None:
    counts = {s: report.count(s) for s in Status}
    total = sum(counts.values())
    out.print(
        f"[bold]{total} inputs[/]: [green]{counts[Status.NEW]} new[/], {counts[Status.DUPLICATE]} duplicate, "
        f"[red]{counts[Status.REJECTED]} rejected[/], {counts[Status.SKIPPED]} skipped"
    )
    shown = 0
    for o in report.outcomes:
        if shown >= 50:
            out.print("  … and more; see [bold]quellenlage rejections[/] and [bold]quellenlage articles[/]")
            break
        if o.status is Status.NEW and counts[Status.NEW] <= 20:
            out.print(f"  [green]new[/]        {o.article_id}  {escape(o.title or '(no title)')}")
        elif o.status is Status.DUPLICATE:
            out.print(f"  duplicate  {o.article_id}  {escape(o.origin)} is already stored")
        elif o.status is Status.REJECTED:
            out.print(f"  [red]rejected[/]   {o.code}  {escape(o.origin)}: {escape(o.reason or '')}")
        elif o.status is Status.SKIPPED:
            out.print(f"  skipped    {escape(o.origin)}: {escape(o.reason or '')}")
        else:
            continue
        shown += 1


# --- reading the store -----------------------------------------------------------------------------


@app.command()
def articles(db: Path | None = DbOption, as_json: bool = JsonOption) -> None:
    """List stored articles, oldest first."""
    with _store(db) as store:
        rows = store.articles()
    if as_json:
        _print_json([serialize.article_summary(r) for r in rows])
        return
    table = Table("id", "published", "outlet", "title", box=None)
    for r in rows:
        table.add_row(r.id, (r.published or "")[:16], r.outlet or "", escape(r.title or ""))
    out.print(table)
    out.print(f"{len(rows)} articles")


@app.command()
def article(
    ref: str = typer.Argument(..., help="Article id, or its first characters."),
    db: Path | None = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one article: metadata, paragraphs with their roles, and what cleaning removed."""
    with _store(db) as store:
        art = store.article(ref)
        data = serialize.article(art, store.origins(art.id))
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{escape(data['title'] or '(no title)')}[/]  [dim]{data['id']}[/]")
    for label in (
        "kicker",
        "outlet",
        "published",
        "authors",
        "agencies",
        "url",
        "fetched",
        "language",
        "warnings",
    ):
        value = data[label]
        if value:
            out.print(f"  {label}: {escape(', '.join(value) if isinstance(value, list) else str(value))}")
    out.print()
    for p in data["paragraphs"]:
        if p["role"] in (Role.TITLE, Role.KICKER):
            continue
        style = {"lead": "bold", "subheading": "bold underline", "bullet": "italic"}.get(p["role"], "")
        prefix = "• " if p["role"] == Role.BULLET else ""
        text = escape(prefix + p["text"])
        out.print(f"[{style}]{text}[/]" if style else text)
        out.print()
    if data["statements"]:
        out.print("[bold]statements:[/]")
        for st in data["statements"]:
            actor = st["source"]["actor"] or "?"
            cue = st["cue"]["text"] if st["cue"] else "—"
            extras = [st[k]["text"] for k in ("medium", "addressee", "time") if st[k]]
            line = f"  {st['id']:<4} {actor} [{st['form']}, {cue}]"
            line += f" ({'; '.join(extras)})" if extras else ""
            line += f" {st['polarity']}" if st["polarity"] != "assert" else ""
            out.print(escape(line))
            out.print(f"       [italic]{escape(_short(st['message']['text'], 160))}[/]")
        out.print()
    if data["removed"]:
        out.print("[dim]removed:[/]")
        for r in data["removed"]:
            out.print(f"[dim]  {r['kind']:<10} {escape(_short(r['text'], 100))}[/]")


@app.command()
def statements(
    actor: str | None = typer.Option(
        None, "--actor", help="Only statements whose source actor contains this."
    ),
    limit: int | None = LimitOption,
    offset: int = OffsetOption,
    db: Path | None = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """List speech events across articles: who said what, through which medium."""
    with _store(db) as store:
        rows = store.statements(actor, _page(limit, as_json), offset)
        total = store.count_statements(actor)
    if as_json:
        _print_json([{"article": art.id} | serialize.statement(art, st) for art, st in rows])
        return
    table = Table("article", "id", "form", "actor", "cue", "message", box=None)
    for art, st in rows:
        message = art.spans_text(st.message)
        table.add_row(
            art.id[:8], st.id, str(st.form), escape(st.actor or ""), escape(art.spans_text(st.cue)),
            escape(_short(message, 90)),
        )  # fmt: skip
    out.print(table)
    out.print(_more(len(rows), total, offset, "statements"))


def _note_stale(store: Store) -> None:
    if queries.stale(store):
        err.print(
            "[yellow]note:[/] these stories were made by other clustering rules than this version's, or "
            "before stories were stored; run 'quellenlage rebuild' to recompute them"
        )


@app.command()
def rebuild(db: Path | None = DbOption) -> None:
    """Recompute the stories and their claim ledgers from the stored articles with this version's rules,
    oldest first (for example after an upgrade). Equals ingesting the same articles in time order;
    articles are kept."""
    with _store(db) as store:
        joined = rebuild_stories(store)
        count = store.story_count()
    out.print(f"rebuilt: {joined} articles in {count} stories")


@app.command()
def stories(
    db: Path | None = DbOption,
    limit: int | None = LimitOption,
    offset: int = OffsetOption,
    as_json: bool = JsonOption,
) -> None:
    """List stories: articles about one event across outlets, with wire copies marked."""
    with _store(db) as store:
        _note_stale(store)
        page = queries.stories(store, _page(limit, as_json), offset)
    if as_json:
        _print_json([serialize.story(s, page.members) for s in page.stories])
        return
    table = Table("id", "first seen", "articles", "outlets", "independent", "label", box=None)
    for s in page.stories:
        first = s.first_seen.isoformat()[:16] if s.first_seen else ""
        table.add_row(
            s.id, first, str(len(s.members)), escape(", ".join(s.outlets)),
            str(len(s.independent_outlets)), escape(s.label),
        )  # fmt: skip
    out.print(table)
    out.print(_more(len(page.stories), page.total, offset, "stories"))


@app.command()
def story(
    ref: str = typer.Argument(..., help="Story id, as listed by 'quellenlage stories'."),
    db: Path | None = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one story: its articles, outlets, wire copies and duplicates, and its claim ledger."""
    with _store(db) as store:
        _note_stale(store)
        view = queries.story(store, ref)
    data = serialize.story(view.story, view.members) | serialize.ledger(view.ledger, view.texts)
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{escape(data['label'])}[/]  [dim]{data['id']}[/]")
    outlets = escape(", ".join(data["outlets"]))
    out.print(f"  {data['first_seen'] or '?'} → {data['last_seen'] or '?'}; outlets: {outlets}")
    out.print(f"  independent: {escape(', '.join(data['independent_outlets']) or '—')}")
    for m in data["members"]:
        flags = " [wire]" if m["wire"] else ""
        flags += f" [copy of {m['duplicate_of']}]" if m["duplicate_of"] else ""
        out.print(f"  {m['id']}  {escape(m['outlet'] or '?'):<22} {escape(m['title'] or '')}{flags}")
    _print_claims(data["claims"])
    if data["unlinked_signals"]:
        out.print("[bold]signals that answer no claim here:[/]")
        for s in data["unlinked_signals"]:
            style = _STATUS_STYLE.get(_SIGNAL_STATUS.get(s["polarity"], ""), "dim")
            who = escape(s["actor"] or "?")
            where = escape(s["outlet"] or s["article"])
            out.print(f"  [{style}]{s['polarity']}[/] {who} ({where}): {escape(s['text'])}")
    if data["coverage"]:
        out.print("[bold]only here:[/]")
        for outlet, ids in data["coverage"].items():
            out.print(f"  {escape(outlet)}: {', '.join(ids)}")


_SIGNAL_STATUS = {
    "confirm": "confirmed",
    "deny": "denied",
    "not_confirmed": "not_confirmed",
    "no_comment": "declined_to_comment",
}
_STATUS_STYLE = {
    "confirmed": "green",
    "denied": "red",
    "not_confirmed": "yellow",
    "declined_to_comment": "yellow",
}


def _short(text: str, width: int) -> str:
    """Text cut at a word boundary to at most ``width`` characters, marked with an ellipsis when cut."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:–-") + "…"


def _print_claims(claims: list[dict[str, Any]]) -> None:
    if not claims:
        return
    table = Table("claim", "origin", "channels", "carried by", "status", "gist", box=None, show_lines=False)
    for c in claims:
        carried = ", ".join(f"{x['outlet']}{' (wire)' if x['wire'] else ''}" for x in c["carried_by"])
        status = c["status"]["value"]
        style = _STATUS_STYLE.get(status, "dim")
        status = "–" if status == "no_signal" else status  # no answer in the coverage: nothing to claim
        flags = " ⚠ attribution dropped" if c["attribution_dropped"] else ""
        flags += f" ↔ {', '.join(c['tension_with'])}" if c["tension_with"] else ""
        table.add_row(
            c["id"], escape(c["origin"]), escape(", ".join(c["channels"])), escape(carried),
            f"[{style}]{status}[/]", escape(_short(c["gist"], 70)) + flags,
        )  # fmt: skip
    out.print(table)


def _time_option(value: str | None, name: str) -> Any:
    try:
        return parse_published(value)
    except QuellenlageError as e:
        raise typer.BadParameter(e.message, param_hint=name) from e


@app.command()
def claims(
    status: str | None = typer.Option(
        None,
        help="Only claims with this status: confirmed, denied, not_confirmed, declined_to_comment, "
        "no_signal (no confirmation, denial or comment found in the coverage).",
    ),
    story_id: str | None = typer.Option(None, "--story", help="Only the claims of this story."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only claims this outlet carries."),
    actor: str | None = typer.Option(
        None, "--actor", help="Only claims of this origin (a surname finds the full name)."
    ),
    since: str | None = typer.Option(None, "--since", help="Only claims first seen at or after, ISO 8601."),
    until: str | None = typer.Option(None, "--until", help="Only claims first seen before, ISO 8601."),
    single_source: bool = typer.Option(False, "--single-source", help="Only claims no other origin states."),
    min_confidence: float | None = typer.Option(
        None,
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Only claims whose best statement has at least this confidence (default: the attribution "
        "model's threshold, where it has one).",
    ),
    show_all: bool = typer.Option(False, "--all", help="Every claim, whatever its confidence."),
    limit: int | None = LimitOption,
    offset: int = OffsetOption,
    db: Path | None = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """List claims across stories, with story, origin, carrying outlets and status."""
    query = queries.ClaimQuery(
        story=story_id, status=status, actor=actor, outlet=outlet, since=_time_option(since, "--since"),
        until=_time_option(until, "--until"), single_source=single_source, min_confidence=min_confidence,
        all=show_all, limit=_page(limit, as_json), offset=offset,
    )  # fmt: skip
    with _store(db) as store:
        _note_stale(store)
        try:
            page = queries.claims(store, query)
        except QuellenlageError as e:
            _fail(e)
    rows = [
        {"story": c.story, "story_label": page.labels.get(c.story, "")} | serialize.claim(c, page.texts)
        for c in page.claims
    ]
    if as_json:
        _print_json(rows)
        return
    _print_claims(rows)
    note = f"; {page.hidden} below confidence {page.cut} hidden (--all shows them)" if page.hidden else ""
    out.print(_more(len(rows), page.total, offset, "claims") + note)


@app.command()
def actors(
    db: Path | None = DbOption,
    limit: int | None = LimitOption,
    offset: int = OffsetOption,
    as_json: bool = JsonOption,
) -> None:
    """List actors: one canonical name per source, with the spellings seen, statement counts and outlets."""
    with _store(db) as store:
        _note_stale(store)
        page = queries.actors(store, _page(limit, as_json), offset)
    if as_json:
        _print_json([serialize.actor(a) for a in page.actors])
        return
    table = Table("name", "kind", "statements", "outlets", "aliases", box=None)
    for a in page.actors:
        table.add_row(
            escape(a.name),
            str(a.kind),
            str(a.statements),
            escape(", ".join(a.outlets)),
            escape("; ".join(a.aliases)),
        )
    out.print(table)
    out.print(_more(len(page.actors), page.total, offset, "actors"))


@app.command()
def actor(
    name: str = typer.Argument(..., help="A name or spelling of it (Selenski finds Wolodymyr Selenskyj)."),
    db: Path | None = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one actor and its statements."""
    with _store(db) as store:
        view = queries.actor(store, name)
    data = serialize.actor(view.actor) | {
        "said": [{"article": art.id} | serialize.statement(art, st) for art, st in view.said]
    }
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{escape(data['name'])}[/] ({data['kind']}), {data['statements']} statements")
    out.print(
        f"  spellings: {escape('; '.join(data['aliases']) or '—')}; "
        f"outlets: {escape(', '.join(data['outlets']))}"
    )
    for s in data["said"]:
        text = escape(_short(s["message"]["text"], 110))
        out.print(f"  {s['article'][:8]} {s['id']:<4} [{s['form']}] {text}")


@app.command()
def rejections(db: Path | None = DbOption, as_json: bool = JsonOption) -> None:
    """List inputs that could not be stored, with the reason and what to do."""
    with _store(db) as store:
        rows = store.rejections()
    if as_json:
        _print_json([serialize.rejection(r) for r in rows])
        return
    table = Table("code", "stage", "origin", "reason", box=None)
    for r in rows:
        table.add_row(r.code, r.stage, escape(r.origin), escape(r.reason))
    out.print(table)
    out.print(f"{len(rows)} rejections")


@app.command()
def outlets(as_json: bool = JsonOption) -> None:
    """List the domain table that names an article's outlet from its URL: the file of
    QUELLENLAGE_OUTLETS first, then the built-in defaults. A domain covers its subdomains."""
    own = _outlet_table(_settings())
    rows = [(d, n, "QUELLENLAGE_OUTLETS") for d, n in sorted(own.items())]
    rows += [(d, n, "built in") for d, n in nlpmeta.default_outlet_domains() if d not in own]
    if as_json:
        _print_json([{"domain": d, "outlet": n, "from": f} for d, n, f in rows])
        return
    table = Table("domain", "outlet", "from", box=None)
    for row in rows:
        table.add_row(*(escape(x) for x in row))
    out.print(table)
    out.print(f"{len(rows)} domains; other domains name the outlet by their registered domain")


# --- evaluation -----------------------------------------------------------------------------------


@eval_app.command("extraction")
def eval_extraction(
    pages: Path = typer.Option(..., exists=True, file_okay=False, help="Folder of HTML pages."),
    expected: Path = typer.Option(..., exists=True, dir_okay=False, help="JSON with with/without snippets."),
    as_json: bool = JsonOption,
) -> None:
    """Snippet precision, recall and F1 of our HTML path."""
    from quellenlage.eval.extraction import score

    result = score(pages, expected)
    if as_json:
        _print_json(result.as_dict())
        return
    out.print(
        f"pages {result.pages} (no text: {result.failed})  precision {result.precision:.3f}  "
        f"recall {result.recall:.3f}  F1 {result.f1:.3f}  ({result.pages_per_second:.1f} pages/s)"
    )


@eval_app.command("story-pairs")
def eval_story_pairs(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="JSONL of graded article pairs."),
    as_json: bool = JsonOption,
) -> None:
    """Pearson of our story similarity with the gold grade; same-story P/R/F1 at the clustering threshold."""
    from quellenlage.eval.story_pairs import score

    result = score(file)
    if as_json:
        _print_json(result.as_dict())
        return
    out.print(
        f"pairs {result.pairs}  pearson {result.pearson:.3f}  same story: precision {result.precision:.3f}  "
        f"recall {result.recall:.3f}  F1 {result.f1:.3f}  (threshold {result.threshold})"
    )


@spkatt_app.command("predict")
def spkatt_predict(
    in_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of SpkAtt JSON files."),
    out_dir: Path = typer.Argument(..., file_okay=False, help="Folder to write predictions to."),
) -> None:
    """Run our attribution on SpkAtt Task 2 documents and write their format."""
    from quellenlage.eval.spkatt_predict import predict_dir

    count = predict_dir(in_dir, out_dir)
    out.print(f"{count} documents predicted into {escape(str(out_dir))}")


@spkatt_app.command("score")
def spkatt_score(
    gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Gold SpkAtt JSON files."),
    pred_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Predicted SpkAtt JSON files."),
    as_json: bool = JsonOption,
) -> None:
    """Precision, recall and F1 per role, for the full and the simplified task."""
    from quellenlage.eval.spkatt import score_dirs

    result = score_dirs(gold_dir, pred_dir)
    if as_json:
        _print_json(result)
        return
    for task in ("full", "simplified"):
        data = result[task]
        table = Table(f"{task} task", "precision", "recall", "F1", "tp", "fp", "fn", box=None)
        rows = [("joint", data["joint"]), ("message", data["message"]), ("roles", data["roles"])]
        rows += [(f"  {name}", counts) for name, counts in data["per_role"].items()]
        for name, c in rows:
            table.add_row(
                name, f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}",
                str(c["tp"]), str(c["fp"]), str(c["fn"]),
            )  # fmt: skip
        out.print(table)
        events = data["events"]
        out.print(
            f"  events: gold {events['gold']}, predicted {events['predicted']}, paired {events['paired']}\n"
        )


#: The exit code of a crash (sysexits' EX_SOFTWARE): a bug, unlike a rejected input (1) or a usage error (2).
EXIT_CRASH = 70


def main() -> None:
    try:
        app()  # exits by itself with 0, 1 or 2; what reaches here is a crash
    except Exception:  # the one place that turns a crash into a report
        err.print_exception(show_locals=False)
        err.print(
            f"[bold red]internal error[/]: this is a bug in quellenlage, not in your input; please report it"
            f" with the command and the input (exit code {EXIT_CRASH})"
        )
        sys.exit(EXIT_CRASH)
