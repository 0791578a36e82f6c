"""Detect and decode the text encoding of one input (file, WARC record, JSONL value).

Order of evidence, strongest first: a byte-order mark; UTF-16 without BOM (NUL / 0x06 high
bytes at alternate positions); a declared charset (HTTP header, <meta charset>) only when
the bytes decode under it; strict UTF-8; windows-1256 when the bytes read as Arabic there
(the common legacy encoding of Arabic news sites); charset-normalizer for anything else.
Binary data and empty input are refused with ``DecodeError`` so the reader can report them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# How many bytes the statistical checks look at (decoding itself always covers everything).
_SAMPLE = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),     # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that never occur in text (TAB, LF, VT, FF, CR, ESC are allowed).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
# Characters that mean a decode went wrong: replacement char, C0/C1 controls, private use.
_BAD_CHARS = re.compile("[\ufffd\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f9]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
# Valid UTF-8 without these bytes decodes to a text with none of the _BAD_CHARS and has no
# _CONTROL byte: the C0/DEL controls themselves, EE (private use U+E000-U+EFFF), C2 80-9F (C1
# controls) and EF 80-A3 / EF BF BD (private use U+F000-U+F8FF, U+FFFD). One byte-level pass
# then stands for the binary check and the scan of the decoded text (C2 and EF also start
# common text: "«", NBSP, Arabic presentation forms, so those are checked by their second byte).
_SUSPECT_BYTES = _CONTROL + b"\xee"
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_BAD_EF_UTF8 = re.compile(b"\xef(?:[\x80-\xa3]|\xbf\xbd)")
# UTF-8 Arabic read as cp1252/latin-1 ("Ø§Ù„"): lead bytes D8-DB show up as Ø Ù Ú Û.
_MOJIBAKE = re.compile("[\u00d8\u00d9\u00da\u00db][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")

# cp1252 characters back to their byte values (as latin-1 chars), so a mojibake text can be
# re-encoded; bytes cp1252 leaves undefined were passed through as C1 controls, kept as is.
_SLOPPY_CP1252 = {ord(bytes([b]).decode("cp1252")): b for b in range(0x80, 0xA0)
                  if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}

# Declared names that sites use loosely for "some single-byte Western encoding".
_WESTERN = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso8859-1"}


class DecodeError(ValueError):
    """The bytes are not text we can read (empty, binary, undecodable)."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return (text, encoding name). Raises DecodeError."""
    result = decode(data, declared)
    return result.text, result.encoding


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Like ``decode_bytes`` but also returns warnings (ignored declaration, repairs)."""
    if not data:
        raise DecodeError("empty file")

    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name)
            except UnicodeDecodeError as exc:
                text, warns = _lenient(data[len(bom):], name, exc)
                return _checked(Decoded(text, name, warns))
            return _checked(Decoded(text, name))

    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return _checked(Decoded(data.decode(utf16), utf16))
        except UnicodeDecodeError:
            pass   # odd length or unpaired surrogate: not UTF-16 after all

    sample = data[:_SAMPLE]
    clean = _clean_bytes(data)
    if not clean and (b"\x00" in sample or _control_share(sample) > 0.02):
        raise DecodeError("binary file (not text)")
    if not data.strip():
        raise DecodeError("empty file (whitespace only)")

    warnings: list[str] = []
    declared_name = _codec_name(declared) if declared else None
    if declared and not declared_name:
        warnings.append(f"unknown declared charset {declared!r} ignored")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error: UnicodeDecodeError | None = exc
    else:
        # Valid multi-byte UTF-8 is practically never produced by chance, so it wins over a
        # declared legacy charset (sites often keep a stale declaration after converting).
        if declared_name and declared_name not in ("utf-8", "ascii") and _NON_ASCII.search(text):
            warnings.append(f"declared charset {declared} ignored: content is valid UTF-8")
        result = _repair_mojibake(Decoded(text, "utf-8", warnings))
        return _checked(result, clean=clean and result.text is text)

    if declared_name and declared_name != "utf-8":
        try:
            text = data.decode(declared_name)
        except UnicodeDecodeError:
            warnings.append(f"declared charset {declared} does not decode the content")
        else:
            legacy = _arabic_legacy(data) if declared_name in _WESTERN else None
            if legacy:
                warnings.append(f"declared charset {declared} ignored: content reads as {legacy} Arabic")
                return _checked(Decoded(data.decode(legacy), legacy, warnings))
            return _checked(Decoded(text, declared_name, warnings))

    # A truncated download cuts the last character in two: drop the partial character.
    if utf8_error is not None and utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
        try:
            text = data[: utf8_error.start].decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            warnings.append("truncated UTF-8 character at the end dropped")
            return _checked(Decoded(text, "utf-8", warnings))

    # Mostly UTF-8 with a few broken bytes (a stray byte from a bad copy).
    if utf8_error is not None and _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced")
        return _checked(Decoded(text, "utf-8", warnings))

    legacy = _arabic_legacy(data)
    if legacy:
        return _checked(Decoded(data.decode(legacy), legacy, warnings))

    return _checked(_charset_normalizer(data, warnings))


# --- helpers -----------------------------------------------------------------------------

def _codec_name(label: str) -> str | None:
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # codecs names: "cp1256", "utf-8", "iso8859-6" ... keep the web-style spelling for cp125x
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    return name


def _clean_bytes(data: bytes) -> bool:
    """True when ``data`` has no _CONTROL byte and, if it is valid UTF-8, no _BAD_CHARS once decoded."""
    if len(data.translate(None, _SUSPECT_BYTES)) != len(data):
        return False
    if b"\xc2" in data and _C1_UTF8.search(data):
        return False
    return not (b"\xef" in data and _BAD_EF_UTF8.search(data))


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls / len(sample)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: most high bytes are 0x00 (Latin) or 0x06 (Arabic)."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    if b"\x00" not in sample and b"\x06" not in sample:
        return None       # both shares below are 0 (one memchr each instead of four counts)
    sample = sample[: len(sample) & ~1]
    even, odd = sample[0::2], sample[1::2]

    def high_share(part: bytes) -> float:
        return (part.count(0) + part.count(6)) / len(part)

    odd_share, even_share = high_share(odd), high_share(even)
    if odd_share > 0.6 and even_share < 0.2:
        return "utf-16-le"
    if even_share > 0.6 and odd_share < 0.2:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when invalid sequences are rare (a stray byte) among real multi-byte text."""
    text = data[:_SAMPLE].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return bool(_NON_ASCII.search(text.replace("\ufffd", ""))) and bad <= max(2, len(text) // 2000)


def _arabic_score(sample: bytes, codec: str) -> tuple[float, int]:
    """(share of non-ASCII chars that are Arabic letters, count of the article "ال")."""
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return 0.0, 0
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii == 0:
        return 0.0, 0
    return len(_ARABIC_LETTER.findall(text)) / non_ascii, text.count("ال")


def _arabic_legacy(data: bytes) -> str | None:
    """windows-1256 (or the rarer ISO-8859-6) when the high bytes read as Arabic there.

    Both map most high bytes to Arabic letters; the definite article "ال", by far the
    most frequent Arabic bigram, tells which mapping is the real one.
    """
    sample = data[:_SAMPLE]
    while sample and sample[-1] >= 0x80:   # don't let a cut sample decide
        sample = sample[:-1]
    best: tuple[int, str] | None = None
    for codec in ("windows-1256", "iso8859-6"):
        share, al = _arabic_score(sample, codec)
        if share >= 0.75 and (best is None or al > best[0]):
            best = (al, codec)
    return best[1] if best else None


def _charset_normalizer(data: bytes, warnings: list[str]) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or best.chaos > 0.5:
        raise DecodeError("mis-encoded text: no encoding decodes it cleanly")
    name = _codec_name(best.encoding) or best.encoding
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"mis-encoded text: looks like {name} but byte {exc.start} is invalid") from None
    warnings.append(f"encoding guessed by charset-normalizer: {name}")
    return Decoded(text, name, warnings)


