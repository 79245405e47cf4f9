"""Noun phrases in a clause: a source after or before a cue, appositions, speakers and the middle field."""

from __future__ import annotations

from quellenlage.attribution.clause import (
    ADVERBIAL_STARTS,
    BOUNDARY,
    JOINED,
    VERB_FORMS,
    Range,
    Sentence_,
    covered,
    is_article,
    verb_position,
)
from quellenlage.attribution.resolve import is_title
from quellenlage.nlp import lemma as lemmas
from quellenlage.nlp import mood, sentences
from quellenlage.nlp.de import grammar, people, speech


def np_after(s: Sentence_, i: int, stop: int) -> Range | None:
    """A noun phrase starting at or after ``i`` (skipping adverbs), up to ``stop`` inclusive."""
    j = i
    while (
        j <= stop
        and (s.low(j) in grammar.LEADING_ADVERBS or s.low(j) in grammar.NEGATIONS)
        and not s.is_name(j)
    ):
        j += 1
    if j > stop:
        return None
    tok = s.toks[j]
    if tok.lower in speech.PRONOUNS and tok.lower in grammar.SUBJECT_PRONOUNS:
        return (j, j)
    if _domain(tok.text):
        return (j, j)  # "schreibt extratipp.com", "berichtet t-online.de"
    if not (tok.lower in grammar.DETERMINERS or tok.text[:1].isupper() or _adjective_led(s, j, stop)):
        return None
    k = j
    seen_noun = tok.text[:1].isupper() and tok.lower not in grammar.DETERMINERS
    while k + 1 <= stop:
        nxt = s.toks[k + 1]
        low = nxt.lower
        if k + 2 <= stop and s.toks[k + 2].text == "." and sentences.is_abbreviation(nxt.text):
            k += 2  # "der stellv. Bürgermeister", "Sprecher Dr. Sartig": the full stop abbreviates
            seen_noun = seen_noun or (nxt.text[:1].isupper() and len(nxt.text) > 1)
            continue
        if (
            nxt.text in BOUNDARY
            or nxt.mark
            or low in grammar.PREPOSITIONS - {grammar.LINKING_PREPOSITION}
            or ((low in grammar.AUXILIARIES or low in grammar.MODALS) and verb_position(s, k + 1))
        ):
            break
        if low in VERB_FORMS or low in JOINED:
            break
        if seen_noun and low in grammar.DETERMINERS and low not in grammar.GENITIVE_CONTINUATIONS:
            break  # "die Bush-Regierung | die Anwendung": a second noun phrase begins
        if low == grammar.OBLIQUE_ARTICLE and seen_noun and not _common_noun(s.toks[k].text):
            break  # "sagte Roth | der Deutschen Presse-Agentur": a dative after a name
        if nxt.text[:1].isupper() or low in grammar.DETERMINERS or low in grammar.NP_JOINERS:
            k += 1
            seen_noun = seen_noun or nxt.text[:1].isupper()
            continue
        if (not seen_noun or s.low(k) in grammar.GENITIVE_CONTINUATIONS) and low.endswith(
            grammar.ADJECTIVE_ENDINGS
        ):  # attributive adjective, in a genitive too: "des brasilianischen Außenministeriums"
            k += 1
            continue
        break
    while k > j and (s.low(k) in grammar.NP_JOINERS or s.low(k) in grammar.DETERMINERS):
        k -= 1
    return (j, k) if seen_noun else None


def _adjective_led(s: Sentence_, j: int, stop: int) -> bool:
    """ "chinesische Medien", "politische Beobachter": lower-case adjectives, then a noun."""
    k = j
    while k <= stop and s.toks[k].text[:1].islower() and s.low(k).endswith(grammar.ADJECTIVE_ENDINGS):
        if s.low(k) in VERB_FORMS or s.low(k) in grammar.AUXILIARIES or mood.is_finite_verb(s.low(k)):
            return False
        k += 1
    return j < k <= stop and k - j <= 2 and s.toks[k].text[:1].isupper() and not s.toks[k].mark


def _domain(word: str) -> bool:
    """A web address standing for its outlet: "extratipp.com", "t-online.de"."""
    name, dot, tld = word.rpartition(".")
    return bool(dot) and len(name) >= 2 and tld in grammar.WEB_DOMAINS


def _common_noun(word: str) -> bool:
    """A noun that takes a genitive ("Sprecher der Regierung"), as opposed to a name ("Roth")."""
    return word.lower().endswith(grammar.COMMON_NOUN_ENDINGS) or is_title(word)


