"""The `c5kg` command line: its commands mirror the library (graph.kg.KnowledgeGraph)."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from graph.catalogue import CATALOGUE, NamedQuery, QueryError
from graph.export import EXPORT_FORMATS, SUFFIXES, ExportError
from graph.kg import KnowledgeGraph, default_db_path
from graph.store import StoreError
from graph.stores import STORES, StoreSettings, copy_record, open_store
from loaders.cluster import ClusterError
from loaders.documents import DocumentError, find_documents, read_document, skipped_files
from loaders.evaluation import EvaluationError, check_kit, default_corpus, score, write_facts
from loaders.pipeline import default_workers

from .samples import sample_corpus

console = Console()
# Messages name files: never break a path across lines.
errors = Console(stderr=True, soft_wrap=True)

# Errors the user can act on: shown as one message, never a traceback.
USER_ERRORS = (DocumentError, StoreError, QueryError, ExportError, ClusterError, OSError)


def user_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except USER_ERRORS as error:
            raise click.ClickException(str(error)) from None
    return wrapper


db_path_option = click.option("--db", "db", type=click.Path(file_okay=False, path_type=Path), envvar="C5KG_DB",
                              default=None, help="Database folder (env C5KG_DB; default: the user's data folder).")


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta[f"c5kg.{param.name}"] = value  # the store's flags: open_graph reads them (graph/stores.py)
    return value


def neo4j_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Where Neo4j is: the flags of graph/stores.py's settings, each with its environment variable."""
    for name, env, text in reversed((
            ("uri", "C5KG_NEO4J_URI", "Neo4j's address: bolt://host:7687, neo4j://host (a cluster), neo4j+s://... (Aura)"),
            ("user", "C5KG_NEO4J_USER", "Neo4j user (default neo4j)"),
            ("password", "C5KG_NEO4J_PASSWORD", "Neo4j password (the environment is a safer place for it)"),
            ("database", "C5KG_NEO4J_DATABASE", "Neo4j database name (default neo4j)"))):
        command = click.option(f"--neo4j-{name}", f"neo4j_{name}", envvar=env, default=None, expose_value=False,
                               callback=_remember, help=f"{text} (env {env}).")(command)
    return command


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db and the store's flags: every command that opens the graph takes them."""
    command = neo4j_options(command)
    command = click.option("--store", "store", type=click.Choice(STORES), envvar="C5KG_STORE", default=None,
                           expose_value=False, callback=_remember,
                           help="The property-graph store: the embedded LadybugDB (default) or Neo4j (env C5KG_STORE).")(command)
    return db_path_option(command)


def store_settings(kind: str | None = None) -> StoreSettings:
    """The store the command's flags (or the environment) choose."""
    meta = click.get_current_context().meta
    return StoreSettings.from_env(kind=kind or meta.get("c5kg.store"),
                                  **{key: meta.get(f"c5kg.neo4j_{key}") for key in ("uri", "user", "password", "database")})


def open_graph(db: Path | None, read_only: bool = False) -> KnowledgeGraph:
    """The graph; reading commands open it read-only, so they work beside `serve` or an ingest."""
    return KnowledgeGraph.open(db or default_db_path(), settings=store_settings(), read_only=read_only)


class RateColumn(ProgressColumn):
    """Items a second, once there is a rate to show (not for a task done in bursts: `bursts=True`)."""

    def render(self, task: Task) -> Text:
        shown = task.speed and not task.fields.get("bursts")
        return Text(f"{task.speed:,.1f}/s" if shown else "", style="progress.data.speed")


def progress_bar() -> Progress:
    """Done of all, per second, time taken and time left, and what is being done."""
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                    TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[current]}"),
                    console=errors, transient=False)


