"""Stories: exact and near duplicates, then incremental clustering of articles into stories.

An article becomes a *profile*: its content-word lemmas (the title counted twice), its time, its
outlet and whether it is wire copy. Similarity is the square root of the cosine of sublinear TF-IDF
vectors, damped for articles far apart in time; IDF comes from the stream seen so far. A new
article joins the most similar recent story when the similarity reaches ``SAME_STORY``, or opens a
new one. Candidate stories are found through a bounded inverted index of their top terms, so the
cost of adding an article does not grow with the number of stories already seen.

Near duplicates (syndicated copy with a new headline or an extra paragraph) are found by MinHash
over word 4-shingles with locality-sensitive hashing, and linked to the article they copy.

Entry points: :class:`StoryIndex` (``add`` one article at a time) and :func:`cluster` for a batch.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from quellenlage.model import EARLIEST_YEAR, Article, IndexDelta, Removed, RemovedKind, Role, Story, timestamp
from quellenlage.nlp import analysis, sentences
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp.de import agencies, words

__all__ = [
    "RULES_VERSION", "SAME_STORY", "IndexBackend", "MemoryIndex", "Profile", "StoryIndex", "cluster",
    "profile", "same_story", "similarity", "wire_agencies",
]  # fmt: skip

#: The version of the clustering rules. A stored index made by other rules is stale: ``quellenlage rebuild``
#: recomputes it. Raise it with every change that moves an article to another story.
RULES_VERSION = 1
#: Similarity at or above which two articles report the same story (measured on the story-pairs dev set).
SAME_STORY = 0.42
#: Estimated Jaccard similarity of word shingles at or above which an article copies another.
NEAR_DUPLICATE = 0.6
#: The background table counts as this share of its size: a prior that a real stream soon outweighs.
BACKGROUND_WEIGHT = 0.05
#: Articles more than this many days apart are not one story; stories idle this long are not joined.
STORY_WINDOW_DAYS = 60.0
#: A story's centroid keeps this many terms, and is found through its top ``INDEX_TERMS``.
CENTROID_TERMS = 60
INDEX_TERMS = 15
QUERY_TERMS = 12
#: Each term points to at most this many recent stories.
POSTINGS = 40

_SHINGLE = 4
_BANDS, _ROWS = 16, 4
_PRIME = (1 << 61) - 1
_RNG = np.random.default_rng(20251117)
_A = _RNG.integers(1, _PRIME, _BANDS * _ROWS, dtype=np.uint64)
_B = _RNG.integers(0, _PRIME, _BANDS * _ROWS, dtype=np.uint64)
_DATELINE = re.compile(r"^[^\n]{0,60}?\((?P<codes>[A-Za-z/ -]{2,30})\)\s*[-–—:]")


def wire_agencies(article: Article) -> tuple[str, ...]:
    """News agencies credited for the text itself (dateline, closing initials), not for its photos."""
    found: list[str] = []

    def add(text: str) -> None:
        for part in re.split(r"[/,;() ]+", text):
            name = agencies.NEWS_AGENCIES.get(part.strip().lower())
            if name and name not in found:
                found.append(name)

    body = [article.paragraph_text(p) for p in article.paragraphs if p.role in (Role.BODY, Role.LEAD)]
    for paragraph in body[:2]:
        m = _DATELINE.match(paragraph)
        if m:
            add(m["codes"])
    for removed in article.removed:
        if _is_text_credit(removed):
            add(removed.text)
    return tuple(found)


def _is_text_credit(removed: Removed) -> bool:
    """Closing initials credit the text. A bare "AFP" line usually credits a picture, and "Mit Material
    von dpa" marks own reporting that used agency material, so neither makes an article wire copy."""
    return removed.kind is RemovedKind.INITIALS


@dataclass(slots=True)
class Profile:
    """What clustering knows of an article."""

    id: str
    terms: Counter[str]
    published: datetime | None = None
    outlet: str | None = None
    wire: tuple[str, ...] = ()
    title: str = ""
    shingles: np.ndarray | None = None  # MinHash signature


def terms_of(title: str, text: str) -> Counter[str]:
    """Content-word lemmas; the title counts twice."""
    out: Counter[str] = Counter()
    for weight, part in ((2, title), (1, text)):
        _count(sentences.word_tokens(part), weight, out)
    return out


