"""The tour notebook runs from top to bottom on the project's own Python, and shows what it says."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "c5kg_tour.ipynb"


def test_the_tour_notebook_runs_and_shows_the_views_and_the_table(tmp_path: Path) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    manager = client.create_kernel_manager()
    # jupyter_client starts the "python3" kernel with the interpreter running these tests: the venv's
    assert manager.format_kernel_cmd()[0] == sys.executable
    client.execute()

    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    rich = [o["data"]["text/html"] for o in outputs if o.output_type in ("display_data", "execute_result")
            and "text/html" in o.get("data", {})]
    tables = [h for h in rich if h.startswith("<table>")]
    assert len(tables) == 1
    rows = re.findall(r"<tr>(.*?)</tr>", tables[0])
    assert len(rows) > 10 and "Kassym-Jomart Tokayev" in tables[0]
    assert re.search(r"\d{4}-\d\d-\d\d_[a-z_-]+ \[\d+:\d+\]", tables[0])  # each row's document and offsets
    frames = [h for h in rich if h.startswith("<iframe srcdoc=")]
    assert len(frames) == 5  # the whole graph, a neighbourhood, a summit, a state, a document
    for frame in frames:
        page = html.unescape(re.match(r'<iframe srcdoc="([^"]*)"', frame).group(1))
        assert page.startswith("<!DOCTYPE html>") and "vis.Network" in page
    titles = [html.unescape(re.search(r"<h1>(.*?)</h1>", html.unescape(f)).group(1)) for f in frames]
    assert titles[1] == "Around Kassym-Jomart Tokayev (Person)"
    assert titles[2].startswith("Who proposed what: First Consultative Meeting")
