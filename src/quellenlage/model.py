"""Core types shared by every stage.

Data flows one way: ingest turns inputs into :class:`SourceDoc`, cleaning turns a
:class:`SourceDoc` into an :class:`Article` whose ``text`` is frozen from then on, and
everything later points into that text with ``(start, end)`` character offsets.
A failed input never vanishes: it becomes a :class:`Rejection`.

This module imports nothing from the stages.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from quellenlage.memo import memo


class Role(StrEnum):
    """What a kept paragraph is within the article."""

    KICKER = "kicker"
    TITLE = "title"
    LEAD = "lead"
    BYLINE = "byline"
    BULLET = "bullet"
    SUBHEADING = "subheading"
    BODY = "body"


class RemovedKind(StrEnum):
    """Why a piece of the raw input is not part of the article text."""

    CAPTION = "caption"
    CREDIT = "credit"
    PROMO = "promo"
    DUPLICATE = "duplicate"
    TIMESTAMP = "timestamp"
    INITIALS = "initials"
    NAVIGATION = "navigation"
    CONTACT = "contact"
    DATELINE = "dateline"


class Format(StrEnum):
    TEXT = "text"
    JSONL = "jsonl"
    HTML = "html"
    FEED = "feed"  # an RSS or Atom entry
    WARC = "warc"  # an HTTP response record of a web archive


@dataclass(frozen=True, slots=True)
class Metadata:
    """Facts about an input that come from outside its text (CLI, sidecar, JSONL fields, HTML meta)."""

    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    #: when the page was fetched (a WARC record's date, the time of a URL ingest); never a published date
    fetched: datetime | None = None

    def merged_over(self, fallback: Metadata) -> Metadata:
        """This metadata, with gaps filled from ``fallback``."""
        return Metadata(
            outlet=self.outlet or fallback.outlet,
            url=self.url or fallback.url,
            published=self.published or fallback.published,
            title=self.title or fallback.title,
            authors=self.authors or fallback.authors,
            fetched=self.fetched or fallback.fetched,
        )


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """One decoded input, before cleaning. ``origin`` says where it came from (path, path:line)."""

    origin: str
    format: Format
    text: str
    meta: Metadata = field(default_factory=Metadata)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A kept paragraph: ``article.text[start:end]`` is its text."""

    role: Role
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the input that cleaning took out, kept so nothing is silently lost."""

    kind: RemovedKind
    text: str


#: A date before this year is a content system's placeholder ("0001-01-01", "1970-01-01"): no published
#: date when read, and no time evidence when stories are clustered.
EARLIEST_YEAR = 1990


def timestamp(when: datetime | None, missing: float = float("inf")) -> float:
    """Seconds since the epoch for sorting; a naive time counts as UTC, an unknown one as ``missing``.

    Never the machine's local zone: the same store must sort the same way in every time zone.
    """
    if when is None:
        return missing
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


@memo(65_536)
def content_id(text: str) -> str:
    """The identity of an article: a hash of its cleaned text (cached: ledgers ask for it often)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of an article's frozen text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """The German analysis of one article's frozen text, computed once after cleaning and read by every
    later stage (:func:`quellenlage.nlp.analysis.analyse`).

    Token ``i`` is ``text[starts[i]:ends[i]]``: a word (with inner hyphens, apostrophes or full stops,
    "e.V", "Gaza-Streifen") or one punctuation mark. ``lemmas[i]`` is its lower-case lemma (a mark is
    itself). ``sentences`` and ``paragraphs`` are token ranges ``(first, end)``, end exclusive; a
    sentence never crosses a paragraph, and paragraph ``k`` is the article's paragraph ``k``. Part of
    speech and morphology are looked up per word form on demand (:func:`quellenlage.nlp.analysis.pos`):
    HanTa is too slow to tag every token of every article up front.
    """

    text: str = field(repr=False)  # the article's text itself, not a copy
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    lemmas: tuple[str, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = ()

    def __len__(self) -> int:
        return len(self.starts)

    def token(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def is_word(self, i: int) -> bool:
        return self.text[self.starts[i]].isalnum() or self.text[self.starts[i]] == "_"

    def within(self, start: int, end: int) -> range:
        """Indices of the tokens that lie inside characters ``start:end``."""
        first = bisect_left(self.starts, start)
        last = bisect_right(self.ends, end, lo=first)
        return range(first, max(first, last))

    def sentence_span(self, k: int) -> Span:
        first, end = self.sentences[k]
        return Span(self.starts[first], self.ends[end - 1])


class StatementForm(StrEnum):
    """How a speech event is rendered."""

    DIRECT = "direct"  # „…“, sagte X
    INDIRECT = "indirect"  # X sagte, Y habe …
    FREE_INDIRECT = "free_indirect"  # Konjunktiv I continuing the last speaker, with no new cue
    MIXED = "mixed"  # indirect with a partial quote
    ACCORDING_TO = "according_to"  # laut X, X zufolge, nach Angaben von X
    REPORTED = "reported"  # forderte, lehnt ab, zeigte sich offen


class Polarity(StrEnum):
    """What a speech event does to what it is about, for the claim ledger."""

    ASSERT = "assert"
    CONFIRM = "confirm"
    DENY = "deny"
    NOT_CONFIRMED = "not_confirmed"
    NO_COMMENT = "no_comment"


class Channel(StrEnum):
    """Speech, thought or writing (SpkAtt's STWR)."""

    SPEECH = "speech"
    THOUGHT = "thought"
    WRITING = "writing"


@dataclass(frozen=True, slots=True)
class Statement:
    """A speech event in one article. Every part is offsets into the article's frozen text.

    ``cue`` and ``message`` may be discontinuous (a separated particle, a quote split by its verb).
    ``actor`` is the resolved name of the source (a pronoun or description resolved to the person).
    ``nested_in`` names the statement this one is reported inside. A signal's ``answers`` is what it
    responds to ("bestätigte die Nominierung" -> "die Nominierung"), in its sentence or the one before.
    ``confidence`` is the attribution model's probability that the statement is right; default views
    show those at or above :func:`quellenlage.attribution.confidence.threshold`.
    """

    id: str
    form: StatementForm
    cue: tuple[Span, ...]
    message: tuple[Span, ...]
    source: Span | None = None
    actor: str | None = None
    addressee: Span | None = None
    medium: Span | None = None
    time: Span | None = None
    frame: tuple[Span, ...] = ()
    nested_in: str | None = None
    polarity: Polarity = Polarity.ASSERT
    channel: Channel = Channel.SPEECH
    answers: tuple[Span, ...] = ()
    confidence: float = 1.0  # how likely the statement is right: speaker, cue and message (0..1)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``text`` is frozen; paragraphs and later annotations are offsets into it."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...] = ()
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    timezone: str | None = None
    language: str = "und"
    origin: str = ""
    format: Format = Format.TEXT
    statements: tuple[Statement, ...] = ()
    fetched: datetime | None = None
    #: what cleaning noticed and did not use, such as a published date before 1990 or in the future
    warnings: tuple[str, ...] = ()
    #: computed after cleaning and kept while the article is processed; not stored (it is derived)
    analysis: Analysis | None = field(default=None, compare=False, repr=False)

    @property
    def id(self) -> str:
        return content_id(self.text)

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def span_text(self, span: Span | None) -> str | None:
        return None if span is None else self.text[span.start : span.end]

    def spans_text(self, spans: tuple[Span, ...]) -> str:
        """The text of possibly discontinuous spans, gaps shown as " … "."""
        return " … ".join(self.text[s.start : s.end] for s in spans)

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def _first(self, role: Role) -> str | None:
        for p in self.paragraphs:
            if p.role is role:
                return self.paragraph_text(p)
        return None

    def texts(self, role: Role) -> list[str]:
        return [self.paragraph_text(p) for p in self.paragraphs if p.role is role]

    @property
    def title(self) -> str | None:
        return self._first(Role.TITLE)

    @property
    def kicker(self) -> str | None:
        return self._first(Role.KICKER)

    @property
    def lead(self) -> str | None:
        return self._first(Role.LEAD)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be turned into an article, with a stable code and a reason."""

    code: str
    stage: str
    reason: str
    origin: str
    created_at: datetime | None = None


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    ANONYMOUS = "anonymous"
    DESCRIPTION = "description"  # "ein CDU-Politiker", "die Polizei": one per article, never merged


@dataclass(frozen=True, slots=True)
class Actor:
    """One source across articles: a canonical name, the spellings seen, and how it speaks."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    statements: int = 0
    outlets: tuple[str, ...] = ()
    mentions: int = 0  # times a statement's message is about this actor


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event, across outlets. ``wire`` members are syndicated copy, not own reporting."""

    id: str
    label: str
    members: tuple[str, ...]
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    outlets: tuple[str, ...] = ()
    independent_outlets: tuple[str, ...] = ()
    wire: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()  # (article, the article it copies)


# --- the claim ledger ------------------------------------------------------------------------------


class ClaimStatus(StrEnum):
    """What the coverage says about a claim: a linked signal decides; without one, ``no_signal``."""

    CONFIRMED = "confirmed"
    DENIED = "denied"
    NOT_CONFIRMED = "not_confirmed"
    DECLINED_TO_COMMENT = "declined_to_comment"
    NO_SIGNAL = "no_signal"


@dataclass(frozen=True, slots=True)
class Signal:
    """A statement that confirms, denies, does not confirm or declines to comment, as evidence: ``span``
    is the whole sentences it stands in, in ``article``'s text. In a ledger it is a claim's status
    evidence when linked, and listed apart when it answers no claim of the story."""

    article: str
    outlet: str | None
    statement: str
    actor: str | None
    polarity: Polarity
    span: Span


@dataclass(frozen=True, slots=True)
class Reaction:
    """A statement of another origin that evaluates a claim ("bezeichnete … als «historisch»"): where it
    stands (``said``, whole sentences) and its message, both offsets into the article's text."""

    said: Signal
    message: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class DroppedAttribution:
    """A sentence that states an attributed claim as plain fact, with no attribution of its own."""

    article: str
    outlet: str | None
    role: Role
    span: Span


@dataclass(frozen=True, slots=True)
class Carrier:
    """One outlet's article carrying a claim: the statements it holds and their messages (offsets)."""

    outlet: str  # the outlet, or "article <id>" when the article names none
    article: str
    statements: tuple[str, ...]
    forms: tuple[StatementForm, ...]  # one per distinct form, in the order met
    messages: tuple[tuple[Span, ...], ...]  # one per statement
    wire: bool


@dataclass(frozen=True, slots=True)
class Claim:
    """What one origin says in a story, across the outlets that carry it, with its status and evidence.

    ``id`` is stable: it derives from the origin and where its first statement stands in its article.
    ``rank`` is its place in the story's ledger (several outlets, a status, a dropped attribution first).
    """

    id: str
    story: str
    rank: int
    origin: str
    origin_key: str  # the origin as actors are keyed (spellings folded)
    gist_article: str
    gist: tuple[Span, ...]  # the message that best says what is claimed
    carriers: tuple[Carrier, ...]
    confidence: float
    channels: tuple[str, ...] = ()
    status: ClaimStatus = ClaimStatus.NO_SIGNAL
    evidence: tuple[Signal, ...] = ()
    dropped: tuple[DroppedAttribution, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    tension_with: tuple[str, ...] = ()
    corroborated_by: tuple[str, ...] = ()  # claims of other origins that say much the same
    first_seen: str | None = None  # ISO 8601, as the carrying articles have it
    last_seen: str | None = None

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.outlet for c in self.carriers))

    @property
    def single_source(self) -> bool:
        """No other origin says it, and nobody confirmed it: the Quellenlage is thin."""
        return not self.corroborated_by and self.status is not ClaimStatus.CONFIRMED

    @property
    def wire_only(self) -> bool:
        return all(c.wire for c in self.carriers)


