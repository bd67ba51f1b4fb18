"""docker-compose.yml, the Dockerfile and .env.example hold together (Docker itself is not run here)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from conftest import ROOT


def test_compose_runs_neo4j_5_and_the_api_against_it() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j, api = compose["services"]["neo4j"], compose["services"]["api"]
    assert neo4j["image"] == "neo4j:5-community"
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert neo4j["env_file"] == ".env" and "${NEO4J_PASSWORD" in neo4j["environment"]["NEO4J_AUTH"]
    named = set(compose["volumes"])
    assert {v.split(":")[0] for v in neo4j["volumes"]} <= named and "neo4j-data" in named
    assert api["build"] == "." and api["command"][:2] == ["c5kg", "serve"] and "0.0.0.0" in api["command"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    env = api["environment"]
    assert env["C5KG_STORE"] == "neo4j" and env["C5KG_NEO4J_URI"] == "bolt://neo4j:7687"
    assert {"C5KG_NEO4J_USER", "C5KG_NEO4J_PASSWORD", "C5KG_NEO4J_DATABASE"} <= set(env)


def test_the_env_example_sets_what_compose_needs() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert re.search(r"^NEO4J_PASSWORD=.{8,}$", example, re.MULTILINE)
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_the_image_installs_the_project_and_serves_the_api() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for package in ("api", "graph", "loaders", "ontology", "data"):
        assert f"COPY {package} ./{package}" in dockerfile
    assert "uv sync --frozen --no-dev" in dockerfile
    assert 'CMD ["c5kg", "serve", "--host", "0.0.0.0"' in dockerfile
    # the API runs as a user of its own, on a read-only root file system but for the database volume
    assert "\nUSER c5kg\n" in dockerfile and dockerfile.index("USER c5kg") < dockerfile.index("CMD")
    api = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))["services"]["api"]
    assert api["read_only"] is True and api["cap_drop"] == ["ALL"]
    assert [v.split(":")[1] for v in api["volumes"]] == ["/data"]
    assert all(Path(ROOT / name).exists() for name in ("pyproject.toml", "uv.lock", "README.md"))
