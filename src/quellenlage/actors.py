"""Actors: one canonical name per person or institution across articles.

Within an article, attribution already resolved pronouns and descriptions to a name. Across articles,
names are matched by a transliteration key (j/y -> i, w -> v, ß -> ss, z -> s at the start, doubled
letters and diacritics folded, case ignored), so "Wolodimir Selenski" and "Wolodymyr Selenskyj" meet.
A surname alone joins the full name its own article gives, never one from another article, and a
full name with another first name is another person; only the people listed in
:mod:`quellenlage.nlp.de.people` are known by surname. The canonical spelling is the listed one,
else the most frequent full spelling seen.
Descriptions ("ein CDU-Politiker", "die Polizei") name no one in particular and stay one actor per
article. Institutions and anonymous sources ("Regierungskreise") are kept apart from persons and marked.

Entry points: :func:`mentions` of one article (what the pipeline stores), :func:`name_of` an actor from
its spellings, and :func:`build` over articles in memory.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from quellenlage.memo import memo
from quellenlage.model import Actor, ActorKind, Article
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp.de import people
from quellenlage.nlp.roles import is_title

__all__ = ["Mention", "actor_id", "build", "canonical_name", "key", "mentions", "name_of", "spoken"]

#: Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
_SUBSTITUTIONS = (
    ("ß", "ss"), ("tsch", "ch"), ("sch", "sh"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"),
)  # fmt: skip


def _fold(word: str) -> str:
    """A word's spelling family: Latin letters without accents and with German and transliteration
    variants folded; letters of other alphabets ("Путин", "Μητσοτάκης") are kept as they are."""
    word = unicodedata.normalize("NFKD", word.lower().translate(_UNDECOMPOSED))
    word = "".join(c for c in word if not unicodedata.combining(c))
    for a, b in _SUBSTITUTIONS:
        word = word.replace(a, b)
    if word.startswith("z"):
        word = "s" + word[1:]
    word = re.sub(r"(.)\1+", r"\1", word)  # Selenskyj -> selenskii -> selenski
    return "".join(c for c in word if c.isalpha())


@memo(100_000)
def key(name: str) -> str:
    """The transliteration key of a name: equal keys are the same spelling family."""
    return " ".join(folded for w in name.split() if (folded := _fold(w)))


_CANONICAL = {key(name): name for name in people.CANONICAL_PEOPLE}
_CANONICAL_SURNAMES = {key(name.split()[-1]): name for name in people.CANONICAL_PEOPLE}


def canonical_name(name: str) -> str | None:
    """The listed canonical spelling of a name or surname, if it is one of the listed people. A full name
    with another first name is someone else ("Daniil Medvedev" is not "Dmitri Medwedew")."""
    k = key(name)
    if not k:
        return None
    if k in _CANONICAL:
        return _CANONICAL[k]
    words = k.split()  # not empty: a key has a letter
    listed = _CANONICAL_SURNAMES.get(words[-1])
    if listed is None:
        return None
    return listed if len(words) == 1 or words[0] == key(listed).split()[0] else None


def is_description(name: str) -> bool:
    """A source that names no one in particular: a role ("CDU-Politiker", "Arzt aus dem Kreis Unna"), an
    institution that exists in many places ("Polizei", "Innenministerium") or an unnamed group ("Einige
    Gewerkschaften"). Two such sources in two articles are not known to be the same."""
    words = name.split()
    if not words:
        return False
    first = words[0].lower()
    if first in people.GROUP_WORDS or words[0][:1].islower():
        return True
    if is_title(words[0]) and not any(_name_like(w) for w in words[1:2]):
        return True  # "CDU-Politiker", "Arzt aus dem Kreis Unna", "Präsidentin des …"
    return (
        len(words) == 1
        and first.endswith(people.GENERIC_BODY_ENDINGS)
        and not first.startswith(people.SPECIFIC_PREFIXES)
    )


def _name_like(word: str) -> bool:
    return word[:1].isupper() and not lemmas.is_known(word) and not is_title(word)


def kind_of(name: str) -> ActorKind:
    low = name.lower()
    if any(marker in low for marker in people.ANONYMOUS_MARKERS):
        return ActorKind.ANONYMOUS
    if is_description(name):
        return ActorKind.DESCRIPTION
    words = low.split()
    if canonical_name(name):
        return ActorKind.PERSON
    if any(w in people.ORGANISATION_WORDS or w.endswith(people.ORGANISATION_ENDINGS) for w in words):
        return ActorKind.ORGANISATION
    if len(words) >= 2 and all(w[:1].isalpha() for w in words):
        return ActorKind.PERSON
    single = name.strip()
    if not single.isupper() and not lemmas.is_known(single):
        return ActorKind.PERSON  # a surname: "Hubig", "Meike"
    return ActorKind.ORGANISATION


_NAME_RUN = re.compile(r"\b[A-ZÄÖÜ][\w-]+(?:\s+(?:von\s+der\s+|von\s+|van\s+)?[A-ZÄÖÜ][\w-]+)+")


def _names_in(text: str) -> list[str]:
    """Person-like names in a message: two or more capitalized words not in the German dictionary."""
    out = []
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group().split() if w[:1].isupper()]
        unknown = [w for w in words if not lemmas.is_known(w)]
        if len(unknown) >= 2 or canonical_name(m.group()):
            out.append(" ".join(unknown) if len(unknown) >= 2 else m.group())
    return out


