"""The extraction map on a Dask cluster, for corpora that outgrow one machine.

The files are read here and their bytes sent to the cluster's workers, so the workers need no
view of this machine's disks, only c5kg installed; each worker process extracts with its own
language model (loaded once) and sends back what the graph writes (`ExtractedDocument`), which
this process writes through the same bulk path as a local load. A bounded window of documents
is in flight, so memory stays flat however large the corpus is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path

from .documents import DocumentError, document_from_bytes, read_file
from .pipeline import ExtractedDocument, extract_document

IN_FLIGHT_PER_THREAD = 16


class ClusterError(Exception):
    """The cluster cannot be reached, or failed a document's extraction."""


def extract_bytes(data: bytes, name: str, media_type: str, path: str) -> ExtractedDocument | DocumentError:
    """What a worker runs: one document, from its file's bytes."""
    try:
        return extract_document(document_from_bytes(data, name, media_type, path=path))
    except DocumentError as error:
        return error


def extract_files_on(scheduler: str, paths: Iterable[Path]) -> Iterator[ExtractedDocument | DocumentError]:
    """Each file's extraction, in the order of `paths`, done by the workers of the Dask scheduler at
    `scheduler` (an address such as tcp://10.0.0.5:8786). How long to try to reach it is Dask's
    setting (`distributed.comm.timeouts.connect`, env DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)."""
    from dask.distributed import Client  # only the cluster path needs Dask

    try:
        client = Client(scheduler)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    with client:
        window = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_THREAD
        pending: deque[tuple[Path, Future | DocumentError]] = deque()
        for path in map(Path, paths):
            try:
                data, media_type = read_file(path)
            except DocumentError as error:
                pending.append((path, error))
            else:  # pure=False: two files of the same bytes are two documents
                pending.append((path, client.submit(extract_bytes, data, path.name, media_type, str(path),
                                                    pure=False)))
            if len(pending) >= window:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())


def _result(path: Path, item: Future | DocumentError) -> ExtractedDocument | DocumentError:
    if isinstance(item, DocumentError):
        return item
    try:
        return item.result()
    except Exception as error:  # the extraction raised on the worker, a worker died, the scheduler went away
        raise ClusterError(f"the cluster failed to extract {path}: {type(error).__name__}: {error}") from error


__all__ = ["ClusterError", "extract_bytes", "extract_files_on"]
