"""Reading inputs: expanding paths, reading bytes and decoding Polish text reliably.

Polish archives come in UTF-8 (with or without BOM), UTF-16 with a BOM, and the two legacy 8-bit
encodings cp1250 (Windows) and ISO-8859-2. The two legacy ones decode each other's bytes without
error, so they are told apart by which decoding yields Polish letters rather than symbols. Offsets
in the records index the decoded text exactly as returned here.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, doc_id: str | None = None) -> InputDoc:
    source = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(source, "missing", f"{source}: no such file.") from None
    except OSError as e:
        raise InputError(source, "unreadable", f"{source}: cannot be read ({e.strerror}).") from e
    if p.is_dir():
        raise InputError(source, "unreadable", f"{source}: is a directory, not a file.")
    if size > max_bytes:
        raise InputError(
            source, "too_large",
            f"{source}: is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit for one release "
            "(raise it with --max-bytes).",
        )
    try:
        data = p.read_bytes()
    except PermissionError:
        raise InputError(source, "unreadable", f"{source}: permission denied.") from None
    except OSError as e:
        raise InputError(source, "unreadable", f"{source}: cannot be read ({e.strerror}).") from e
    text, encoding = decode(data, source)
    return InputDoc(doc_id or p.stem, source, text, sha256_hex(data), encoding)


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
    """One unit of work: a file to read, or text already taken out of an archive or export."""

    source: str
    path: str | None = None
    text: str | None = None
    doc_id: str | None = None
    sha256: str | None = None
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)
    error: InputError | None = None


def iter_tasks(inputs: Iterable[str], **options: Any) -> Iterator[Task]:
    """Tasks for every input, in order; expanding directories and globs."""
    for path in expand_inputs(inputs):
        yield Task(source=path, path=path)


def load_task(task: Task, max_bytes: int = DEFAULT_MAX_BYTES) -> InputDoc:
    if task.error is not None:
        raise task.error
    if task.text is not None:
        if not task.text.strip():
            raise InputError(task.source, "empty", f"{task.source}: the text is empty.")
        sha = task.sha256 or sha256_hex(task.text.encode("utf-8"))
        return InputDoc(task.doc_id or sha[:16], task.source, task.text, sha, task.encoding, dict(task.meta))
    doc = read_file(task.path or task.source, max_bytes=max_bytes, doc_id=task.doc_id)
    doc.meta.update(task.meta)
    return doc
