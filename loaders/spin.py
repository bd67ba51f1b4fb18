"""Machine-spun text: articles rewritten by swapping words for near-synonyms.

Spinners turn "called for" into "referred to as for", "vision" into "imaginative and prescient",
"defence" into "protection" and "security" into "safety". Their output still states facts,
so the extractor reads it with extra trigger variants, and names what was proposed in the
words a careful reader would restore ("enhanced protection collaboration" -> "enhanced defence
collaboration").

Both only apply to a text that reads as spun — several of the tell-tale phrases below occur
in it — because in ordinary prose "protection" means protection.
"""

from __future__ import annotations

import re

# Phrases that ordinary news prose practically never contains, and spinners produce often.
SIGNATURES = (
    "imaginative and prescient", "referred to as for", "known as for", "not too long ago", "among the many",
    "just isn't", "just isn’t", "in an in depth", "pressing want", "safety structure", "a area ", "mannequin",
    "nonetheless, not all", "extra unbiased", "brand new period", "weak to the", "expressed assist",
    "commerce companion", "financial companion", "high commerce", "pivotal second", "second within the",
    "has confused the", "the area's historical past", "the area’s historical past", "safety dangers",
)
# Trigger variants that only count in spun text (ordinary prose uses these words otherwise).
PROPOSE_VARIANTS = ("referred to as for", "known as for", "name for", "put ahead", "introduced ahead",
                    "came up with the thought", "superior the thought")
SUPPORT_VARIANTS = ("assist for", "assist from", "expressed assist", "assist of", "backing for")
NEED_VARIANTS = ("want for", "want to")
VISION_VARIANTS = ("imaginative and prescient",)

# Restorations applied to labels of spun text, longest first.
RESTORE: dict[str, str] = {
    "imaginative and prescient": "vision", "referred to as for": "called for", "known as for": "called for",
    "among the many": "among the", "safety structure": "security architecture", "safety area": "security space",
    "safety dangers": "security risks", "safety": "security", "protection collaboration": "defence collaboration",
    "protection cooperation": "defence cooperation", "protection": "defence", "nearer": "closer",
    "the event of": "the development of", "event of": "development of", "particular to": "specific to",
    "forestall": "prevent", "elevated": "increased", "unbiased": "independent", "gamers": "players",
    "equally": "similarly", "such because the": "such as the", "such because": "such as",
    "financial discussion board": "economic forum", "discussion board": "forum", "financial": "economic",
    "commerce": "trade", "companion": "partner", "pressing want": "urgent need", "want for": "need for",
    "assist": "support", "name for": "call for", "complete": "comprehensive", "in depth": "detailed",
    "mannequin": "model", "a area": "a region", "the area": "the region", "exterior": "external",
    "regardless of": "despite", "steadiness": "balance", "chronic": "persistent", "superior": "advanced",
}
_RESTORE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(RESTORE, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
MIN_SIGNATURES = 2


def is_spun(text: str) -> bool:
    """True when at least two different spinner signatures occur in the text."""
    lowered = text.lower()
    found = 0
    for phrase in SIGNATURES:
        if phrase in lowered:
            found += 1
            if found >= MIN_SIGNATURES:
                return True
    return False


def restore(label: str) -> str:
    """The label in the words the spinner replaced ("regional safety structure" -> "regional security architecture")."""
    return _RESTORE.sub(lambda m: RESTORE[m.group(1).lower()], label)


__all__ = ["NEED_VARIANTS", "PROPOSE_VARIANTS", "RESTORE", "SIGNATURES", "SUPPORT_VARIANTS", "VISION_VARIANTS",
           "is_spun", "restore"]