def _count(tokens: Iterable[str], weight: int, out: Counter[str]) -> None:
    for token in tokens:
        for w in sentences.pieces(token):
            if len(w) < 3 or w.isdigit():
                continue
            lem = lemmas.lemma(w)
            if len(lem) >= 3 and lem not in words.STORY_STOPWORDS:
                out[lem] += weight


def article_terms(article: Article) -> Counter[str]:
    """Content-word lemmas of an article from its analysis: the title twice, the kicker not at all."""
    a = analysis.of(article)
    out: Counter[str] = Counter()
    title = next((k for k, p in enumerate(article.paragraphs) if p.role is Role.TITLE), -1)
    for k, (p, (first, end)) in enumerate(zip(article.paragraphs, a.paragraphs, strict=True)):
        weight = 2 if k == title else 0 if p.role in (Role.TITLE, Role.KICKER) else 1
        if weight:
            _count((a.token(i).rstrip("-") for i in range(first, end) if a.is_word(i)), weight, out)
    return out


def signature(tokens: Sequence[str]) -> np.ndarray:
    """MinHash signature of the 4-shingles of an article's words (``tokens``, as the analysis gives them)."""
    toks = [piece.lower() for w in tokens for piece in sentences.pieces(w) if piece]
    if len(toks) < _SHINGLE:
        toks = toks + [""] * (_SHINGLE - len(toks))
    hashes = np.fromiter(
        {zlib.crc32(" ".join(toks[i : i + _SHINGLE]).encode()) for i in range(len(toks) - _SHINGLE + 1)},
        dtype=np.uint64,
    )
    with np.errstate(over="ignore"):
        values = (np.outer(_A, hashes) + _B[:, None]) % np.uint64(_PRIME)
    minimum: np.ndarray = values.min(axis=1)
    return minimum


def profile(article: Article) -> Profile:
    a = analysis.of(article)
    return Profile(
        id=article.id,
        terms=article_terms(article),
        published=article.published,
        outlet=article.outlet,
        wire=wire_agencies(article),
        title=article.title or "",
        shingles=signature([a.token(i).rstrip("-") for i in range(len(a)) if a.is_word(i)]),
    )


@cache
def background() -> tuple[int, dict[str, int]]:
    """The shipped background table (built by scripts/build_background_df.py from licensed text)."""
    path = Path(__file__).with_name("nlp") / "de" / "background_df.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return int(data["documents"]), dict(data["df"])


@dataclass(slots=True)
class Frequencies:
    """Document frequencies of lemmas: the stream as it grows, on top of the shipped background table,
    so a stream of two articles already knows that "sagen" is common and "Sicherheitsgarantie" is not."""

    documents: int = 0
    df: Counter[str] = field(default_factory=Counter)

    def add(self, terms: Iterable[str]) -> None:
        self.documents += 1
        self.df.update(set(terms))

    def idf(self, term: str) -> float:
        bg_documents, bg_df = background()
        n = self.documents + bg_documents * BACKGROUND_WEIGHT
        return math.log((n + 1) / (self.df.get(term, 0) + bg_df.get(term, 0) * BACKGROUND_WEIGHT + 1)) + 0.1


def vector(terms: Counter[str], freq: Frequencies) -> dict[str, float]:
    v = {t: (1 + math.log(n)) * freq.idf(t) for t, n in terms.items()}
    return _normalised(v)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def window_ts(when: datetime | None) -> float | None:
    """A time as the window compares it: seconds since the epoch, or None when unknown or odd (before
    ``EARLIEST_YEAR``), which never separates."""
    return None if when is None or when.year < EARLIEST_YEAR else timestamp(when)


#: Seconds apart beyond which a story is outside the window however time zones are read (naive times
#: compare as wall-clock times, aware ones in UTC: a day of slack covers the difference).
_FAR = (STORY_WINDOW_DAYS + 1) * 86400


def within_window(a: datetime | None, b: datetime | None) -> bool:
    """Close enough in time to be one story (follow-ups count); unknown or odd dates never separate."""
    if a is None or b is None or a.year < EARLIEST_YEAR or b.year < EARLIEST_YEAR:
        return True
    return abs(_days(a, b)) <= STORY_WINDOW_DAYS


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """The story similarity the clustering and its evaluation both use: the square root of the cosine.

    The root is a fixed monotone calibration: it makes the score roughly linear in graded judgements
    of story similarity. Time enters as a window (:func:`within_window`), not as a factor.
    """
    return math.sqrt(max(0.0, min(1.0, _cosine(a, b))))


