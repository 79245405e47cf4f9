"""The attribution view of an article's analysis: its tokens and sentences, with quotations marked."""

from __future__ import annotations

from dataclasses import dataclass, field

from quellenlage.model import Analysis
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


def from_analysis(analysis: Analysis, headings: list[bool]) -> Doc:
    """The attribution view of an article's analysis: its tokens and sentences, with quotations marked.
    ``headings`` says for each paragraph whether it is a title, kicker or subheading."""
    doc = Doc(analysis.text)
    text = analysis.text
    doc.tokens = [
        Token(w := text[a:b], a, b, w.lower()) for a, b in zip(analysis.starts, analysis.ends, strict=True)
    ]
    sents = iter(analysis.sentences)
    pending = next(sents, None)
    for (first, end), heading in zip(analysis.paragraphs, headings, strict=True):
        _quotes(doc.tokens[first:end], first, doc.quotes)
        while pending is not None and pending[0] < end:
            doc.sentences.append(Sentence(pending[0], pending[1], heading))
            pending = next(sents, None)
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
