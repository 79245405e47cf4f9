"""Plain JSON-ready views of the core types, shared by the CLI and any other interface."""

from __future__ import annotations

from typing import Any

from quellenlage.model import Article, Rejection
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
        "origins": origins if origins is not None else [article.origin],
        "paragraphs": [
            {"role": str(p.role), "start": p.start, "end": p.end, "text": article.paragraph_text(p)}
            for p in article.paragraphs
        ],
        "removed": [{"kind": str(r.kind), "text": r.text} for r in article.removed],
        "text": article.text,
    }


def rejection(rej: Rejection) -> dict[str, Any]:
    return {
        "origin": rej.origin,
        "code": rej.code,
        "stage": rej.stage,
        "reason": rej.reason,
        "created_at": rej.created_at.isoformat() if rej.created_at else None,
    }
