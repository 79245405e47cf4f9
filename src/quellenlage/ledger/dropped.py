"""Dropped attributions: sentences that state an attributed claim as plain fact, and the sentences of an
article."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from quellenlage.ledger.claims import Claim, Item
from quellenlage.ledger.terms import content_terms, shared, similar, verb_lemmas, word_tokens
from quellenlage.model import Article, DroppedAttribution, Role, Span
from quellenlage.nlp import analysis, mood
from quellenlage.nlp.de import ledger as data
from quellenlage.nlp.de import speech

#: A plain-fact sentence restates a claim when it shares this share of a claim statement's lemmas
#: (at least 3), and a predicate or a number with it.
RESTATES = 0.5


#: ... and covers this share of the claim statement's content lemmas.
COVERS = 0.5


_HEADLINES = (Role.TITLE, Role.SUBHEADING)


#: Forms of the verbs of saying without a particle: a headline with one attributes ("Laschet fordert …").
_SAYING = frozenset(
    f
    for v in speech.VERBS
    if not v.particle and v.channel == "speech" and v.polarity == "assert"
    for f in v.forms
)


#: A headline that opens with a short label and a colon ("Grüne: …", "Kreml: …").
_LABELLED = re.compile(r"^(?:[^:–-]{0,40}\s[–-]\s)?\W*\w[\w.-]*(?:\s+\w[\w.-]*){0,2}\s*:\s")


#: Without a shared predicate, a plain-fact sentence must share this many numbers with the claim (a
#: headline one).
MIN_SHARED_NUMBERS = 2


def sentences(article: Article) -> tuple[tuple[Role, Span], ...]:
    """Sentences of the kept paragraphs (kicker and byline aside), from the article's analysis."""
    a = analysis.of(article)
    out: list[tuple[Role, Span]] = []
    k = 0
    for p, (_first, end) in zip(article.paragraphs, a.paragraphs, strict=True):
        while k < len(a.sentences) and a.sentences[k][0] < end:
            if p.role not in (Role.KICKER, Role.BYLINE):
                out.append((p.role, a.sentence_span(k)))
            k += 1
    return tuple(out)


def mark_dropped(articles: list[Article], claims: list[Claim]) -> None:
    """Flag, on each claim, the plain-fact sentences of the articles that restate it without attribution.
    Candidates come from an index of the claim statements' lemmas."""
    postings: dict[str, list[tuple[Claim, Item]]] = defaultdict(list)
    for claim in claims:
        for claim_item in claim.items:
            for t in claim_item.terms:
                postings[t].append((claim, claim_item))
    for article in articles:
        _dropped(article, postings)


def _dropped(article: Article, postings: dict[str, list[tuple[Claim, Item]]]) -> None:
    """Plain-fact sentences, with no attribution of their own, that restate an attributed claim."""
    covered = [s for st in article.statements for s in (*st.message, *st.cue)]
    spans = sentences(article)
    flagged: set[tuple[str, str]] = set()  # (sentence text, claim): a repeated sentence is flagged once
    for n, (role, span) in enumerate(spans):
        text = article.text[span.start : span.end]
        if any(s.start < span.end and span.start < s.end for s in covered) or text.rstrip().endswith("?"):
            continue
        if text[:1] in speech.QUOTES:
            continue  # a quotation without a cue is someone's words, not the article's own statement
        if role in _HEADLINES and (
            _LABELLED.match(text) or any(w.lower() in _SAYING for w in word_tokens(text))
        ):
            continue  # "Grüne: Regierung muss zulegen", "Laschet fordert …": the headline names its source
        following = spans[n + 1][1] if n + 1 < len(spans) and spans[n + 1][0] is role else None
        if following is not None and any(
            c.start < following.end and following.start < c.end for st in article.statements for c in st.cue
        ):
            continue  # "ÖVP und Grüne haben sich geeinigt. Das teilten beide Parteien mit.": attributed after
        tokens = word_tokens(text)
        if any(
            t.lower() in data.HEDGES or t.lower() in speech.REPORTING_MODALS or mood.is_subjunctive(t)
            for t in tokens
        ):
            continue  # "soll", "offenbar", Konjunktiv: the sentence still hedges
        terms = content_terms(text)
        headline = role in _HEADLINES
        predicates = verb_lemmas(text)
        numbers = set(re.findall(r"\d+", text))
        hits: Counter[int] = Counter(id(i) for t in terms for _c, i in postings.get(t, ()))
        by_claim: dict[int, tuple[Claim, list[Item]]] = {}
        seen: set[int] = set()
        for t in terms:
            for c, i in postings.get(t, ()):
                if hits[id(i)] >= 2 and id(i) not in seen:
                    seen.add(id(i))
                    by_claim.setdefault(c.order, (c, []))[1].append(i)
        best: tuple[float, int, Claim] | None = None
        for order, (claim, items) in by_claim.items():
            named = [w for w in claim.origin.split() if len(w) >= 4 or (len(w) >= 2 and w.isupper())]
            if named and any(re.search(rf"(?<!\w){re.escape(w)}", text) for w in named):
                continue  # "Die Gewerkschaft IG Kraftwerk rechnet …", "EU will …" names its source
            score = max(
                (
                    similar(terms, i.terms)
                    for i in items
                    if (
                        predicates & i.predicates
                        or len(numbers & set(re.findall(r"\d+", i.text)))
                        >= (1 if headline else MIN_SHARED_NUMBERS)
                    )
                    # a body sentence says most of what the claim says; a headline compresses it
                    and (headline or shared(terms, i.terms) >= COVERS * len(i.terms))
                ),
                default=0.0,
            )
            # the most similar claim takes the flag; ties go to the claim told first, never to set order
            if score >= RESTATES and (best is None or (score, -order) > (best[0], -best[1])):
                best = (score, order, claim)
        if best is not None and (text, best[2].id) not in flagged:
            flagged.add((text, best[2].id))
            best[2].dropped.append(DroppedAttribution(article.id, article.outlet, role, span))
