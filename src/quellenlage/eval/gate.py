"""Quality floors: measured scores may not drop below the values pinned in ``quality-floors.json``.

A floor is raised with :func:`update` when a score improves; lowering one needs ``allow_lower``,
so a regression cannot be waved through by accident.
"""

from __future__ import annotations

import json
from pathlib import Path

FLOORS = Path(__file__).resolve().parents[3] / "quality-floors.json"


def load(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def check(measured: dict[str, float], suite: str, path: Path = FLOORS) -> list[str]:
    """The metrics of ``suite`` that fall below their floor, as readable lines."""
    floors = load(path).get(suite, {})
    return [
        f"{suite}.{metric}: {measured.get(metric, 0.0):.4f} < floor {floor:.4f}"
        for metric, floor in floors.items()
        if measured.get(metric, 0.0) < floor
    ]


def update(measured: dict[str, float], suite: str, path: Path = FLOORS, allow_lower: bool = False) -> None:
    """Pin ``measured`` as the new floors of ``suite``; refuses to lower a floor unless ``allow_lower``."""
    data = load(path) if path.exists() else {}
    old = data.get(suite, {})
    lowered = [m for m, v in measured.items() if m in old and v < old[m]]
    if lowered and not allow_lower:
        raise ValueError(
            f"refusing to lower floors {lowered} of {suite}; pass allow_lower to do it on purpose"
        )
    data[suite] = {m: round(v, 4) for m, v in measured.items()}
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
