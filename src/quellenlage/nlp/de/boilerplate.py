"""Patterns for what German news scrapes carry besides the article: credits, promos, captions.

Each pattern is matched against one whole line (already normalized). They are regular-expression
sources, compiled by the cleaner, so the language knowledge stays readable here.
"""

from typing import Final

#: A photo or copyright credit line: "Copyright: X/AP/dpa", "Foto: dpa", "Bild: Keystone", "© Reuters".
CREDIT_LINE: Final = (
    r"(?:(?:copyright|foto|fotos|bild|bilder|photo|grafik|illustration|video|quelle|bildquelle|"
    r"fotograf(?:in)?)\s*(?::|©)|©|\(c\))\s*\S.{0,150}"
)

#: A picture credit, which marks the line above it as the picture's caption. "Quelle:" lines credit
#: the article's sources, not a picture, and say nothing about the line above.
PICTURE_CREDIT: Final = r"(?:(?:copyright|foto|fotos|bild|bilder|photo|fotograf(?:in)?)\s*(?::|©)|©|\(c\)).*"

#: Captions are short: a line above a picture credit with more words than this is text.
CAPTION_MAX_WORDS: Final = 35

#: A credit at the end of a caption line: "… in Moskau. Foto: dpa".
CAPTION_TRAILING_CREDIT: Final = (
    r".{8,}?[.!?)»“\"]\s*(?:(?:foto|bild|photo|copyright|quelle)\s*:|©)\s*\S.{0,120}"
)

#: Words that only ever stand alone on a line as a picture label.
PICTURE_LABELS: Final = ("Symbolbild", "Archivbild", "Archivfoto", "Bildergalerie", "Galerie", "Video")

#: Promotion and navigation the outlet wraps around the article. Matched case-insensitively anywhere
#: in a line; a line that matches is removed whole. Each alternative is specific enough that a news
#: sentence does not use it.
PROMO: Final = (
    r"folgst du (?:schon|uns)\b",
    r"folgen sie (?:uns|.{2,40}? (?:auf|bei) (?:whatsapp|instagram|facebook|x|twitter|telegram|tiktok|threads|"
    r"bluesky|linkedin|youtube|mastodon|google news))\b",
    r"\bverpass(?:e|en sie) (?:keine|nichts)\b",
    r"\babonnier(?:e|en sie)\b",
    r"\bnewsletter\b.{0,60}\b(?:abonnieren|anmelden|bestellen|erhalten)\b",
    r"\b(?:jetzt|hier) (?:anmelden|abonnieren|registrieren|downloaden|herunterladen)\b",
    r"\bdirekt auf (?:dein|ihr) (?:handy|smartphone)\b",
    r"\bunseren? besten (?:storys|artikel|geschichten)\b",
    r"^(?:mehr zum thema|lesen sie (?:auch|mehr|hier)|auch interessant|das könnte sie (?:auch )?interessieren|"
    r"weiterlesen nach der anzeige|anzeige|werbung|zum thema|empfehlungen|teilen|drucken|"
    r"kommentare?|artikel teilen|jetzt teilen|zur startseite|weitere artikel|mehr artikel)\b.{0,80}$",
    r"\bpush-(?:mitteilungen|nachrichten)\b",
    # the outlet's own channel, not any channel a news sentence names ("in einem Telegram-Kanal angekündigt")
    r"\b(?:unser(?:em|en)?|zum|den)\s+(?:whatsapp|telegram|instagram)-kanal\b",
    r"\b(?:whatsapp|telegram|instagram)-kanal\b.{0,60}\b(?:abonnieren|folgen|beitreten|kostenlos)\b",
    r"\bhaben sie (?:fragen|anregungen|hinweise)\b.{0,80}\b(?:schreiben sie|melden sie sich)\b",
    r"\bdieser (?:artikel|beitrag) (?:erschien|wurde) (?:zuerst|erstmals)\b",
    r"\bhier (?:geht(?:'|’)?s|gehts) (?:zum|zur|zu den)\b",
    r"\b(?:cookies?|datenschutzerklärung|einwilligung)\b.{0,80}\b(?:akzeptieren|zustimmen|verwalten)\b",
)

