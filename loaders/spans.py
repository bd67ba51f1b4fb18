"""Token spans looked up in logarithmic time: a document's mentions are many, and a lookup per
capitalised run or per sentence over all of them made a long document's cost grow with its square."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """Half-open (start, end) spans, possibly overlapping."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        given = list(spans)
        order = sorted(range(len(given)), key=lambda i: given[i])
        self.spans = [given[i] for i in order]
        self._given_at = order  # where each sorted span was in the order given
        self.starts = [s for s, _ in self.spans]
        self._reach = list(accumulate((e for _, e in self.spans), max))  # the furthest end so far

    def __len__(self) -> int:
        return len(self.spans)

    def covering(self, start: int, end: int) -> bool:
        """Whether one span holds all of [start, end)."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self._reach[i] >= end

    def holding(self, point: int) -> bool:
        """Whether a span holds the position."""
        i = bisect_right(self.starts, point) - 1
        return i >= 0 and self._reach[i] > point

    def starting_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that start in [start, end), in the order they were given (a caller may depend on it)."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [span for _, span in sorted(zip(self._given_at[first:last], self.spans[first:last]))]


__all__ = ["Spans"]
