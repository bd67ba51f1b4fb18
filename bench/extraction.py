"""Extraction throughput in words per second per core, against spaCy's bare tokenizer in the same run.

    uv run python bench/extraction.py                  # 1,500 generated articles (about two minutes)
    uv run python bench/extraction.py --docs 10000     # a bigger corpus
    uv run python bench/extraction.py --json           # the figures as JSON

The corpus comes from bench/corpus_generator.py: seeded news articles, generated one at a time
(streamed: never all in memory). Four measurements, in one run:

1. baseline: spaCy's blank English tokenizer over every article's text;
2. extraction: `document_from_text` (boilerplate, title, date) and `Extractor.extract` (mentions,
   resolution, proposals, support, membership, offices, attendance) over the same articles, each
   timed apart; words are whitespace-separated words of the clean text, time is this process's
   CPU time (one core), so the figure is words per second per core;
3. memory: the same extraction in two child processes, on a corpus and on one four times its
   size, each reporting its peak resident set size (flat memory: the two peaks match);
   (and, when a folder of real documents is at hand, the rebuilt real-news texts in texts/realnews
   by default, the tokenizer, extraction and the full spaCy pipeline over them, taking turns pass
   after pass, each kept at its fastest pass: generated prose repeats more than news does, which
   flatters the tokenizer);
4. profile: cProfile over a slice of the corpus, the functions that take the most time and the
   share of each part of the code.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from bench.corpus_generator import articles  # noqa: E402
from loaders.documents import document_from_text  # noqa: E402
from loaders.extractor import Extractor  # noqa: E402
from loaders.parse import MODEL_PACKAGE  # noqa: E402
from loaders.text import pipeline  # noqa: E402

console = Console(stderr=True)
TARGET = 100_000  # words per second per core


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def tokenizer_baseline(count: int, seed: int) -> dict[str, float]:
    tokenizer = pipeline().tokenizer
    words = 0
    cpu = 0.0
    for _, text in articles(count, seed):
        words += len(text.split())
        start = time.process_time()
        tokenizer(text)
        cpu += time.process_time() - start
    return {"words": words, "cpu_s": cpu, "words_per_s": words / cpu}


def extraction(count: int, seed: int, extractor: Extractor) -> dict[str, float]:
    words = facts = 0
    reading = extracting = 0.0
    for name, text in articles(count, seed):
        start = time.process_time()
        document = document_from_text(text, name)
        middle = time.process_time()
        result = extractor.extract(document)
        end = time.process_time()
        reading += middle - start
        extracting += end - middle
        words += document.words
        facts += len(result.facts)
    return {"words": words, "facts": facts, "read_cpu_s": reading, "extract_cpu_s": extracting,
            "words_per_s": words / extracting, "end_to_end_words_per_s": words / (reading + extracting)}


def real_text(folder: Path, extractor: Extractor, min_words: int = 60_000) -> dict[str, float] | None:
    """Tokenizer, extraction and the full spaCy pipeline over the same real documents (read once,
    each passed over the same number of times, at least `min_words` in all, after a warm-up
    document through each): words per second of each one's fastest pass."""
    from loaders.documents import find_documents, read_document

    documents = [read_document(p) for p in find_documents([folder])]
    words = sum(d.words for d in documents)
    if not words:
        return None
    passes = max(1, -(-min_words // words))
    tokenizer = pipeline().tokenizer
    # the full statistical pipeline (tagger, parser, NER) over every sentence: what parsing all the
    # text would cost, against which c5kg's parse of the sentences that can carry a fact is measured
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.max_length = max(nlp.max_length, max(len(d.text) for d in documents) + 1)
    extractor.extract(documents[0])
    list(nlp.pipe([documents[0].text]))

    def once(run) -> float:
        start = time.process_time()
        run()
        return time.process_time() - start

    # the three take turns, pass after pass, and each keeps its fastest pass: what another process
    # takes from this one's core at some moment then weighs on none of them alone
    best = {"tokenizer": float("inf"), "extraction": float("inf"), "full": float("inf")}
    runs = {"tokenizer": lambda: [tokenizer(d.text) for d in documents],
            "extraction": lambda: [extractor.extract(d) for d in documents],
            "full": lambda: list(nlp.pipe((d.text for d in documents), batch_size=16))}
    for _ in range(passes):
        for name, run in runs.items():
            best[name] = min(best[name], once(run))
    return {"documents": len(documents), "passes": passes, "words": words * passes,
            "tokenizer_words_per_s": words / best["tokenizer"],
            "words_per_s": words / best["extraction"],
            "full_pipeline_words_per_s": words / best["full"]}


def child_memory(count: int, seed: int) -> dict[str, float]:
    """Peak RSS of a fresh process that extracts `count` articles (and after setup alone)."""
    run = subprocess.run([sys.executable, __file__, "--child", str(count), "--seed", str(seed)],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def profile(count: int, seed: int, extractor: Extractor, top: int) -> dict[str, object]:
    texts = list(articles(count, seed))  # profiled slice only: small
    documents = [document_from_text(text, name) for name, text in texts]
    profiler = cProfile.Profile()
    profiler.enable()
    for document in documents:
        extractor.extract(document)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # total internal time
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    functions = [{"function": f"{Path(f).name}:{line} {name}", "tottime_s": round(v[2], 3),
                  "share": round(v[2] / total, 3), "cumtime_s": round(v[3], 3), "calls": v[1]}
                 for (f, line, name), v in rows]
    parts: dict[str, float] = defaultdict(float)
    for (f, _, name), v in stats.stats.items():
        parts[_part(f, name)] += v[2]
    return {"total_s": round(total, 3), "functions": functions,
            "parts": {k: round(v / total, 3) for k, v in sorted(parts.items(), key=lambda kv: -kv[1])}}


def _part(filename: str, name: str) -> str:
    path = filename.replace("\\", "/")
    if "/loaders/" in path:
        return "loaders/" + Path(path).name
    if "spacy" in path or "thinc" in path or name.startswith("<method '__call__' of 'spacy"):
        return "spacy (tokenizer, matchers)"
    if "rapidfuzz" in path:
        return "rapidfuzz"
    if path.endswith("re/__init__.py") or "_sre" in name or name.startswith("<method '") and "Pattern" in name:
        return "re (regular expressions)"
    if "numpy" in path:
        return "numpy"
    if filename == "~":
        return "built-ins (" + ("spacy" if "spacy" in name else "re" if "Pattern" in name else "other") + ")"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1500, help="articles in the timed corpus (default 1500)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--memory-docs", type=int, default=None,
                        help="articles in the smaller memory run (default: a fifth of --docs); the larger has 4x")
    parser.add_argument("--profile-docs", type=int, default=150, help="articles profiled (default 150)")
    parser.add_argument("--top", type=int, default=15, help="functions listed from the profile")
    default_real = next((p for p in (ROOT / "texts" / "realnews", ROOT.parent / "shared" / "corpus") if p.is_dir()),
                        None)
    parser.add_argument("--real", type=Path, default=default_real,
                        help="also measure on the real documents in this folder (default: the rebuilt real-news "
                             "texts in texts/realnews, else ../shared/corpus, if there)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child is not None:
        extractor = Extractor()
        extractor.extract(document_from_text("Tokayev proposed a fund.", "warm-up.txt"))
        after_setup = peak_rss_mib()
        extraction(args.child, args.seed, extractor)
        print(json.dumps({"docs": args.child, "setup_peak_rss_mib": round(after_setup, 1),
                          "peak_rss_mib": round(peak_rss_mib(), 1)}))
        return

    start = time.perf_counter()
    extractor = Extractor()
    extractor.extract(document_from_text("Tokayev proposed a fund.", "warm-up.txt"))
    setup = time.perf_counter() - start
    console.print(f"setup (reference data, matchers): {setup:.2f} s")
    console.print(f"tokenizer baseline over {args.docs} articles ...")
    base = tokenizer_baseline(args.docs, args.seed)
    console.print(f"extraction over the same {args.docs} articles ...")
    ext = extraction(args.docs, args.seed, extractor)
    small = args.memory_docs or max(50, args.docs // 5)
    console.print(f"memory: {small} and {small * 4} articles in child processes ...")
    memory = [child_memory(small, args.seed + 1), child_memory(small * 4, args.seed + 1)]
    real = None
    if args.real and args.real.is_dir():
        console.print(f"real text: {args.real} ...")
        real = real_text(args.real, extractor)
    console.print(f"profile over {args.profile_docs} articles ...")
    prof = profile(args.profile_docs, args.seed + 2, extractor, args.top)
    result = {"docs": args.docs, "setup_s": round(setup, 2), "tokenizer": base, "extraction": ext,
              "ratio_to_tokenizer": round(ext["words_per_s"] / base["words_per_s"], 3), "real_text": real,
              "memory": memory,
              "profile": prof, "target_words_per_s": TARGET}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    out = Console()
    table = Table(title=f"Extraction throughput, {args.docs} generated articles, {ext['words']:,} words (one core)")
    for column in ("", "CPU s", "words/s/core", "vs tokenizer"):
        table.add_column(column, justify="right" if column else "left")
    table.add_row("spaCy bare tokenizer (baseline)", f"{base['cpu_s']:.2f}", f"{base['words_per_s']:,.0f}", "1.00")
    table.add_row("extraction (Extractor.extract)", f"{ext['extract_cpu_s']:.2f}", f"{ext['words_per_s']:,.0f}",
                  f"{result['ratio_to_tokenizer']:.2f}")
    table.add_row("reading + extraction", f"{ext['read_cpu_s'] + ext['extract_cpu_s']:.2f}",
                  f"{ext['end_to_end_words_per_s']:,.0f}",
                  f"{ext['end_to_end_words_per_s'] / base['words_per_s']:.2f}")
    if real is not None:
        table.add_row(f"real text: tokenizer ({real['documents']} documents x {real['passes']})", "",
                      f"{real['tokenizer_words_per_s']:,.0f}", "1.00")
        table.add_row("real text: extraction", "", f"{real['words_per_s']:,.0f}",
                      f"{real['words_per_s'] / real['tokenizer_words_per_s']:.2f}")
        table.add_row("real text: full spaCy pipeline (en_core_web_sm)", "",
                      f"{real['full_pipeline_words_per_s']:,.0f}",
                      f"{real['full_pipeline_words_per_s'] / real['tokenizer_words_per_s']:.2f}")
        table.add_row("real text: extraction / full pipeline", "", "",
                      f"{real['words_per_s'] / real['full_pipeline_words_per_s']:.2f}")
    out.print(table)
    verdict = "meets" if ext["words_per_s"] >= TARGET else "is under"
    out.print(f"{ext['facts']:,} facts; extraction {verdict} the target of {TARGET:,} words/s/core.")
    mem = Table(title="Peak memory (separate processes)")
    for column in ("articles", "after setup, MiB", "peak RSS, MiB"):
        mem.add_column(column, justify="right")
    for row in memory:
        mem.add_row(str(row["docs"]), f"{row['setup_peak_rss_mib']:.1f}", f"{row['peak_rss_mib']:.1f}")
    out.print(mem)
    parts = Table(title=f"Where the time goes (cProfile, {args.profile_docs} articles, internal time)")
    parts.add_column("part")
    parts.add_column("share", justify="right")
    for name, share in prof["parts"].items():
        parts.add_row(name, f"{share:.1%}")
    out.print(parts)
    top = Table(title=f"Top {args.top} functions by internal time")
    for column in ("function", "calls", "internal s", "share", "cumulative s"):
        top.add_column(column, justify="left" if column == "function" else "right")
    for row in prof["functions"]:
        top.add_row(row["function"], str(row["calls"]), f"{row['tottime_s']:.3f}", f"{row['share']:.1%}",
                    f"{row['cumtime_s']:.3f}")
    out.print(top)


if __name__ == "__main__":
    main()
