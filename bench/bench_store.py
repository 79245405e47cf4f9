"""Store benchmark: a growing corpus through the whole pipeline into SQLite, and the reads on it.

    python bench/bench_store.py [--articles N] [--runs R] [--db FILE] [--reference-limit N]

Articles are generated in German (:func:`generate`): stories of one to eight articles from different
outlets, two new stories a day, each with an invented place and person and issues of its own in every
sentence, plus now and then a sentence of the demo corpus (``examples/``, fiction we write). Like real
news, some stories that share words merge (20,000 articles: 4,411 stories, the largest 54 articles).
They are ingested in ``R`` runs of equal size through the whole pipeline (cleaning, analysis,
attribution, stories, actors, ledgers). Printed: articles per second of each run, the first and last
run and their ratio (target at least 0.9: the cost of an article must not grow with the store), peak
RSS (target below 2 GB), and the time of ``story ID --json`` for the largest story, of a page of 50
``stories``, and of ``claims --status not_confirmed`` over the whole store, as the table's first page
and as JSON of every claim (targets below 0.1 s, 0.1 s and 1 s). The reads run through the CLI in this
process. The reference, measured in the same run, is what the code before stored ledgers did on every
``story`` and ``claims``: recompute the ledgers from the stories' articles (skipped for every story
above ``--reference-limit`` articles, where it takes minutes).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from quellenlage import serialize
from quellenlage.cli import app
from quellenlage.ledger import build
from quellenlage.pipeline import Status, ingest_paths, story_articles
from quellenlage.store import ClaimFilter, Store, open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]
_PLACE = (
    ["Bruck", "Hohen", "Alt", "Neu", "Wald", "Eich", "Tann", "Linden", "Roth", "Kirch", "Stein", "Wies",
     "Ober", "Unter", "Mark", "Sand", "Hasel", "Birk", "Erlen", "Mühl"],
    ["feld", "bach", "dorf", "heim", "hausen", "stedt", "burg", "au", "ingen", "rode", "hagen", "weiler"],
)  # fmt: skip
_SURNAME = (
    ["Hal", "Ber", "Kro", "Wen", "Dor", "Lint", "Mas", "Rup", "Sel", "Tho", "Gra", "Fel", "Osk", "Bre"],
    ["mann", "ner", "ke", "ler", "berg", "wald", "ow", "inger", "hoff", "stätter"],
)  # fmt: skip
FIRST = ["Anna", "Jonas", "Miriam", "Carsten", "Ilka", "Tobias", "Sevim", "Lutz", "Henrike", "Malte", "Petra"]
ROLES = ["Bürgermeisterin", "Bürgermeister", "Landrat", "Stadtbaurätin", "Kämmerer", "Ortsvorsteherin"]
#: What a story is about: a thing, what happens to it, who answers, and three issues of its own
THINGS = (
    "Brücke Klinik Fähre Grundschule Stadthalle Umgehungsstraße Feuerwache Bibliothek Kläranlage Sporthalle "
    "Kita Musikschule Markthalle Seilbahn Straßenbahn Buslinie Mülldeponie Kaserne Werft Papierfabrik "
    "Zuckerfabrik Brauerei Molkerei Sparkassenfiliale Poststelle Jugendherberge Kunsthalle Kapelle Eishalle "
    "Talsperre Schleuse Gießerei Gärtnerei Mühle Ziegelei Kelterei Rennbahn Tierklinik Volkshochschule"
).split()
FATES = (
    "gesperrt geschlossen saniert umgebaut erweitert verkauft abgerissen verlegt modernisiert privatisiert "
    "stillgelegt ausgebaut verkleinert"
).split()
MINISTRIES = (
    "Verkehrsministerium Gesundheitsministerium Umweltministerium Kultusministerium Innenministerium "
    "Finanzministerium Wirtschaftsministerium Sozialministerium Bauministerium Landwirtschaftsministerium"
).split()
ISSUES = (
    "Hochwasserschutz Lärmschutz Fördermittel Denkmalschutz Brandschutz Fachkräftemangel Anwohnerparkplätze "
    "Radweg Baugenehmigung Bürgerentscheid Gutachten Altlasten Schadstoffe Asbest Statik Erbpacht "
    "Pachtvertrag Kreditaufnahme Rücklagen Nachtragshaushalt Ausschreibung Bauträger Investor Insolvenz "
    "Tarifvertrag Betriebsrat Kurzarbeit Ersatzverkehr Schulbus Pendler Tourismus Ehrenamt Naturschutz "
    "Fledermäuse Biber Grundwasser Trinkwasser Abwasser Fernwärme Photovoltaik Windkraft Wärmepumpe "
    "Glasfaser Mobilfunk Landarzt Notaufnahme Pflegeheim Hebammen Ganztagsbetreuung Mietpreise "
    "Leerstand Kaufkraft Gewerbesteuer Grundsteuer Feinstaub Stickoxide Verkehrslärm Schwerlastverkehr"
).split()
OUTLETS = [f"{a}{b}-{k}.example" for a in _PLACE[0][:10] for b in ("er", "ener") for k in ("bote", "post")]


def demo_sentences() -> list[str]:
    """The sentences of the demo corpus (``examples/``, fiction we write), one of which each generated
    article carries: text the attribution has seen, but too short to tie two stories together."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for line in (EXAMPLES / "rundschau-am-sonntag.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    out = [
        s.strip() for t in texts for p in t.split("\n\n") for s in re.split(r"(?<=[.!?“])\s+(?=[A-ZÄÖÜ„])", p)
    ]
    return sorted({s for s in out if 60 < len(s) < 300 and s.endswith((".", "“"))})


