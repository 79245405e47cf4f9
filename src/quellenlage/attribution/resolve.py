"""Who a source is, within one article: names, titles, pronouns and descriptions resolved to a name."""

from __future__ import annotations

from quellenlage.attribution.text import Doc, Token
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp import sentences
from quellenlage.nlp.de import grammar, people, speech
from quellenlage.nlp.roles import is_title
from quellenlage.nlp.roles import title_key as _title_key

__all__ = ["Resolver", "is_title"]

Range = tuple[int, int]


class Resolver:
    """Maps source ranges of one article to actor names."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.names: list[tuple[str, ...]] = []  # full names mentioned, in order
        self._longest: dict[str, str] = {}  # last word -> the first of the longest full names ending so
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
            while j < len(toks) and (
                toks[j].text[:1].isupper() or (run and toks[j].lower in grammar.SPEAKER_PARTICLES)
            ):
                if toks[j].lower in grammar.ARTICLES or toks[j].mark:
                    break
                if (
                    j + 1 < len(toks)
                    and toks[j + 1].text == "."
                    and f"{toks[j].lower}." in people.TITLE_ABBREVIATIONS
                ):
                    j += 2  # "Dr. Sartig": the title's abbreviation is not part of the name
                    continue
                if is_title(toks[j].text) and not run:
                    title = toks[j].text
                elif toks[j].text[:1].isupper() or run:
                    run.append(toks[j].text)
                j += 1
            while run and run[-1].lower() in grammar.SPEAKER_PARTICLES:
                run.pop()
            if title and len(run) >= 2:
                self._add_name(tuple(run))
            if title and run:
                self.titled[_title_key(title)] = " ".join(run)
                self.mentions.append((i, " ".join(run)))
            i = max(j, i + 1)

    def learn(self, rng: Range) -> None:
        """Remember the full name a source phrase gives ("der US-Sondergesandte Steve Witkoff")."""
        words = _words(self.doc.tokens[rng[0] : rng[1] + 1])
        for part in _parts(words):
            name = _person(part)
            if len(name) >= 2:
                self._add_name(tuple(name))
                return

    def _add_name(self, full: tuple[str, ...]) -> None:
        self.names.append(full)
        joined = " ".join(full)
        if len(joined) > len(self._longest.get(full[-1], "")):
            self._longest[full[-1]] = joined

    def canonical(self, name: str) -> str:
        """The longest full name in the article that ends with this name's last word (the first of
        them), or the name itself when none is longer. Looked up, not searched: an article of thousands
        of names costs no more per name than one of ten."""
        longest = self._longest.get(name.split()[-1], "")
        return longest if len(longest) > len(name) else name

    def actor(self, rng: Range | None, pronoun: bool, previous: str | None) -> str | None:
        if rng is None:
            return previous
        toks = self.doc.tokens[rng[0] : rng[1] + 1]
        if len(toks) == 1 and toks[0].lower in grammar.DEMONSTRATIVE_SOURCES:
            return None  # "Diese bestätigte": the source stands, whom it points to we do not know
        if pronoun or (len(toks) == 1 and toks[0].lower in speech.PRONOUNS):
            if previous is None:  # no speaker yet: the last person named with a title before the pronoun
                earlier = [name for index, name in self.mentions if index < rng[0]]
                return self.canonical(earlier[-1]) if earlier else None
            return previous
        words = _words(toks)
        if any(f" {c} " in " ".join(words).lower() for c in grammar.LIST_CONJUNCTIONS):
            return self._first_person(words)
        return self.name_of(words)

    def name_of(self, words: list[str]) -> str | None:
        """The actor a source phrase names, in the nominative:

        - a person's name, in an apposition too ("Der Umweltminister …, Jean-Louis Borloo");
        - for a spokesperson or a text, the one in the genitive it speaks for ("Ein Sprecher des
          Innenministeriums" -> "Innenministerium", "einer Mitteilung der Zuger Regierung");
        - for a role, the person the article named with it; otherwise the description itself, with its
          qualifier ("Arzt aus dem Kreis Unna"), never the place inside it.
        """
        led_by_genitive = bool(words) and words[0].lower() in grammar.MASCULINE_GENITIVE_ARTICLES
        if led_by_genitive:  # "nach Angaben des Ministeriums"
            name = _person(words)
            return self.canonical(" ".join(name)) if len(name) >= 2 else _nominative(words[1:]) or None
        parts = _parts(words)
        if len(parts) > 1 and not _person(parts[0], genitive_tail=False):
            parts = [*parts[1:], parts[0]]  # an apposition's name before a name inside the genitive
        for part in parts:
            name = _person(part)
            if name:
                if len(name) == 1 and _genitive_name(part, name[0]):
                    return self.canonical(name[0][:-1])  # "eine Sprecherin Sassolis" -> Sassoli
                return self.canonical(" ".join(name))
        first = parts[0] if parts else words
        core, genitive = _genitive(_qualified(first)[0])
        head = next((w for w in reversed(core) if w[:1].isupper()), "")
        low = head.lower()
        if genitive and low.endswith((*people.SPOKESPERSON_HEADS, *people.TEXT_HEADS, *people.BRANCH_HEADS)):
            return _nominative(genitive)
        if is_title(head):
            person = self.titled.get(_title_key(head))
            if person:
                return self.canonical(person)
        rest = list(first)
        singular_object = bool(rest) and rest[0].lower() in grammar.SINGULAR_OBJECT_ARTICLES
        while rest and rest[0].lower() in grammar.ARTICLES:
            rest.pop(0)
        if singular_object and rest:  # "zitierte einen Diplomaten" -> Diplomat
            rest[-1] = _noun_nominative(rest[-1])
        return " ".join(rest) or None

    def _first_person(self, words: list[str]) -> str | None:
        joined = " ".join(words)
        conjunction, *others = grammar.LIST_CONJUNCTIONS
        for other in others:
            joined = joined.replace(f" {other} ", f" {conjunction} ")
        return self.actor_from_text(joined.split(f" {conjunction} ")[0])  # "X und Y", "X sowie Y": X

    def actor_from_text(self, text: str) -> str | None:
        words = text.split()
        name = " ".join(_trim_name(words))
        return self.canonical(name) if name else None


def _words(toks: list[Token]) -> list[str]:
    """The words of a source phrase, quotation marks aside; an abbreviation keeps its full stop ("Dr.")."""
    words: list[str] = []
    for t in toks:
        if t.mark:
            continue
        if t.text == "." and words and sentences.is_abbreviation(words[-1]):
            words[-1] += "."
        else:
            words.append(t.text)
    return words


def _parts(words: list[str]) -> list[list[str]]:
    """A source phrase cut at its commas: the phrase and its appositions."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w == ",":
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def _qualified(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Ein Arzt aus dem Kreis Unna" into the speaker and the qualifier after a preposition. A
    name particle ("Ursula von der Leyen") is no qualifier: it follows a name, and one name follows it."""
    for n, w in enumerate(words):
        if n == 0 or w.lower() not in people.QUALIFIER_PREPOSITIONS:
            continue
        after = [x for x in words[n + 1 :] if x.lower() not in grammar.ARTICLES]
        particle = (
            w.lower() in grammar.SPEAKER_PARTICLES
            and len(after) == 1
            and not lemmas.is_known(after[0])  # "von der Leyen", not "von der Bürgerliste"
            and words[n - 1][:1].isupper()
            and not is_title(words[n - 1])
        )
        if not particle:
            return words[:n], words[n:]
    return words, []


def _genitive(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "Ein Sprecher des Innenministeriums" into the head and its genitive attribute."""
    for n, w in enumerate(words):
        if n > 0 and w.lower() in people.GENITIVE_ARTICLES and words[n - 1][:1].isupper():
            return words[:n], words[n + 1 :]
    return words, []


def _person(part: list[str], genitive_tail: bool = True) -> list[str]:
    """The name in a phrase, before any genitive or qualifier: "Kanzler Friedrich Merz" -> Friedrich Merz;
    none in "Der Umweltminister der Französischen Republik"."""
    core, genitive = _genitive(_qualified(part)[0])
    name = _trim_name(core)
    noun = next(
        (n for n, w in enumerate(genitive) if w[:1].isupper() and w.endswith(grammar.GENITIVE_ENDING)), None
    )
    tail = genitive[noun + 1 :] if noun is not None else []
    if (
        genitive_tail
        and not name
        and len(tail) >= 2
        and all(w[:1].isupper() and not is_title(w) for w in tail)
    ):
        return tail  # "Chef des Verwaltungsrats Ulrich Müller": the name follows the genitive noun
    if len(name) == 1 and name[0].lower().endswith(
        (*people.SPOKESPERSON_HEADS, *people.TEXT_HEADS, *people.BRANCH_HEADS)
    ):
        return []  # "einer Mitteilung der Zuger Regierung": the text's author is in the genitive
    return name


def _genitive_name(part: list[str], name: str) -> bool:
    """ "eine Sprecherin Sassolis": a name in the genitive after a spokesperson."""
    before = part[: part.index(name)] if name in part else []
    return (
        name.endswith(grammar.GENITIVE_ENDING)
        and bool(before)
        and before[-1].lower().endswith(people.SPOKESPERSON_HEADS)
        and not lemmas.is_known(name)
    )


def _nominative(words: list[str]) -> str:
    """A genitive phrase in the nominative: "des Nationalen Volkskongresses" -> Nationale Volkskongress."""
    out = []
    for n, w in enumerate(words):
        if (
            n == len(words) - 1
            or not w.lower().endswith(grammar.WEAK_ADJECTIVE_ENDING)
            or not w[:1].isalpha()
        ):
            head = n == len(words) - 1 or (w[:1].isupper() and lemmas.is_known(w) and w.endswith("s"))
            out.append(_noun_nominative(w) if head else w)  # "des Senders France Info" -> Sender France Info
        else:
            out.append(w[:-1])  # weak adjective after the article: "Nationalen" -> "Nationale"
    return " ".join(out)


def _noun_nominative(word: str) -> str:
    lemma = lemmas.lemma(word)
    if word.lower() != lemma and word.lower().startswith(lemma) and len(word) - len(lemma) <= 2:
        return word[: len(lemma)]
    return word


def _trim_name(words: list[str]) -> list[str]:
    """Drop articles, adjectives and titles before a name ("der deutsche Bundeskanzler Friedrich Merz")."""
    out: list[str] = []
    for w in words:
        particle = (
            w.lower() in grammar.SPEAKER_PARTICLES
            and bool(out)
            and (out[-1].lower() in grammar.SPEAKER_PARTICLES or out[-1][:1].isupper())
        )
        if not particle and (
            w.lower() in grammar.ARTICLES
            or is_title(w)
            or w[:1].islower()
            or w.lower() in people.TITLE_ABBREVIATIONS
        ):
            out = []
            continue
        out.append(w)
    while out and (out[0].lower() in grammar.SPEAKER_PARTICLES or out[0].lower() in grammar.LEADING_ADVERBS):
        out.pop(0)  # "Auch Manfred Sartig": a focus particle at the start of the sentence is no name
    return out
