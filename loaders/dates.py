"""Dates in text: a document's own date (dateline or stated), and dates of events in sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})"
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\b(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})\b(?!,?\s+(?:19|20)\d{{2}})", re.IGNORECASE)
YEAR = re.compile(rf"\b(?:in|of|since|from|until|by)\s+{_YEAR}\b", re.IGNORECASE)
# "ASTANA, 9 August 2024 –" / "Tashkent (Reuters), Nov. 16, 2025 —" at the start of a line
DATELINE = re.compile(rf"^[A-ZА-Я][\w .'()-]{{1,60}},\s*(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR})",
                      re.MULTILINE)


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(key))


@dataclass(frozen=True)
class DocumentDate:
    """When a document was written, to the precision found, and how it was found."""

    value: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    status: str = "unknown"  # dateline | text | unknown

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value else None

    def as_date(self) -> date | None:
        """The day for choosing office holders: the last day the value allows is not known, so the first is used."""
        if not self.value:
            return None
        parts = [int(p) for p in self.value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def _iso(year: str | int, month: int | None = None, day: str | int | None = None) -> str | None:
    try:
        if month is None:
            return f"{int(year):04d}"
        if day is None:
            return f"{int(year):04d}-{month:02d}"
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def full_dates(text: str) -> list[tuple[int, str]]:
    """Every day-precise date in the text, as (offset, YYYY-MM-DD), in text order."""
    found = []
    for m in DAY_MONTH_YEAR.finditer(text):
        found.append((m.start(), _iso(m.group(3), month_number(m.group(2)), m.group(1))))
    for m in MONTH_DAY_YEAR.finditer(text):
        found.append((m.start(), _iso(m.group(3), month_number(m.group(1)), m.group(2))))
    for m in ISO_DATE.finditer(text):
        found.append((m.start(), _iso(m.group(1), int(m.group(2)), m.group(3))))
    return sorted((o, d) for o, d in found if d)


def find_document_date(text: str) -> DocumentDate:
    """A dateline, or a full date in the opening lines; else unknown (never a guess)."""
    m = DATELINE.search(text[:1000])
    if m:
        if m.group(3):
            value = _iso(m.group(3), month_number(m.group(2)), m.group(1))
        else:
            value = _iso(m.group(6), month_number(m.group(4)), m.group(5))
        if value:
            return DocumentDate(value, "dateline")
    opening = text[:600]
    dates = full_dates(opening)
    if dates:
        return DocumentDate(dates[0][1], "text")
    return DocumentDate()


def date_in_sentence(sentence: str, document_year: int | None = None) -> str | None:
    """The most precise date a sentence states: a full date, a month and year, a day and month
    in the document's year, or a year."""
    dates = full_dates(sentence)
    if dates:
        return dates[0][1]
    m = MONTH_YEAR.search(sentence)
    if m:
        return _iso(m.group(2), month_number(m.group(1)))
    m = DAY_MONTH.search(sentence)
    if m and document_year:
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return _iso(document_year, month_number(month), day)
    m = YEAR.search(sentence)
    if m:
        return _iso(m.group(1))
    return None


__all__ = ["DocumentDate", "date_in_sentence", "find_document_date", "full_dates"]