_SYLLABLES = "ka lo mi ter wen dor bal rin sel hau mar tis gen fol bru ne sa vi rop lek".split()


def _word(k: int, length: int) -> str:
    """The ``k``-th invented word of ``length`` syllables: different ``k``, different word."""
    out = []
    for _ in range(length):
        k, digit = divmod(k, len(_SYLLABLES))
        out.append(_SYLLABLES[digit])
    return "".join(out).capitalize()


def _topic(rng: random.Random, k: int) -> dict[str, str]:
    """A story's own words: its place and person are invented words no other story has."""
    place = _word(k * 7919 % 160_000, 4) + rng.choice(_PLACE[1])
    person = f"{rng.choice(FIRST)} {_word(k * 104_729 % 8_000, 3)}{rng.choice(_SURNAME[1])}"
    issues = rng.sample(ISSUES, 5)
    return {
        "thing": rng.choice(THINGS), "fate": rng.choice(FATES), "ministry": rng.choice(MINISTRIES),
        "place": place, "person": person, "role": rng.choice(ROLES), "n": str(rng.randint(2, 900)),
        "year": str(rng.randint(2027, 2035)), "a": issues[0], "b": issues[1], "c": issues[2],
        "d": issues[3], "e": issues[4],
    }  # fmt: skip


TITLES = [
    "{place}: {thing} wird {fate}",
    "{place}: Streit um {a} und {b}",
    "{person} will {thing} in {place} retten",
]
#: Every few words a word of the story's own, as in real reports: so that two stories' articles share
#: words but not the four-word runs that mark a copy.
SENTENCES = [
    "{place}: Die {thing} wird {fate}, sagte {person} am {day}.",
    "{role} {person} erklärte, die {thing} in {place} werde bis {year} {fate}.",
    "Für {a} in {place} gebe es {n} Millionen Euro, sagte {person}.",
    "Das {ministry} wollte {a} und {b} in {place} zunächst nicht bestätigen.",
    "In {place} sind {n} Haushalte von {c} betroffen.",
    "„{a} und {b} sind entscheidend“, sagte {person} in {place}.",
    "Im Gemeinderat von {place} gab es Kritik an {b} und {c}.",
    "Der Verein {place}er {thing} forderte mehr {c}.",
    "Beim {a} in {place} sei vieles offen, sagte {person}.",
    "Anwohner in {place} sorgen sich um {b} und {c}.",
    "Zu {d} und {e} legte {person} in {place} ein Gutachten vor.",
    "{role} {person} nannte {d} in {place} eine Daueraufgabe.",
    "Ob {e} in {place} gelingt, hängt laut {person} vom Land ab.",
    "Die Opposition in {place} verlangt einen Plan für {d}.",
]


#: New stories a day. More would make stories of one thing in two places, which share most of their
#: words, meet within the 60-day window and merge (the generator's vocabulary is small, not the news's).
TOPICS_PER_DAY = 2


