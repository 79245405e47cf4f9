"""Bytes to text: UTF-8 first, then a detected charset; binary input is refused, never guessed at."""

from __future__ import annotations

import re

import charset_normalizer

from quellenlage.errors import InputError

#: In a Python string from JSON, a surrogate code point is one whose pair is missing ("\\ud800"): not
#: Unicode, and nothing can store or print it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


#: Control bytes that text does not hold (tab, newlines, form feed and escape it may).
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB, as in images, archives or executables."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, enc in _BOMS if enc == "utf-16"):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > len(head) * 0.05


def decode(data: bytes, path: str) -> str:
    """Decode ``data`` read from ``path``; raise E103 (empty), E104 (binary) or E106 (undecodable)."""
    if not data.strip():
        raise InputError("E103", path=path)
    if looks_binary(data):
        raise InputError("E104", path=path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("E106", path=path)
    return str(best)


def valid_unicode(value: str) -> str:
    """``value`` with each lone surrogate replaced by U+FFFD, the replacement character, as a decoder
    replaces bytes it cannot read; everything else is kept."""
    return _LONE_SURROGATE.sub("\ufffd", value)


#: What German (and Austrian, Swiss, French or Italian) news writes beyond ASCII. A text that is not
#: UTF-8 and, read as Windows-1252, uses nothing else, is Windows-1252 (or Latin-1, its subset): for a
#: short text a statistical detector guesses wrong (another charset for four in ten texts of 60
#: characters), and German sources that are not UTF-8 are nearly always one of these two.
_WESTERN = frozenset("äöüÄÖÜßéèêëáàâíìîïóòôúùûçñÉÈÀÇ„“”‚‘’«»‹›–—…€°§²³µ·×÷©®™¼½¾ \u00a0")


def _western(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined
        return None
    return text if all(c in _WESTERN for c in text if ord(c) > 127) else None