@dataclass(frozen=True, slots=True)
class Mention:
    """One article's contribution to an actor: a statement it is the source of (``statement`` set) or a
    message that names it. ``key`` groups mentions across articles; it depends on this article alone,
    so actors can be accumulated article by article, in any order."""

    key: str
    spelling: str
    statement: int | None  # the statement's position in its article, for a source


def mentions(article: Article) -> list[Mention]:
    """The actors an article's statements come from, and the people their messages are about."""
    sources: list[tuple[int, str]] = [
        (n, st.actor.strip()) for n, st in enumerate(article.statements) if st.actor and st.actor.strip()
    ]
    full: dict[str, set[str]] = defaultdict(set)  # surname -> full names in this article
    for _, name in sources:
        k = key(name)
        if len(k.split()) >= 2:
            full[k.split()[-1]].add(k)
    out: list[Mention] = []
    for n, name in sources:
        k = key(name)
        if not k:
            continue
        if len(k.split()) == 1 and len(full.get(k, ())) == 1:
            k = next(iter(full[k]))  # "Witkoff" after "Steve Witkoff" in one article
        if is_description(name):
            k = f"{k} {article.id}"  # "ein CDU-Politiker" in two articles: two people, as far as we know
        canon = canonical_name(name)
        if canon and (len(k.split()) >= 2 or k == key(canon.split()[-1])):
            k = key(canon)
        out.append(Mention(k, name, n))
    for st in article.statements:
        for name in _names_in(article.spans_text(st.message)):
            if name == st.actor:
                continue
            canon = canonical_name(name)
            k = key(canon) if canon else key(name)
            if k:
                out.append(Mention(k, canon or name, None))
    return out


def name_of(actor_key: str, spellings: dict[str, int]) -> str:
    """The canonical name of an actor: the listed spelling, else the most frequent full spelling seen
    (ties: the longer, then the alphabetically last, so that the order of arrival never decides)."""
    listed = _CANONICAL.get(actor_key)
    if listed:
        return listed
    return max(spellings, key=lambda s: (len(s.split()) >= 2, spellings[s], len(s), s))


def spoken(spellings: dict[str, int]) -> dict[str, int]:
    """The spellings an actor is known by: those its statements use, or, for an actor only named in
    others' messages, the spellings it was named by."""
    return {s: n for s, n in spellings.items() if n > 0} or spellings


def actor_id(actor_key: str) -> str:
    return actor_key.replace(" ", "-")


def build(articles: Iterable[Article]) -> list[Actor]:
    """Actors of all statements' sources, and the people statements are about; most quoted first. The
    pipeline accumulates the same from :func:`mentions` in the store; this is the in-memory form."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    statements: Counter[str] = Counter()
    about: Counter[str] = Counter()
    outlets: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for m in mentions(article):
            if m.statement is None:
                about[m.key] += 1
                spellings[m.key][m.spelling] += 0  # named only: an actor with no statement of its own
            else:
                statements[m.key] += 1
                spellings[m.key][m.spelling] += 1
                if article.outlet:
                    outlets[m.key].add(article.outlet)
    actors = []
    for k, counted in spellings.items():
        seen = spoken(dict(counted))
        name = name_of(k, seen)
        actors.append(
            Actor(
                id=actor_id(k),
                name=name,
                kind=kind_of(name),
                aliases=tuple(sorted(s for s in seen if s != name)),
                statements=statements[k],
                outlets=tuple(sorted(outlets[k], key=lambda o: (o.casefold(), o))),
                mentions=about[k],
            )
        )
    return sorted(actors, key=lambda a: (-a.statements, -a.mentions, a.name))