#: Navigation between the pages of an article or back to the site. Matched case-insensitively at the start
#: of a line that is no longer than the navigation itself and a few page numbers.
NAVIGATION: Final = (
    r"^(?:inhalt(?:sverzeichnis)?:?\s+)?(?:artikel auf einer seite lesen|alle seiten (?:anzeigen|lesen)|auf einer seite lesen|vorherige seite|"
    r"nächste seite|zurück zur übersicht|zur übersicht|seite \d+ von \d+|nach oben|zum seitenanfang|"
    r"zurück zur startseite)\b[\s\d>»|/.-]*(?:(?:vorherige|nächste) seite[\s\d>»|/.-]*)*$",
)
#: A gallery's label: "Fotostrecke mit 3 Bildern", "Bildergalerie: 12 Fotos".
GALLERY_LABEL: Final = (
    r"^(?:fotostrecke|bilderstrecke|bildergalerie|galerie|fotogalerie|video)\s*(?::|mit)?\s*\d+\s*"
    r"(?:bildern|bilder|fotos|videos)\b.{0,40}$"
)
#: A place standing alone as a paragraph at the top, the dateline of the report after it: "Berlin.",
#: "Frankfurt/Main.", "Bad Kreuznach.". One to three capitalised words and a full stop.
DATELINE_ALONE: Final = r"[A-ZÄÖÜ][\w’'-]+(?:[ /-](?:a\.|am|an der|im|ob der|[A-ZÄÖÜ(][\w’'().-]*)){0,2}\."
#: It is one of the first lines this many, and the line after it is prose of at least this many words.
DATELINE_WITHIN_LINES: Final = 4
DATELINE_NEXT_WORDS: Final = 8

#: The head of a press release's contact block; it and the contact lines after it are removed.
CONTACT_HEAD: Final = (
    r"^(?:rückfragen (?:bitte )?(?:an|richten sie an)|für rückfragen|pressekontakt|medienkontakt|"
    r"kontakt für (?:journalisten|medien|die presse)|ansprechpartner(?:in)? für (?:die )?(?:presse|medien))"
    r"\s*:?.{0,80}$"
)
#: A line of a contact block: a phone, fax or e-mail address, a web address, or a short line of a name,
#: role or postal address.
CONTACT_LINE: Final = (
    r"(?:tel(?:efon|\.)?|fax|mobil|handy|e-?mail|mail|web|internet)\s*[:.]|@|https?://|www\.|"
    r"^\+?\d[\d /()-]{5,}$"
)
CONTACT_LINE_MAX_WORDS: Final = 12

#: Where a promo names the outlet it belongs to: "Folgst du schon 20 Minuten auf Whatsapp?".
OUTLET_IN_PROMO: Final = (
    r"folgst du schon (?P<outlet>.{2,40}?) auf\b",
    r"folgen sie (?P<outlet>.{2,40}?) (?:schon )?auf\b",
    r"folge (?P<outlet>.{2,40}?) (?:schon )?auf\b",
    r"-kanal von (?P<outlet>.{2,40}?)(?: und\b|[,.!?]|$)",
    r"newsletter (?:von|der|des) (?P<outlet>.{2,40}?)(?: und\b|[,.!?]|$)",
)

#: A line of initials or agency codes closing an article: "(jag)", "(dpa/jag)", "jag/sda".
CLOSING_INITIALS: Final = r"\(?(?P<codes>[a-zäöü]{2,4}(?:\s*/\s*[a-zA-Zäöü-]{2,12}){0,3})\)?"

#: The same initials glued to the end of the last paragraph: "… nicht vor. (jag)".
TRAILING_INITIALS: Final = (
    r"(?<=[.!?“»\"])\s*\((?P<codes>[a-zA-Zäöü]{2,12}(?:\s*/\s*[a-zA-Zäöü-]{2,12}){0,3})\)$"
)

#: A byline: "Von Karin Leuthold", "Text: Karin Leuthold und Max Muster, Zürich", "Autor: K. Leuthold".
BYLINE_PREFIX: Final = r"(?:von|text|autor|autorin|autoren|ein (?:kommentar|bericht|gastbeitrag) von)\s*:?\s+"

#: "Mit Material von dpa und AFP", "Mit Agenturmaterial": agency credits closing an article.
MATERIAL_CREDIT: Final = r"(?:mit (?:material|informationen|agenturmaterial)(?: von)?|quellen?\s*:)\b.{0,80}"
