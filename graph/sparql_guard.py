"""What an ad-hoc SPARQL query may do, judged from its parse tree, not its text.

A query is parsed with rdflib's SPARQL 1.1 grammar before Oxigraph runs it: an update does not
parse as a query, and a SERVICE pattern (which would make the server fetch another address)
is found wherever it sits, however its prefixed names are escaped. Nesting is bounded before
execution: Oxigraph's recursive evaluator overflows its stack on a few thousand nested groups.
"""

from __future__ import annotations

import sys

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

MAX_NESTING = 100  # groups, subqueries and brackets within one another
# Stack frames the parser may use: enough for MAX_NESTING, and a RecursionError well before the C stack.
_PARSER_RECURSION = 12_000


class SparqlRefused(ValueError):
    """The query may not run here (it calls another endpoint, or nests too deeply); the message says why."""


class SparqlInvalid(ValueError):
    """The text is not a SPARQL 1.1 query (an update is not); the message says where."""


def check_query(query: str, allow_service: bool = False) -> None:
    """Raise SparqlInvalid or SparqlRefused unless `query` is a SPARQL query that only reads this store."""
    tree = _parse(query)
    depth, names = _survey(tree)
    if depth > MAX_NESTING * 6:  # a group costs four levels of the parse tree, a bracket five
        raise SparqlRefused(f"the query nests deeper than {MAX_NESTING} groups or brackets")
    if not allow_service and "ServiceGraphPattern" in names:
        raise SparqlRefused("SERVICE (federated query) is turned off on this server")


def _parse(query: str) -> ParseResults:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _PARSER_RECURSION))
    try:
        return parseQuery(query)
    except RecursionError:
        raise SparqlRefused(f"the query nests deeper than {MAX_NESTING} groups or brackets") from None
    except ParseException as error:
        if _is_update(query):  # the SPARQL Protocol's answer to an update sent as a query: 400
            raise SparqlInvalid("this SPARQL endpoint is read-only: updates are refused") from None
        raise SparqlInvalid(f"the SPARQL query is not valid: {error.msg} at line {error.lineno}, "
                            f"column {error.col}") from None
    except Exception as error:  # rdflib raises plain exceptions for some bad input (e.g. an unknown prefix)
        raise SparqlInvalid(f"the SPARQL query is not valid: {error}") from None
    finally:
        sys.setrecursionlimit(limit)


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:
        return False
    return True


def _survey(tree: object) -> tuple[int, set[str]]:
    """The parse tree's depth and the names of its nodes, without recursion of our own."""
    deepest, names = 0, set()
    stack: list[tuple[object, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(node, CompValue):
            names.add(node.name)
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, ParseResults | list | tuple):
            stack.extend((child, depth + 1) for child in node)
    return deepest, names


__all__ = ["MAX_NESTING", "SparqlInvalid", "SparqlRefused", "check_query"]
