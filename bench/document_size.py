"""Whether a document's cost grows with its size, not with its square: extraction time and peak
memory for one document of growing length, against the smallest as the baseline of the run.

    uv run python bench/document_size.py                     # 64 K, 256 K and 1 M characters
    uv run python bench/document_size.py --sizes 100000,2000000
    uv run python bench/document_size.py --ingest --sizes 1000000,5000000,20000000   # the whole load

With `--ingest` each document is read, extracted and written into a fresh embedded graph (RDF
record and store), as `c5kg ingest` does; one over the text limit is refused, and the figure is
how long the refusal took.

The document is the sample corpus (data/sample) repeated to the length asked for. Each size runs
in a fresh process, so that its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(size: int, ingest: bool = False) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from loaders.documents import DocumentError, document_from_bytes, document_from_text
    from loaders.extractor import Extractor
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "sample").glob("*.txt")))
    text = (base * (size // len(base) + 1))[:size]
    facts = -1  # refused
    if ingest:
        import tempfile

        from graph.kg import KnowledgeGraph
        with tempfile.TemporaryDirectory(prefix="c5kg-size-") as folder, KnowledgeGraph.open(Path(folder) / "db") as kg:
            kg.extractor.extract(document_from_text(base[:2000], "warm-up.txt"))  # the model loaded before timing
            started = time.perf_counter()
            try:
                facts = kg.load([document_from_bytes(text.encode(), "long.txt", "text/plain")]).facts
            except DocumentError:
                pass
            seconds = time.perf_counter() - started
    else:
        extractor = Extractor()
        extractor.extract(document_from_text(base[:2000], "warm-up.txt"))  # the model loaded before timing
        started = time.perf_counter()
        facts = len(extractor.extract(document_from_text(text, "long.txt")).facts)
        seconds = time.perf_counter() - started
    return {"chars": len(text), "seconds": seconds, "facts": facts,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="64000,256000,1000000", help="characters, comma-separated")
    parser.add_argument("--ingest", action="store_true", help="time the whole load, not extraction alone")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.ingest)))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size), *(["--ingest"] if args.ingest else [])],
                             capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    base = rows[0]["seconds"] / rows[0]["chars"]
    print(f"{'characters':>11} {'facts':>8} {'seconds':>8} {'s per 100k':>11} {'vs smallest':>12} {'peak MiB':>9}")
    for row in rows:
        per = row["seconds"] / row["chars"]
        facts = "refused" if row["facts"] < 0 else f"{row['facts']:,}"
        print(f"{row['chars']:>11,} {facts:>8} {row['seconds']:>8.2f} {per * 1e5:>11.2f} "
              f"{per / base:>11.2f}× {row['peak_mib']:>9,.0f}")


if __name__ == "__main__":
    main()