@contextlib.contextmanager
def read_then_write_bars(total: int, reading: str, writing: str) -> Iterator[tuple[Callable[..., None],
                                                                                    Callable[[str], None]]]:
    """A bar for the documents read and one, shown once writing begins, for those written: an
    ingest, a rebuild or a push reads every document before it writes one. Yields a callback for
    each (the first takes what to show beside its bar, the second a document id)."""
    with progress_bar() as bar:
        read_task = bar.add_task(reading, total=total, current="")
        write_task = bar.add_task(writing, total=total, current="", visible=False, bursts=True)  # a batch at a time
        yield (lambda current: bar.update(read_task, advance=1, current=current),
               lambda doc_id: bar.update(write_task, advance=1, visible=True, current=escape(doc_id)))


@contextlib.contextmanager
def copy_progress(total: int, where: str) -> Iterator[tuple[Callable[[str], None], Callable[[str], None]]]:
    """The bars of a rebuild or a push: documents read from the record, documents written
    (`where`, if not the store beside it)."""
    with read_then_write_bars(total, "reading the record", f"writing{where}") as (advance, written):
        yield (lambda doc_id: advance(escape(doc_id))), written


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="c5kg")
def cli() -> None:
    """c5kg: a knowledge graph of Central Asian regional politics.

    Who proposed what, who supported it, where and when, each fact traced to its sentence.
    """


# ---------------------------------------------------------------------------- ingest

def _ingest(kg: KnowledgeGraph, paths: tuple[Path, ...], keep_going: bool, workers: int = 1,
            scheduler: str | None = None) -> int:
    for skipped in skipped_files(paths):
        errors.print(f"[yellow]skipped[/] {escape(str(skipped))}: not a .txt, .md or .html document")
    total = sum(1 for _ in find_documents(paths))
    with read_then_write_bars(total, "reading", "writing") as (advance, written):
        facts = 0

        def read(name: str, found: int) -> None:
            nonlocal facts
            facts += found
            advance(f"{facts:,} facts  {escape(Path(name).name)}")

        report = kg.ingest(paths, keep_going=keep_going, workers=workers, scheduler=scheduler, progress=read,
                           written=written)
    for notice in report.notices:
        errors.print(f"[yellow]note[/] {escape(notice)}")
    for failure in report.failed:
        errors.print(f"[red]error[/] {escape(str(failure))}")
    if report.failed and not keep_going:
        raise click.ClickException(f"{len(report.failed)} of {total} documents cannot be read; nothing was loaded "
                                   "(fix or remove them, or pass --keep-going to load the others)")
    stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in report.seconds.items())
    console.print(f"loaded {_count(len(report.documents), 'document')}, {_count(report.facts, 'fact')} "
                  f"in {sum(report.seconds.values()):.1f} s ({stages}); "
                  f"the graph holds {_holdings(kg.stats())}", markup=False)
    return 1 if report.failed else 0


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _holdings(stats: dict[str, int]) -> str:
    return ", ".join(_count(stats[key], noun) for key, noun in (
        ("documents", "document"), ("nodes", "node"), ("relationships", "relationship"), ("triples", "triple")))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--keep-going", is_flag=True, help="Load the readable documents even when some cannot be read.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that extract in parallel  [default: every core]")
