"""Known German-language outlets: how the text names them, their web domains, and their home time zone."""

from typing import Final

#: Canonical name -> (domains, IANA time zone, names as written in text). A small seed list; unknown
#: outlets are still found from metadata and promo lines.
OUTLETS: Final[dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]]] = {
    "20 Minuten": (("20min.ch",), "Europe/Zurich", ("20 Minuten", "20min")),
    "Blick": (("blick.ch",), "Europe/Zurich", ("Blick",)),
    "Neue Zürcher Zeitung": (("nzz.ch",), "Europe/Zurich", ("NZZ", "Neue Zürcher Zeitung")),
    "Tages-Anzeiger": (("tagesanzeiger.ch",), "Europe/Zurich", ("Tages-Anzeiger",)),
    "SRF": (("srf.ch",), "Europe/Zurich", ("SRF",)),
    "watson": (("watson.ch", "watson.de"), "Europe/Zurich", ("watson",)),
    "Der Standard": (("derstandard.at", "derstandard.de"), "Europe/Vienna", ("Der Standard", "derStandard")),
    "Die Presse": (("diepresse.com",), "Europe/Vienna", ("Die Presse",)),
    "Kurier": (("kurier.at",), "Europe/Vienna", ("Kurier",)),
    "Kronen Zeitung": (("krone.at",), "Europe/Vienna", ("Kronen Zeitung", "Krone")),
    "ORF": (("orf.at",), "Europe/Vienna", ("ORF",)),
    "Der Spiegel": (("spiegel.de",), "Europe/Berlin", ("Spiegel", "Der Spiegel", "SPIEGEL")),
    "Die Zeit": (("zeit.de",), "Europe/Berlin", ("Zeit Online", "ZEIT ONLINE", "Die Zeit")),
    "Frankfurter Allgemeine Zeitung": (("faz.net",), "Europe/Berlin", ("FAZ", "F.A.Z.")),
    "Süddeutsche Zeitung": (("sueddeutsche.de",), "Europe/Berlin", ("Süddeutsche Zeitung", "SZ")),
    "tagesschau.de": (("tagesschau.de",), "Europe/Berlin", ("tagesschau.de", "Tagesschau")),
    "ZDF": (("zdf.de", "zdfheute.de"), "Europe/Berlin", ("ZDF", "ZDFheute")),
    "Die Welt": (("welt.de",), "Europe/Berlin", ("WELT", "Die Welt")),
    "Bild": (("bild.de",), "Europe/Berlin", ("BILD",)),
    "stern": (("stern.de",), "Europe/Berlin", ("stern",)),
    "Focus": (("focus.de",), "Europe/Berlin", ("FOCUS online", "Focus Online")),
    "n-tv": (("n-tv.de",), "Europe/Berlin", ("n-tv", "ntv")),
    "Deutsche Welle": (("dw.com",), "Europe/Berlin", ("DW", "Deutsche Welle")),
    "taz": (("taz.de",), "Europe/Berlin", ("taz",)),
    "Handelsblatt": (("handelsblatt.com",), "Europe/Berlin", ("Handelsblatt",)),
    "RND": (("rnd.de",), "Europe/Berlin", ("RND", "RedaktionsNetzwerk Deutschland")),
    "t-online": (("t-online.de",), "Europe/Berlin", ("t-online",)),
    "Merkur": (("merkur.de",), "Europe/Berlin", ("Merkur",)),
    "Frankfurter Rundschau": (("fr.de",), "Europe/Berlin", ("Frankfurter Rundschau",)),
    "MDR": (("mdr.de",), "Europe/Berlin", ("MDR",)),
    "NDR": (("ndr.de",), "Europe/Berlin", ("NDR",)),
    "WDR": (("wdr.de",), "Europe/Berlin", ("WDR",)),
    "BR": (("br.de",), "Europe/Berlin", ("BR24",)),
    "Deutschlandfunk": (("deutschlandfunk.de",), "Europe/Berlin", ("Deutschlandfunk", "DLF")),
}

#: Country-code top-level domain -> home time zone, for outlets not in the list above.
TLD_TIMEZONES: Final = {
    "ch": "Europe/Zurich",
    "li": "Europe/Vaduz",
    "at": "Europe/Vienna",
    "de": "Europe/Berlin",
}

#: Hosts that keep or gather other outlets' articles: never an outlet themselves. For an archive, the
#: original URL inside its URL names the outlet (``ARCHIVED_URL``).
NOT_OUTLETS: Final = (
    "web.archive.org", "archive.org", "archive.ph", "archive.today", "archive.is", "archive.li",
    "webcache.googleusercontent.com", "news.google.com", "news.google.de", "translate.goog",
    "flipboard.com", "news.yahoo.com", "de.news.yahoo.com", "squidapp.co", "upday.com", "feedly.com",
    "getpocket.com", "t.co", "lnkd.in", "bit.ly",
)  # fmt: skip
#: ``web.archive.org/web/20200314120000/https://www.example.de/a.html``: the archived URL after the stamp.
ARCHIVED_URL: Final = r"^(?:https?://)?(?:web\.)?archive\.org/web/[0-9a-z_*]+/(?P<original>.+)$"
#: Host prefixes of an outlet's mobile and AMP editions: ``m.spiegel.de`` is ``spiegel.de``.
EDITION_PREFIXES: Final = ("www.", "m.", "mobil.", "mobile.", "amp.")