def np_before(s: Sentence_, i: int, start: int) -> Range | None:
    """The noun phrase ending right before token ``i`` ("Behördenangaben zufolge", "dem Bericht zufolge")."""
    k = i - 1
    if k < start:
        return None
    j = k
    while j - 1 >= start:
        prev = s.toks[j - 1]
        if (
            prev.text in BOUNDARY
            or prev.mark
            or prev.lower in grammar.PREPOSITIONS
            or prev.lower in speech.PRONOUNS
            or prev.lower in grammar.IMPERSONAL_PRONOUNS
            or prev.lower in VERB_FORMS
        ):
            break  # "kam es Informationen des Senders zufolge", "begrüßte Ott zufolge"
        if (
            prev.text[:1].isupper()
            or prev.lower in grammar.DETERMINERS
            or (prev.lower.endswith(grammar.PRENOMINAL_ENDINGS) and not _verb_form(prev.lower))
        ):
            j -= 1
            continue
        break
    while j < k and s.low(j) in grammar.LEADING_ADVERBS:
        j += 1
    return (j, k) if any(s.toks[x].text[:1].isupper() for x in range(j, k + 1)) else None


def _verb_form(low: str) -> bool:
    """ "spekulieren", "ordnete": a finite verb, not an adjective before a noun ("deutschen",
    "informierten", "anderen")."""
    return (low.endswith(grammar.INFINITIVE_ENDINGS) and lemmas.lemma(low) == low) or mood.is_finite_verb(low)


def particle_name(s: Sentence_, rng: Range) -> bool:
    """A surname opening with its particle, alone before the verb: "Von der Leyen", "Van Aken"; not
    "Von der Polizei" (a word the dictionary knows)."""
    a, b = rng
    words = [s.toks[x].text for x in range(a, b + 1)]
    return (
        1 < len(words) <= 3
        and words[0].lower() in grammar.SPEAKER_PARTICLES
        and all(w.lower() in grammar.SPEAKER_PARTICLES for w in words[1:-1])
        and words[-1][:1].isupper()
        and words[-1].isalpha()
        and not lemmas.is_known(words[-1])
    )


def subject_before(s: Sentence_, seg_start: int) -> bool:
    """Everything from the sentence start to this segment is one noun phrase with appositions or brackets."""
    if s.low(s.start) == grammar.REPORTING_CONJUNCTION:
        return True
    if s.toks[s.start].mark or s.low(s.start) in grammar.SUBORDINATORS or s.low(s.start) in ADVERBIAL_STARTS:
        return False
    x = s.start
    while x < seg_start:
        t = s.toks[x]
        if (
            t.text == ","
            and x + 1 < seg_start
            and s.low(x + 1) in grammar.RELATIVES
            and not is_article(s, x + 1)
        ):
            nxt = next((y for y in range(x + 1, seg_start) if s.toks[y].text == ","), seg_start)
            x = nxt  # skip ", der als Sprecher fungiert ,"
            continue
        x += 1
        if t.mark:
            return False
        verb = t.lower in VERB_FORMS or t.lower in grammar.AUXILIARIES or t.lower in grammar.MODALS
        if verb and verb_position(s, x - 1):
            return False
        if t.lower == grammar.INFINITIVE_MARKER and x < seg_start and s.toks[x].text.islower():
            return False  # "…, ihre Macht zu erhalten, bezeichnete er": an infinitive clause
        if (
            t.text[:1].islower()
            and t.lower not in grammar.DETERMINERS
            and t.lower not in grammar.PREPOSITIONS
            and not (t.lower.endswith(grammar.ADJECTIVE_ENDINGS) or t.lower in grammar.NP_LINKS)
        ):
            return False
    return True


def apposition(s: Sentence_, np: Range, stop: int) -> Range:
    """Extend a source over the apposition that follows it between commas: "der Vorsitzende des
    Verbandes, Phillip Urban,", "Li Fei, der stellvertretende Vorsitzende des Ausschusses,"."""
    j = np[1] + 1
    if j > stop or s.toks[j].text != ",":
        return np
    k = j + 1
    while k <= stop and s.toks[k].text[:1].isupper() and k - j <= 4:
        k += 1
    if k > j + 1 and k <= stop and s.toks[k].text == ",":
        return (np[0], k - 1)
    role = role_apposition(s, j + 1, stop)
    return (np[0], role[1]) if role else np


def role_apposition(s: Sentence_, at: int, stop: int) -> Range | None:
    """ "der Leiter der Flugzeugwartung", "Kommandant des Marine-Corps", "ein Manager der Firma" at ``at``,
    closed by a comma: a role noun heads it, with no verb inside."""
    if at > stop or (s.low(at) in grammar.RELATIVES and not is_article(s, at)):
        return None
    np = np_after(s, at, stop)
    if np is None or np[0] != at or np[1] + 1 > stop or s.toks[np[1] + 1].text != ",":
        return None
    head = next((x for x in range(np[0], np[1] + 1) if s.toks[x].text[:1].isupper()), None)
    return np if head is not None and is_title(s.toks[head].text) else None


