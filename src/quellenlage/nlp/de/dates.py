"""How German news pages write dates and times."""

from typing import Final

#: Month names, spellings and abbreviations -> month number.
MONTHS: Final = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip

#: Month names written out, one spelling each: "im März", "Januar 2024".
MONTH_NAMES: Final = (
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "dezember",
)  # fmt: skip

#: Labels that introduce an article's own timestamp line, often glued to the date ("Publiziert17. August").
#: The first group marks publication, the second an update.
PUBLISHED_LABELS: Final = (
    "publiziert", "veröffentlicht", "erschienen", "erstellt", "online seit", "datum", "vom",
)  # fmt: skip
UPDATED_LABELS: Final = ("aktualisiert", "zuletzt aktualisiert", "update", "stand", "geändert")

#: Weekday names that may precede a date.
WEEKDAYS: Final = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")

#: Explicit zone abbreviations -> UTC offset in hours.
ZONE_ABBREVIATIONS: Final = {"mez": 1, "cet": 1, "mesz": 2, "cest": 2, "utc": 0, "gmt": 0}
