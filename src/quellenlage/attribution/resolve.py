"""Who a source is, within one article: names, titles, pronouns and descriptions resolved to a name."""

from __future__ import annotations

from quellenlage.attribution.text import Doc
from quellenlage.nlp.de import speech, titles

Range = tuple[int, int]
_PARTICLES = {"von", "van", "der", "de", "zu", "da", "di"}
_ARTICLES = {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "einem", "einen"}


def is_title(word: str) -> bool:
    base = word.lower().rsplit("-", 1)[-1]
    for ending in ("", *titles.TITLE_ENDINGS):
        stem = base[: len(base) - len(ending)] if ending and base.endswith(ending) else base
        if ending and not base.endswith(ending):
            continue
        if stem.endswith(titles.TITLE_STEMS):
            return True
    return False


def _title_key(word: str) -> str:
    base = word.lower()
    for ending in titles.TITLE_ENDINGS:
        if base.endswith(ending) and base[: -len(ending)].endswith(titles.TITLE_STEMS):
            return base[: -len(ending)]
    return base


class Resolver:
    """Maps source ranges of one article to actor names."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.names: list[tuple[str, ...]] = []  # full names mentioned, in order
        self.titled: dict[str, str] = {}  # title key -> name it stands before
        self.mentions: list[tuple[int, str]] = []  # (token index, full name) of titled names, in order
        self._scan()

    def _scan(self) -> None:
        toks = self.doc.tokens
        i = 0
        while i < len(toks):
            run: list[str] = []
            title = None
            j = i
            while j < len(toks) and (toks[j].text[:1].isupper() or (run and toks[j].lower in _PARTICLES)):
                if toks[j].lower in _ARTICLES or toks[j].mark:
                    break
                if is_title(toks[j].text) and not run:
                    title = toks[j].text
                elif toks[j].text[:1].isupper() or run:
                    run.append(toks[j].text)
                j += 1
            while run and run[-1].lower() in _PARTICLES:
                run.pop()
            if title and len(run) >= 2:
                self.names.append(tuple(run))
            if title and run:
                self.titled[_title_key(title)] = " ".join(run)
                self.mentions.append((i, " ".join(run)))
            i = max(j, i + 1)

    def learn(self, rng: Range) -> None:
        """Remember the full name a source phrase gives ("der US-Sondergesandte Steve Witkoff")."""
        words = [t.text for t in self.doc.tokens[rng[0] : rng[1] + 1] if not t.mark]
        name = _trim_name(words)
        if len(name) >= 2:
            self.names.append(tuple(name))

    def canonical(self, name: str) -> str:
        """The longest full name in the article that ends with this name's last word."""
        last = name.split()[-1]
        best = name
        for full in self.names:
            if full[-1] == last and len(" ".join(full)) > len(best):
                best = " ".join(full)
        return best

    def actor(self, rng: Range | None, pronoun: bool, previous: str | None) -> str | None:
        if rng is None:
            return previous
        toks = self.doc.tokens[rng[0] : rng[1] + 1]
        if pronoun or (len(toks) == 1 and toks[0].lower in speech.PRONOUNS):
            if previous is None:  # no speaker yet: the last person named with a title before the pronoun
                earlier = [name for index, name in self.mentions if index < rng[0]]
                return self.canonical(earlier[-1]) if earlier else None
            return previous
        words = [t.text for t in toks if not t.mark]
        names = [w for w in words if (w[:1].isupper() and not is_title(w) and w.lower() not in _ARTICLES)]
        if " und " in " ".join(words).lower() or " sowie " in " ".join(words).lower():
            return self._first_person(words)
        heads = [w for w in words if is_title(w)]
        if names and (not heads or len(names) >= 1) and not _looks_like_org(names, words):
            name = " ".join(_trim_name(words))
            return self.canonical(name) if name else None
        for head in reversed(heads):
            person = self.titled.get(_title_key(head))
            if person:
                return self.canonical(person)
        rest = [w for w in words if w.lower() not in _ARTICLES]
        return " ".join(rest) or None

    def _first_person(self, words: list[str]) -> str | None:
        joined = " ".join(words)
        first = joined.replace(" sowie ", " und ").split(" und ")[0]
        return self.actor_from_text(first)

    def actor_from_text(self, text: str) -> str | None:
        words = text.split()
        name = " ".join(_trim_name(words))
        return self.canonical(name) if name else None


def _trim_name(words: list[str]) -> list[str]:
    """Drop articles, adjectives and titles before a name ("der deutsche Bundeskanzler Friedrich Merz")."""
    out: list[str] = []
    for w in words:
        particle = (
            w.lower() in _PARTICLES and bool(out) and (out[-1].lower() in _PARTICLES or out[-1][:1].isupper())
        )
        if not particle and (w.lower() in _ARTICLES or is_title(w) or w[:1].islower()):
            out = []
            continue
        out.append(w)
    while out and out[0].lower() in _PARTICLES:
        out.pop(0)
    return out


def _looks_like_org(names: list[str], words: list[str]) -> bool:
    """A description with a genitive ("Ein Sprecher des Ministeriums") is not a person's name."""
    return any(w.lower() in ("des", "der") for w in words[1:]) and not any(
        len(n) > 1 and n[0].isupper() and n[1:].islower() and n == words[-1] for n in names[-1:]
    )