@click.option("--scheduler", metavar="ADDRESS", envvar="C5KG_DASK_SCHEDULER", default=None,
              help="Extract on the workers of this Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                   "(env C5KG_DASK_SCHEDULER); the graph is written here.")
@user_errors
def ingest(paths: tuple[Path, ...], db: Path | None, keep_going: bool, workers: int | None,
           scheduler: str | None) -> None:
    """Read documents (files or folders of .txt, .md, .html), extract facts and load the graph.

    Loading is all or nothing: if a document cannot be read, or the load is interrupted, the graph
    stays as it was. Re-loading a document replaces its facts.
    """
    with open_graph(db) as kg:
        code = _ingest(kg, paths, keep_going, workers or default_workers(), scheduler)
    sys.exit(code)


@cli.command()
@click.argument("doc_id")
@db_option
@user_errors
def remove(doc_id: str, db: Path | None) -> None:
    """Remove one document's facts (and nothing else) from the graph."""
    with open_graph(db) as kg:
        if not kg.remove(doc_id):
            raise click.ClickException(f"no document '{doc_id}' in the graph")
    console.print(f"removed {doc_id}", markup=False)


@cli.command()
@db_option
@user_errors
def rebuild(db: Path | None) -> None:
    """Rebuild the property-graph store from the RDF record."""
    with open_graph(db) as kg:
        with copy_progress(len(kg.record.documents()), "") as (read, written):
            kg.rebuild(read=read, written=written)
        console.print(f"rebuilt the store from the record: {_holdings(kg.stats())}", markup=False)


@cli.command()
@db_option
@user_errors
def check(db: Path | None) -> None:
    """Check that the property-graph store agrees with the RDF record (reads only)."""
    with open_graph(db, read_only=True) as kg:
        problems = kg.check()
        holdings = _holdings(kg.stats())
    for problem in problems:
        errors.print(f"[red]problem[/] {escape(problem)}")
    if problems:
        raise click.ClickException("the store does not agree with the record; c5kg rebuild makes it again")
    console.print(f"the store agrees with the record: {holdings}", markup=False)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@user_errors
def stats(db: Path | None, fmt: str) -> None:
    """Counts of documents, nodes and relationships, and the statements (triples, with their graph)
    that an export in TriG or N-Quads holds."""
    with open_graph(db, read_only=True) as kg:
        counts = kg.stats()
    if fmt == "json":
        click.echo(json.dumps(counts))
        return
    for key, value in counts.items():
        console.print(f"{key:14s} {value:,}", markup=False)


# ---------------------------------------------------------------------------- extract

@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
@user_errors
def extract(paths: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Extract facts from documents without loading them: one JSON object per line, with evidence."""
    from loaders.extractor import Extractor  # spaCy: imported by the commands that extract, only
    from loaders.jsonl import fact_records
    extractor = Extractor()
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = 0
    try:
        for path in find_documents(paths):
            try:
                extraction = extractor.extract(read_document(path))
            except DocumentError as error:
                errors.print(f"[red]error[/] {escape(str(error))}")
                failed += 1
                continue
            for record in fact_records(extraction):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    if failed:
        sys.exit(1)


@cli.command("eval")
@click.argument("corpus", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of gold annotations (one JSON file per document).")
@click.option("--scorer", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A scorer script to use instead of c5kg's own (it is run as `python SCORER --gold "
                   "GOLD --pred FACTS --json --verbose`).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Keep the extracted facts (JSON lines) here.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@user_errors
def eval_command(corpus: tuple[Path, ...], gold: Path, scorer: Path | None, output: Path | None,
                 as_json: bool) -> None:
    """Extract CORPUS (default: GOLD/../corpus) and score it against GOLD: per-relation precision,
    recall and F1, and every missed or spurious fact."""
    paths = corpus or (default_corpus(gold),)
    try:
        check_kit(gold, scorer)
        with tempfile.TemporaryDirectory() as scratch:
            predictions = output or Path(scratch) / "facts.jsonl"
            with predictions.open("w", encoding="utf-8") as out, progress_bar() as bar:
                task = bar.add_task("extracting", total=sum(1 for _ in find_documents(paths)), current="")
                def advance(name: str) -> None:
                    bar.update(task, advance=1, current=escape(name))

                for problem in write_facts(paths, out, progress=advance):
                    errors.print(f"[red]error[/] {escape(str(problem))}")
            scores = score(gold, predictions, scorer)
    except EvaluationError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps({"documents": scores.documents, **scores.relations, "errors": scores.errors}, indent=2))
        return
    table = Table(title=f"{scores.documents} documents scored against {gold}")
    for column in ("relation", "precision", "recall", "F1", "tp", "gold", "pred"):
        table.add_column(column, justify="left" if column == "relation" else "right")
    for name, row in scores.relations.items():
        table.add_row(name, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}", str(row["tp"]),
                      str(row["gold"]), str(row["pred"]))
    console.print(table)
    for miss in scores.errors:
        click.echo(f"  {miss}")


# ---------------------------------------------------------------------------- query

HIDDEN_COLUMNS = {"proposer_uri", "proposal_uri", "supporter_uri", "member_uri", "organisation_uri", "person_uri",
                  "of_uri", "uri", "document", "document_title", "sentence_start", "sentence_end", "confidence",
                  "resolution", "proposer_kind", "supporter_kind", "evidence", "trigger", "date_straddles"}


def _cell(value: Any) -> str:
    """A value from the graph as console text: document text is data, never Rich markup."""
    if isinstance(value, list):
        return escape(", ".join(map(str, value)))
    return "" if value is None else escape(str(value))


def _headline(row: dict[str, Any]) -> str:
    if "proposer" in row:
        state = f" ({_cell(row['state'])})" if row.get("state") and row["state"] != row["proposer"] else ""
        if row.get("resolution") == "title-uncertain":
            state += " [yellow](by title; the document's date is unknown)[/]"
        if row.get("date_straddles"):
            state += f" [yellow](dated {_cell(row.get('date'))}: partly outside the dates asked for)[/]"
        meta = " · ".join(m for m in (_cell(row.get("date")), _cell(row.get("summit")),
                                       f"supported by {_cell(row['supporters'])}" if row.get("supporters") else None)
                          if m)
        return (f"[bold]{_cell(row['proposer'])}[/]{state} [dim]{_cell(row.get('trigger') or 'proposed')}[/] "
                f"[bold cyan]{_cell(row['proposal'])}[/]" + (f"\n     [dim]{meta}[/]" if meta else ""))
    return " · ".join(f"{k}: {_cell(v)}" for k, v in row.items() if k not in HIDDEN_COLUMNS and _cell(v))


def _print_rows(rows: list[dict[str, Any]], fmt: str, evidence: bool) -> None:
    """JSON, JSON lines, or for people: a table, or numbered entries with their evidence sentences."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if not rows:
        console.print("no rows")
        return
    if evidence and "evidence" in rows[0]:
        for number, row in enumerate(rows, 1):
            console.print(f"{number:3d}. {_headline(row)}", highlight=False)
            if row.get("evidence"):
                where = escape(f"{row['document']} [{row['sentence_start']}:{row['sentence_end']}]")
                console.print(f"     [green]“{_cell(row['evidence'])}”[/] [dim]— {where}[/]", highlight=False)
            elif row.get("document"):
                console.print(f"     [dim]— {_cell(row['document'])}[/]", highlight=False)
        return
    columns = [c for c in rows[0] if c not in HIDDEN_COLUMNS]
    table = Table()
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_cell(row[c]) for c in columns))
    console.print(table)


