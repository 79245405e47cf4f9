"""Characters that German scrapes use inconsistently, and what they become."""

from typing import Final

#: Characters deleted outright: soft hyphen, zero-width space/joiners, word joiner, BOM.
INVISIBLE: Final = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff"
    # bidirectional marks, embeddings, overrides and isolates: invisible, and able to make a stored text
    # display as something else than it says ("Trojan source")
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

#: Every horizontal space character that becomes a plain space (NBSP, narrow NBSP, thin space, ...).
SPACES: Final = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
)

#: Line separators that become ``\n``.
LINE_BREAKS: Final = ("\r\n", "\r", "\u2028", "\u2029", "\x85")

#: Single characters mapped to one canonical form. Guillemets and German „…“ stay as they are: which
#: quote style an outlet uses is information. Odd look-alikes become their typographic twin.
CHAR_MAP: Final = {
    "\u2033": "\u201c",  # double prime used as a closing quote
    "\u02ee": "\u201c",  # modifier letter double apostrophe
    "\u201f": "\u201c",  # double high-reversed-9
    "\u2035": "\u2018",  # reversed prime
    "\u02bc": "\u2019",  # modifier letter apostrophe
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "\u2013",  # figure dash
    "\u2015": "\u2014",  # horizontal bar
}

#: ASCII stand-ins for German low-high quotes, as typewriters and old CMSs write them.
ASCII_QUOTE_PAIRS: Final = ((",,", "\u201e"), ("''", "\u201c"), ("``", "\u201c"))

#: Apostrophe look-alikes between two letters (``geht´s``, ``Merz`s``) become ``’``.
APOSTROPHES: Final = "'`´‘"
