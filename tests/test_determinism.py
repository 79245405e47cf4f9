"""The same input gives the same output, byte for byte, in every machine time zone and under every hash seed.

Each case runs the CLI in fresh processes (the zone and the hash seed are fixed at interpreter start) on the
demo corpus and on a generated corpus of a few hundred articles, some of them with naive published times,
and compares what `stories`, `claims` and `actors` print as JSON.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
VIEWS = (("stories", "--json"), ("claims", "--json"), ("actors", "--json"))

# fresh sentences of our own; names, places and numbers are recombined per article
_PEOPLE = [
    ("Bürgermeisterin", "Katrin Wendt"), ("Landrat", "Ole Brinkmann"), ("Ministerin", "Sabine Rauch"),
    ("Sprecher", "Jonas Feld"), ("Verbandschef", "Erik Maas"), ("Betriebsrätin", "Ida Lorenz"),
]  # fmt: skip
_TOPICS = [
    ("Hafenbrücke", "die Sanierung der Hafenbrücke", "Millionen Euro"),
    ("Klinikum", "die Schließung der Geburtsstation im Klinikum", "Betten"),
    ("Stadtwerke", "den Ausbau der Fernwärme durch die Stadtwerke", "Haushalte"),
    ("Buslinie", "die Einstellung der Buslinie 14", "Fahrgäste"),
]
_OUTLETS = ["Nordkurier Test", "Tageblatt Probe", "Rundschau Beispiel", "Kreisbote Muster"]


def _article(rng: random.Random, n: int) -> dict[str, str]:
    key, topic, unit = rng.choice(_TOPICS)
    (role, name), (role2, name2) = rng.sample(_PEOPLE, 2)
    amount = rng.randint(2, 90)
    day = rng.randint(1, 28)
    hour = rng.choice([0, 1, 11, 23])  # near midnight: a local reading would shift the day
    stamp = f"2025-03-{day:02d}T{hour:02d}:30:00" + ("" if n % 2 else "+01:00")
    surname = name.split()[-1]
    text = "\n\n".join(
        [
            f"Streit um {key}: {role} {name} rechnet mit {amount} {unit}",
            f"{role} {name} hat {topic} verteidigt. Es gehe um {amount} {unit}, sagte {surname} am Montag.",
            f"„Wir haben keine andere Wahl“, sagte {name} der Zeitung. {role2} {name2} widersprach.",
            f"{name2} bestritt, dass die Zahl von {amount} {unit} stimme. Das Land wollte sich nicht äußern.",
        ]
    )
    title = text.split("\n")[0]
    return {"text": text, "outlet": _OUTLETS[n % len(_OUTLETS)], "published": stamp, "title": title}


def _run(inputs: list[Path], tmp: Path, tz: str, seed: str) -> dict[str, str]:
    tmp.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "TZ": tz, "PYTHONHASHSEED": seed, "QUELLENLAGE_DB": str(tmp / "store.db")}
    cli = [str(Path(sys.executable).parent / "quellenlage")]
    subprocess.run([*cli, "ingest", *map(str, inputs)], env=env, check=False, capture_output=True)
    out = {}
    for view in VIEWS:
        done = subprocess.run([*cli, *view], env=env, check=True, capture_output=True, text=True)
        out[view[0]] = done.stdout
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(8)
    path = tmp_path_factory.mktemp("gen") / "generated.jsonl"
    rows = [_article(rng, n) for n in range(240)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("corpus", ["demo", "generated"])
def test_same_output_in_every_zone_and_hash_seed(corpus: str, generated: Path, tmp_path: Path) -> None:
    inputs = [EXAMPLES] if corpus == "demo" else [generated]
    first = _run(inputs, tmp_path / "a", "UTC", "1")
    second = _run(inputs, tmp_path / "b", "Pacific/Pago_Pago", "4242")
    assert json.loads(first["stories"]), "the corpus forms stories"
    assert json.loads(first["claims"]), "the corpus has claims"
    for view in first:
        assert first[view] == second[view], f"{view} differs between TZ/hash seed runs"