@cli.group()
def query() -> None:
    """Run a named query from the catalogue (the same queries the API serves)."""


def _query_command(named: NamedQuery) -> click.Command:
    @db_option
    @click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
                  show_default=True)
    @click.option("--no-evidence", is_flag=True, help="Leave the evidence sentences out of the table.")
    @user_errors
    def run(db: Path | None, fmt: str, no_evidence: bool, **parameters: Any) -> None:
        with open_graph(db, read_only=True) as kg:
            rows = kg.query(named.name, **parameters)
        _print_rows(rows, fmt, evidence=not no_evidence)
        limit = parameters.get("limit") or named.parameters.get("limit")
        if isinstance(limit, int) and len(rows) >= limit:
            errors.print(f"the first {limit:,} rows; there may be more (--limit N, --skip N)", markup=False)

    command = click.command(name=named.name, help=named.description)(run)
    for key, default in reversed(named.parameters.items()):
        flag = "--" + key.replace("_", "-")
        names = [flag] + (["--from"] if key == "date_from" else ["--to"] if key == "date_to" else [])
        described = PARAMETER_HELP.get(key, "")
        command.params.insert(0, click.Option([*names, key], type=int if isinstance(default, int) else str,
                                              default=None, help=f"{described} (default {default})"
                                              if isinstance(default, int) else described or None))
    return command


