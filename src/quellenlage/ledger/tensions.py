"""Tensions: two claims about the same actor and topic with opposing predicates ("verzichten" against
"verlangen")."""

from __future__ import annotations

from collections import defaultdict

from quellenlage.ledger.claims import Claim
from quellenlage.ledger.terms import content_terms
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp.de import ledger as data


def mark_tensions(claims: list[Claim]) -> None:
    """Claims about the same actor and topic whose predicates oppose each other. Precision first: all
    three must hold, and the opposing stems must sit on different sides. Only claims that share an
    actor are compared, through an index, so the cost follows the number of such pairs."""
    stems = {c.id: _stems(c) for c in claims}
    own = {c.id: data.METONYMS.get(c.origin.lower(), c.origin.lower()) for c in claims}
    entities = {c.id: _entities(stems[c.id]) for c in claims}
    sides = {c.id: _sides(stems[c.id]) for c in claims}
    by_entity: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(claims):
        for e in entities[c.id] | {own[c.id]}:
            by_entity[e].append(n)
    pairs = {(i, j) for members in by_entity.values() for i in members for j in members if i < j}
    for i, j in sorted(pairs):
        a, b = claims[i], claims[j]
        a_first, a_second, a_both = sides[a.id]
        b_first, b_second, _ = sides[b.id]
        if not ((a_first & b_second) or (a_second & b_first)) or a_both:
            continue
        sa, sb = stems[a.id], stems[b.id]
        common = entities[a.id] | entities[b.id]
        same_actor = (sa | {own[a.id]}) & (sb | {own[b.id]}) & (common | {own[a.id], own[b.id]} - {""})
        topic = {t for t in sa & sb if t not in common} or _compound_topic(sa, sb)
        if same_actor and topic:
            a.tension_with.append(b.id)
            b.tension_with.append(a.id)


def _stems(claim: Claim) -> set[str]:
    out = set(claim.terms)
    for item in claim.items:
        out |= content_terms(item.article.spans_text(item.statement.cue))
    return out


def _sides(stems: set[str]) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Which opposing pairs (by index) the claim's stems touch: first side, second side (as a part of a
    word, "gebietsverzicht" touches "verzicht"), and both sides as leading stems (a claim that holds both
    predicates itself, "stimmte zu und lehnte ab", is no side of a tension)."""
    first = frozenset(k for k, (x, _) in enumerate(data.OPPOSING) if any(x in t for t in stems))
    second = frozenset(k for k, (_, y) in enumerate(data.OPPOSING) if any(y in t for t in stems))
    both = frozenset(
        k for k, (x, y) in enumerate(data.OPPOSING)
        if any(t.startswith(x) for t in stems) and any(t.startswith(y) for t in stems)
    )  # fmt: skip
    return first, second, both


def _entities(terms: set[str]) -> set[str]:
    return {t for t in terms if t in data.METONYMS.values() or not lemmas.is_known(t)}


def _compound_topic(a: set[str], b: set[str]) -> set[str]:
    """A topic shared inside compounds: "gebiet" in "gebietsverzicht"."""
    out = set()
    for t in a:
        if len(t) >= 5 and any(t != u and (u.startswith(t) or u.endswith(t)) for u in b):
            out.add(t)
    for t in b:
        if len(t) >= 5 and any(t != u and (u.startswith(t) or u.endswith(t)) for u in a):
            out.add(t)
    return out
