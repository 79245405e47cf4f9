"""Role nouns: whether a word is a function or title that stands before or instead of a name."""

from __future__ import annotations

from quellenlage.memo import memo
from quellenlage.nlp.de import titles


@memo(100_000)
def is_title(word: str) -> bool:
    """ "US-Sondergesandter", "Ministerin", "CDU-Politiker": a role noun (by stem, any case or gender)."""
    base = word.lower().rsplit("-", 1)[-1]
    for ending in ("", *titles.TITLE_ENDINGS):
        if ending and not base.endswith(ending):
            continue
        stem = base[: len(base) - len(ending)] if ending else base
        if stem.endswith(titles.TITLE_STEMS):
            return True
    return False


def title_key(word: str) -> str:
    """The stem a role is matched by across its forms ("Ministerin", "Minister")."""
    base = word.lower()
    for ending in titles.TITLE_ENDINGS:
        if base.endswith(ending) and base[: -len(ending)].endswith(titles.TITLE_STEMS):
            return base[: -len(ending)]
    return base
