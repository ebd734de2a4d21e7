"""The notebooks in ``notebooks/`` run from top to bottom on the seed release and show real output."""

from __future__ import annotations

import json
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def run_notebook(path: Path, out: Path, monkeypatch) -> dict:
    """Execute the notebook's code cells in order, as a kernel would; returns their namespace."""
    monkeypatch.setenv("KOMUNIKAT_NOTEBOOK_OUT", str(out))
    monkeypatch.chdir(path.parent)
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    namespace: dict = {}
    for cell in cells:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), f"{path.name}:{cell['id']}", "exec"), namespace)
    return namespace


def test_explore_records_notebook(tmp_path, monkeypatch):
    ns = run_notebook(NOTEBOOKS / "explore_records.ipynb", tmp_path / "out", monkeypatch)
    assert ns["done"].returncode == 0, ns["done"].stderr
    # The seed release: a Belarusian delegation's visit, organised by a Podlasie foundation.
    assert "Podlaska Fundacja Rozwoju Regionalnego" in set(ns["organizations"]["name"])
    roles = ns["roles"]
    assert "Wschodni Klaster Budowlany" in set(roles.loc[roles["name"] == "Adam Krajewski", "organization"])
    assert "Inaleks Energy sp. z o.o." in set(ns["parties"]["party"])
    assert len(ns["records"]) == len(ns["documents"]) == 1
    # entity ids join the per-release tables to the archive-wide index
    assert set(ns["organizations"]["entity_id"]) <= set(ns["index"]["entity_id"])
