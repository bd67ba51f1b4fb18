"""Line-level boilerplate that is not part of an article: captions, newsletter and social
footers, link spam, bylines and image file names.

HTML pages lose their boilerplate elements first (documents.html_to_text); these line rules
catch what plain text and Markdown carry, and what survives in HTML.
"""

from __future__ import annotations

import re

_PATTERNS = [
    # image captions and credits
    r"^(photo|image|picture|illustration|video|source|credit)s?\s*(:|by\b|credit\b)",
    r"^(фото|источник)\s*:",
    # newsletter, subscription and social-media calls
    r"\b(sign up|subscribe|newsletter|sent directly to you|follow us|share this|share on|click here|read more|"
    r"all rights reserved|cookie)\b",
    r"^(facebook|twitter|x|instagram|telegram|youtube|tiktok|linkedin|whatsapp|vk)(\s*[|,/·•]\s*\w+)+\s*$",
    # a bare link or domain, possibly behind an emoji or a bullet
    r"^[\W_]*((https?://|www\.)\S+|[\w-]+(\.[\w-]+)*\.(com|net|org|info|io|ru|kz|uz|kg|tj|tm|assist|biz|xyz)\S*)[\W_]*$",
    # an image file name left as a line of text ("Name-min", "IMG_1234.jpg")
    r"^\S+(-min|\.(jpe?g|png|gif|webp|svg))\s*$",
    r"^(img|dsc|photo)[_-]?\d+\S*$",
]
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# a byline: "By Aigerim Seitkali", "By A. Seitkali | The Steppe Ledger", "Reporting by ...; Editing by ..."
_NAME = r"[A-ZА-ЯЁ][\w.'’-]*"
_BYLINE = re.compile(rf"^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Ee]dited by|[Aa]uthors?:)\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
                     rf"(?:\s*(?:,|\||/|;|–|-|and)\s*.{{0,60}})?\s*$")
_EMOJI_ONLY = re.compile(r"^[\W_\d]*$")
_MAX_BOILERPLATE_WORDS = 30


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if _EMOJI_ONLY.match(stripped) and not any(c.isalpha() for c in stripped):
        return True
    words = len(stripped.split())
    if words > _MAX_BOILERPLATE_WORDS:
        return False
    if stripped.startswith(("👇", "👉", "➡", "🔗")):
        return True
    if _BYLINE.match(stripped):
        return True
    return bool(_BOILERPLATE.search(stripped))


def drop_boilerplate_lines(text: str) -> str:
    """The text without boilerplate lines; runs of blank lines folded to one."""
    kept = [line.rstrip() for line in text.splitlines() if not is_boilerplate(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip() + "\n"


__all__ = ["drop_boilerplate_lines", "is_boilerplate"]
