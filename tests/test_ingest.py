"""Loading: idempotent re-loads, all-or-nothing batches and documents, removal, rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.kg import KnowledgeGraph
from graph.ladybug_store import LadybugStore
from graph.projection import Projection
from graph.record import Record
from graph.store import StoreError


def test_ingesting_the_same_folder_twice_changes_nothing(kg: KnowledgeGraph, sample_corpus: Path) -> None:
    first = kg.ingest([sample_corpus])
    assert len(first.documents) == 8 and first.facts > 50
    after_first = kg.stats()
    kg.ingest([sample_corpus])
    assert kg.stats() == after_first
    assert after_first["documents"] == 8 and after_first["relationships"] > 0


def test_a_folder_with_a_bad_file_loads_nothing(kg: KnowledgeGraph, sample_corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(sample_corpus, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.md").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    before = kg.stats()
    report = kg.ingest([folder])
    assert sorted(Path(e.path).name for e in report.failed) == ["binary.md", "empty.txt"]
    assert report.documents == []
    assert kg.stats() == before

    report = kg.ingest([folder], keep_going=True)
    assert len(report.documents) == 8
    assert kg.stats()["documents"] == 8


class FailingStore(LadybugStore):
    """The real embedded store, failing after it has written a document's rows inside its transaction."""

    fail_on: str | None = None

    def _write_all(self, projections: list[Projection]) -> None:
        super()._write_all(projections)
        if any(projection.doc == self.fail_on for projection in projections):
            raise RuntimeError("disk full")


def test_a_failed_write_leaves_record_and_store_as_they_were(tmp_path: Path, sample_corpus: Path) -> None:
    store = FailingStore(tmp_path / "store")
    with KnowledgeGraph(Record(tmp_path / "rdf"), store) as kg:
        kg.ingest([sample_corpus / "2018-03-15_astana_first_meeting.txt"])
        before = kg.stats()
        rows_before = kg.query("proposals")
        quads_before = set(kg.record.document_quads("2018-03-15_astana_first_meeting"))

        store.fail_on = "2019-11-29_tashkent_second_meeting"
        with pytest.raises(StoreError, match="disk full"):
            kg.ingest([sample_corpus / "2019-11-29_tashkent_second_meeting.md"])
        assert kg.stats() == before
        assert not kg.record.has_document("2019-11-29_tashkent_second_meeting")

        # a failed re-load of a document already there keeps its previous version
        store.fail_on = "2018-03-15_astana_first_meeting"
        modified = tmp_path / "2018-03-15_astana_first_meeting.txt"
        modified.write_text("Astana, 15 March 2018 – Kyrgyzstan proposed a Mountain Fund.\n", encoding="utf-8")
        with pytest.raises(StoreError):
            kg.ingest([modified])
        assert kg.stats() == before
        assert kg.query("proposals") == rows_before
        assert set(kg.record.document_quads("2018-03-15_astana_first_meeting")) == quads_before


def test_reloading_a_changed_document_replaces_its_facts(kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Bishkek, 3 May 2024 – Kyrgyzstan proposed creating a Glacier Research Fund.\n", encoding="utf-8")
    kg.ingest([path])
    assert [r["proposal"] for r in kg.query("proposals", by="Kyrgyzstan")] == ["Glacier Research Fund"]
    path.write_text("Bishkek, 3 May 2024 – Kyrgyzstan proposed launching a Mountain Tourism Platform.\n",
                    encoding="utf-8")
    kg.ingest([path])
    assert [r["proposal"] for r in kg.query("proposals", by="Kyrgyzstan")] == ["Mountain Tourism Platform"]
    assert kg.query("actors", name="Glacier Research Fund") == []


def test_removing_a_document_takes_its_facts_and_nothing_else(kg: KnowledgeGraph, sample_corpus: Path) -> None:
    first = sample_corpus / "2018-03-15_astana_first_meeting.txt"
    kg.ingest([first])
    before = kg.stats()
    rows = kg.query("proposals")
    kg.ingest([sample_corpus / "undated_caspian_transit_council.txt"])
    assert kg.stats() != before
    assert kg.remove("undated_caspian_transit_council")
    assert kg.stats() == before
    assert kg.query("proposals") == rows
    assert not kg.remove("undated_caspian_transit_council")


def test_the_store_rebuilds_from_the_record(kg: KnowledgeGraph, sample_corpus: Path) -> None:
    kg.ingest([sample_corpus])
    stats, rows = kg.stats(), kg.query("proposals", limit=1000)
    kg.rebuild()
    assert kg.stats() == stats
    assert kg.query("proposals", limit=1000) == rows


def test_the_database_persists_across_opens(tmp_path: Path, sample_corpus: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        kg.ingest([sample_corpus])
        stats = kg.stats()
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        assert kg.stats() == stats


def test_a_document_named_like_the_reference_data_is_just_a_document(kg: KnowledgeGraph, tmp_path: Path) -> None:
    reference_before = kg.query("memberships", organisation="SCO", limit=1000)
    path = tmp_path / "reference.txt"
    path.write_text("Dushanbe, 1 June 2024 – Tajikistan proposed a Pamir Water Fund.\n", encoding="utf-8")
    kg.ingest([path])
    assert kg.record.documents() == ["reference"]
    assert kg.remove("reference")
    assert kg.query("memberships", organisation="SCO", limit=1000) == reference_before


def test_a_store_of_an_older_schema_is_rebuilt_from_the_record(tmp_path: Path, sample_corpus: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        kg.ingest([sample_corpus / "2023-09-14_dushanbe_fifth_meeting.txt"])
        stats, rows = kg.stats(), kg.query("proposals")
        kg.store.conn.execute("ALTER TABLE PROPOSED DROP trigger")  # as written by an older c5kg
    with KnowledgeGraph.open(tmp_path / "db") as kg:
        assert kg.stats() == stats
        assert kg.query("proposals") == rows


def test_two_documents_spelling_a_new_person_differently_speak_of_one_person(kg: KnowledgeGraph,
                                                                            tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Osh, 2 June 2024 – Dzhamila Berdykhodzhaeva, an adviser, proposed creating "
                                      "a Fergana Orchard Fund.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Osh, 9 June 2024 – Jamila Berdikhodjayeva, an adviser, proposed creating "
                                      "a Naryn Hay Exchange.\n", encoding="utf-8")
    kg.ingest([tmp_path / "one.txt", tmp_path / "two.txt"])
    people = kg.query("actors", name="khodzh", kind="Person") + kg.query("actors", name="khodj", kind="Person")
    assert len({p["uri"] for p in people}) == 1
    person = people[0]
    assert {person["name"], *person["aliases"]} >= {"Dzhamila Berdykhodzhaeva", "Jamila Berdikhodjayeva"}
    assert person["documents"] == 2
    proposals = {r["proposal"] for r in kg.query("proposals", by="Jamila Berdikhodjayeva")}
    assert proposals == {"Fergana Orchard Fund", "Naryn Hay Exchange"}
    # the same family name with another given name is another person
    (tmp_path / "three.txt").write_text("Osh, 9 June 2024 – Kamila Berdykhodzhaeva proposed creating a Talas Seed "
                                        "Bank.\n", encoding="utf-8")
    kg.ingest([tmp_path / "three.txt"])
    assert len({p["uri"] for p in kg.query("actors", name="khodzh", kind="Person")}) == 2
