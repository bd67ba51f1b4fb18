"""Ingest at corpus scale, end to end through `c5kg ingest`, against extraction alone in the same run.

    uv run python bench/ingest.py                      # 1,000 and 10,000 generated articles
    uv run python bench/ingest.py --docs 1000 4000     # other corpus sizes
    uv run python bench/ingest.py --docs 100000        # a hundred thousand (hours; disk: ~2 GB per 10,000)
    uv run python bench/ingest.py --json               # the figures as JSON

For each corpus size, on a corpus from bench/corpus_generator.py written to a temporary folder:

1. **ingest**: `c5kg ingest --db NEW --workers W CORPUS` in a fresh process: wall time, documents/s
   and facts/s, the peak memory of the whole process tree (the command and its workers, sampled),
   and the share of each stage as the command reports it (extraction, record, projection, store);
2. **rebuild**: `c5kg rebuild --db` of the graph just made: its store made again from the record
   (what undoing a killed load and `c5kg push` do too);
3. **extraction alone**: the same map over the same files (`loaders.pipeline.extract_files`, the
   same workers) in a fresh process, its results drained and dropped: the baseline.

Then the ratios the targets are set in: ingest / extraction alone at each size, the time at the
largest size / the time at the smallest (linear: the ratio of their sizes), and peak memory at
the largest / at the smallest (flat: 1).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from bench.corpus_generator import articles  # noqa: E402
from loaders.pipeline import default_workers  # noqa: E402

console = Console(stderr=True)
C5KG = str(Path(sys.executable).parent / "c5kg")
EXTRACT_ONLY = """
import sys
from pathlib import Path
from loaders.documents import find_documents
from loaders.pipeline import extract_files
facts = sum(getattr(item, "facts", 0) for item in extract_files(list(find_documents([Path(sys.argv[1])])),
                                                                   int(sys.argv[2])))
print(facts)
"""


def _tree(pid: int) -> list[int]:
    """The process and its descendants, from /proc."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(c) for c in children.read().split()]
        except OSError:
            continue
    return out


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_measured(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak resident memory of the process tree (MiB, sampled every 50 ms), stdout."""
    with tempfile.TemporaryFile("w+") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, cwd=ROOT,
                                   env={**os.environ, "COLUMNS": "400"})
        peak = 0
        while process.poll() is None:
            peak = max(peak, sum(_rss_kib(pid) for pid in _tree(process.pid)))
            time.sleep(0.05)
        wall = time.perf_counter() - started
        out.seek(0)
        text = out.read()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{text}")
    return wall, peak / 1024, text


def measure(docs: int, workers: int, folder: Path) -> dict[str, object]:
    corpus = folder / f"corpus-{docs}"
    corpus.mkdir()
    for name, text in articles(docs, seed=7):
        (corpus / name).write_text(text, encoding="utf-8")
    console.print(f"{docs:,} articles: ingest ...")
    db = folder / f"db-{docs}"
    wall, peak, out = run_measured([C5KG, "ingest", "--db", str(db), "--workers", str(workers), str(corpus)])
    line = " ".join(out.split())
    facts = int(re.search(r"([\d,]+) facts", line).group(1).replace(",", ""))  # type: ignore[union-attr]
    stages = {stage: float(seconds) for stage, seconds in re.findall(r"(extraction|record|projection|store) "
                                                                      r"([\d.]+) s", line)}
    console.print(f"{docs:,} articles: rebuild ...")
    rebuild_wall, rebuild_peak, _ = run_measured([C5KG, "rebuild", "--db", str(db)])
    console.print(f"{docs:,} articles: extraction alone ...")
    extract_wall, extract_peak, _ = run_measured([sys.executable, "-c", EXTRACT_ONLY, str(corpus), str(workers)])
    shutil.rmtree(db)
    shutil.rmtree(corpus)
    total = sum(stages.values()) or 1.0
    return {"docs": docs, "facts": facts, "ingest_s": wall, "docs_per_s": docs / wall, "facts_per_s": facts / wall,
            "peak_mib": peak, "extraction_alone_s": extract_wall, "extraction_alone_peak_mib": extract_peak,
            "ingest_over_extraction": wall / extract_wall, "rebuild_s": rebuild_wall, "rebuild_peak_mib": rebuild_peak,
            "stage_share": {stage: seconds / total for stage, seconds in stages.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="c5kg-bench-ingest-") as tmp:
        results = [measure(docs, args.workers, Path(tmp)) for docs in sorted(args.docs)]
    small, large = results[0], results[-1]
    summary = {"workers": args.workers, "runs": results,
               "time_ratio": large["ingest_s"] / small["ingest_s"],  # type: ignore[operator]
               "size_ratio": large["docs"] / small["docs"],  # type: ignore[operator]
               "memory_ratio": large["peak_mib"] / small["peak_mib"]}  # type: ignore[operator]
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    table = Table(title=f"c5kg ingest, {args.workers} workers (generated articles)")
    for column in ("articles", "facts", "ingest s", "docs/s", "facts/s", "peak MiB", "extraction alone s",
                   "its peak MiB", "ingest / extraction", "extraction · record · projection · store",
                   "rebuild s"):
        table.add_column(column, justify="right")
    for r in results:
        shares = " · ".join(f"{share:.0%}" for share in r["stage_share"].values())  # type: ignore[union-attr]
        table.add_row(f"{r['docs']:,}", f"{r['facts']:,}", f"{r['ingest_s']:.1f}", f"{r['docs_per_s']:.1f}",
                      f"{r['facts_per_s']:.0f}", f"{r['peak_mib']:.0f}", f"{r['extraction_alone_s']:.1f}",
                      f"{r['extraction_alone_peak_mib']:.0f}", f"{r['ingest_over_extraction']:.2f}×", shares,
                      f"{r['rebuild_s']:.1f}")
    Console(width=max(Console().width, 160)).print(table)
    if len(results) > 1:
        Console().print(f"time at {large['docs']:,} / at {small['docs']:,}: {summary['time_ratio']:.2f}× "
                        f"(sizes {summary['size_ratio']:.0f}×); peak memory: {summary['memory_ratio']:.2f}×")


if __name__ == "__main__":
    main()
