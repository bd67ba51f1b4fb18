"""Writing: ingest one document, remove one document's facts. Both need the bearer token
(C5KG_API_TOKEN); a server started without one refuses every write."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from loaders.documents import SUFFIXES, DocumentError, DocumentIdTaken

from .common import JSONBytes, dump, problem_responses, service_of
from .models import DocumentDetail, Removed
from .routes_read import document_detail
from .service import DOCUMENT_ID

router = APIRouter()
bearer = HTTPBearer(auto_error=False, description="The server's C5KG_API_TOKEN.")

TEXT_MEDIA = {"text/plain": ".txt", "text/markdown": ".md", "text/html": ".html"}
MULTIPART = "multipart/form-data"
ID_PATTERN = f"^{DOCUMENT_ID.pattern}$"
FILENAME_PATTERN = r"^[^/\\\x00-\x1f\x7f]+$"
REMOVED = TypeAdapter(Removed)


async def require_writer(request: Request,
                         credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    token = service_of(request).settings.api_token
    if token is None:
        raise HTTPException(403, "writes are turned off on this server (it was started without C5KG_API_TOKEN)")
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(401, "this endpoint needs the bearer token: 'Authorization: Bearer <C5KG_API_TOKEN>'",
                            headers=challenge)
    if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise HTTPException(401, "the bearer token is not the right one", headers=challenge)


WRITE_ERRORS = problem_responses(400, 401, 403, 404, 409, 413, 415, 422)


@router.post("/documents", status_code=201, response_model=DocumentDetail, summary="Ingest one document",
             dependencies=[Depends(require_writer)], responses={200: {"model": DocumentDetail,
                                                                        "description": "Replaced a document."},
                                                                   **WRITE_ERRORS},
             openapi_extra={"requestBody": {"required": True, "content": {
                 **{media: {"schema": {"type": "string", "minLength": 1}} for media in TEXT_MEDIA},
                 MULTIPART: {"schema": {"type": "object", "required": ["file"],
                                        "properties": {"file": {"type": "string", "format": "binary"}}}}}}})
async def ingest(request: Request,
                 id: Annotated[str | None, Query(pattern=ID_PATTERN, max_length=200,
                                                 description="The document's id (default: the file name).")] = None,
                 filename: Annotated[str | None, Query(pattern=FILENAME_PATTERN, max_length=200,
                                                       description="The document's file name.")] = None,
                 ) -> Response:
    """Read one document (text, Markdown or HTML: the body with its Content-Type, or a multipart
    upload in a field named `file`), extract its facts and load them; answers with the document and
    every fact extracted, each with its evidence. Its id is `id`, else the file name without its
    suffix in Latin letters, else `document-` and a digest of its content. A new document is 201.
    Loading again a file of the same name, or any document with `id` given, replaces the facts of
    the document with that id (200); a file of another name whose id the graph already holds is
    a 409. A document that cannot be read is a 422 naming the problem; either leaves the graph as
    it was. Nothing is written to disk but the graph."""
    service = service_of(request)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == MULTIPART:
        form = await request.form(max_files=1, max_fields=10)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(422, "send the document as a file in a form field named 'file'")
        data = await upload.read()
        name = Path(upload.filename or "").name or filename
        part = (upload.content_type or "").split(";")[0].strip().lower()
    elif media in TEXT_MEDIA:
        data, name, part = await request.body(), filename, media
    else:
        raise HTTPException(415, f"send the document as {', '.join(TEXT_MEDIA)} or as a {MULTIPART} upload, "
                                 f"not {media or 'a body with no Content-Type'}")
    suffix = Path(name or "").suffix.lower()
    if media == MULTIPART and suffix not in SUFFIXES:
        suffix = TEXT_MEDIA.get(part, suffix)
    elif media != MULTIPART:
        suffix = TEXT_MEDIA[media]
    if suffix not in SUFFIXES:
        raise HTTPException(415, f"'{name}' is not a .txt, .md or .html document")
    # unnamed, a document is named by its content: posting the same text again replaces it
    if not name:
        name = f"document-{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    elif Path(name).suffix.lower() != suffix:  # read as the body's media type says
        name = Path(name).stem + suffix
    try:
        doc_id, replaced = await run_in_threadpool(service.ingest, data, name, SUFFIXES[suffix], id)
    except DocumentIdTaken as error:
        raise HTTPException(409, str(error)) from None
    except DocumentError as error:
        raise HTTPException(422, str(error)) from None
    finally:
        service.changed()
    body = await run_in_threadpool(document_detail, service, doc_id, 10_000)
    return JSONBytes(body, status_code=200 if replaced else 201)


@router.delete("/documents/{doc_id}", response_model=Removed, summary="Remove one document's facts",
               dependencies=[Depends(require_writer)], responses=WRITE_ERRORS)
async def remove(request: Request, doc_id: str) -> Response:
    """Remove one document's facts, and nothing else: entities other documents (or the reference
    data) still describe stay, with their facts."""
    service = service_of(request)
    try:
        removed = await run_in_threadpool(service.remove, doc_id)
    finally:
        service.changed()
    if not removed:
        raise HTTPException(404, f"no document '{doc_id}' in the graph")
    return JSONBytes(dump(REMOVED, {"id": doc_id, "removed": True}))

__all__ = ["router"]
