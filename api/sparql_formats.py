"""The media types SPARQL results are offered in, and Oxigraph's format for each."""

from __future__ import annotations

import pyoxigraph as ox

RESULT_MEDIA = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
                "application/json": ox.QueryResultsFormat.JSON}
GRAPH_MEDIA = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
               "text/n3": ox.RdfFormat.N3}

__all__ = ["GRAPH_MEDIA", "RESULT_MEDIA"]