def same_story(a: dict[str, float], b: dict[str, float], ta: datetime | None, tb: datetime | None) -> bool:
    """The clustering's decision for two articles."""
    return within_window(ta, tb) and similarity(a, b) >= SAME_STORY


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


@dataclass(slots=True)
class _Story:
    id: str
    centroid: dict[str, float]
    members: list[str]
    label: str
    label_score: float
    first: datetime | None
    last: datetime | None
    outlets: list[str] = field(default_factory=list)
    independent: list[str] = field(default_factory=list)
    wire: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    sums: dict[str, float] = field(default_factory=dict)
    member_outlets: list[str | None] = field(default_factory=list)  # aligned with members
    last_ts: float | None = None  # window_ts(last)


@dataclass(slots=True)
class Placement:
    """Where an added article went."""

    story: str
    duplicate_of: str | None
    wire: bool
    score: float


class IndexBackend(Protocol):
    """Where the story index lives between batches: :class:`MemoryIndex` for a batch in memory, the store
    for a corpus. Every read asks for what one article needs, so its cost does not grow with the corpus."""

    def index_documents(self) -> int: ...

    def index_df(self, terms: Sequence[str]) -> dict[str, int]: ...

    def index_postings(self, terms: Sequence[str]) -> dict[str, list[str]]:
        """The most recent stories (oldest first, at most ``POSTINGS``) each term points to."""
        ...

    def index_stories(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]: ...

    def index_story_ids(self) -> list[str]: ...

    def index_story_count(self) -> int: ...

    def index_story_last(self, ids: Sequence[str]) -> dict[str, float | None]:
        """When each story was last seen (seconds since the epoch; None when unknown or before
        ``EARLIEST_YEAR``)."""
        ...

    def index_band_members(self, keys: Sequence[tuple[int, bytes]]) -> set[str]: ...

    def index_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, str | None, bytes]]:
        """(story, outlet, MinHash signature) of each placed article among ``ids``."""
        ...

    def index_write(self, delta: IndexDelta) -> None: ...


class MemoryIndex:
    """The story index in memory: for batches (:func:`cluster`, evaluation) and tests."""

    def __init__(self) -> None:
        self.documents = 0
        self.story_count = 0
        self.df: Counter[str] = Counter()
        self.postings: dict[str, deque[str]] = defaultdict(lambda: deque(maxlen=POSTINGS))
        self.stories: dict[str, dict[str, Any]] = {}
        self.last: dict[str, float | None] = {}
        self.bands: dict[tuple[int, bytes], list[str]] = defaultdict(list)
        self.articles: dict[str, tuple[str, str | None, bytes]] = {}

    def index_documents(self) -> int:
        return self.documents

    def index_df(self, terms: Sequence[str]) -> dict[str, int]:
        return {t: self.df[t] for t in terms if t in self.df}

    def index_postings(self, terms: Sequence[str]) -> dict[str, list[str]]:
        return {t: list(self.postings[t]) for t in terms if t in self.postings}

    def index_stories(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return {i: self.stories[i] for i in ids if i in self.stories}

    def index_story_ids(self) -> list[str]:
        return sorted(self.stories)

    def index_story_count(self) -> int:
        return self.story_count

    def index_story_last(self, ids: Sequence[str]) -> dict[str, float | None]:
        return {i: self.last[i] for i in ids if i in self.last}

    def index_band_members(self, keys: Sequence[tuple[int, bytes]]) -> set[str]:
        return {a for k in keys for a in self.bands.get(k, ())}

    def index_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, str | None, bytes]]:
        return {i: self.articles[i] for i in ids if i in self.articles}

    def index_write(self, delta: IndexDelta) -> None:
        self.documents = delta.documents
        self.story_count = delta.story_count
        self.df.update(delta.df)
        for term, sid in delta.postings:
            self.postings[term].append(sid)
        self.stories.update(delta.stories)
        self.last.update(delta.story_last)
        for band, value, aid in delta.bands:
            self.bands[(band, value)].append(aid)
        for aid, sid, outlet, sig in delta.articles:
            self.articles[aid] = (sid, outlet, sig)


