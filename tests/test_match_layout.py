"""Each pipeline stage imports only earlier stages: no cycles, no back-references."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "claimcheck"
# stage -> modules it must never import (later stages, or the one it would cycle with)
FORBIDDEN = {
    "quantities": {"features", "align", "model", "group", "match", "compare", "explain", "report", "api"},
    "align": {"features", "model", "group", "match", "compare", "report", "api"},
    "features": {"model", "group", "match", "compare", "report", "report_html", "api"},
    "model": {"group", "match", "compare", "report", "api"},
    "group": {"match", "compare", "report", "report_html", "api"},
    "match": {"compare", "report", "report_html", "api"},
    "compare": {"report", "report_html", "api", "match", "group", "features", "align", "model"},
    "explain": {"report", "report_html", "api"},
    "clauses": {"features", "align", "model", "group", "match", "compare", "report", "report_html", "api"},
    "moments": {"compare", "match", "group", "features", "align", "model", "report", "report_html", "api"},
    "e5convert": {"embed"},
    "langid": {"embed", "e5convert", "tokalign", "align", "features", "model", "group", "compare", "report"},
    "paths": {"read", "langid", "extract", "embed", "e5convert", "align", "features", "group", "api"},
    "tokalign": {"features", "model", "group", "match", "compare", "report", "api"},
}


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "claimcheck":
                out |= {a.name for a in node.names}
            elif node.module.startswith("claimcheck."):
                out.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[1] for a in node.names if a.name.startswith("claimcheck.")}
    return out


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_stage_imports_no_later_stage(module):
    assert not (_imports(module) & FORBIDDEN[module])
