"""Content negotiation: which of the media types an endpoint offers the client's Accept header prefers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def matches(self, media_type: str) -> int:
        """How specifically this range matches a media type: 3 exact, 2 type/*, 1 */*, 0 not at all."""
        main, _, sub = media_type.partition("/")
        if self.type == "*":
            return 1
        if self.type != main:
            return 0
        if self.subtype == "*":
            return 2
        return 3 if self.subtype == sub else 0


def parse_accept(header: str) -> list[MediaRange]:
    ranges = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        main, _, sub = media.lower().partition("/")
        if not main or not sub:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub, q))
    return ranges


def choose(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers; the first offered when it states no preference;
    None when it accepts none of them (406)."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0]
    best, best_q = None, 0.0
    for media_type in offered:  # in the server's order of preference, which breaks ties
        specific = max(ranges, key=lambda r: r.matches(media_type))
        q = specific.q if specific.matches(media_type) else 0.0
        if q > best_q:
            best, best_q = media_type, q
    return best


__all__ = ["choose", "parse_accept"]
