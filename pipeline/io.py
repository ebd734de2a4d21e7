"""Reading inputs: expanding paths, reading bytes and decoding Polish text reliably.

Polish archives come in UTF-8 (with or without BOM), UTF-16 with a BOM, and the two legacy 8-bit
encodings cp1250 (Windows) and ISO-8859-2. The two legacy ones decode each other's bytes without
error, so they are told apart by which decoding yields Polish letters rather than symbols. Offsets
in the records index the decoded text exactly as returned here.
"""

from __future__ import annotations

import csv
import glob
import gzip
import json
import os
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from io import BytesIO, StringIO
from pathlib import Path
from typing import Any

from .records import sha256_hex

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# Bytes 0x80–0x9F are C1 controls in ISO-8859-2 but letters (ś, ź, Ś, Ź, ...) in cp1250.
_C1 = frozenset(range(0x80, 0xA0))


@dataclass(slots=True)
class InputDoc:
    doc_id: str
    source: str
    text: str
    sha256: str
    encoding: str
    meta: dict[str, Any] = field(default_factory=dict)


class InputError(Exception):
    """An input that cannot be processed; ``kind`` is a short machine-readable category."""

    def __init__(self, source: str, kind: str, message: str):
        super().__init__(message)
        self.source = source
        self.kind = kind
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "error": self.message, "kind": self.kind}


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding). Raises :class:`InputError`."""
    if not data.strip():
        raise InputError(source, "empty", f"{source}: the file is empty (no text to read).")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", source)
    if b"\x00" in data:
        raise InputError(
            source, "binary",
            f"{source}: the file holds NUL bytes, so it is binary or UTF-16 without a byte-order mark, not text.",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        _check_text(text, source)
        return text, "utf-8"
    if any(b in _C1 for b in data):
        text, enc = data.decode("cp1250", errors="strict" if _cp1250_ok(data) else "replace"), "cp1250"
    else:
        candidates = [(data.decode(enc, errors="replace"), enc) for enc in ("cp1250", "iso-8859-2")]
        text, enc = max(candidates, key=lambda c: _polish_score(c[0]))
    _check_text(text, source)
    return text, enc


def _cp1250_ok(data: bytes) -> bool:
    try:
        data.decode("cp1250")
        return True
    except UnicodeDecodeError:
        return False


def _strict(data: bytes, encoding: str, source: str) -> tuple[str, str]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(source, "encoding", f"{source}: declares {encoding} by its byte-order mark but is not valid {encoding} ({e.reason} at byte {e.start}).") from e
    _check_text(text, source)
    return text, encoding.replace("-sig", "")


def _polish_score(text: str) -> int:
    letters = sum(ch in POLISH_LETTERS for ch in text)
    odd = sum(ch in "¹¿¶±¼¥©®¬¦�" for ch in text)
    return letters - 3 * odd


def _check_text(text: str, source: str) -> None:
    if not text.strip():
        raise InputError(source, "empty", f"{source}: the file holds only whitespace (no text to read).")
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(8, len(sample) // 100):
        raise InputError(source, "binary", f"{source}: the file looks binary ({controls} control characters in its first {len(sample)}), not text.")


def _too_large(source: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        source, "too_large",
        f"{source}: is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit for one release "
        "(raise it with --max-bytes).",
    )


def _read_bytes(path: str, max_bytes: int, container: bool = False) -> bytes:
    """The bytes of ``path``; every failure is an :class:`InputError` naming the file.

    A release over ``max_bytes`` is refused; an archive or export (``container``) may hold many
    releases, so it may be up to 20 times larger.
    """
    try:
        size = os.path.getsize(path)
        if container and size > max_bytes * 20:
            raise InputError(path, "too_large", f"{path}: is {size / 1e6:.1f} MB, too large to open.")
        if not container and size > max_bytes and not os.path.isdir(path):
            raise _too_large(path, size, max_bytes)
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InputError(path, "missing", f"{path}: no such file.") from None
    except PermissionError:
        raise InputError(path, "unreadable", f"{path}: permission denied.") from None
    except IsADirectoryError:
        raise InputError(path, "unreadable", f"{path}: is a directory, not a file.") from None
    except OSError as e:
        raise InputError(path, "unreadable", f"{path}: cannot be read ({e.strerror}).") from e


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, doc_id: str | None = None) -> InputDoc:
    source = str(path)
    data = _read_bytes(source, max_bytes)
    text, encoding = decode(data, source)
    return InputDoc(doc_id or _stem(Path(path).name), source, text, sha256_hex(data), encoding)


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Paths from files, directories (recursive, sorted) and globs, in the order given.

    A path that exists nowhere is yielded as is, so that reading it reports it as missing.
    """
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        elif p.exists():
            yield item
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield item
            for m in matches:
                if Path(m).is_dir():
                    yield from expand_inputs([m])
                else:
                    yield m
        else:
            yield item


