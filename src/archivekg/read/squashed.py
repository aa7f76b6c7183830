"""The archive's PDF export copied from a document-sharing site: every block run into one line.

Such a copy opens with the site's own lines (`Total Page:4`, `File Type:pdf, Size:…`),
then one line holding the banner, date, title, `Citation:`, address, `Summary:`,
`Credits:`, `Original Language:`, `Contents:` and the body. Each block is put back
on lines of its own, as in the clean export, so the metadata extractor reads the
copy like the export and the body no longer starts inside a citation.
"""

from __future__ import annotations

import re

from archivekg.read.sections import EXPORT_SECTIONS, section_pattern

_LABELS = tuple(f"{section}:" for section in EXPORT_SECTIONS)
# How many of the labels one line must hold to count as a squashed export.
_MIN_LABELS = 3
_SITE_LINE = re.compile(r"^\s*(?:Total Pages?\s*:\s*\d+|File Type\s*:\s*\w+.*)\s*$", re.I)
_BANNER = re.compile(
    r"^\s*(?:Digital Archive\s+)?International History Declassified\s*(?:digitalarchive\.wilsoncenter\.org\s*)?", re.I
)
_BLOCK_LABEL = re.compile(rf"\s*\b({section_pattern()}):\s*")
_HEAD_DATE = re.compile(
    r"^(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2},)?\s+\d{4}|\d{4})\s+(?P<title>\S.*)$"
)
_URL = re.compile(r"\s*<?(https?://\S+?)>?(?=\s|$)\s*")
# The formats listed under `Contents:` before the body begins.
_FORMATS = re.compile(
    r"^(?:(?:English\s+)?Translation(?:\s*-\s*[A-Z][a-z]+)?|Original\s+(?:Scan|Transcript)(?:\s*-\s*[A-Z][a-z]+)?"
    r"|Transcript(?:\s*-\s*[A-Z][a-z]+)?)\s*",
)
# `Original Language:` names one or two languages, then the next block begins.
_LANGUAGE = re.compile(r"^(?P<language>[A-Z][a-z]+(?:,\s*[A-Z][a-z]+)*)\s*(?P<rest>.*)$", re.S)


def squashed_lines(text: str) -> tuple[int, int] | None:
    """The lines [first, last) that run the export's blocks together, or None.

    The clean export puts each label alone on its line; a squashed copy has text after at least
    three of them. Found with str.find: it runs on every file.
    """
    inline: list[int] = []
    for label in _LABELS:
        at = text.find(label)
        if at != -1 and text[at + len(label) : at + len(label) + 2].strip(" \t") not in ("", "\n", "\r"):
            inline.append(at)
    if len(inline) < _MIN_LABELS:
        return None
    first = text.count("\n", 0, min(inline))
    return first, text.count("\n", 0, max(inline)) + 1


def unsquash(text: str, span: tuple[int, int]) -> str:
    """The text with the squashed lines laid out in blocks; the site's lines and its copy of the title dropped."""
    lines = text.split("\n")
    first, last = span
    blocks = _blocks(" ".join(line.strip() for line in lines[first:last]))
    head = [
        line for line in lines[:first]
        if not _SITE_LINE.match(line) and _BANNER.sub("", line).strip() not in (*blocks[:2], "")
    ]
    return "\n".join([*head, "\n\n".join(piece for piece in blocks if piece), *lines[last:]])


_BODY_BREAK = re.compile(
    r"(?:(?<=[.;!?] )|(?<=\d ))(?=(?:Participants|Present|Invitees|Attending|In attendance)\b[^.:\n]{0,40}:)|"
    r"(?<=[.!?] )(?=(?:Comrade|Cde\.) (?:[A-Z][\w’'-]+ ){1,3}?[A-Z][\w’'-]+ ?: [A-Z])"
)
"""Where a squashed body's blocks began: a list of those present (`Participants in the meeting :
comrades …`, `Invitees to the meeting: …`) and a speaker's turn (`Comrade Nicolae Ceausescu : …`)."""


def _body_blocks(body: str) -> list[str]:
    """The body cut back into the paragraphs its lists and turns opened."""
    return [piece.strip() for piece in _BODY_BREAK.split(body)]


def _blocks(line: str) -> list[str]:
    """`<banner> <date> <title> Citation: … Summary: … Contents: … <body>` as the export's paragraphs.

    Labels are looked for only before `Contents:`: what follows it is the body.
    """
    contents = line.find("Contents:")
    before, body = (line, None) if contents == -1 else (line[:contents], line[contents + len("Contents:") :])
    pieces = _BLOCK_LABEL.split(_BANNER.sub("", before))
    out: list[str] = []
    opening = pieces[0].strip()
    if head := _HEAD_DATE.match(opening):
        out += [head["date"], head["title"]]
    else:
        out += ["", opening]
    for label, value in zip(pieces[1::2], pieces[2::2]):
        value = value.strip()
        if label == "Citation":
            urls = _URL.findall(value)
            out += [f"{label}:", _URL.sub(" ", value).strip(), *(f"<{url}>" for url in urls)]
        elif label.startswith("Original Language") and (language := _LANGUAGE.match(value)):
            out += [f"{label}:", language["language"], language["rest"]]
        else:
            out += [f"{label}:", value]
    if body is not None:
        body = body.strip()
        formats = _FORMATS.match(body)
        if formats:
            out += ["Contents:", formats[0].strip(), *_body_blocks(body[formats.end() :])]
        else:
            out += ["Contents:", *_body_blocks(body)]
    return out