def generate(n: int, seed: int = 20261204) -> list[dict[str, str]]:
    """``n`` articles in stories of one to eight articles from different outlets, four new stories a day;
    each story has its own place, person, thing, issues and numbers, so that stories stay apart."""
    rng = random.Random(seed)
    pool = demo_sentences()
    rows: list[dict[str, str]] = []
    topic = 0
    while len(rows) < n:
        values = _topic(rng, topic)
        day0 = topic // TOPICS_PER_DAY
        for member in range(min(rng.randint(1, 8), n - len(rows))):
            chosen = rng.sample(SENTENCES, 8)
            said = " ".join(x.format(day=rng.choice(DAYS), **values) for x in chosen)
            extra = rng.choice(pool).replace("Kesselfurt", values["place"]) if member % 3 == 0 else ""
            title = rng.choice(TITLES).format(**values)
            # two stories a day from 1994: 100,000 articles end around 2024, never in the future, where a
            # published date would be ignored (clean.FUTURE_SLACK)
            when = datetime(1994, 1, 1, 8, tzinfo=UTC) + timedelta(days=day0 + member // 3, hours=member)
            rows.append(
                {
                    "text": f"{title}\n\n{said} {extra}".rstrip(),
                    "outlet": OUTLETS[(topic + member * 7) % len(OUTLETS)],
                    "published": when.isoformat(),
                }
            )
        topic += 1
    return rows


def timed(args: list[str], db: Path, repeat: int = 3) -> tuple[float, str]:
    """The median time of ``repeat`` runs of a CLI read (the first also warms the file's pages)."""
    runner = CliRunner()
    times, output = [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        result = runner.invoke(app, [*args, "--db", str(db)])
        times.append(time.perf_counter() - start)
        if result.exit_code != 0:
            raise SystemExit(f"{' '.join(args)} failed: {result.output[-500:]}")
        output = result.output
    return statistics.median(times), output


def recomputed(store: Store, story_ids: list[str]) -> float:
    """The reference: the ledgers recomputed from the stories' articles, as the code before stored
    ledgers did on every ``story`` and ``claims``. Returns seconds."""
    start = time.perf_counter()
    for sid in story_ids:
        story = store.story(sid)
        assert story is not None
        copies = story_articles(store, story)
        serialize.ledger(build(story, copies), {a.id: a.text for a in copies})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--reads-only", action="store_true", help="only time the reads on an existing --db")
    parser.add_argument(
        "--reference-limit", type=int, default=20_000, help="recompute every ledger only up to this size"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_store_"))
    db = args.db or folder / "bench.db"
    rows = [] if args.reads_only else generate(args.articles)
    warm = folder / "warm.jsonl"  # load the models first, as a long run has them
    warm.write_text(json.dumps(generate(20, seed=1)[0], ensure_ascii=False) + "\n", encoding="utf-8")
    ingest_paths([str(warm)], open_store(folder / "warm.db"))
    size = max(1, len(rows) // args.runs)
    rates: list[float] = []
    for run, start in enumerate(range(0, len(rows), size)):
        path = folder / f"run{run}.jsonl"
        chunk = rows[start : start + size]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), encoding="utf-8")
        store = open_store(db)
        began = time.perf_counter()
        report = ingest_paths([str(path)], store)
        rates.append(len(chunk) / (time.perf_counter() - began))
        store.close()
        rss_now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"run {run + 1}: {len(chunk)} articles, {report.count(Status.NEW)} new, {rates[-1]:.1f}/s, "
            f"peak RSS so far {rss_now:.0f} MB",
            flush=True,
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store = open_store(db)
    sizes = sorted(((len(s.members), s.id) for s in store.stories()), reverse=True)
    claims_total = store.count_claims(ClaimFilter())
    page_s, _ = timed(["stories", "--limit", "50", "--offset", str(len(sizes) // 2), "--json"], db)
    biggest = sizes[0][1]
    story_s, _ = timed(["story", biggest, "--json"], db)
    claims_s, _ = timed(["claims", "--status", "not_confirmed", "--all"], db)  # the table: its first page
    dump_s, listing = timed(["claims", "--status", "not_confirmed", "--all", "--json"], db)
    found = len(json.loads(listing))
    ref_story = recomputed(store, [biggest])
    every = [sid for _n, sid in sizes]
    articles = store.article_count()
    ref_claims = recomputed(store, every) if articles <= args.reference_limit else None
    store.close()
    print(
        f"articles: {articles} in {len(rates)} runs; {len(sizes)} stories (largest {sizes[0][0]} articles), "
        f"{claims_total} claims; store {db.stat().st_size / 1e6:.0f} MB"
    )
    if rates:
        first, last = rates[0], rates[-1]
        print(f"ingest: first run {first:.1f}/s, last run {last:.1f}/s, ratio {last / first:.2f}")
        print(f"peak RSS: {rss:.0f} MB (target < 2048)")
    print("reads: the median of 3 runs through the CLI")
    print(
        f"story ID --json (largest story): {story_s * 1000:.0f} ms (target < 100); "
        f"reference, its ledger recomputed: {ref_story * 1000:.0f} ms, ratio {story_s / ref_story:.2f}"
    )
    print(f"stories --limit 50 --json: {page_s * 1000:.0f} ms (target < 100)")
    ref = (
        f"reference, every ledger recomputed: {ref_claims:.2f} s, ratio {dump_s / ref_claims:.3f}"
        if ref_claims is not None
        else f"reference skipped above {args.reference_limit} articles (--reference-limit)"
    )
    print(f"claims --status not_confirmed --all (a table of the first 100): {claims_s:.2f} s (target < 1)")
    print(f"claims --status not_confirmed --all --json (every one of {found}): {dump_s:.2f} s; {ref}")


if __name__ == "__main__":
    main()
