"""Reading documents: text, Markdown and HTML files -> clean text with a title and a date.

The clean text is what every character offset in the graph counts into, and it is stored
with the document in the RDF record, so evidence can always be checked against it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from anyascii import anyascii
from charset_normalizer import from_bytes
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from .boilerplate import drop_boilerplate_lines
from .dates import DocumentDate, find_document_date

SUFFIXES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
            ".html": "text/html", ".htm": "text/html"}
MAX_BYTES = 20 * 1024 * 1024
# Reading a document costs memory in proportion to its text (about 1.6 GB at 1 MiB of text, with its
# RDF and projection): this bounds what one document can take.
MAX_TEXT_CHARS = 2_000_000
MAX_ID = 120  # characters of a document id (file systems allow names of 255 bytes)


class DocumentError(Exception):
    """A document that cannot be read; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # made again from its two parts, so it crosses to and from worker processes
        return type(self), (self.path, self.problem)


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    media_type: str
    title: str
    text: str
    sha256: str
    date: DocumentDate
    encoding: str = "utf-8"
    path: str = ""  # where it was read from, for messages

    @property
    def words(self) -> int:
        return len(self.text.split())


class DocumentIdTaken(DocumentError):
    """Another file already has this document's id: in the same load, or in the graph."""


def document_id(path: Path | str) -> str:
    """A document's id is its file name without the suffix, in Latin letters (Токаев.txt: Tokaev)
    and made safe for IRIs. A name that gives no letters or digits is refused."""
    stem = Path(path).stem
    made = re.sub(r"[^A-Za-z0-9._-]+", "-", anyascii(stem)).strip("-.")[:MAX_ID].strip("-.")
    if not re.search(r"[A-Za-z0-9]", made):
        raise DocumentError(path, "its file name has no letters or digits to make the document's id from; "
                                  "rename it")
    return made


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name); UTF-8 first, otherwise the detected encoding."""
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is not None and best.encoding != "cp1252":
        # Single-byte encodings often fit the same bytes about as well; windows-1252 (what the web
        # reads "latin-1" as) is the likeliest of those for the text c5kg reads, so it wins a near tie.
        best = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos + 0.1), best)
    if best is None:
        raise DocumentError(path, "not UTF-8, and no text encoding fits its bytes")
    text = str(best)
    if sum(not (c.isprintable() or c.isspace()) for c in text) > len(text) / 20:
        raise DocumentError(path, "binary file, not text")
    return text, best.encoding


_BLOCKS = "p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,td,th,dt,dd,title"
_DROP_TAGS = "script,style,noscript,nav,header,footer,aside,form,figure,figcaption,iframe,svg,button,template,select"
_NOISE_ATTR = re.compile(r"share|social|newsletter|subscribe|signup|sign-up|related|comment|advert|\bads?\b|cookie|"
                         r"caption|promo|sidebar|breadcrumb|menu|footer|byline|author-bio|tags", re.IGNORECASE)


def html_to_text(html: str) -> tuple[str, str]:
    """Main text of an HTML page -> (title, text), boilerplate elements dropped."""
    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in tree.css("[class], [id], [role]"):
        attrs = " ".join(filter(None, (node.attributes.get(a) for a in ("class", "id", "role"))))
        if _NOISE_ATTR.search(attrs) and node.tag not in ("html", "body", "article", "main"):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return title, ""
    blocks = [n.text(separator=" ", strip=True) for n in root.css(_BLOCKS) if n.tag != "title"]
    blocks = [re.sub(r"\s+", " ", b) for b in blocks if b]
    if not blocks:
        blocks = [re.sub(r"\s+", " ", root.text(separator=" ", strip=True))]
    heading = root.css_first("h1")
    return (heading.text(strip=True) if heading else title), "\n\n".join(blocks)


_markdown = MarkdownIt("commonmark")


def markdown_to_text(markdown: str) -> tuple[str, str]:
    return html_to_text(f"<article>{_markdown.render(markdown)}</article>")


def _plain_title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= 200 else first[:197] + "..."


def read_document(path: Path | str) -> Document:
    """Read one file into a Document, or raise DocumentError naming the file and the problem."""
    data, media_type = read_file(path)
    return document_from_bytes(data, Path(path).name, media_type, path=str(path))


def read_file(path: Path | str) -> tuple[bytes, str]:
    """A document file's bytes and media type, or DocumentError naming the file and the problem."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(path, "no such file or folder")
    if not path.is_file():
        raise DocumentError(path, "not a file")
    media_type = SUFFIXES.get(path.suffix.lower())
    if media_type is None:
        raise DocumentError(path, f"unsupported file type '{path.suffix or '(none)'}' (c5kg reads "
                                  f"{', '.join(sorted(set(SUFFIXES)))})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(path, f"cannot be read ({error.strerror or error})") from error
    return data, media_type


def document_from_bytes(data: bytes, name: str, media_type: str, path: str = "", doc_id: str | None = None,
                        max_bytes: int = MAX_BYTES) -> Document:
    """A Document from a file's bytes (read from disk, or uploaded); `name` is its file name."""
    where = path or name
    if len(data) > max_bytes:
        raise DocumentError(where, f"larger than {max_bytes / (1024 * 1024):g} MiB")
    raw, encoding = decode(Path(where), data)
    return document_from_text(raw, name, media_type, encoding=encoding, path=where, data=data, doc_id=doc_id)


def document_from_text(raw: str, name: str, media_type: str = "text/plain", encoding: str = "utf-8",
                       path: str = "", data: bytes | None = None, doc_id: str | None = None) -> Document:
    """A Document from text already in memory (a file's decoded content, a generated article):
    markup and boilerplate removed, title and date found. `name` is its file name; the id is made
    from it unless `doc_id` is given."""
    doc_id = doc_id or document_id(path or name)
    if media_type == "text/html":
        title, text = html_to_text(raw)
    elif media_type == "text/markdown":
        title, text = markdown_to_text(raw)
    else:
        text = raw.replace("\r\n", "\n").replace("\r", "\n")
        title = _plain_title(text)
    text = drop_boilerplate_lines(text)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(path or name, f"its text is {len(text) / 1e6:.1f} million characters; c5kg "
                                          f"reads documents of up to {MAX_TEXT_CHARS / 1e6:g} million "
                                          "(split it into parts)")
    if not text.strip():
        raise DocumentError(path or name, "no text left after removing markup and boilerplate")
    return Document(
        id=doc_id, source=Path(name).name, media_type=media_type,
        title=title or _plain_title(text), text=text,
        sha256=hashlib.sha256(data if data is not None else raw.encode("utf-8")).hexdigest(),
        date=find_document_date(text), encoding=encoding, path=path,
    )


def find_documents(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Every readable-looking file under the given files and folders, in a stable order.

    A missing path raises DocumentError; files of other types inside folders are skipped
    (a named file of another type is passed on, so that its reader says why it is refused).
    """
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise DocumentError(path, "no such file or folder")
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def skipped_files(paths: Iterable[Path | str]) -> list[Path]:
    """Files inside the given folders that are not documents c5kg reads (reported, not read)."""
    skipped = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            skipped += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() not in SUFFIXES
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
    return skipped


__all__ = ["Document", "DocumentError", "DocumentIdTaken", "decode", "document_from_bytes", "document_from_text",
           "document_id", "find_documents", "read_document", "read_file", "skipped_files"]