# What each catalogue parameter means, as `c5kg query NAME --help` says it.
PARAMETER_HELP = {
    "by": "The proposer: a name or any alias, in part (Tokayev, Toqaev).",
    "state": "The state acted for: its name or any alias (Qazaqstan, Казахстан).",
    "organisation": "An organisation (name or alias) the state is a member of.",
    "supporter": "Who supported it: a name, in part.",
    "text": "Words in the proposal's name or its sentence.",
    "summit": "The summit: its name or any alias, or words of its name.",
    "date_from": "From this ISO date, inclusive (2023, 2023-09 or 2023-09-14).",
    "date_to": "To this ISO date, inclusive (a partial date that overlaps the range is kept).",
    "skip": "Rows to skip, for paging.", "limit": "The most rows to show.",
    "name": "A name or alias, in part.", "kind": "State, Person, Organisation, Summit, Initiative or Place.",
    "uri": "An entity's IRI.", "doc": "A document's id (as `c5kg query documents` lists).",
    "member": "The member: a name, in part.", "person": "The office holder: a name, in part.",
    "of": "The state or organisation of the office.", "role": "The role (President, Secretary-General ...).",
    "rel": "One kind of fact (PROPOSED, SUPPORTED, MEMBER_OF ...).", "depth": "Steps from the entity (1 or 2).",
    "nodes": "The most entities to draw.",
}


for _named in CATALOGUE.values():
    query.add_command(_query_command(_named))


# ---------------------------------------------------------------------------- export

