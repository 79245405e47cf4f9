"""Assembles the stages: ingest -> clean -> analyse -> attribute -> store -> stories.

Stages never import each other; this module does.

Nothing here prints. Progress goes to an optional callback, and the result is an
:class:`IngestReport` the caller can render.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from quellenlage import actors, ingest
from quellenlage.attribution import attribute
from quellenlage.clean import clean
from quellenlage.errors import CleanError, QuellenlageError
from quellenlage.ledger import build as build_ledger
from quellenlage.model import Article, Metadata, Rejection, SourceDoc, Story, timestamp
from quellenlage.nlp import analysis
from quellenlage.store import Store
from quellenlage.stories import RULES_VERSION, StoryIndex, profile

__all__ = [
    "IngestReport",
    "Outcome",
    "Status",
    "Watch",
    "assign_stories",
    "ingest_paths",
    "poll",
    "process",
    "rebuild",
    "stale",
    "story_articles",
]

Progress = Callable[[int, int], None]


class Status(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Outcome:
    status: Status
    origin: str
    article_id: str | None = None
    title: str | None = None
    code: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def ok(self) -> bool:
        return self.count(Status.REJECTED) == 0


#: The per-article stages after cleaning, in order, each with the code of its unexpected failure.
STAGES: Final[tuple[tuple[str, Callable[[Article], Article], str], ...]] = (
    ("analyse", analysis.analyse, "E501"),
    ("attribute", attribute, "E502"),
)
#: Processed articles are written this many at a time, in one transaction: a commit writes the index
#: pages it changed, so fewer commits write fewer pages; a killed run loses at most one group, which the
#: next run stores again.
GROUP = 50
#: A run places its articles in stories after every this many new ones (and at its end), each batch in
#: one transaction; the story index writes its changes after every ``FLUSH_EVERY`` articles it adds.
#: The index's and the actors' keys are hashes, so a batch's commit writes nearly every page of those
#: tables: the larger the batch, the fewer times each page is written per article (bench/bench_store.py).
BATCH = 10_000
FLUSH_EVERY = 1000
_UNEXPECTED = (QuellenlageError, ValueError, IndexError, KeyError, TypeError, RecursionError)


class _OutOfTime(BaseException):
    """Raised inside a stage when the article's time is up. Not an Exception, so that no library's
    ``except Exception`` swallows it."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_OutOfTime` in the running stage after ``seconds``. Works where a timer signal
    can be caught (the main thread of a POSIX process); elsewhere the stages run without a limit."""
    main = threading.current_thread() is threading.main_thread()
    if seconds is None or not hasattr(signal, "setitimer") or not main:
        yield
        return

    def out_of_time(_signum: int, _frame: object) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _out_of_time(origin: str, seconds: float | None, stage: str) -> Rejection:
    """Rejection E290, stored with the stage that ran out of time."""
    rejection = QuellenlageError("E290", seconds=seconds, ran_out=stage).rejection(origin)
    return replace(rejection, stage=stage)


def process(
    doc: SourceDoc, seconds: float | None = None, outlets: Mapping[str, str] | None = None
) -> Article | Rejection:
    """Run the per-article stages on one input. Never raises for bad content: it returns a Rejection
    whose code names the stage that failed, or that ran out of the ``seconds`` the article may take
    (E290, with that stage). ``outlets`` is one's own domain table (``clean``)."""
    running = ["clean"]
    try:
        with _time_limit(seconds):
            return _stages(doc, running, outlets)
    except _OutOfTime:
        return _out_of_time(doc.origin, seconds, running[0])


def _stages(doc: SourceDoc, running: list[str], outlets: Mapping[str, str] | None) -> Article | Rejection:
    try:
        article = clean(doc, outlets)
    except CleanError as err:
        return err.rejection(doc.origin)
    except _UNEXPECTED as err:
        return QuellenlageError("E299", detail=f"{type(err).__name__}: {err}").rejection(doc.origin)
    for name, stage, code in STAGES:
        running[0] = name
        try:
            article = stage(article)
        except _UNEXPECTED as err:
            return QuellenlageError(code, detail=f"{type(err).__name__}: {err}").rejection(doc.origin)
    return article


