"""What an ad-hoc Cypher statement may do on LadybugDB, judged from its plan (EXPLAIN).

Allow, do not deny: a statement runs only if every operator of its physical plan reads the graph
and every table function it calls is one that only reads the catalogue. A read-only transaction
alone is not enough: LadybugDB still lets one write files (COPY ... TO, EXPORT DATABASE), read
files (LOAD FROM), install extensions, end the transaction and change database settings
(CALL auto_checkpoint=false).
"""

from __future__ import annotations

import re

# Physical operators that only read the graph, the query's own intermediate tables or its literals.
READING_OPERATORS = frozenset({
    "AGGREGATE", "AGGREGATE_FINALIZE", "AGGREGATE_SCAN", "CROSS_PRODUCT", "DUMMY_SINK", "EMPTY_RESULT",
    "FILTER", "FLATTEN", "HASH_JOIN_BUILD", "HASH_JOIN_PROBE", "INDEX_LOOKUP", "INTERSECT", "INTERSECT_BUILD",
    "LIMIT", "MULTIPLICITY_REDUCER", "ORDER_BY", "ORDER_BY_MERGE", "ORDER_BY_SCAN", "PATH_PROPERTY_PROBE",
    "PRIMARY_KEY_SCAN_NODE_TABLE", "PROJECTION", "QUERY_PRIMARY_KEY_LOOKUP", "RECURSIVE_EXTEND",
    "RESULT_COLLECTOR", "SCAN_NODE_TABLE", "SCAN_REL_TABLE", "SEMI_MASKER", "SKIP", "TABLE_FUNCTION_CALL",
    "TOP_K", "TOP_K_SCAN", "UNION_ALL_SCAN", "UNWIND",
})
# Table functions (CALL f() ..., and the plan's own READ_FTABLE) that read the catalogue or the
# query's own results: no files, no settings.
READING_TABLE_FUNCTIONS = frozenset({
    "READ_FTABLE", "SHOW_TABLES", "TABLE_INFO", "SHOW_CONNECTION", "DB_VERSION", "SHOW_FUNCTIONS",
    "CURRENT_SETTING", "SHOW_INDEXES", "SHOW_SEQUENCES", "SHOW_MACROS",
})
# LadybugDB 0.22 can crash the process (a segfault) on ORDER BY ... SKIP n when fewer rows than n come
# in: from n ≈ 3,000 for wide rows. Ad-hoc queries may not skip more than this.
MAX_SKIP = 1_000

# An operator's name heads its box in the drawn plan: "│   SCAN_NODE_TABLE[0]   │".
_OPERATOR = re.compile(r"│\s*([A-Z][A-Z_]*)\[\d+\]\s*│")
_FUNCTION = re.compile(r"│\s*Function: (\S+)\s*│")
_SKIP = re.compile(r"│\s*Skip: (\d+)\s*│")


class PlanRefused(ValueError):
    """The statement's plan does something other than read the graph; the message says what."""


def check_plan(plan: str) -> None:
    """Raise PlanRefused unless every step of `plan` (EXPLAIN's text) is a reading step."""
    operators = set(_OPERATOR.findall(plan))
    if not operators:
        raise PlanRefused("the statement's plan could not be read, so it is not run")
    if others := operators - READING_OPERATORS:
        raise PlanRefused(f"only reading statements run here; this one would {_describe(others)}")
    if functions := {f.upper() for f in _FUNCTION.findall(plan)} - READING_TABLE_FUNCTIONS:
        raise PlanRefused(f"only reading table functions run here, not {', '.join(sorted(functions))}")
    if any(int(skip) > MAX_SKIP for skip in _SKIP.findall(plan)):
        raise PlanRefused(f"SKIP above {MAX_SKIP:,} is refused (the embedded store can crash on it)")


_WHAT = {"COPY_TO": "write a file (COPY TO)", "EXPORT_DATABASE": "write files (EXPORT DATABASE)",
         "STANDALONE_CALL": "change a database setting (CALL name=value)",
         "TRANSACTION": "begin or end a transaction, or checkpoint", "INSTALL_EXTENSION": "install an extension",
         "LOAD_EXTENSION": "load an extension"}


def _describe(operators: set[str]) -> str:
    return ", ".join(_WHAT.get(op, f"run {op}") for op in sorted(operators))


__all__ = ["MAX_SKIP", "PlanRefused", "READING_OPERATORS", "READING_TABLE_FUNCTIONS", "check_plan"]