class StoryIndex:
    """Incremental story clustering. ``add`` articles in time order; it never needs the whole corpus.

    What an article needs (document frequencies of its terms, the postings of its top terms, candidate
    stories, band members and their signatures) is read from the backend when first needed and kept
    until :meth:`flush`, which writes what changed and forgets the rest, so memory stays bounded.
    """

    def __init__(self, backend: IndexBackend | None = None) -> None:
        self.backend: IndexBackend = backend if backend is not None else MemoryIndex()
        self._forget()

    def _forget(self) -> None:
        self.freq = Frequencies(self.backend.index_documents())
        self._df_known: set[str] = set()
        self._df_added: Counter[str] = Counter()
        self._stories: dict[str, _Story] = {}
        self._last: dict[str, float | None] = {}  # when stories not read yet were last seen
        self._changed: set[str] = set()
        self._postings: dict[str, deque[str]] = {}
        self._posted: list[tuple[str, str]] = []
        self._bands: dict[tuple[int, bytes], list[str]] = defaultdict(list)  # not yet written
        self._articles: dict[str, tuple[str, str | None, np.ndarray] | None] = {}
        self._placed: list[str] = []
        self._story_count = self.backend.index_story_count()

    def flush(self) -> None:
        """Write what the index added since the last flush to its backend, and forget its caches."""
        delta = IndexDelta(
            documents=self.freq.documents,
            story_count=self._story_count,
            df=dict(self._df_added),
            postings=self._posted,
            stories={sid: _story_state(self._stories[sid]) for sid in sorted(self._changed)},
            story_last={sid: self._stories[sid].last_ts for sid in sorted(self._changed)},
            bands=[(b, value, aid) for (b, value), aids in self._bands.items() for aid in aids],
            articles=[
                (aid, entry[0], entry[1], entry[2].tobytes())
                for aid in self._placed
                if (entry := self._articles[aid]) is not None
            ],
            posting_limit=POSTINGS,
        )
        self.backend.index_write(delta)
        self._forget()

    # --- what the index knows, read when needed -------------------------------------------------

    def _need_df(self, terms: Iterable[str]) -> None:
        missing = sorted({t for t in terms if t not in self._df_known})
        if missing:
            self.freq.df.update(self.backend.index_df(missing))
            self._df_known.update(missing)

    def _posting(self, term: str) -> deque[str]:
        self._need_postings([term])
        return self._postings[term]

    def _need_postings(self, terms: Sequence[str]) -> None:
        missing = [t for t in terms if t not in self._postings]
        if missing:
            stored = self.backend.index_postings(missing)
            for t in missing:
                self._postings[t] = deque(stored.get(t, []), maxlen=POSTINGS)

    def _story(self, sid: str) -> _Story:
        if sid not in self._stories:
            self._stories[sid] = _load_story(self.backend.index_stories([sid])[sid])
        return self._stories[sid]

    def _article(self, aid: str) -> tuple[str, str | None, np.ndarray] | None:
        self._need_articles([aid])
        return self._articles[aid]

    def _need_articles(self, ids: Iterable[str]) -> None:
        missing = sorted({a for a in ids if a not in self._articles})
        if missing:
            found = self.backend.index_articles(missing)
            for aid in missing:
                row = found.get(aid)
                self._articles[aid] = (
                    None if row is None else (row[0], row[1], np.frombuffer(row[2], dtype=np.uint64))
                )

    def story_of(self, aid: str) -> str | None:
        entry = self._article(aid)
        return None if entry is None else entry[0]

    def _outlet_of(self, aid: str) -> str | None:
        entry = self._article(aid)
        return None if entry is None else entry[1]

    def _next_id(self) -> str:
        self._story_count += 1
        return f"S{self._story_count:06d}"

    # --- adding ---------------------------------------------------------------------------------

    def add(self, p: Profile) -> Placement:
        self._need_df([*p.terms, *terms_of(p.title, "")])
        self.freq.add(p.terms)
        self._df_added.update(set(p.terms))
        vec = vector(p.terms, self.freq)
        original = self._near_duplicate(p)
        if original is not None:
            story = self._story(self.story_of(original) or "")
            own = self._outlet_of(original)
            wire = own != p.outlet or bool(p.wire)
            self._join(story, p, vec, wire=wire, duplicate_of=original)
            if wire and own != p.outlet:
                self._mark_wire(story, original)
            return Placement(story.id, original, wire, 1.0)
        best, score = self._best_story(p, vec)
        if best is None or score < SAME_STORY:
            best = self._new_story(p)
        self._join(best, p, vec, wire=bool(p.wire))
        return Placement(best.id, None, bool(p.wire), score)

    def add_copy(self, article: str, outlet: str | None) -> str | None:
        """Count another outlet's publication of a stored article's very text: the outlet joins the
        story, and the article is syndicated copy (wire) for both. Returns the story, or None when the
        article is not in the index or the outlet is its own."""
        sid = self.story_of(article)
        if sid is None or not outlet or outlet == self._outlet_of(article):
            return None
        story = self._story(sid)
        if outlet not in story.outlets:
            story.outlets.append(outlet)
        self._mark_wire(story, article)
        self._changed.add(sid)
        return sid

    # --- duplicates ---------------------------------------------------------------------------

    def _near_duplicate(self, p: Profile) -> str | None:
        if p.shingles is None:
            return None
        sig = p.shingles
        keys = [(b, sig[b * _ROWS : (b + 1) * _ROWS].tobytes()) for b in range(_BANDS)]
        candidates = self.backend.index_band_members(keys)
        for key in keys:
            candidates.update(self._bands.get(key, ()))
        self._need_articles(candidates)
        best, best_j = None, NEAR_DUPLICATE
        for aid in sorted(candidates):  # sorted: the closest copy, ties to the smallest id, every run
            entry = self._articles.get(aid)
            if entry is None:
                continue
            j = jaccard_estimate(sig, entry[2])
            if j >= NEAR_DUPLICATE and (best is None or j > best_j):
                best, best_j = aid, j
        for key in keys:
            self._bands[key].append(p.id)
        return best

    # --- clustering ---------------------------------------------------------------------------

    def _last_seen(self, sid: str) -> float | None:
        """When a story was last seen: from its state where it is loaded, else from the backend's column."""
        return self._stories[sid].last_ts if sid in self._stories else self._last.get(sid)

    def _best_story(self, p: Profile, vec: dict[str, float]) -> tuple[_Story | None, float]:
        top = _heaviest(vec, QUERY_TERMS)
        self._need_postings(top)
        candidates = {sid for t in top for sid in self._postings[t]}
        here = window_ts(p.published)
        if here is not None:  # pass over stories far outside the window without reading their state
            unknown = [sid for sid in candidates if sid not in self._stories and sid not in self._last]
            if unknown:
                self._last.update(self.backend.index_story_last(unknown))
            candidates = {
                sid
                for sid in candidates
                if (last := self._last_seen(sid)) is None or abs(here - last) <= _FAR
            }
        best, best_score = None, 0.0
        for sid in sorted(candidates):  # sorted: ties go the same way under every hash seed
            story = self._story(sid)
            if not within_window(p.published, story.last):
                continue
            score = similarity(vec, story.centroid)
            if score > best_score:
                best, best_score = story, score
        return best, best_score

    def _new_story(self, p: Profile) -> _Story:
        sid = self._next_id()
        story = _Story(sid, {}, [], p.title, -1.0, p.published, p.published, last_ts=window_ts(p.published))
        self._stories[sid] = story
        return story

    def _join(
        self, story: _Story, p: Profile, vec: dict[str, float], wire: bool, duplicate_of: str | None = None
    ) -> None:
        self._changed.add(story.id)
        story.members.append(p.id)
        story.member_outlets.append(p.outlet)
        sig = p.shingles if p.shingles is not None else np.zeros(_BANDS * _ROWS, dtype=np.uint64)
        self._articles[p.id] = (story.id, p.outlet, sig)
        self._placed.append(p.id)
        for t, x in vec.items():
            story.sums[t] = story.sums.get(t, 0.0) + x
        kept = _heaviest(story.sums, CENTROID_TERMS)
        story.sums = {t: story.sums[t] for t in kept}
        story.centroid = _normalised(story.sums)
        for t in kept[:INDEX_TERMS]:
            posting = self._posting(t)
            if story.id not in posting:
                posting.append(story.id)
                self._posted.append((t, story.id))
        if p.published is not None:
            story.first = min(_dated(story.first, p.published)) if story.first else p.published
            story.last = max(_dated(story.last, p.published)) if story.last else p.published
            story.last_ts = window_ts(story.last)
        if p.outlet and p.outlet not in story.outlets:
            story.outlets.append(p.outlet)
        if wire:
            story.wire.append(p.id)
        elif p.outlet and p.outlet not in story.independent:
            story.independent.append(p.outlet)
        if duplicate_of is not None:
            story.duplicates.append((p.id, duplicate_of))
        # the label is the title closest to the centroid: the story's most central headline
        if p.title:
            score = _cosine(vector(terms_of(p.title, ""), self.freq), story.centroid)
            if score > story.label_score:
                story.label, story.label_score = p.title, score

    def _mark_wire(self, story: _Story, article: str) -> None:
        if article not in story.wire:
            story.wire.append(article)
        outlet = self._outlet_of(article)
        wire = set(story.wire)
        own = [
            m
            for m, o in zip(story.members, story.member_outlets, strict=True)
            if o == outlet and m not in wire
        ]  # the outlet keeps its independent status only through other, own articles
        if outlet in story.independent and not own:
            story.independent.remove(outlet)

    # --- reading ------------------------------------------------------------------------------

    def story(self, sid: str) -> Story:
        s = self._story(sid)
        return Story(
            id=s.id,
            label=s.label,
            members=tuple(s.members),
            first_seen=s.first,
            last_seen=s.last,
            outlets=tuple(s.outlets),
            independent_outlets=tuple(s.independent),
            wire=tuple(_in_member_order(s)),
            duplicates=tuple(s.duplicates),
        )

    def all(self) -> list[Story]:
        self.flush()
        return [self.story(sid) for sid in self.backend.index_story_ids()]


