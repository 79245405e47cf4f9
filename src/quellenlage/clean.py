"""Cleaning: a decoded input becomes an Article whose text is frozen.

The raw text is split into lines (paragraphs). Lines that are not the article (timestamps,
credits, captions, promos, repeated paragraphs) are removed and kept with their kind. The
rest get a role: kicker, title, lead, byline, bullet, subheading or body. The frozen text is
the kept paragraphs joined by blank lines, in the order kicker, title, lead, then the rest
as they stood; every paragraph is a ``(start, end)`` offset into it.

Entry points: :func:`clean` for one input and :func:`clean_many` for a batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from quellenlage.errors import CleanError
from quellenlage.model import (
    EARLIEST_YEAR,
    Article,
    Format,
    Metadata,
    Paragraph,
    Rejection,
    Removed,
    RemovedKind,
    Role,
    SourceDoc,
)
from quellenlage.nlp import meta as nlpmeta
from quellenlage.nlp import sentences
from quellenlage.nlp import text as nlptext
from quellenlage.nlp.de import boilerplate, words

__all__ = ["clean", "clean_many"]

_CREDIT = re.compile(boilerplate.CREDIT_LINE, re.IGNORECASE)
_PICTURE_CREDIT = re.compile(boilerplate.PICTURE_CREDIT, re.IGNORECASE)
_CAPTION_CREDIT = re.compile(boilerplate.CAPTION_TRAILING_CREDIT, re.IGNORECASE)
_PROMO = re.compile("|".join(f"(?:{p})" for p in boilerplate.PROMO), re.IGNORECASE)
_OUTLET_IN_PROMO = [re.compile(p, re.IGNORECASE) for p in boilerplate.OUTLET_IN_PROMO]
_NAVIGATION = re.compile("|".join(f"(?:{p})" for p in boilerplate.NAVIGATION), re.IGNORECASE)
_GALLERY_LABEL = re.compile(boilerplate.GALLERY_LABEL, re.IGNORECASE)
_CONTACT_HEAD = re.compile(boilerplate.CONTACT_HEAD, re.IGNORECASE)
_DATELINE_ALONE = re.compile(boilerplate.DATELINE_ALONE)
_CONTACT_LINE = re.compile(boilerplate.CONTACT_LINE, re.IGNORECASE)
_CLOSING_INITIALS = re.compile(boilerplate.CLOSING_INITIALS)
_TRAILING_INITIALS = re.compile(boilerplate.TRAILING_INITIALS)
_BYLINE_PREFIX = re.compile(boilerplate.BYLINE_PREFIX, re.IGNORECASE)
_MATERIAL = re.compile(boilerplate.MATERIAL_CREDIT, re.IGNORECASE)
_BULLET_MARK = re.compile(r"^[•▪►▶■◾●*–-]\s+(?=\S)")
_GLUED = re.compile(r"(?<=[a-zäöüß]{2})(?=[A-ZÄÖÜ][a-zäöüß])")
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w./ -]{1,40}?\s*\((?P<codes>[^()]{2,40})\)\s*[-–—:]\s")
_KEY = re.compile(r"\W+")


@dataclass(slots=True)
class _Line:
    text: str
    block: int
    role: Role | None = None
    removed: RemovedKind | None = None


@dataclass(slots=True)
class _Facts:
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    extra_removed: list[Removed] = field(default_factory=list)

    def add_agencies(self, names: Iterable[str]) -> None:
        self.agencies.extend(n for n in names if n not in self.agencies)

    def add_author(self, name: str) -> None:
        if name and name not in self.authors:
            self.authors.append(name)


#: An input with fewer words than this (words as the analysis tokenizes them, with two letters or more
#: and at most ``LONGEST_WORD`` characters) is no article: a file of punctuation or numbers, or megabytes
#: of one letter.
MIN_WORDS = 5
LONGEST_WORD = 60


def _has_words(text: str) -> bool:
    found = 0
    for m in sentences.WORD.finditer(text):  # stops at the fifth word, however long the text
        word = m.group()
        if len(word) <= LONGEST_WORD and sum(c.isalpha() for c in word) >= 2:
            found += 1
            if found >= MIN_WORDS:
                return True
    return False


def clean(doc: SourceDoc, outlets: Mapping[str, str] | None = None) -> Article:
    """Clean one input. ``outlets`` (domain -> outlet name) is read before the built-in domain table
    when the input names no outlet of its own. Raises :class:`CleanError` when the input has no words
    (E202) or nothing of an article is left (E201)."""
    if not _has_words(doc.text):
        raise CleanError("E202", needed=MIN_WORDS)
    normalized = nlptext.normalize(doc.text)
    lines = _split(normalized)
    facts = _Facts()
    _mark_boilerplate(lines, facts)
    _mark_duplicates(lines)
    kept = [line for line in lines if line.removed is None]
    _strip_closing_initials(kept, facts)
    hint = " ".join(nlptext.normalize(doc.meta.title or "").split()) or None
    kept = _assign_roles([line for line in kept if line.text], hint, facts)
    if not any(line.role in (Role.BODY, Role.LEAD, Role.BULLET, Role.SUBHEADING) for line in kept):
        raise CleanError("E201")
    text, paragraphs = _freeze(kept)
    removed = tuple(Removed(line.removed, line.text) for line in lines if line.removed) + tuple(
        facts.extra_removed
    )
    return _article(doc, text, paragraphs, removed, facts, outlets)


def clean_many(docs: Iterable[SourceDoc]) -> Iterator[Article | Rejection]:
    """Clean a batch; an input that fails becomes a Rejection and the batch goes on."""
    for doc in docs:
        try:
            yield clean(doc)
        except CleanError as err:
            yield err.rejection(doc.origin)


# --- lines -------------------------------------------------------------------------------------


def _split(text: str) -> list[_Line]:
    """Non-empty lines with the number of their blank-line-separated block; hard-wrapped text is rejoined."""
    blocks = [[ln for ln in block.split("\n") if ln] for block in re.split(r"\n\s*\n", text)]
    blocks = [b for b in blocks if b]
    if _hard_wrapped(blocks):
        blocks = [[" ".join(b)] for b in blocks]
    return [_Line(line, i) for i, block in enumerate(blocks) for line in block]


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """True when lines inside blocks break mid-sentence at a fixed width, as in e-mailed text."""
    inner = [ln for b in blocks if len(b) > 1 for ln in b[:-1]]
    if len(inner) < 4:
        return False
    wrapped = sum(1 for ln in inner if 50 <= len(ln) <= 100 and ln[-1] not in '.!?:"“»')
    return wrapped / len(inner) > 0.6


def _key(text: str) -> str:
    return _KEY.sub(" ", text.casefold()).strip()


# --- boilerplate --------------------------------------------------------------------------------


def _mark_boilerplate(lines: list[_Line], facts: _Facts) -> None:
    for line in lines:
        t = line.text
        stamps = nlpmeta.parse_timestamp_line(t)
        if stamps:
            line.removed = RemovedKind.TIMESTAMP
            for stamp in stamps:
                if stamp.updated:
                    facts.updated = facts.updated or stamp.value
                else:
                    facts.published = facts.published or stamp.value
        elif _is_credit(t):
            line.removed = RemovedKind.CREDIT
            facts.add_agencies(nlpmeta.agencies_in(t))
        elif _CAPTION_CREDIT.fullmatch(t) and nlptext.word_count(t) <= boilerplate.CAPTION_MAX_WORDS + 15:
            line.removed = RemovedKind.CAPTION
            facts.add_agencies(nlpmeta.agencies_in(t[t.lower().rfind(":") :]))
        elif t in boilerplate.PICTURE_LABELS or _GALLERY_LABEL.match(t):
            line.removed = RemovedKind.CAPTION
        elif _NAVIGATION.match(t):
            line.removed = RemovedKind.NAVIGATION
        elif _PROMO.search(t) and nlptext.word_count(t) <= 80:
            line.removed = RemovedKind.PROMO
            for pattern in _OUTLET_IN_PROMO:
                m = pattern.search(t)
                if m:
                    facts.outlets.append(nlpmeta.canonical_outlet(m["outlet"]))
        elif (m := _DATELINE.match(t)) and nlpmeta.agencies_in(m["codes"]):
            facts.add_agencies(nlpmeta.agencies_in(m["codes"]))
    _mark_contacts(lines)
    _mark_lone_dateline(lines)
    # A caption is the short line right above a picture credit, in the same block.
    for prev, line in pairwise(lines):
        if (
            line.removed is RemovedKind.CREDIT
            and (_PICTURE_CREDIT.match(line.text) or nlpmeta.is_agency_line(line.text))
            and prev.removed is None
            and prev.block == line.block
            and nlptext.word_count(prev.text) <= boilerplate.CAPTION_MAX_WORDS
            and (nlptext.ends_sentence(prev.text) or nlptext.word_count(prev.text) >= 6)
        ):
            prev.removed = RemovedKind.CAPTION


def _mark_lone_dateline(lines: list[_Line]) -> None:
    """ "Berlin." alone above the first paragraph is where the report comes from, not its lead. The first
    line is never taken for one: it may be a one-word title ("Brexit.")."""
    head = [line for line in lines if line.text and line.removed is None][: boilerplate.DATELINE_WITHIN_LINES]
    for line, after in pairwise(head[1:]):
        if nlptext.word_count(line.text) >= boilerplate.DATELINE_NEXT_WORDS:
            return  # the report has begun: a place after it is no dateline
        if (
            _DATELINE_ALONE.fullmatch(line.text)
            and nlptext.word_count(after.text) >= boilerplate.DATELINE_NEXT_WORDS
            and nlptext.ends_sentence(after.text)
        ):
            line.removed = RemovedKind.DATELINE
            return


def _mark_contacts(lines: list[_Line]) -> None:
    """A press release's contact block: its head ("Rückfragen bitte an:", "Pressekontakt:") and the
    short lines of names, addresses, phone numbers and e-mail addresses after it."""
    in_block = False
    for line in lines:
        t = line.text
        if _CONTACT_HEAD.match(t) and nlptext.word_count(t) <= boilerplate.CONTACT_LINE_MAX_WORDS:
            in_block = True
        elif not in_block or not t:
            continue
        elif not (
            _CONTACT_LINE.search(t)
            or (nlptext.word_count(t) <= boilerplate.CONTACT_LINE_MAX_WORDS and not nlptext.ends_sentence(t))
        ):
            in_block = False
            continue
        if line.removed is None:
            line.removed = RemovedKind.CONTACT


def _is_credit(text: str) -> bool:
    if nlpmeta.is_agency_line(text) or _MATERIAL.fullmatch(text):
        return True
    return (
        bool(_CREDIT.fullmatch(text))
        and nlptext.word_count(text) <= 25
        and not nlptext.ends_sentence(text[-2:])
    )


def _mark_duplicates(lines: list[_Line]) -> None:
    seen: set[str] = set()
    for line in lines:
        if line.removed or nlptext.word_count(line.text) < 5:
            continue
        key = _key(line.text)
        if key in seen:
            line.removed = RemovedKind.DUPLICATE
        seen.add(key)


# --- roles --------------------------------------------------------------------------------------


def _headline_like(text: str) -> bool:
    n = nlptext.word_count(text)
    return (
        0 < n <= 25
        and not nlptext.ends_sentence(text)
        and text[-1] not in ":,;"
        and (text[0].isupper() or text[0].isdigit() or text[0] in "„“«»\"'‚")
    )


def _heading_like(text: str) -> bool:
    return _headline_like(text) and nlptext.word_count(text) <= 15


def _is_prose(text: str) -> bool:
    return nlptext.ends_sentence(text) or nlptext.word_count(text) > 25


def _is_name_token(token: str) -> bool:
    """A capitalised word of any alphabet ("Leuthold", "Łukasz", "Šimek", "Kramp-Karrenbauer"), or an
    initial ("K.")."""
    if len(token) == 2 and token[1] == "." and token[0].isupper():
        return True
    parts = token.split("-")
    return len(parts) <= 2 and all(
        len(p) >= 2 and p[0].isupper() and p[1:].isalpha() and p[1:].islower() for p in parts
    )


def _names(text: str) -> list[str]:
    """Person names in a byline, or [] when the line is not a list of names."""
    names: list[str] = []
    for part in re.split(r"\s*(?:,|/|&|\bund\b|\bsowie\b)\s*", text):
        toks = part.split()
        if not toks:
            continue
        if not 2 <= len(toks) <= 5 or toks[0].lower() in words.FUNCTION_WORDS:
            return names if names else []
        if not all(_is_name_token(t) or t in words.NAME_PARTICLES for t in toks):
            return names if names else []
        if not _is_name_token(toks[-1]) or toks[-1].endswith("."):
            return []
        names.append(part)
    return names


def _byline(text: str, in_head: bool) -> list[str]:
    """Authors named by a byline ("Von Karin Leuthold", or a bare name line near the top)."""
    if nlptext.word_count(text) > 12 or (nlptext.ends_sentence(text) and not text.endswith(".")):
        return []
    m = _BYLINE_PREFIX.match(text)
    if m:
        return _names(text[m.end() :].rstrip("."))
    return _names(text) if in_head else []


def _assign_roles(kept: list[_Line], title_hint: str | None, facts: _Facts) -> list[_Line]:
    if not kept and not title_hint:
        return kept
    title_at = _find_title(kept, title_hint)
    if title_at is None and title_hint:
        kept.insert(0, _Line(title_hint, -1))
        title_at = 0
    if title_at is None:
        title_at = -1  # no title: everything is head material after an imaginary one
    else:
        kept[title_at].role = Role.TITLE
        if title_hint is None:
            kept, title_at = _split_kicker(kept, title_at)
    lead_done = False
    for line in kept[: max(title_at, 0)]:
        if line.role is not None:
            continue
        if names := _byline(line.text, in_head=False):
            line.role = Role.BYLINE
            for name in names:
                facts.add_author(name)
        elif not lead_done and _is_prose(line.text) and nlptext.word_count(line.text) <= 80:
            line.role, lead_done = Role.LEAD, True
        else:
            line.role = Role.BODY
    _assign_after_title(kept[title_at + 1 :], lead_done, facts)
    return kept


def _find_title(kept: list[_Line], hint: str | None) -> int | None:
    if hint:
        want = _key(hint)
        for i, line in enumerate(kept[:8]):
            if _key(line.text) == want:
                return i
        return None
    for i, line in enumerate(kept[:6]):
        if _BYLINE_PREFIX.match(line.text) and _byline(line.text, in_head=False):
            continue
        if _headline_like(line.text):
            return i
        if nlptext.word_count(line.text) > 80 or nlptext.sentence_count(line.text) > 3:
            break
    if len(kept) > 1 and nlptext.word_count(kept[0].text) <= 25:
        return 0
    return None


def _split_kicker(kept: list[_Line], title_at: int) -> tuple[list[_Line], int]:
    """A kicker is either its own short line right above the title, or glued to it ("Moskau" + "Putin …")."""
    title = kept[title_at]
    nxt = kept[title_at + 1] if title_at + 1 < len(kept) else None
    n = nlptext.word_count(title.text)
    if (
        nxt is not None
        and nxt.role is None
        and _headline_like(nxt.text)
        and n <= 6
        and nlptext.word_count(nxt.text) > n
        and not _byline(nxt.text, in_head=False)
    ):
        title.role, nxt.role = Role.KICKER, Role.TITLE
        return kept, title_at + 1
    for m in _GLUED.finditer(title.text):
        left, right = title.text[: m.start()], title.text[m.start() :]
        word = left.rsplit(None, 1)[-1] + right.split(None, 1)[0]
        if any(brand in word for brand in words.CAMEL_CASE_WORDS) or nlptext.word_count(left) > 8:
            continue
        if nlptext.word_count(right) < 2:
            continue
        kicker = _Line(left.strip(), title.block, role=Role.KICKER)
        title.text = right.strip()
        kept.insert(title_at, kicker)
        return kept, title_at + 1
    return kept, title_at


def _assign_after_title(rest: list[_Line], lead_done: bool, facts: _Facts) -> None:
    in_head = True
    pending: list[_Line] = []
    for line in rest:
        t = line.text
        if _BULLET_MARK.match(t):
            line.text, line.role = _BULLET_MARK.sub("", t), Role.BULLET
            continue
        if names := _byline(t, in_head=in_head):
            line.role = Role.BYLINE
            for name in names:
                facts.add_author(name)
            continue
        if in_head:
            if (
                not lead_done
                and _is_prose(t)
                and nlptext.word_count(t) <= 80
                and nlptext.sentence_count(t) <= 4
            ):
                line.role, lead_done = Role.LEAD, True
                continue
            if (
                lead_done
                and nlptext.ends_sentence(t)
                and nlptext.sentence_count(t) == 1
                and nlptext.word_count(t) <= 30
            ):
                pending.append(line)
                continue
            in_head = False
            role = Role.BULLET if len(pending) >= 2 else Role.BODY
            for p in pending:
                p.role = role
            pending = []
        line.role = Role.SUBHEADING if _heading_like(t) else Role.BODY
    for p in pending:
        p.role = Role.BODY


def _strip_closing_initials(kept: list[_Line], facts: _Facts) -> None:
    """'(jag)' after the last sentence, or on its own closing line, names authors and agencies."""
    if len(kept) < 2:
        return
    last = kept[-1]
    m = _TRAILING_INITIALS.search(last.text) or _CLOSING_INITIALS.fullmatch(last.text)
    if not m:
        return
    codes = [c.strip() for c in m["codes"].split("/") if c.strip()]
    if not all(nlpmeta.is_agency_code(c) or (c.islower() and 2 <= len(c) <= 4) for c in codes):
        return
    for code in codes:
        if nlpmeta.is_agency_code(code):
            facts.add_agencies(nlpmeta.agencies_in(code))
        else:
            facts.add_author(code)
    facts.extra_removed.append(Removed(RemovedKind.INITIALS, m.group(0).strip()))
    last.text = last.text[: m.start()].rstrip()


# --- freezing -----------------------------------------------------------------------------------

_FRONT = (Role.KICKER, Role.TITLE, Role.LEAD)


def _freeze(kept: list[_Line]) -> tuple[str, tuple[Paragraph, ...]]:
    front = [next((ln for ln in kept if ln.role is role), None) for role in _FRONT]
    ordered = [ln for ln in front if ln is not None]
    ordered += [ln for ln in kept if all(ln is not f for f in ordered)]
    for ln in ordered[len([f for f in front if f is not None]) :]:
        if ln.role in _FRONT:  # a second lead, kicker or title is body text
            ln.role = Role.BODY
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for ln in ordered:
        assert ln.role is not None
        paragraphs.append(Paragraph(ln.role, pos, pos + len(ln.text)))
        parts.append(ln.text)
        pos += len(ln.text) + 2
    return "\n\n".join(parts), tuple(paragraphs)


def _article(
    doc: SourceDoc,
    text: str,
    paragraphs: tuple[Paragraph, ...],
    removed: tuple[Removed, ...],
    facts: _Facts,
    outlets: Mapping[str, str] | None,
) -> Article:
    meta: Metadata = doc.meta
    outlet = (
        meta.outlet
        or nlpmeta.outlet_from_url(meta.url, outlets)
        or (facts.outlets[0] if facts.outlets else None)
        or nlpmeta.registered_domain(meta.url)
    )
    if outlet:
        outlet = nlpmeta.canonical_outlet(outlet)
    zone = nlpmeta.timezone_for(outlet, meta.url, nlptext.looks_swiss(text))
    warnings: list[str] = []
    published = _plausible(meta.published, meta.fetched, warnings)
    published = published or _plausible(facts.published or facts.updated, meta.fetched, warnings)
    authors = list(meta.authors)
    for name in facts.authors:
        if name not in authors:
            authors.append(name)
    return Article(
        text=text,
        paragraphs=paragraphs,
        removed=removed,
        authors=tuple(authors),
        agencies=tuple(facts.agencies),
        outlet=outlet,
        url=meta.url,
        published=nlpmeta.localize(published, zone) if published else None,
        timezone=zone if published else None,
        language=nlptext.detect_language(text),
        origin=doc.origin,
        format=doc.format if isinstance(doc.format, Format) else Format(doc.format),
        fetched=meta.fetched,
        warnings=tuple(warnings),
    )


def _aware(when: datetime) -> datetime:
    """A naive time counts as UTC."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


#: A published time this far after the moment of reading (the fetch time, else now) is in the future.
FUTURE_SLACK = timedelta(days=2)


def _plausible(when: datetime | None, fetched: datetime | None, warnings: list[str]) -> datetime | None:
    """``when`` when it can be a published time; a date before ``EARLIEST_YEAR`` (a content system's
    placeholder) or after the page was read is none, and says so in ``warnings``."""
    if when is None:
        return None
    if when.year < EARLIEST_YEAR:
        warnings.append(f"published date {when.isoformat()} ignored: before {EARLIEST_YEAR}")
        return None
    now = datetime.now(UTC)
    read = now if fetched is None else min(_aware(fetched), now)  # a fetch "in the future" is now
    if _aware(when) - read > FUTURE_SLACK:  # a difference: adding to year 9999 would overflow
        warnings.append(f"published date {when.isoformat()} ignored: after the article was read")
        return None
    return when