def speaker(s: Sentence_, rng: Range | None) -> Range | None:
    """A source phrase as a speaker, or None: a pronoun stands alone ("sie aber nie genau" -> "sie"); a
    clause with a finite verb ("Dieses Gute müsse beibehalten werden"), a number ("8 Millionen Franken")
    or an indefinite pronoun ("Jeder") is no speaker."""
    if rng is None:
        return None
    a, b = rng
    if s.low(a) in speech.PRONOUNS and s.low(a) in grammar.SUBJECT_PRONOUNS:
        return (a, a)
    for x in range(a + 1, b):  # "Frank Sichau, der als Sprecher fungiert": the relative clause is no name
        if s.toks[x].text == "," and s.low(x + 1) in grammar.RELATIVES and not is_article(s, x + 1):
            b = x - 1
            break
    words = [s.low(x) for x in range(a, b + 1)]
    if s.toks[a].text[:1].isdigit() or (a == b and words[0] in speech.INDEFINITE_SOURCES):
        return None
    if s.toks[a].text.islower() and words[0] in grammar.PREPOSITIONS:
        return None  # "über geheime Flüge berichtet": a prepositional phrase is the topic, not the speaker
    if any(
        (w in grammar.AUXILIARIES or w in grammar.MODALS or w in speech.SUBJUNCTIVE_FORMS)
        and verb_position(s, x)
        for x, w in zip(range(a, b + 1), words, strict=True)
    ):
        return None
    if words[-1] in grammar.OPEN_ENDS or _verb_inside(s, a, b):
        return None  # "Pressesprecher X spielte die Idee herunter und", "Personen festgenommen": a clause
    return (a, b)


def _verb_inside(s: Sentence_, a: int, b: int) -> bool:
    """A lower-case verb form in the phrase, outside quotation marks and brackets, that no noun follows
    (so not an adjective before one: "der amtierende Präsident")."""
    depth = 0
    for x in range(a, b + 1):
        tok = s.toks[x]
        if tok.text in "([":
            depth += 1
        elif tok.text in ")]":
            depth -= 1
        if depth or tok.quote >= 0 or tok.mark or not tok.text[:1].islower() or not tok.text.isalpha():
            continue
        if x < b and s.toks[x + 1].text[:1].isupper():
            continue
        if _verb_form(tok.lower):
            return True
    return False


def _unquoted(s: Sentence_, rng: Range) -> list[str]:
    """The words of a phrase outside quotation marks: a quoted title is no part of its head."""
    return [s.toks[x].text for x in range(rng[0], rng[1] + 1) if s.toks[x].quote < 0 and not s.toks[x].mark]


def _heads(words: list[str]) -> list[str]:
    """The nouns of a phrase before its genitive: "die Entscheidung der Stadt" -> Entscheidung."""
    genitive = next((n for n, w in enumerate(words) if n and w.lower() in people.GENITIVE_ARTICLES), None)
    return [
        w
        for w in (words[:genitive] if genitive else words)
        if w[:1].isupper() and w.lower() not in grammar.DETERMINERS
    ]


def abstract(s: Sentence_, rng: Range) -> bool:
    """A phrase about a thing or an act, never a speaker: its head is an abstract noun ("die
    Entscheidung", "die Bildüberschrift „…“")."""
    heads = _heads(_unquoted(s, rng))
    return bool(heads) and heads[-1].lower().endswith(grammar.ABSTRACT_NOUN_ENDINGS)


def can_speak(s: Sentence_, rng: Range) -> bool:
    """A phrase whose head can speak: a name, a role, a body or a text ("Verbandschef Jan Ott", "die
    Polizei", "der Bericht"); not a thing or an act ("die Entscheidung", "das Verfahren", "die
    Bildüberschrift „Heil X“": a title in quotation marks is no name)."""
    words = _unquoted(s, rng)
    if any(w.lower() in people.GROUP_WORDS or w.lower() in speech.PRONOUNS for w in words):
        return True
    heads = _heads(words)
    if not heads:
        return True  # nothing to judge by: leave the phrase as the source
    return any(
        is_title(w)
        or not (lemmas.is_known(w) or (len(w) > 7 and w.lower().endswith(grammar.ABSTRACT_NOUN_ENDINGS)))
        or w.lower() in people.ORGANISATION_WORDS
        or w.lower().endswith((*people.ORGANISATION_ENDINGS, *people.TEXT_HEADS, *people.SPOKESPERSON_HEADS))
        for w in heads
    )


def before_parenthesis(s: Sentence_, rng: Range | None) -> Range | None:
    """ "Kanzler Friedrich Merz (CDU)", "Die Ministerin (54)": the speaker is the phrase before the "("."""
    if rng is None:
        return None
    for x in range(rng[0] + 1, rng[1] + 1):
        if s.toks[x].text == "(":
            return (rng[0], x - 1)
    return rng


def middle_field(s: Sentence_, a: int, b: int, skip: list[Range | None]) -> Range | None:
    """The tokens of ``a..b`` outside ``skip`` ranges, as one range from the first to the last kept token."""
    kept = [
        x
        for x in range(a, b + 1)
        if not covered(skip, x) and s.low(x) not in grammar.NEGATIONS and s.low(x) not in grammar.AUXILIARIES
    ]
    while kept and (s.low(kept[0]) in grammar.LEADING_ADVERBS or s.low(kept[0]) in speech.QUALIFYING_ADVERBS):
        kept.pop(0)
    while kept and s.low(kept[-1]) in speech.QUALIFYING_ADVERBS | speech.TRAILING_ADVERBS:
        kept.pop()
    return (kept[0], kept[-1]) if kept else None
