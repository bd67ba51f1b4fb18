"""Documents whose text tries to run script in the network page: names, titles and sentences that
are HTML. Written for these tests; the probes set `window.__pwned`, which must stay undefined."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.kg import KnowledgeGraph

PROBE_DOCUMENT = "2024-05-02_probe_summit"
PROBE_TEXT = """Leaders meet <script>window.__pwned = "title"</script> in Astana

ASTANA, 2 May 2024. President Kassym-Jomart Tokayev proposed the creation of the Regional Water Council <img src=x onerror="window.__pwned='name'">.
President Shavkat Mirziyoyev supported the Regional Water Council <img src=x onerror="window.__pwned='name'">.
Kyrgyzstan proposed a Joint <script>window.__pwned="initiative"</script> Fund for mountain villages.
Tajikistan proposed a Pamir Glacier Observatory, saying <a href="javascript:window.__pwned='link'">the plan</a> was ready <img src=x onerror="window.__pwned='evidence'">.
"""
# What must reach the graph for the probes to be a test at all.
PROBES_IN_NAMES = ("<img src=x onerror", "<script>window.__pwned")
PROBE_IN_TITLE = '<script>window.__pwned = "title"</script>'
PROBE_IN_SENTENCE = "javascript:window.__pwned"


def write_probe_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{PROBE_DOCUMENT}.txt").write_text(PROBE_TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def probe_kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    """A graph whose names, titles and sentences are HTML that tries to run script."""
    folder = tmp_path_factory.mktemp("viz-probes")
    with KnowledgeGraph.open(folder / "db") as kg:
        report = kg.ingest([write_probe_corpus(folder / "corpus")])
        assert not report.failed and report.documents == [PROBE_DOCUMENT]
        yield kg
