"""Where the sample corpus is: `data/sample` in a checkout, or inside the installed package."""

from __future__ import annotations

from pathlib import Path

_CANDIDATES = (Path(__file__).resolve().parent.parent / "data" / "sample", Path(__file__).resolve().parent / "sample")


def sample_corpus() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the sample corpus is missing (expected data/sample in the c5kg checkout)")


__all__ = ["sample_corpus"]
