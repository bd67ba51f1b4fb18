"""How long a command takes before it does anything: `c5kg --help`, `stats` and a query on a small
graph, against `python -c pass` (the interpreter alone) as the baseline of the same run.

    uv run python bench/startup.py             # 5 runs of each; the sample corpus as the small graph
    uv run python bench/startup.py --runs 10

Each figure is the fastest of its runs (what the command costs, not what the machine did meanwhile).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
C5KG = str(Path(sys.executable).parent / "c5kg")


def fastest(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="c5kg-startup-") as tmp:
        db = str(Path(tmp) / "db")
        subprocess.run([C5KG, "ingest", str(ROOT / "data" / "sample"), "--db", db], check=True, capture_output=True)
        commands = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "c5kg --help": [C5KG, "--help"],
            "c5kg stats": [C5KG, "stats", "--db", db],
            "c5kg query proposals": [C5KG, "query", "proposals", "--db", db, "--by", "Mirziyoyev"],
        }
        results = {name: fastest(command, args.runs) for name, command in commands.items()}
    base = results["python -c pass (baseline)"]
    print(f"{'command':<28} {'seconds':>8} {'vs baseline':>12}   (fastest of {args.runs})")
    for name, seconds in results.items():
        print(f"{name:<28} {seconds:>8.2f} {seconds / base:>11.1f}×")


if __name__ == "__main__":
    main()
