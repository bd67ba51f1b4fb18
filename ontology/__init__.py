"""What every stage reads: the c5kg vocabulary, the SHACL shapes and the reference data.

The vocabulary, the shapes and the reference data are Turtle files beside this module;
`namespaces` names the IRIs, `iris` mints identifiers, `reference` reads the reference
data into the gazetteer the extractor and the resolver use.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
VOCABULARY_FILE = HERE / "c5kg.ttl"
SHAPES_FILE = HERE / "shapes.ttl"
REFERENCE_FILE = HERE / "reference.ttl"

__all__ = ["HERE", "REFERENCE_FILE", "SHAPES_FILE", "VOCABULARY_FILE"]
