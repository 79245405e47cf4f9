"""Run our attribution on SpkAtt-2023 Task 2 documents and write annotations in their format.

The given tokens are detokenized into one text (remembering each token's characters), the text is
attributed like any article, and every statement is mapped back to the tokens its spans touch. The
shared task's span conventions differ from ours in a few places, handled here:

- a direct quotation's Message includes its quotation marks;
- reported acts and free indirect speech have the whole sentence, with its period, as Message,
  and no Cue or Frame; consecutive free indirect sentences of one source form one event;
- the Frame is the reporting clause: the cue's sentence outside the Message, without the final
  period (for laut/zufolge/nach Angaben: the cue and the source);
- a quotation inside an indirect Message is also annotated as a nested Direct event;
- "gegenüber X" gives the Addr X.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quellenlage.attribution import attribute
from quellenlage.model import Article, Paragraph, Role, Span, Statement, StatementForm
from quellenlage.nlp import mood
from quellenlage.nlp.de import speech

_NO_SPACE_BEFORE = set(",.;:!?)]}%…")
_NO_SPACE_AFTER = set("([{")
_TERMINAL = {".", "!", "?", "…"}


def detokenize(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text for the tokens, and the character span of every token, sentence by sentence."""
    parts: list[str] = []
    pos = 0
    spans: list[list[tuple[int, int]]] = []
    closers = ""
    glue = False
    for tokens in sentences:
        row = []
        for tok in tokens:
            closing = bool(closers) and tok in closers
            opening = not closers and tok in speech.QUOTES and tok not in "‚‹"
            space = bool(parts) and not glue and not closing and tok[:1] not in _NO_SPACE_BEFORE
            if space:
                parts.append(" ")
                pos += 1
            row.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            glue = opening or tok[:1] in _NO_SPACE_AFTER
            if opening:
                closers = speech.QUOTES[tok]
            elif closing:
                closers = ""
        spans.append(row)
    return "".join(parts), spans


class Tokens:
    def __init__(self, spans: list[list[tuple[int, int]]], words: list[list[str]]) -> None:
        self.flat = [(si, ti, a, b) for si, row in enumerate(spans) for ti, (a, b) in enumerate(row)]
        self.words = words

    def ids(self, span: Span | None) -> list[tuple[int, int]]:
        if span is None:
            return []
        return [(si, ti) for si, ti, a, b in self.flat if a < span.end and b > span.start]

    def word(self, ref: tuple[int, int]) -> str:
        return self.words[ref[0]][ref[1]]

    def sentence(self, si: int) -> list[tuple[int, int]]:
        return [(si, ti) for ti in range(len(self.words[si]))]


def _refs(ids: list[tuple[int, int]]) -> list[str]:
    return [f"{si}:{ti}" for si, ti in sorted(set(ids))]


