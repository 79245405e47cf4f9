"""Tokens with character offsets, sentences and quotations over an article's frozen text."""

from __future__ import annotations

from dataclasses import dataclass, field

from quellenlage.nlp import sentences
from quellenlage.nlp.de import speech


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str
    quote: int = -1  # index of the quotation it stands in, or -1
    mark: bool = False  # a quotation mark itself


@dataclass(slots=True)
class Sentence:
    start: int  # token index
    end: int  # token index, exclusive
    heading: bool = False  # a title, kicker or subheading: not narrated text


@dataclass(slots=True)
class Quote:
    open: int  # token index of the opening mark
    close: int  # token index of the closing mark (or the last token when unclosed)


@dataclass(slots=True)
class Doc:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def span_of(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens ``first..last`` (inclusive)."""
        return self.tokens[first].start, self.tokens[last].end


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [
        Token(m.group(), m.start() + start, m.end() + start, m.group().lower())
        for m in sentences.TOKEN.finditer(text[start:end])
    ]


def analyse(text: str, paragraphs: list[tuple[int, int, bool]]) -> Doc:
    """Tokens, sentences and quotations of ``text``; ``paragraphs`` are (start, end, is_heading)."""
    doc = Doc(text)
    for p_start, p_end, heading in paragraphs:
        tokens = tokenize(text, p_start, p_end)
        base = len(doc.tokens)
        _quotes(tokens, base, doc.quotes)
        doc.tokens.extend(tokens)
        texts = [t.text for t in tokens]
        first = 0
        for i in range(len(tokens)):
            if sentences.boundary(texts, i):
                last = i
                while last + 1 < len(tokens) and tokens[last + 1].text in sentences.CLOSING:
                    last += 1
                if last >= first:
                    doc.sentences.append(Sentence(base + first, base + last + 1, heading))
                first = last + 1
            elif i < first:
                continue
        if first < len(tokens):
            doc.sentences.append(Sentence(base + first, base + len(tokens), heading))
    doc.sentences = [s for s in doc.sentences if s.end > s.start]
    return doc


def _quotes(tokens: list[Token], base: int, out: list[Quote]) -> None:
    """Mark quotation spans in one paragraph; an unclosed quotation runs to the paragraph's end."""
    opened = -1
    closers = ""
    for i, tok in enumerate(tokens):
        if opened < 0:
            if tok.text in speech.QUOTES and tok.text not in "‚‹":
                # a straight quote glued to the end of a word is an inch or an apostrophe, not an opening
                opened, closers = i, speech.QUOTES[tok.text]
                tok.mark = True
        elif tok.text in closers:
            tok.mark = True
            _close(tokens, base, opened, i, out)
            opened = -1
    if opened >= 0 and opened < len(tokens) - 1:
        _close(tokens, base, opened, len(tokens) - 1, out)
    elif opened >= 0:
        tokens[opened].mark = False


def _close(tokens: list[Token], base: int, first: int, last: int, out: list[Quote]) -> None:
    index = len(out)
    out.append(Quote(base + first, base + last))
    for tok in tokens[first : last + 1]:
        tok.quote = index
