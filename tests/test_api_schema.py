"""Schemathesis against the live OpenAPI schema: whatever a client sends, no 5xx, and every answer
matches the schema. Runs on a server of its own (two sample documents), since its writes are random.

Each operation gets valid (positive) and invalid (negative) requests generated from the schema; the
number of examples is kept small so that the whole run takes well under a minute.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from api.settings import Settings
from api_live import API_TOKEN, SAMPLE_CORPUS, LiveAPI, serve
from graph.kg import KnowledgeGraph

pytestmark = pytest.mark.api

EXAMPLES = 50  # per operation and generation mode: 100 per operation
# Bodies that are plain text on the wire: a "schema-violating" JSON value (false, 12) sent as text is
# still text, and accepting it is right.
RAW_TEXT_BODIES = {"POST /documents", "POST /sparql"}


@pytest.fixture(scope="module")
def fuzzed_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveAPI]:
    with KnowledgeGraph.open(tmp_path_factory.mktemp("fuzz") / "db") as kg:
        kg.ingest(sorted(SAMPLE_CORPUS.iterdir())[:2])
        live = serve(kg, Settings(api_token=API_TOKEN, query_timeout_s=2.0, row_limit=500))
        yield live
        live.stop()


def test_no_server_errors_and_answers_match_the_schema(fuzzed_api: LiveAPI) -> None:
    schema = schemathesis.openapi.from_url(f"{fuzzed_api.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 17
    failures = []
    for operation in operations:
        # A request the schema allows may still be refused for what it means (a document with no text,
        # a query that does not parse): schema-valid requests may get a 4xx.
        excluded = [schemathesis.checks.positive_data_acceptance]
        if operation.label in RAW_TEXT_BODIES:
            excluded.append(schemathesis.checks.negative_data_rejection)
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=EXAMPLES, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            def check(case: schemathesis.Case) -> None:
                case.call_and_validate(headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=30,
                                       excluded_checks=excluded)

            try:
                check()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing to get wrong: no parameters, no body
            except Exception as error:  # every operation is tried; all failures are reported together
                failures.append(f"{operation.label} ({mode.value}): {error}")
    assert not failures, "\n\n".join(failures)