def _read_timed(
    item: ingest.Planned | ingest.Remote,
    meta: Metadata,
    max_bytes: int,
    seconds: float | None,
    fetcher: ingest.Fetcher | None,
    follow_links: bool,
    known: Callable[[str], bool] | None = None,
) -> Iterator[SourceDoc | Rejection | ingest.Skipped]:
    """What ``ingest.read`` yields, each input read within ``seconds`` (extracting an HTML page, and
    fetching one, is part of reading); one that runs out of time ends its file as rejection E290 of the
    ingest stage."""
    docs = ingest.read(item, meta, max_bytes, fetcher, follow_links, known)
    while True:
        try:
            with _time_limit(seconds):
                doc = next(docs)
        except StopIteration:
            return
        except _OutOfTime:
            yield _out_of_time(item.origin, seconds, "ingest")
            return
        yield doc


def _store(result: Article | Rejection, store: Store) -> Outcome:
    if isinstance(result, Rejection):
        store.add_rejection(result)
        return Outcome(Status.REJECTED, result.origin, code=result.code, reason=result.reason)
    new, aid = store.add_article(result)
    return Outcome(Status.NEW if new else Status.DUPLICATE, result.origin, aid, result.title)


def ingest_paths(
    paths: Sequence[str],
    store: Store,
    meta: Metadata | None = None,
    max_bytes: int = 5_000_000,
    progress: Progress | None = None,
    article_seconds: float | None = None,
    fetcher: ingest.Fetcher | None = None,
    follow_links: bool = False,
    outlets: Mapping[str, str] | None = None,
    wanted: Callable[[ingest.Planned], bool] | None = None,
    known: Callable[[str], bool] | None = None,
) -> IngestReport:
    """Ingest files, folders, globs and URLs into ``store``; every input ends as one outcome, in input
    order. Results are written ``GROUP`` at a time, each group in one transaction (all of it or nothing).
    An article whose stages take longer than ``article_seconds`` is rejected (E290). URLs are fetched by
    ``fetcher`` (a default one, which refuses private addresses, when none is given); with
    ``follow_links``, a feed file's teaser entries are read from the pages they link to. ``outlets``
    (domain -> outlet name) names the outlet of an input whose URL is on it and that names none itself
    (by the command line, a sidecar, a JSONL field or the page's site name). A poll (:func:`poll`) reads
    only the files ``wanted`` accepts and skips the feed entries ``known`` says are stored."""
    meta = meta or Metadata()
    report = IngestReport()
    planned = ingest.plan(paths)
    pending: list[Article | Rejection] = []
    stored = 0

    def write() -> None:
        nonlocal stored
        if pending:
            with store.writing():
                for result in pending:
                    report.outcomes.append(_store(result, store))
                    stored += report.outcomes[-1].status is Status.NEW
            pending.clear()
        if stored >= BATCH:  # stream: the stored articles join their stories now
            assign_stories(store)
            stored = 0

    for done, item in enumerate(planned, start=1):
        if isinstance(item, ingest.Skipped):
            write()
            report.outcomes.append(Outcome(Status.SKIPPED, item.origin, reason=item.reason))
        elif isinstance(item, Rejection):
            pending.append(item)
        elif isinstance(item, ingest.Planned) and wanted is not None and not wanted(item):
            pass  # unchanged since the last poll
        else:
            for doc in _read_timed(item, meta, max_bytes, article_seconds, fetcher, follow_links, known):
                if isinstance(doc, ingest.Skipped):
                    write()  # outcomes stay in input order
                    report.outcomes.append(Outcome(Status.SKIPPED, doc.origin, reason=doc.reason))
                    continue
                pending.append(doc if isinstance(doc, Rejection) else process(doc, article_seconds, outlets))
                if len(pending) >= GROUP:
                    write()
        if progress is not None:
            progress(done, len(planned))
    write()
    assign_stories(store)
    return report


@dataclass(slots=True)
class Watch:
    """What polling remembers between polls: each file's size and change time when it was last read.
    A poll's files count as read only once the poll has written everything: an interrupted poll reads
    them again."""

    files: dict[Path, tuple[int, int]] = field(default_factory=dict)
    polls: int = 0
    _reading: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def changed(self, item: ingest.Planned) -> bool:
        """Whether a file is new or changed since the last complete poll."""
        try:
            info = item.path.stat()
        except OSError:
            return True  # reading it will say what is wrong
        state = (info.st_size, info.st_mtime_ns)
        if self.files.get(item.path) == state:
            return False
        self._reading[item.path] = state
        return True

    def begin(self) -> None:
        """A poll starts: what an interrupted one had begun to read counts for nothing."""
        self.polls += 1
        self._reading.clear()

    def done(self) -> None:
        """The poll wrote everything it read: remember its files."""
        self.files.update(self._reading)
        self._reading.clear()


