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

Entry point: :func:`build` over articles with statements.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from quellenlage.model import Actor, ActorKind, Article
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp.de import people
from quellenlage.nlp.roles import is_title

__all__ = ["build", "canonical_name", "key"]

_SUBSTITUTIONS = (
    ("ß", "ss"), ("tsch", "ch"), ("sch", "sh"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"),
)  # fmt: skip


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.lower())
    word = "".join(c for c in word if not unicodedata.combining(c))
    for a, b in _SUBSTITUTIONS:
        word = word.replace(a, b)
    if word.startswith("z"):
        word = "s" + word[1:]
    word = re.sub(r"(.)\1+", r"\1", word)  # Selenskyj -> selenskii -> selenski
    return re.sub(r"[^a-z ]", "", word)


@lru_cache(maxsize=100_000)
def key(name: str) -> str:
    """The transliteration key of a name: equal keys are the same spelling family."""
    return " ".join(_fold(w) for w in name.split())


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
    words = k.split()
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


@dataclass(slots=True)
class _Group:
    spellings: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    mentions: int = 0
    outlets: list[str] = field(default_factory=list)


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


def build(articles: Iterable[Article]) -> list[Actor]:
    """Actors of all statements' sources, and the people statements are about; most quoted first."""
    mentions: list[tuple[str, str | None, str]] = []
    about: list[str] = []
    for article in articles:
        for st in article.statements:
            if st.actor:
                mentions.append((st.actor.strip(), article.outlet, article.id))
            about.extend(n for n in _names_in(article.spans_text(st.message)) if n != st.actor)
    full_in_article: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, surname) -> full names
    for name, _, aid in mentions:
        k = key(name)
        if len(k.split()) >= 2:
            full_in_article[(aid, k.split()[-1])].add(k)
    groups: dict[str, _Group] = defaultdict(_Group)
    for name, outlet, aid in mentions:
        k = key(name)
        if not k:
            continue
        if len(k.split()) == 1 and len(full_in_article.get((aid, k), ())) == 1:
            k = next(iter(full_in_article[(aid, k)]))  # "Witkoff" after "Steve Witkoff" in one article
        if is_description(name):
            k = f"{k} {aid}"  # "ein CDU-Politiker" in two articles: two people, as far as we know
        canon = canonical_name(name)
        if canon and (len(k.split()) >= 2 or k == key(canon.split()[-1])):
            k = key(canon)
        group = groups[k]
        group.spellings[name] += 1
        group.statements += 1
        if outlet and outlet not in group.outlets:
            group.outlets.append(outlet)
    for name in about:
        k = key(name)
        canon = canonical_name(name)
        if canon:
            k = key(canon)
        groups[k].mentions += 1
        if not groups[k].spellings:
            groups[k].spellings[canon or name] += 0
    actors = []
    for k, group in groups.items():
        if not group.spellings:
            continue
        name = _CANONICAL.get(k) or max(
            group.spellings, key=lambda s: (len(s.split()) >= 2, group.spellings[s], len(s))
        )
        actors.append(
            Actor(
                id=k.replace(" ", "-"),
                name=name,
                kind=kind_of(name),
                aliases=tuple(sorted(s for s in group.spellings if s != name)),
                statements=group.statements,
                outlets=tuple(group.outlets),
                mentions=group.mentions,
            )
        )
    return sorted(actors, key=lambda a: (-a.statements, -a.mentions, a.name))
