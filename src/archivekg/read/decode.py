"""Raw bytes -> text, or a short human reason why the file is not a document.

Every later offset refers to the decoded text, so decoding is strict: no guessing
of legacy encodings, no silent replacement characters.
"""

from __future__ import annotations

import codecs
import re

# C0 control bytes other than tab, line feed, form feed and carriage return.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?")
# More than this share of control characters means the file is not text.
_CONTROL_SHARE = 0.02


class Undecodable(ValueError):
    """The bytes are not a text document; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def decode(raw: bytes) -> str:
    """The text of `raw` with line endings normalised to \\n.

    Accepts UTF-8 (with or without BOM) and UTF-16 with BOM; raises Undecodable
    for empty, binary, non-UTF-8 and truncated input.
    """
    if not raw.strip():
        raise Undecodable("empty file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(raw)
    else:
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if b"\x00" in raw or _too_many(len(_CONTROL_BYTES.findall(raw)), len(raw)):
            raise Undecodable("binary file, not a document")
        text = _decode_utf8(raw)
    if _too_many(len(_CONTROL_CHARS.findall(text)), len(text)):
        raise Undecodable("binary file, not a document")
    text = _LINE_BREAKS.sub("\n", text)
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