def poll(paths: Sequence[str], store: Store, watch: Watch, **options: Any) -> IngestReport:
    """One poll of a watch: the files that are new or changed since the previous poll, and every feed
    (file or URL) with the entries stored already skipped unread, so that a linked page is fetched once.
    ``options`` are those of :func:`ingest_paths`. What an interrupted poll had not written is read again
    by the next one: a group of articles is written in one transaction, or not at all, and the poll's
    files count as read only when it ends."""
    watch.begin()
    report = ingest_paths(paths, store, wanted=watch.changed, known=store.has_origin, **options)
    watch.done()
    return report


def assign_stories(store: Store) -> int:
    """The corpus stages for every stored origin the story index has not counted yet: each new article,
    oldest first, joins its story and counts its actors; each later copy adds its outlet; then the claim
    ledger of every story that changed is recomputed. All in one write transaction, so articles a killed
    run stored join their stories on the next run, and two ingests at once take turns instead of
    overwriting each other's stories. Returns how many articles joined."""
    with store.writing():  # inside rebuild's transaction, the same one
        index = StoryIndex(store)
        waiting = store.unplaced()
        new: dict[str, float] = {}
        for aid, origin in waiting:
            if aid not in new and index.story_of(aid) is None:
                new[aid] = timestamp(_published(origin.published))
        changed: set[str] = set()
        for k, aid in enumerate(sorted(new, key=lambda a: new[a]), start=1):  # ties: in the order stored
            article = analysis.analyse(store.article(aid))  # one article in memory at a time
            changed.add(index.add(profile(article)).story)
            _count_actors(store, article)
            if k % FLUSH_EVERY == 0:
                index.flush()  # memory stays bounded however many articles wait
        for aid, origin in waiting:
            sid = index.add_copy(aid, origin.outlet)
            if sid is not None:
                changed.add(sid)
            store.mark_placed(aid, origin.origin)
        index.flush()
        for sid in sorted(changed):  # a story's ledger depends on that story's articles only
            story = index.story(sid)
            store.save_story(story, build_ledger(story, story_articles(store, story)), RULES_VERSION)
    return len(new)


def _count_actors(store: Store, article: Article) -> None:
    found = actors.mentions(article)
    touched = store.add_mentions(
        article.id, [(m.key, m.spelling, actors.key(m.spelling), m.statement) for m in found]
    )
    for k in touched:
        name = actors.name_of(k, actors.spoken(store.spellings(k)))
        store.name_actor(k, name, actors.key(name), actors.kind_of(name))


def rebuild(store: Store) -> int:
    """Recompute the story index, the ledgers and the actors from the stored articles, oldest first, with
    the current rules, in one write transaction: the result equals an incremental ingest of the same
    articles in time order, and an article that arrived after newer ones is placed by its published
    time. Returns how many joined."""
    with store.writing():
        store.clear_story_state()
        return assign_stories(store)


def stale(store: Store) -> bool:
    """Whether the stored stories were made by other clustering rules than this version's, or are missing
    for stored articles (a store from before stories were tables)."""
    rules = store.story_rules()
    return bool(rules - {RULES_VERSION}) or (not rules and store.article_count() > 0)


def story_articles(store: Store, story: Story) -> list[Article]:
    """A story's articles as the ledger reads them: one per outlet that published the text, so that a
    syndicated copy counts its own outlet (and its own URL and time) among a claim's carriers."""
    out: list[Article] = []
    for aid in story.members:
        article = analysis.analyse(store.article(aid))  # analysed once for every stage that reads it
        out.append(article)
        seen = {article.outlet}
        for copy in store.copies(aid):
            if copy.outlet and copy.outlet not in seen:
                seen.add(copy.outlet)
                out.append(
                    replace(
                        article,
                        outlet=copy.outlet,
                        url=copy.url,
                        published=_published(copy.published) or article.published,
                        origin=copy.origin,
                    )
                )
    return out


def _published(raw: str | None) -> datetime | None:
    return datetime.fromisoformat(raw) if raw else None