@dataclass(slots=True)
class Task:
    """One unit of work: a file to read, or content already taken out of an archive or export.

    Exactly one of ``path``, ``data`` (raw bytes, decoded in the worker) or ``text`` is set, or
    ``error`` when the input could not even be opened.
    """

    source: str
    path: str | None = None
    data: bytes | None = None
    text: str | None = None
    doc_id: str | None = None
    sha256: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: InputError | None = None
    html: bool = False

    def size_hint(self) -> int:
        """Roughly how many bytes of text the task holds, known before it is read (0 if unknown)."""
        if self.text is not None:
            return len(self.text)
        if self.data is not None:
            return len(self.data)
        if self.path is not None:
            try:
                return os.path.getsize(self.path)
            except OSError:
                return 0
        return 0


@dataclass(frozen=True, slots=True)
class ExportColumns:
    """Which columns of a JSONL/CSV export hold the text, id, title and date."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    date: str = "date"


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
EXPORT_SUFFIXES = (".jsonl", ".ndjson", ".csv")


def _kind(name: str) -> str:
    low = name.lower()
    if low.endswith(".gz"):
        return "gz"
    if low.endswith(".zip"):
        return "zip"
    if low.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if low.endswith(".csv"):
        return "csv"
    if low.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


def _stem(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if base.lower().endswith(".gz"):
        base = base[:-3]
    return Path(base).stem or base


def iter_tasks(inputs: Iterable[str], columns: ExportColumns | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Task]:
    """Tasks for every input, in order: files, directories, globs, .gz, .zip members, export rows."""
    columns = columns or ExportColumns()
    for path in expand_inputs(inputs):
        kind = _kind(path)
        if kind == "text":
            yield Task(source=path, path=path)
        elif kind == "html":
            yield Task(source=path, path=path, html=True)
        else:
            try:
                yield from _container_tasks(path, kind, columns, max_bytes)
            except InputError as e:
                yield Task(source=path, error=e)



def _container_tasks(path: str, kind: str, columns: ExportColumns, max_bytes: int) -> Iterator[Task]:
    if kind == "gz":

        raw = _read_bytes(path, max_bytes, container=True)
        try:
            with gzip.GzipFile(fileobj=BytesIO(raw)) as gz:
                data = gz.read(max_bytes * 20 + 1)
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(path, "unreadable", f"{path}: is not a readable gzip file ({e}).") from e
        if len(data) > max_bytes * 20:  # read one byte past the bound to tell a cut file from a full one
            raise InputError(path, "too_large", f"{path}: unpacks to more than {max_bytes * 20 / 1e6:.1f} MB, "
                             "too large to open.")
        inner = path[:-3]
        yield from _member_tasks(path, inner, data, columns, max_bytes)
    elif kind == "zip":

        try:
            zf = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise InputError(path, "missing", f"{path}: no such file.") from None
        except (zipfile.BadZipFile, OSError) as e:
            raise InputError(path, "unreadable", f"{path}: is not a readable zip archive ({e}).") from e
        with zf:
            for info in sorted(zf.infolist(), key=lambda i: i.filename):
                name = info.filename
                if info.is_dir() or name.rsplit("/", 1)[-1].startswith(".") or name.startswith("__MACOSX/"):
                    continue
                source = f"{path}!/{name}"
                if info.file_size > max_bytes and _kind(name) not in ("jsonl", "csv", "zip", "gz"):
                    yield Task(source=source, error=_too_large(source, info.file_size, max_bytes))
                    continue
                try:
                    data = zf.read(info)
                except Exception as e:  # corrupt member: report it, keep the others
                    yield Task(source=source, error=InputError(source, "unreadable",
                                                               f"{source}: cannot be read from the archive ({e})."))
                    continue
                yield from _member_tasks(source, name, data, columns, max_bytes)
    elif kind in ("jsonl", "csv"):
        yield from _export_tasks(path, kind, _read_bytes(path, max_bytes, container=True), columns)


def _member_tasks(source: str, name: str, data: bytes, columns: ExportColumns, max_bytes: int) -> Iterator[Task]:
    kind = _kind(name)
    if kind in ("jsonl", "csv"):
        yield from _export_tasks(source, kind, data, columns)
    elif kind in ("zip", "gz"):
        yield Task(source=source, error=InputError(source, "unsupported",
                                                   f"{source}: archives inside archives are not read."))
    else:
        yield Task(source=source, data=data, doc_id=_stem(name), html=kind == "html")


def _export_tasks(source: str, kind: str, data: bytes, columns: ExportColumns) -> Iterator[Task]:

    text, _enc = decode(data, source)
    stem = _stem(source)
    if kind == "jsonl":
        rows: Iterable[tuple[int, Any]] = (
            (n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()
        )
    else:
        try:
            reader = csv.DictReader(StringIO(text))
            if columns.text not in (reader.fieldnames or []):
                raise InputError(source, "format", f"{source}: has no column {columns.text!r} "
                                 f"(columns: {', '.join(reader.fieldnames or [])}); name it with --text-column.")
            rows = ((n, row) for n, row in enumerate(reader, 2))
        except csv.Error as e:
            raise InputError(source, "format", f"{source}: is not valid CSV ({e}).") from e
    for n, row in rows:
        row_source = f"{source}:{n}"
        if kind == "jsonl":
            try:
                row = json.loads(row)
            except ValueError as e:
                yield Task(source=row_source, error=InputError(row_source, "format",
                                                               f"{row_source}: is not valid JSON ({e})."))
                continue
            if not isinstance(row, dict):
                yield Task(source=row_source, error=InputError(row_source, "format",
                                                               f"{row_source}: is not a JSON object."))
                continue
        body = row.get(columns.text)
        if not isinstance(body, str):
            yield Task(source=row_source, error=InputError(
                row_source, "format", f"{row_source}: has no text in field {columns.text!r}."))
            continue
        meta: dict[str, Any] = {}
        if row.get(columns.title):
            meta["title"] = str(row[columns.title])
        if row.get(columns.date):
            # As the export wrote it: the dates stage reads it ("2017-12-11T10:00", "11.12.2017",
            # "11 grudnia 2017 r.") into the record's ``published``.
            meta["published"] = str(row[columns.date]).strip()
        doc_id = str(row[columns.id]) if row.get(columns.id) not in (None, "") else f"{stem}-{n}"
        yield Task(source=row_source, text=body, doc_id=doc_id, meta=meta,
                   sha256=sha256_hex(body.encode("utf-8")))


def html_to_text(html: str, source: str) -> str:
    """The article text of an HTML page (boilerplate such as menus and footers removed)."""
    import trafilatura

    text = trafilatura.extract(html, favor_recall=True, include_comments=False, include_tables=True)
    if not text or not text.strip():
        raise InputError(source, "empty", f"{source}: the HTML page holds no article text.")
    return text


def load_task(task: Task, max_bytes: int = DEFAULT_MAX_BYTES) -> InputDoc:
    if task.error is not None:
        raise task.error
    if task.text is not None:
        if not task.text.strip():
            raise InputError(task.source, "empty", f"{task.source}: the text is empty.")
        sha = task.sha256 or sha256_hex(task.text.encode("utf-8"))
        return InputDoc(task.doc_id or sha[:16], task.source, task.text, sha, "utf-8", dict(task.meta))
    if task.data is not None:
        if len(task.data) > max_bytes:
            raise _too_large(task.source, len(task.data), max_bytes)
        text, encoding = decode(task.data, task.source)
        doc = InputDoc(task.doc_id or _stem(task.source), task.source, text, sha256_hex(task.data), encoding,
                       dict(task.meta))
    else:
        doc = read_file(task.path or task.source, max_bytes=max_bytes, doc_id=task.doc_id)
        doc.meta.update(task.meta)
    if task.html:
        doc.text = html_to_text(doc.text, task.source)
        doc.encoding += "+html"
    return doc


def estimate_total(inputs: Iterable[str]) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (for an ETA); else None."""
    total = 0
    for path in expand_inputs(inputs):
        kind = _kind(path)
        if kind in ("text", "html"):
            total += 1
        elif kind == "zip":

            try:
                with zipfile.ZipFile(path) as zf:
                    names = [i.filename for i in zf.infolist() if not i.is_dir()]
            except (OSError, zipfile.BadZipFile):
                total += 1
                continue
            if any(_kind(n) in ("jsonl", "csv") for n in names):
                return None
            total += len(names)
        else:
            return None
    return total
