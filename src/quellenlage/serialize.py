"""Plain JSON-ready views of the core types, shared by the CLI and any other interface."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from quellenlage.model import Actor, Article, Claim, Ledger, Rejection, Signal, Span, Statement, Story
from quellenlage.store import ArticleSummary


def article_summary(summary: ArticleSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "outlet": summary.outlet,
        "published": summary.published,
        "origin": summary.origin,
    }


def article(article: Article, origins: list[str] | None = None) -> dict[str, Any]:
    return {
        "id": article.id,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "kicker": article.kicker,
        "lead": article.lead,
        "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "timezone": article.timezone,
        "language": article.language,
        "agencies": list(article.agencies),
        "format": str(article.format),
        "fetched": article.fetched.isoformat() if article.fetched else None,
        "warnings": list(article.warnings),
        "origins": origins if origins is not None else [article.origin],
        "paragraphs": [
            {"role": str(p.role), "start": p.start, "end": p.end, "text": article.paragraph_text(p)}
            for p in article.paragraphs
        ],
        "removed": [{"kind": str(r.kind), "text": r.text} for r in article.removed],
        "statements": [statement(article, s) for s in article.statements],
        "text": article.text,
    }


def span(article: Article, value: Span | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"start": value.start, "end": value.end, "text": article.text[value.start : value.end]}


def spans(article: Article, values: tuple[Span, ...]) -> dict[str, Any] | None:
    """A possibly discontinuous span: first start, last end, text with " … " for gaps, and its parts."""
    if not values:
        return None
    out: dict[str, Any] = {
        "start": values[0].start,
        "end": values[-1].end,
        "text": article.spans_text(values),
    }
    if len(values) > 1:
        out["parts"] = [span(article, v) for v in values]
    return out


def statement(article: Article, s: Statement) -> dict[str, Any]:
    source = span(article, s.source) or {"start": None, "end": None, "text": None}
    return {
        "id": s.id,
        "form": str(s.form),
        "cue": spans(article, s.cue),
        "source": source | {"actor": s.actor},
        "message": spans(article, s.message),
        "addressee": span(article, s.addressee),
        "medium": span(article, s.medium),
        "time": span(article, s.time),
        "nested_in": s.nested_in,
        "polarity": str(s.polarity),
        "channel": str(s.channel),
        "confidence": s.confidence,
    } | ({"answers": spans(article, s.answers)} if s.answers else {})


def rejection(rej: Rejection) -> dict[str, Any]:
    return {
        "origin": rej.origin,
        "code": rej.code,
        "stage": rej.stage,
        "reason": rej.reason,
        "created_at": rej.created_at.isoformat() if rej.created_at else None,
    }


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def story(st: Story, articles: Mapping[str, Article | ArticleSummary] | None = None) -> dict[str, Any]:
    """A story with its members' title, outlet and published time, from the articles or their
    summaries (a stored summary holds the published time as ISO text already)."""
    articles = articles or {}
    copies = dict(st.duplicates)
    members = []
    for aid in st.members:
        art = articles.get(aid)
        members.append(
            {
                "id": aid,
                "title": art.title if art else None,
                "outlet": art.outlet if art else None,
                "published": (
                    None
                    if art is None
                    else art.published
                    if isinstance(art, ArticleSummary)
                    else _when(art.published)
                ),
                "wire": aid in st.wire,
                "duplicate_of": copies.get(aid),
            }
        )
    return {
        "id": st.id,
        "label": st.label,
        "first_seen": _when(st.first_seen),
        "last_seen": _when(st.last_seen),
        "outlets": list(st.outlets),
        "independent_outlets": list(st.independent_outlets),
        "wire_copies": list(st.wire),
        "articles": len(st.members),
        "members": members,
    }


def actor(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": str(a.kind),
        "aliases": list(a.aliases),
        "statements": a.statements,
        "mentions": a.mentions,
        "outlets": list(a.outlets),
    }


# --- the claim ledger: offsets rendered with the texts they point into ------------------------------


Texts = Mapping[str, str]  # article id -> frozen text


def _cut(texts: Texts, article: str, span: Span) -> str:
    return texts[article][span.start : span.end]


def _joined(texts: Texts, article: str, spans: tuple[Span, ...]) -> str:
    return " … ".join(_cut(texts, article, s) for s in spans)  # as Article.spans_text


def signal(s: Signal, texts: Texts) -> dict[str, Any]:
    return {
        "article": s.article,
        "outlet": s.outlet,
        "statement": s.statement,
        "actor": s.actor,
        "polarity": str(s.polarity),
        "start": s.span.start,
        "end": s.span.end,
        "text": _cut(texts, s.article, s.span),
    }


def claim(c: Claim, texts: Texts) -> dict[str, Any]:
    """A claim as ``claims --json`` and the API show it; ``texts`` holds every article it points into."""
    return {
        "id": c.id,
        "confidence": c.confidence,
        "gist": _joined(texts, c.gist_article, c.gist),
        "origin": c.origin,
        "channels": list(c.channels),
        "carried_by": [
            {
                "outlet": x.outlet,
                "article": x.article,
                "statements": list(x.statements),
                "form": str(x.forms[0]) if len(x.forms) == 1 else [str(f) for f in x.forms],
                "wire": x.wire,
                "text": [_joined(texts, x.article, m) for m in x.messages],
            }
            for x in c.carriers
        ],
        "first_seen": c.first_seen,
        "last_seen": c.last_seen,
        "status": {"value": str(c.status), "evidence": [signal(e, texts) for e in c.evidence]},
        "attribution_dropped": [
            {
                "article": d.article,
                "outlet": d.outlet,
                "role": str(d.role),
                "start": d.span.start,
                "end": d.span.end,
                "text": _cut(texts, d.article, d.span),
            }
            for d in c.dropped
        ],
        "reactions": [
            signal(r.said, texts) | {"message": _joined(texts, r.said.article, r.message)}
            for r in c.reactions
        ],
        "tension_with": list(c.tension_with),
        "corroborated_by": list(c.corroborated_by),
        "single_source": c.single_source,
        "wire_only": c.wire_only,
    }


def ledger(led: Ledger, texts: Texts) -> dict[str, Any]:
    """A story's ledger: its claims in rank order, coverage per outlet, and the unlinked signals."""
    return {
        "claims": [claim(c, texts) for c in led.claims],
        "coverage": led.coverage,
        "unlinked_signals": [signal(s, texts) for s in led.unlinked],
    }