@dataclass(frozen=True, slots=True)
class Ledger:
    """A story's claims in rank order, and the signals that answer none of them."""

    story: str
    claims: tuple[Claim, ...]
    unlinked: tuple[Signal, ...] = ()

    @property
    def coverage(self) -> dict[str, list[str]]:
        """Per outlet, the claims no other outlet of the story carries."""
        out: dict[str, list[str]] = {}
        for claim in self.claims:
            outlets = claim.outlets
            if len(outlets) == 1:
                out.setdefault(outlets[0], []).append(claim.id)
        return out


@dataclass(slots=True)
class IndexDelta:
    """What the story index adds in one batch, for the store to keep: the new document count, document
    frequency increments, term postings appended (term, story), the full clustering state of every
    story that changed and when it was last seen (seconds since the epoch, None when unknown), MinHash
    band entries (band, hash, article), the articles placed (article, story, outlet, signature) and how
    many stories the index has opened, so that the next story's id needs no count of them."""

    documents: int = 0
    story_count: int = 0
    df: dict[str, int] = field(default_factory=dict)
    postings: list[tuple[str, str]] = field(default_factory=list)
    stories: dict[str, dict[str, Any]] = field(default_factory=dict)
    story_last: dict[str, float | None] = field(default_factory=dict)
    bands: list[tuple[int, bytes, str]] = field(default_factory=list)
    articles: list[tuple[str, str, str | None, bytes]] = field(default_factory=list)
    posting_limit: int = 40  # a term points to at most this many (the most recent) stories