def _story_state(s: _Story) -> dict[str, Any]:
    """A story's clustering state as JSON-ready data (the centroid follows from the sums)."""
    return {
        "sums": dict(s.sums), "members": list(s.members), "member_outlets": list(s.member_outlets),
        "label": s.label, "label_score": s.label_score, "first": _iso(s.first), "last": _iso(s.last),
        "outlets": list(s.outlets), "independent": list(s.independent), "wire": _in_member_order(s),
        "duplicates": [list(d) for d in s.duplicates], "id": s.id,
    }  # fmt: skip


def _load_story(raw: dict[str, Any]) -> _Story:
    story = _Story(
        raw["id"], {}, list(raw["members"]), raw["label"], raw["label_score"], _parse(raw["first"]),
        _parse(raw["last"]), list(raw["outlets"]), list(raw["independent"]), list(raw["wire"]),
        [(a, b) for a, b in raw["duplicates"]], dict(raw["sums"]), list(raw["member_outlets"]),
    )  # fmt: skip
    story.centroid = _normalised(story.sums)
    story.last_ts = window_ts(story.last)
    return story


def _normalised(weights: dict[str, float]) -> dict[str, float]:
    """Weights scaled to unit length (an article's vector; a story's centroid from its sums)."""
    norm = math.sqrt(sum(x * x for x in weights.values())) or 1.0
    return {t: x / norm for t, x in weights.items()}


def _in_member_order(story: _Story) -> list[str]:
    """The story's wire copies in the order they joined, however they were found to be copies (a copy
    found in a later run marks its original late)."""
    wire = set(story.wire)
    return [m for m in story.members if m in wire]


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _heaviest(weights: dict[str, float], n: int) -> list[str]:
    """The ``n`` terms of largest weight, ties by term, so that every hash seed keeps the same ones."""
    return sorted(weights, key=lambda t: (-weights[t], t))[:n]


def _dated(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    if (a.tzinfo is None) != (b.tzinfo is None):
        return a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a, b


def _days(a: datetime, b: datetime) -> float:
    a, b = _dated(a, b)
    return (a - b).total_seconds() / 86400


def cluster(articles: Iterable[Article]) -> list[Story]:
    """Cluster a batch, oldest first (articles without a date last, in the order given)."""
    ordered = sorted(articles, key=lambda a: timestamp(a.published))
    index = StoryIndex(MemoryIndex())
    for article in ordered:
        index.add(profile(article))
    return index.all()