def _lenient(data: bytes, name: str, exc: UnicodeDecodeError) -> tuple[str, list[str]]:
    if exc.start < len(data) - 4:
        raise DecodeError(f"mis-encoded text: BOM says {name} but byte {exc.start} is invalid")
    # only the last (cut) character is broken: drop it
    return data[: exc.start].decode(name), [f"truncated {name} character at the end dropped"]


def _repair_mojibake(decoded: Decoded) -> Decoded:
    """UTF-8 Arabic that was once decoded as cp1252 and saved again as UTF-8 ("Ø§Ù„...")."""
    text = decoded.text
    sample = text[:_SAMPLE]
    if _ARABIC_LETTER.search(sample) or len(_MOJIBAKE.findall(sample)) < 5:   # Arabic text: found at once
        return decoded
    raw = text.translate(_SLOPPY_CP1252).encode("latin-1", errors="replace")
    fixed = raw.decode("utf-8", errors="replace")
    if _ARABIC_LETTER.search(fixed) and fixed.count("\ufffd") <= max(2, len(fixed) // 2000):
        decoded.warnings.append("repaired mojibake (UTF-8 Arabic that had been read as windows-1252)")
        return Decoded(fixed, decoded.encoding, decoded.warnings)
    raise DecodeError("mis-encoded text: UTF-8 Arabic garbled through a Western encoding (mojibake)")


def _checked(decoded: Decoded, clean: bool = False) -> Decoded:
    """Refuse a decode that is full of replacement / control / private-use characters.

    ``clean``: the text is the UTF-8 decoding of bytes that passed ``_clean_bytes`` (it has
    no bad character, so the scan is skipped).
    """
    text = decoded.text
    if not text or text.isspace():      # (not text.strip(): no copy of the whole text)
        raise DecodeError("empty file (no text after decoding)")
    if clean:
        return decoded
    sample = text[:_SAMPLE]
    bad = len(_BAD_CHARS.findall(sample))
    if bad > max(2, len(sample) // 100):
        raise DecodeError(f"mis-encoded text: {bad} undecodable characters after decoding as {decoded.encoding}")
    return decoded
