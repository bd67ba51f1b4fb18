"""Dates in text: a document's own date (dateline or stated), and dates of events in sentences."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# a month name or its abbreviation, as one group
MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
        r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})"
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+{MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(rf"\b{MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(?:of\s+)?{_YEAR}\b", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\b(?:{_DAY}\s+{MONTH}|{MONTH}\s+{_DAY})\b(?!,?\s+(?:19|20)\d{{2}})", re.IGNORECASE)
YEAR = re.compile(rf"\b(?:in|of|since|from|until|by)\s+{_YEAR}\b", re.IGNORECASE)
MONTH_ALONE = re.compile(rf"\b(?:in|since|from|until|by|during|of|this|last|next|early|late|mid-?)\s+{MONTH}\b(?!\s+\d)",
                         re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:on|last|this)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
RELATIVE_YEAR = re.compile(r"\b(this|last|next|previous|past|coming)\s+(year|summer|spring|autumn|fall|winter)\b",
                           re.IGNORECASE)
ANY_YEAR = re.compile(r"(?<![\d.,$])\b(199\d|20[0-4]\d)\b(?![\d.,]\d)")
# a year after one of these is a plan, not the past: it says nothing about when the text was written
FUTURE_CUES = re.compile(r"\b(upcoming|will|would|next|plan|plans|planned|by|until|till|through|scheduled|forecast|"
                         r"target|targets|expected|aims?|goal|vision|strategy|horizon|to be held|shall|due)\b[^.]{0,60}$",
                         re.IGNORECASE)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "ASTANA, 9 August 2024 –" / "Tashkent (Reuters), Nov. 16, 2025 —" at the start of a line
DATELINE = re.compile(rf"^[A-ZА-Я][\w .'()-]{{1,60}},\s*(?:{_DAY}\s+{MONTH},?\s+{_YEAR}|{MONTH}\s+{_DAY},?\s+{_YEAR})",
                      re.MULTILINE)


# "TASHKENT, November 16 (Dunyo) -": a dateline without its year
YEARLESS_DATELINE = re.compile(rf"^([A-ZА-Я][\w .'-]{{1,40}}?),\s*(?:{MONTH}\s+{_DAY}|{_DAY}\s+{MONTH})\b(?!,?\s+\d)",
                               re.MULTILINE)


def yearless_dateline(text: str) -> tuple[str, int, int] | None:
    """(place, month, day) of a dateline that gives no year, in the opening lines."""
    m = YEARLESS_DATELINE.search(text[:600])
    if not m:
        return None
    if m.group(2):
        month, day = month_number(m.group(2)), int(m.group(3))
    else:
        month, day = month_number(m.group(5)), int(m.group(4))
    return m.group(1).strip(), month, day


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(key))


@dataclass(frozen=True)
class DocumentDate:
    """When a document was written, to the precision found, and how it was found."""

    value: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    # dateline | text (a full date in the opening lines) | inferred (no earlier than the latest
    # past year the text mentions: a lower bound) | unknown
    status: str = "unknown"

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
    year = latest_past_year(text)
    if year is not None:
        return DocumentDate(str(year), "inferred")
    return DocumentDate()


def latest_past_year(text: str) -> int | None:
    """The latest year the text mentions as past or present (not "the upcoming summit in 2026", not
    "by 2030"): the text was written no earlier than that."""
    best = None
    for m in ANY_YEAR.finditer(text):
        line_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if FUTURE_CUES.search(text[max(line_start, m.start() - 80):m.start()]):
            continue
        year = int(m.group(1))
        best = year if best is None else max(best, year)
    return best


@functools.lru_cache(maxsize=4096)
def date_in_sentence(sentence: str, document_year: int | None = None,
                     document_date: DocumentDate | None = None) -> str | None:
    """The most precise date a sentence states: a full date, a month and year, a day and month
    in the document's year, a weekday before the document's date, a month in the document's
    year, a year, or a year relative to the document's ("last year", "this summer")."""
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
    m = WEEKDAY.search(sentence)
    if m and document_date is not None and document_date.value and len(document_date.value) == 10:
        # "on Thursday": the last such day on or before the document's date
        day = date.fromisoformat(document_date.value)
        back = (day.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
        return (day - timedelta(days=back)).isoformat()
    m = next((m for m in MONTH_ALONE.finditer(sentence) if m.group(1)[:1].isupper()), None)
    if m and document_year:
        return _iso(document_year, month_number(m.group(1)))
    m = YEAR.search(sentence)
    if m:
        return _iso(m.group(1))
    m = RELATIVE_YEAR.search(sentence)
    if m and document_year:
        shift = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}[m.group(1).lower()]
        return _iso(document_year + shift)
    return None


__all__ = ["DocumentDate", "date_in_sentence", "find_document_date", "full_dates", "latest_past_year",
           "yearless_dateline"]