@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), default="turtle", show_default=True)
@click.option("--doc", "doc_id", default=None, help="Only this document's named graph.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
@db_option
@user_errors
def export_command(fmt: str, doc_id: str | None, output: Path | None, db: Path | None) -> None:
    """Export the graph (or one document) as RDF: Turtle, N-Triples, JSON-LD, TriG, N-Quads, RDF/XML.

    With --store neo4j the RDF is read back from Neo4j; otherwise from the record in --db.
    """
    with open_graph(db, read_only=True) as kg:
        if output:
            with output.open("wb") as out:
                kg.export(fmt, doc_id, out)
            errors.print(f"wrote {output}", markup=False)
        else:
            sys.stdout.buffer.write(kg.export(fmt, doc_id) or b"")


# ---------------------------------------------------------------------------- push

@cli.command()
@db_path_option
@neo4j_options
@user_errors
def push(db: Path | None) -> None:
    """Copy the embedded graph at --db into Neo4j: its RDF and its property graph.

    What c5kg had written to the Neo4j database is replaced; each document is written in its own
    transaction. Afterwards, run any command with --store neo4j (or C5KG_STORE=neo4j).
    """
    settings = store_settings(kind="neo4j")
    target = open_store(settings, Path())
    try:
        with KnowledgeGraph.open(db or default_db_path(), settings=StoreSettings(kind="ladybug")) as kg, \
                copy_progress(len(kg.record.documents()), f" to {settings.neo4j.uri}") as (read, written):
            copied = copy_record(kg.record, target, read=read, written=written)
        counts = target.counts()
    finally:
        target.close()
    console.print(f"pushed {copied} documents to {settings.neo4j.uri} (database '{settings.neo4j.database}'): "
                  f"{counts['nodes']} nodes, {counts['relationships']} relationships, and the RDF")


# ---------------------------------------------------------------------------- serve

@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@db_option
@user_errors
def serve(host: str, port: int, db: Path | None) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) on the embedded store, or on Neo4j when configured.

    Writes (POST and DELETE /documents) need the bearer token set in C5KG_API_TOKEN; without it
    they are turned off. See the README for the API's other settings (C5KG_API_*).
    """
    import uvicorn

    from .app import create_app
    from .settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as error:
        raise click.ClickException(str(error)) from None
    with open_graph(db) as kg:
        app = create_app(kg, settings)
        errors.print(f"c5kg API on http://{host}:{port} (docs at /docs), store: {kg.store.name}, "
                     f"writes {'need the bearer token' if settings.api_token else 'turned off (no C5KG_API_TOKEN)'}",
                     soft_wrap=True)
        uvicorn.run(app, host=host, port=port, loop="uvloop", http="httptools", log_level="warning",
                    access_log=False)


# ---------------------------------------------------------------------------- viz

@cli.command("viz")
@click.option("--actor", default=None, help="An entity's neighbourhood: its name, an alias, or its IRI.")
@click.option("--depth", type=click.IntRange(1, 2), default=1, show_default=True,
              help="With --actor: how many facts out from it.")
@click.option("--summit", default=None, help="Who proposed what at a summit (name or alias).")
@click.option("--state", default=None, help="Who proposed what on behalf of a state (name or alias).")
@click.option("--doc", "doc_id", default=None, help="One document's facts (its id, as `c5kg query documents` lists).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="At most this many entities (whole graph, default 500) or facts (other views, default 2000).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML file to write (one self-contained page; it works offline).")
@db_option
@user_errors
def viz_command(actor: str | None, depth: int, summit: str | None, state: str | None, doc_id: str | None,
                limit: int | None, output: Path, db: Path | None) -> None:
    """Draw the graph as an interactive page: the whole graph (its best-connected entities), an
    actor's neighbourhood, who proposed what at a summit or for a state, or one document's facts."""

    from graph import viz

    if sum(bool(x) for x in (actor, summit or state, doc_id)) > 1:
        raise click.UsageError("choose one view: --actor, --summit/--state, or --doc")
    with open_graph(db, read_only=True) as kg, errors.status("drawing the view"):
        if actor:
            uri = actor if actor.startswith(("http://", "https://")) else viz.find_entity(kg, actor)["uri"]
            view = viz.ego_view(kg, uri, depth, limit or viz.DEFAULT_FACTS)
        elif summit or state:
            view = viz.proposals_view(kg, state=state or "", summit=summit or "", limit=limit or viz.DEFAULT_FACTS)
        elif doc_id:
            view = viz.document_view(kg, doc_id, limit or viz.DEFAULT_FACTS)
        else:
            view = viz.graph_view(kg, limit or viz.DEFAULT_NODES)
        viz.write(view, output)
    if view.notice:
        errors.print(f"[yellow]note[/] {escape(view.notice)}", highlight=False, soft_wrap=True)
    console.print(f"wrote {output}: {view.title} ({view.summary})", markup=False, highlight=False, soft_wrap=True)


# ---------------------------------------------------------------------------- demo

@cli.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("c5kg-demo"),
              show_default=True, help="Folder for the demo's database and Turtle file.")
@user_errors
def demo(out_dir: Path) -> None:
    """Load the sample corpus into a fresh embedded graph, write Turtle, and show who proposed what."""
    corpus = sample_corpus()
    db = out_dir / "db"
    with KnowledgeGraph.open(db, settings=StoreSettings(kind="ladybug")) as kg:
        console.rule(f"[bold]c5kg demo[/]: {escape(str(corpus))}")
        _ingest(kg, (corpus,), keep_going=False, workers=default_workers())
        turtle = out_dir / f"c5kg.{SUFFIXES['turtle']}"
        with turtle.open("wb") as out:
            kg.export("turtle", output=out)
        console.print(f"wrote {turtle}", markup=False)
        console.rule("[bold]Who proposed what[/]")
        _print_rows(kg.query("proposals", limit=1000), "table", evidence=True)
    console.print(f"\nExplore further: uv run c5kg query proposals --db {db} --by Tokayev", markup=False)


def main() -> None:
    try:
        cli(prog_name="c5kg")
    except BrokenPipeError:
        # the reader went away (`c5kg export | head`): stop quietly, as other Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


__all__ = ["cli", "main"]
