"""Raw bytes -> text, or a short human reason why the file is not a document.

Every later offset refers to the decoded text, so decoding is strict: no guessing
of legacy encodings, no silent replacement characters.
"""

from __future__ import annotations

import codecs
import re

# C0 control bytes other than tab, line feed, form feed and carriage return; counted by
# deleting them (bytes.translate), far cheaper than a regex scan of every document.
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?")
_WIDE_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
"""No-break and typographic spaces, as a page saved from a word processor's HTML has them: read as
plain spaces, one for one, so every rule that reads a blank reads them too."""
# More than this share of control characters means the file is not text.
_CONTROL_SHARE = 0.02


class Undecodable(ValueError):
    """The bytes are not a text document; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def decode(raw: bytes) -> str:
    """The text of `raw` with line endings normalised to \\n and wide spaces to plain ones.

    Accepts UTF-8 (with or without BOM) and UTF-16 with BOM; raises Undecodable
    for empty, binary, non-UTF-8 and truncated input.
    """
    if not raw.strip():
        raise Undecodable("empty file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(raw)
        if _too_many(len(_CONTROL_CHARS.findall(text)), len(text)):
            raise Undecodable("binary file, not a document")
    else:
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        # In UTF-8 every control character is its own byte, so counting bytes counts the text's.
        if b"\x00" in raw or _too_many(len(raw) - len(raw.translate(None, _CONTROL_BYTES)), len(raw)):
            raise Undecodable("binary file, not a document")
        text = _decode_utf8(raw)
    text = _WIDE_SPACES.sub(" ", _LINE_BREAKS.sub("\n", text))
    if not text.strip():
        raise Undecodable("empty file")
    return text


def _too_many(count: int, total: int) -> bool:
    return count > 0 and count > _CONTROL_SHARE * total


def _decode_utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise Undecodable("truncated: ends inside a UTF-8 character") from None
        byte = raw[exc.start]
        raise Undecodable(f"not UTF-8 text (byte 0x{byte:02x} at offset {exc.start})") from None


def _decode_utf16(raw: bytes) -> str:
    if len(raw) % 2:
        raise Undecodable("truncated: ends inside a UTF-16 character")
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise Undecodable(f"not UTF-16 text (offset {exc.start})") from None
