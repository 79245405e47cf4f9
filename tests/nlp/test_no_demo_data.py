"""Production language data holds nothing from the fictional demo corpus."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from quellenlage.nlp import lemma

from ..conftest import EXAMPLES

DATA = Path(__file__).resolve().parents[2] / "src" / "quellenlage" / "nlp" / "de"


def demo_names() -> set[str]:
    """Capitalised words of the demo that no German dictionary knows: its people, places, outlets."""
    words: set[str] = set()
    for path in EXAMPLES.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            words |= {w for w in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{4,}\b", text) if not lemma.is_known(w)}
    return words


def literals(module: Path) -> list[str]:
    """The string literals of a module, docstrings aside (its data, not its prose)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


def test_demo_names_are_not_in_language_data() -> None:
    names = demo_names()
    assert names, "the demo corpus should have names of its own"
    for module in sorted(DATA.glob("*.py")):
        text = "\n".join(literals(module))
        found = sorted(n for n in names if re.search(rf"\b{n}\b", text))
        assert not found, f"{module.name} holds demo names: {found}"