def _with_marks(tok: Tokens, ids: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add the quotation marks right around a span."""
    if not ids:
        return ids
    first, last = min(ids), max(ids)
    out = list(ids)
    if first[1] > 0 and tok.word((first[0], first[1] - 1)) in speech.QUOTES:
        out.append((first[0], first[1] - 1))
    if last[1] + 1 < len(tok.words[last[0]]) and tok.word((last[0], last[1] + 1)) in '“”«»"‘’›':
        out.append((last[0], last[1] + 1))
    return out


def with_noun(tok: Tokens, source: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """SpkAtt's source of "nach Angaben der Polizei" is "Angaben der Polizei": take the noun back in."""
    if not source:
        return source
    si, ti = min(source)
    added: list[tuple[int, int]] = []
    while ti > 0 and tok.word((si, ti - 1)).lower() != "nach" and len(added) < 3:
        ti -= 1
        added.append((si, ti))
    if ti > 0 and tok.word((si, ti - 1)).lower() == "nach" and added and _according(tok.word(added[0])):
        return sorted(added + source)
    return source


def _according(word: str) -> bool:
    low = word.lower()
    return low in speech.ACCORDING_NOUNS or low.endswith(speech.ACCORDING_NOUN_ENDINGS)


def annotation(st: Statement, tok: Tokens, nested: bool, has_nested: bool) -> dict[str, Any]:
    message = [i for span in st.message for i in tok.ids(span)]
    cue = [i for span in st.cue for i in tok.ids(span)]
    source = with_noun(tok, tok.ids(st.source))
    sentences = sorted({si for si, _ in message})
    form = st.form
    frame: list[tuple[int, int]] = []
    if form in (StatementForm.REPORTED, StatementForm.FREE_INDIRECT):
        message = [i for si in sentences for i in tok.sentence(si)]
        cue, frame = [], []
        if form is StatementForm.REPORTED:
            spk_form = "Reported"
        else:
            words = [tok.word(i) for i in message]
            spk_form = (
                "IndirectFreeIndirect" if any(mood.is_subjunctive(w) for w in words) else "FreeIndirect"
            )
    else:
        if form is StatementForm.DIRECT:
            message = _with_marks(tok, message)
        if form is StatementForm.ACCORDING_TO:
            words = [tok.word(i).lower() for i in cue]
            if words and words[0] == "nach" and len(cue) > 1:
                joined = sorted(set(cue[1:] + source))  # SpkAtt: cue "nach", source "Angaben von der X"
                first, last = joined[0], joined[-1]
                source = (
                    [(first[0], t) for t in range(first[1], last[1] + 1)] if first[0] == last[0] else joined
                )
                cue = cue[:1]
            elif words and words[0] in speech.ACCORDING_ADVERBS:
                source = list(cue)  # "demnach" is cue, source and frame at once
            elif not source and len(cue) > 1 and words[-1] in speech.ACCORDING_POSTPOSITIONS:
                source, cue = cue[:-1], cue[-1:]  # SpkAtt: "Berichten zufolge" is source and cue
            elif len(source) == 1 and len(cue) > 1 and tok.word(source[0]).lower() in speech.POSSESSIVES:
                source, cue = source + cue[:-1], cue[-1:]  # "Ihrer Meinung nach": source "Ihrer Meinung"
            frame = cue + source
        elif cue:
            inside = set(message)
            frame = [
                i
                for i in tok.sentence(cue[0][0])
                if i not in inside and not (tok.word(i) in _TERMINAL and i[1] == len(tok.words[i[0]]) - 1)
            ]
        spk_form = "Direct" if form is StatementForm.DIRECT else "Indirect"
    addr = tok.ids(st.addressee)
    if not addr and st.medium is not None:
        medium = tok.ids(st.medium)
        if medium and tok.word(medium[0]).lower() == "gegenüber":
            addr = medium[1:]
    stwr = {"speech": "Speech", "writing": "Writing", "thought": "ST"}[str(st.channel)]
    if form is StatementForm.ACCORDING_TO:
        stwr = "SW"
    return {
        "Addr": _refs(addr),
        "Cue": _refs(cue),
        "Form": spk_form,
        "Frame": _refs(frame),
        "HasNested": has_nested,
        "IsNested": nested,
        "Message": _refs(message),
        "STWR": stwr,
        "Source": _refs(source),
    }


def predict(document: dict[str, Any]) -> list[dict[str, Any]]:
    words = [s["Tokens"] for s in document.get("Sentences", [])]
    text, spans = detokenize(words)
    if not text.strip():
        return []
    article = attribute(Article(text=text, paragraphs=(Paragraph(Role.BODY, 0, len(text)),)))
    tok = Tokens(spans, words)
    statements = list(article.statements)
    containers = {s.nested_in for s in statements if s.nested_in}
    out: list[dict[str, Any]] = []
    for st in statements:
        ann = annotation(st, tok, st.nested_in is not None, st.id in containers)
        if not ann["Message"]:
            continue
        previous = out[-1] if out else None
        if (
            previous is not None
            and ann["Form"] in ("IndirectFreeIndirect", "FreeIndirect")
            and previous["Form"] == ann["Form"]
            and previous["Source"] == ann["Source"]
            and not ann["IsNested"]
        ):
            previous["Message"] = _refs(
                [_ref(r) for r in previous["Message"]] + [_ref(r) for r in ann["Message"]]
            )
            continue
        out.append(ann)
        out.extend(_quoted_parts(ann, tok))
    return out


def _ref(value: str) -> tuple[int, int]:
    a, b = value.split(":")
    return int(a), int(b)


def _quoted_parts(ann: dict[str, Any], tok: Tokens) -> list[dict[str, Any]]:
    """A quotation inside an indirect or free indirect Message is also a nested Direct event."""
    if ann["Form"] == "Direct":
        return []
    refs = [_ref(r) for r in ann["Message"]]
    out = []
    start = None
    for i in refs:
        w = tok.word(i)
        if start is None and w in speech.QUOTES and w not in "‚‹":
            start = i
        elif start is not None and w in '“”«»"':
            quote = [r for r in refs if start <= r <= i]
            if len(quote) > 2 and quote != refs:
                nested = dict(ann, Form="Direct", IsNested=True, HasNested=False, Message=_refs(quote))
                out.append(nested)
            start = None
    if out:
        ann["HasNested"] = True
    return out


def predict_dir(in_dir: Path, out_dir: Path) -> int:
    """Write one prediction file per input file; returns how many were written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in sorted(in_dir.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        result = {k: v for k, v in document.items() if k != "Annotations"}
        result["Annotations"] = predict(document)
        (out_dir / path.name).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        count += 1
    return count
