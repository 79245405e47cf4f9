"""Function nouns and titles that stand before or instead of a person's name ("US-Sondergesandter Witkoff")."""

from typing import Final

#: Endings of function nouns, without case or gender endings: "Sondergesandte(r)", "Präsident(in)".
TITLE_STEMS: Final = (
    "präsident", "kanzler", "minister", "sprecher", "chef", "sekretär", "gesandt", "botschafter", "bürgermeister",
    "vorsitzend", "leiter", "direktor", "abgeordnet", "senator", "gouverneur", "premier", "könig", "papst",
    "bischof", "trainer", "anwalt", "richter", "experte", "analyst", "forscher", "professor", "beauftragt",
    "kommissar", "ministerpräsident", "staatssekretär", "general", "admiral", "kommandeur", "oberhaupt",
    "vizepräsident", "parteichef", "fraktionschef", "landrat", "stadtrat", "ratsherr", "kandidat", "aktivist",
    "autor", "ökonom", "politiker", "diplomat", "unterhändler", "vermittler", "berater", "manager", "gründer",
    "vorstand", "geschäftsführer", "intendant", "moderator", "journalist", "reporter", "korrespondent",
    "polizeisprecher", "staatsanwalt", "ermittler", "bundesrat", "ratschef", "betriebsratschef", "arzt", "ärzt", "anwält", "mitarbeiter",
    "lehrer", "pfarrer", "bauer", "sänger", "schauspieler", "sportler", "spieler", "betreiber",
    "ausbilder", "vorgesetzt", "sachverständig", "demonstrant", "anwohner", "zeuge", "augenzeuge", "bewohner",
    "student", "schüler", "kämmerer", "kämmerin", "intendant", "redakteur", "verteidiger", "ankläger",
    "landrät", "stadträt", "ingenieur", "förster", "wirt", "winzer", "landwirt", "händler", "unternehmer", "ökologe", "biologe",
    "kommandant", "jurist", "vertreter", "obmann", "dekan", "rektor", "kurator", "dirigent", "pilot",
)  # fmt: skip

#: Case and gender endings stripped before matching a title stem.
TITLE_ENDINGS: Final = ("innen", "in", "en", "er", "em", "es", "e", "n", "r", "s", "m")
