"""Quality floors: measured scores may not drop below the values pinned in ``quality-floors.json``, and
the evaluation data they were measured on may not change unnoticed.

The file holds, per suite, its floors and the SHA-256 of its data (every file under the data path, in
sorted order, by relative path and content). A floor is raised with :func:`update` when a score
improves; lowering one needs ``allow_lower``, so a regression cannot be waved through by accident. A
suite whose data no longer has the pinned digest fails :func:`check` until it is measured and pinned
again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

FLOORS = Path(__file__).resolve().parents[3] / "quality-floors.json"


def load(path: Path = FLOORS) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def digest(data: Path) -> str:
    """SHA-256 over a file, or over every file below a folder (relative path and bytes, sorted)."""
    h = hashlib.sha256()
    files = [data] if data.is_file() else sorted(p for p in data.rglob("*") if p.is_file())
    for f in files:
        name = f.name if data.is_file() else f.relative_to(data).as_posix()
        h.update(name.encode("utf-8") + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def check(measured: dict[str, float], suite: str, path: Path = FLOORS, data: Path | None = None) -> list[str]:
    """The metrics of ``suite`` that fall below their floor, and a changed data digest, as readable lines."""
    entry = load(path).get(suite, {})
    floors: dict[str, float] = entry.get("floors", {})
    problems = [
        f"{suite}.{metric}: {measured.get(metric, 0.0):.4f} < floor {floor:.4f}"
        for metric, floor in floors.items()
        if measured.get(metric, 0.0) < floor
    ]
    pinned = entry.get("sha256")
    if data is not None and pinned is not None and digest(data) != pinned:
        problems.append(
            f"{suite}: the evaluation data at {data} changed (sha256 {digest(data)[:12]}…, pinned "
            f"{pinned[:12]}…); measure again and pin it with gate.update(…, data=…)"
        )
    return problems


def update(
    measured: dict[str, float],
    suite: str,
    path: Path = FLOORS,
    allow_lower: bool = False,
    data: Path | None = None,
) -> None:
    """Pin ``measured`` as the new floors of ``suite`` (and the digest of ``data``); refuses to lower a
    floor unless ``allow_lower``."""
    content = load(path) if path.exists() else {}
    entry = content.get(suite, {})
    old = entry.get("floors", {})
    lowered = [m for m, v in measured.items() if m in old and v < old[m]]
    if lowered and not allow_lower:
        raise ValueError(
            f"refusing to lower floors {lowered} of {suite}; pass allow_lower to do it on purpose"
        )
    entry["floors"] = {m: round(v, 4) for m, v in measured.items()}
    if data is not None:
        entry["sha256"] = digest(data)
    content[suite] = entry
    path.write_text(json.dumps(content, indent=2, sort_keys=True) + "\n", encoding="utf-8")
