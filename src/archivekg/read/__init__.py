"""Stage 1: path -> Document. READERS picks the reader by file suffix.

A reader returns the document text with the web page's chrome removed; every
evidence offset downstream refers to that text, so readers are deterministic.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from archivekg.errors import DocumentError
from archivekg.model import Document
from archivekg.read.decode import Undecodable, decode
from archivekg.read.html import TruncatedHTML, text_of_html
from archivekg.read.text import text_of_plain

__all__ = ["READERS", "collect_paths", "read_document"]

Reader = Callable[[str], str]


def _read_html(text: str) -> str:
    return text_of_html(text)[0]


# suffix -> (media type, reader); any other suffix is read as plain text.
READERS: dict[str, tuple[str, Reader]] = {
    ".html": ("text/html", _read_html),
    ".htm": ("text/html", _read_html),
}
PLAIN: tuple[str, Reader] = ("text/plain", text_of_plain)

_WORD = re.compile(r"[^\W\d_]{2,}")


def collect_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders expanded recursively (hidden entries skipped); sorted, unique.

    Every regular file inside a folder is a candidate, so a stray binary file is
    read and rejected with a reason instead of being silently ignored.
    """
    found: dict[Path, Path] = {}
    for path in map(Path, paths):
        if path.is_dir():
            for candidate in path.rglob("*"):
                hidden = any(part.startswith(".") for part in candidate.relative_to(path).parts)
                if not hidden and candidate.is_file():
                    found.setdefault(candidate.resolve(), candidate)
        else:
            found.setdefault(path.resolve(), path)
    return sorted(found.values(), key=str)


def read_document(path: Path) -> Document:
    """Read one file; DocumentError(path, reason) when it is not a readable document."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(str(path), "no such file") from None
    except IsADirectoryError:
        raise DocumentError(str(path), "is a directory, not a file") from None
    except OSError as exc:
        raise DocumentError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    media_type, reader = READERS.get(path.suffix.lower(), PLAIN)
    try:
        text = reader(decode(raw))
    except (Undecodable, TruncatedHTML) as exc:
        raise DocumentError(str(path), str(exc)) from None
    if not _WORD.search(text):
        raise DocumentError(str(path), "no readable text (only page chrome, markup or symbols)")
    return Document(
        doc_id=path.stem,
        source=path.name,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type=media_type,
    )
