"""Readers: files, folders and globs -> RawPage (or ReadError), streamed.

Inputs: scraped text pages, saved HTML pages, WARC / WARC.gz crawls (FastWARC), JSON Lines
(`url` + `html` or `text`), JSON files (a unifiedfc claim with its articles, a record or a
list of records). The kind of each file is sniffed from its first bytes and its name.

A bad input never stops the run: it becomes one ``ReadError`` naming the file (and the WARC
record or JSONL line), and reading goes on with the rest. WARC and JSONL files are streamed
record by record; single-page files larger than ``max_bytes`` are refused from their size
alone, without being read.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rasd.ingest.encoding import DecodeError, decode
from rasd.ingest.html import html_to_page, meta_charset
from rasd.records import RawPage, ReadError

SKIP_SUFFIXES = (".yaml", ".yml", ".md", ".py", ".pyc")
_GZIP_MAGIC = b"\x1f\x8b"
_HEAD_BYTES = 8192
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:html|head|body|meta|title|div|p|span|a|table|article|section|script|br|link)\b[^>]*>", re.I)
_UNIFIEDFC_HEAD = re.compile(r'"(?:claim|article)"\s*:')
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xhtml", "text/xhtml")
_RECORD_HINTS = ("date", "author", "sitename", "description", "section", "published")


def iter_pages(paths: Iterable[str], max_bytes: int = 50_000_000,
               extract_html: bool = True) -> Iterator[RawPage | ReadError]:
    """Yield one RawPage per page found in ``paths`` (files, folders, globs), or a ReadError.

    ``extract_html=False`` yields HTML pages without running the extractor (empty text; a single
    HTML file is not even read, so it counts as one page whatever its content): for a pass that
    only counts pages and reads scraped text, such as the site-template count.
    """
    for item in _expand(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield from _read_file(item, max_bytes, extract_html)
        except Exception as exc:   # a reader bug must not end the run; name the file
            yield ReadError(item, f"unexpected error while reading: {type(exc).__name__}: {exc}")


def sniff_kind(path: str) -> str:
    """What a path holds: directory | warc | jsonl | unifiedfc | json | html | scraped-text | missing.

    Decided from the name and the first bytes (decompressed for .gz); never reads the whole file.
    """
    if os.path.isdir(path):
        return "directory"
    if not os.path.isfile(path):
        return "missing"
    name = os.path.basename(path).lower()
    try:
        head, gzipped = _head(path)
    except OSError:
        head, gzipped = b"", False
    base = name[:-3] if gzipped and name.endswith(".gz") else name
    if base.endswith((".warc", ".arc")) or head.startswith(b"WARC/"):
        return "warc"
    if base.endswith((".jsonl", ".ndjson", ".jsonlines")):
        return "jsonl"
    text = _head_text(head)
    stripped = text.lstrip()
    if base.endswith(".json"):
        return "unifiedfc" if stripped.startswith("{") and _UNIFIEDFC_HEAD.search(text) else "json"
    if base.endswith((".html", ".htm", ".xhtml", ".shtml")):
        return "html"
    if stripped.startswith("{") and _first_line_is_record(stripped):
        return "jsonl"
    if _looks_like_html(text):
        return "html"
    return "scraped-text"


# --- paths ---------------------------------------------------------------------------------

def _expand(paths: Iterable[str]) -> Iterator[str | ReadError]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]   # a single path given by mistake: don't iterate its characters
    for raw in paths:
        path = os.fspath(raw)
        if os.path.isdir(path):
            yield from _walk(path)
        elif os.path.isfile(path):
            yield path
        elif glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield ReadError(path, "no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match)
                elif not _skipped(os.path.basename(match)):
                    yield match
        else:
            yield ReadError(path, "no such file or directory")


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.lower().endswith(SKIP_SUFFIXES)


def _walk(root: str) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if not _skipped(name):
                yield os.path.join(folder, name)


# --- dispatch ------------------------------------------------------------------------------

def _read_file(path: str, max_bytes: int, extract_html: bool = True) -> Iterator[RawPage | ReadError]:
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        yield ReadError(path, f"cannot read: {exc.strerror or exc}")
        return
    if size == 0:
        yield ReadError(path, "empty file")
        return
    kind = sniff_kind(path)
    if kind == "warc":
        yield from _read_warc(path, max_bytes, extract_html)
    elif kind == "jsonl":
        yield from _read_jsonl(path, max_bytes, extract_html)
    elif kind in ("unifiedfc", "json"):
        yield from _read_json(path, max_bytes)
    elif kind == "html" and not extract_html:
        # a pass that only counts pages (the site-template count) needs no bytes of an HTML file
        yield RawPage(source=path, text="", kind="html")
    else:
        yield from _read_single(path, kind, size, max_bytes, extract_html)


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large ({size / 1e6:.0f} MB > limit {max_bytes / 1e6:.0f} MB)"


def _read_bounded(path: str, size: int, max_bytes: int) -> bytes | ReadError:
    """The whole file (decompressed if gzip), refusing anything over ``max_bytes`` early."""
    if size > max_bytes:
        return ReadError(path, _too_large(size, max_bytes))
    with open(path, "rb") as fh:
        magic = fh.read(2)
        fh.seek(0)
        if magic != _GZIP_MAGIC:
            return fh.read()
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                data = gz.read(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            return ReadError(path, f"corrupt gzip file: {exc}")
    if len(data) > max_bytes:
        return ReadError(path, f"file too large once decompressed (> limit {max_bytes / 1e6:.0f} MB)")
    return data


def _read_single(path: str, kind: str, size: int, max_bytes: int,
                 extract_html: bool = True) -> Iterator[RawPage | ReadError]:
    data = _read_bounded(path, size, max_bytes)
    if isinstance(data, ReadError):
        yield data
        return
    try:
        decoded = decode(data, meta_charset(data) if kind == "html" else None)
    except DecodeError as exc:
        yield ReadError(path, str(exc))
        return
    if kind == "html" or _looks_like_html(decoded.text[:_HEAD_BYTES]):
        yield _html_page(extract_html, decoded.text, path, kind="html", encoding=decoded.encoding,
                         warnings=decoded.warnings)
        return
    meta: dict[str, Any] = {"warnings": decoded.warnings} if decoded.warnings else {}
    yield RawPage(source=path, text=decoded.text, encoding=decoded.encoding, kind="scraped-text", meta=meta)


# --- WARC ----------------------------------------------------------------------------------

def _read_warc(path: str, max_bytes: int, extract_html: bool = True) -> Iterator[RawPage | ReadError]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    wanted = WarcRecordType.response | WarcRecordType.resource
    seen = 0
    last_pos = 0
    with open(path, "rb") as fh:
        records = iter(ArchiveIterator(fh, record_types=WarcRecordType.any_type, parse_http=True))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as exc:   # FastWARC raises OSError on a header it cannot parse
                yield ReadError(f"{path}#after offset {last_pos}",
                                f"malformed WARC record ({exc}); the rest of the file is skipped")
                return
            seen += 1
            last_pos = record.stream_pos
            try:
                item = _warc_record(path, record, wanted, max_bytes, extract_html)
            except Exception as exc:
                item = ReadError(f"{path}#offset {record.stream_pos}",
                                 f"unreadable WARC record: {type(exc).__name__}: {exc}")
            if item is not None:
                yield item
    if seen == 0:
        yield ReadError(path, "no WARC records found (not a WARC file?)")


def _warc_record(path: str, record, wanted, max_bytes: int, extract_html: bool = True) -> RawPage | ReadError | None:
    from fastwarc.warc import WarcRecordType

    record_id = (record.record_id or "").strip("<>")
    source = f"{path}#{record_id}" if record_id else f"{path}#offset {record.stream_pos}"
    rtype = record.record_type
    if rtype == WarcRecordType.unknown or not record_id:
        return ReadError(source, "malformed WARC record (no valid WARC-Type / WARC-Record-ID header)")
    if not rtype & wanted:
        return None
    url = record.headers.get("WARC-Target-URI")
    if rtype == WarcRecordType.response:
        if not record.is_http_parsed:
            return ReadError(source, "malformed WARC response: no parsable HTTP headers")
        status = record.http_headers.status_code
        if status is not None and not 200 <= status < 300:
            return None   # redirects, errors: not pages
        content_type = record.http_content_type
        declared = record.http_charset
        http_headers = record.http_headers
    else:
        content_type = (record.headers.get("Content-Type") or "").split(";")[0].strip().lower() or None
        declared = None
        http_headers = None
    if content_type and content_type.lower() not in _HTML_TYPES:
        return None
    length = record.content_length
    if length > max_bytes:
        return ReadError(source, f"record too large ({length / 1e6:.0f} MB > limit {max_bytes / 1e6:.0f} MB)")
    body = record.reader.read()
    if len(body) < length:
        return ReadError(source, f"truncated WARC record: payload has {len(body)} of {length} bytes")
    warnings: list[str] = []
    if record.headers.get("WARC-Truncated"):
        warnings.append(f"WARC-Truncated: {record.headers.get('WARC-Truncated')} (page may be incomplete)")
    if http_headers is not None:
        body = _http_decode(body, http_headers)
        if isinstance(body, str):
            return ReadError(source, body)
    if content_type is None and not _looks_like_html(_head_text(body[:_HEAD_BYTES])):
        return None
    try:
        decoded = decode(body, declared or meta_charset(body))
    except DecodeError as exc:
        return ReadError(source, str(exc))
    crawl_date = record.headers.get("WARC-Date")
    return _html_page(extract_html, decoded.text, source, url=url, kind="warc", encoding=decoded.encoding,
                        crawl_date=crawl_date[:10] if crawl_date else None,
                        warnings=warnings + decoded.warnings)


def _html_page(extract: bool, html: str, source: str, **kw: Any) -> RawPage | ReadError:
    if extract:
        return html_to_page(html, source, **kw)
    return RawPage(source=source, text="", url=kw.get("url"), kind=kw.get("kind", "html"))


def _http_decode(body: bytes, headers) -> bytes | str:
    """Undo chunked transfer and gzip/deflate content encoding; an error message on failure."""
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        out, pos = bytearray(), 0
        while True:
            end = body.find(b"\r\n", pos)
            if end < 0:
                return "malformed chunked HTTP body"
            try:
                size = int(body[pos:end].split(b";")[0], 16)
            except ValueError:
                return "malformed chunked HTTP body"
            if size == 0:
                break
            out += body[end + 2:end + 2 + size]
            pos = end + 2 + size + 2
        body = bytes(out)
    encoding = (headers.get("Content-Encoding") or "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            return zlib.decompress(body, 47 if encoding != "deflate" else zlib.MAX_WBITS)
        except zlib.error:
            try:
                return zlib.decompress(body, -zlib.MAX_WBITS)
            except zlib.error as exc:
                return f"corrupt {encoding} HTTP body: {exc}"
    if encoding in ("", "identity"):
        return body
    return f"unsupported HTTP Content-Encoding {encoding!r}"


# --- JSON Lines ----------------------------------------------------------------------------

def _read_jsonl(path: str, max_bytes: int, extract_html: bool = True) -> Iterator[RawPage | ReadError]:
    line_no = 0
    try:
        with open(path, "rb") as raw:
            gzipped = raw.read(2) == _GZIP_MAGIC
            raw.seek(0)
            stream: BinaryIO = gzip.GzipFile(fileobj=raw) if gzipped else raw   # type: ignore[assignment]
            for line_no, line in _lines(stream, max_bytes):
                source = f"{path}#line {line_no}"
                if line is None:
                    yield ReadError(source, f"line too long (> limit {max_bytes / 1e6:.0f} MB)")
                    continue
                if line_no == 1:
                    line = line.removeprefix(b"\xef\xbb\xbf")
                if not line.strip():
                    continue
                yield _jsonl_record(line, source, extract_html)
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadError(f"{path}#line {line_no + 1}", f"corrupt or truncated file ({exc}); the rest is skipped")


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; a line longer than ``max_bytes`` is skipped unread and given as None."""
    line_no = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        line_no += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):   # drain the rest of the long line
                line = stream.readline(1 << 20)
            yield line_no, None
            continue
        yield line_no, line


def _jsonl_record(line: bytes, source: str, extract_html: bool = True) -> RawPage | ReadError:
    try:
        decoded = decode(line)
        obj = json.loads(decoded.text)
    except DecodeError as exc:
        return ReadError(source, str(exc))
    except json.JSONDecodeError as exc:
        return ReadError(source, f"invalid JSON ({exc.msg} at column {exc.colno})")
    except ValueError as exc:
        return ReadError(source, f"invalid JSON: {exc}")
    return _record(obj, source, "jsonl", decoded.encoding, extract_html)


def _record(obj: Any, source: str, kind: str, encoding: str | None,
            extract_html: bool = True) -> RawPage | ReadError:
    """One {"url", "html" | "text", ...} record."""
    if not isinstance(obj, dict):
        return ReadError(source, f"expected a JSON object, got {type(obj).__name__}")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    html, text = obj.get("html"), obj.get("text")
    hints = {k: obj[k] for k in _RECORD_HINTS if isinstance(obj.get(k), str) and obj[k].strip()}
    title = obj.get("title") if isinstance(obj.get("title"), str) and obj["title"].strip() else None
    if isinstance(html, str) and html.strip():
        page = _html_page(extract_html, html, source, url=url, kind=kind, encoding=encoding)
        if isinstance(page, RawPage):
            if page.title is None:
                page.title = title
            for key, value in hints.items():
                page.meta.setdefault(f"record_{key}", value)
        return page
    if isinstance(text, str) and text.strip():
        # a text record is scraped text (it gets the scraped-text cleaning); only HTML records
        # went through trafilatura and carry the container kind
        meta = {f"record_{k}": v for k, v in hints.items()}
        return RawPage(source=source, text=text, url=url, title=title, meta=meta, encoding=encoding,
                       kind="scraped-text")
    return ReadError(source, "no non-empty 'html' or 'text' field")


# --- JSON (unifiedfc claims, records) ------------------------------------------------------

def _read_json(path: str, max_bytes: int) -> Iterator[RawPage | ReadError]:
    data = _read_bounded(path, os.path.getsize(path), max_bytes)
    if isinstance(data, ReadError):
        yield data
        return
    try:
        decoded = decode(data)
        obj = json.loads(decoded.text)
    except DecodeError as exc:
        yield ReadError(path, str(exc))
        return
    except ValueError as exc:
        yield ReadError(path, f"invalid JSON: {exc}")
        return
    if isinstance(obj, dict) and "article" in obj:
        yield from _unifiedfc(path, obj, decoded.encoding)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield _record(item, f"{path}#item {i}", "jsonl", decoded.encoding)
    elif isinstance(obj, dict) and ("html" in obj or "text" in obj):
        yield _record(obj, path, "jsonl", decoded.encoding)
    else:
        yield ReadError(path, "JSON is neither a unifiedfc claim (claim, article[], url[]) nor page records")


def _unifiedfc(path: str, claim: dict[str, Any], encoding: str) -> Iterator[RawPage | ReadError]:
    """One RawPage per article of a unifiedfc claim file; the article text is kept as is."""
    articles = claim.get("article")
    if not isinstance(articles, list):
        yield ReadError(path, "unifiedfc claim without an 'article' list")
        return
    urls = claim.get("url") if isinstance(claim.get("url"), list) else []
    stances = claim.get("stance") if isinstance(claim.get("stance"), list) else []
    rationales = claim.get("rationale") if isinstance(claim.get("rationale"), list) else []
    claim_id = claim.get("id") or Path(path).stem
    for i, article in enumerate(articles):
        source = f"{path}#article-{i}"
        if not isinstance(article, str) or not article.strip():
            yield ReadError(source, "empty article")
            continue
        url = urls[i] if i < len(urls) and isinstance(urls[i], str) and urls[i].strip() else None
        meta = {
            "claim_id": claim_id,
            "claim": claim.get("claim"),
            "stance": stances[i] if i < len(stances) else None,
            "rationale": _rationale(rationales[i]) if i < len(rationales) else None,
        }
        if claim.get("fact") is not None:
            meta["fact"] = claim.get("fact")
        yield RawPage(source=source, text=article, url=url, meta=meta, encoding=encoding, kind="unifiedfc")


def _rationale(value: Any) -> list[int] | Any:
    """unifiedfc stores line indices as a string "[3, 5]": give a list of ints."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list) and all(isinstance(v, int) for v in value):
        return value
    return value


# --- sniffing helpers ----------------------------------------------------------------------

def _head(path: str) -> tuple[bytes, bool]:
    with open(path, "rb") as fh:
        head = fh.read(_HEAD_BYTES)
        if not head.startswith(_GZIP_MAGIC):
            return head, False
        fh.seek(0)
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                return gz.read(_HEAD_BYTES), True
        except (OSError, EOFError, zlib.error):
            return b"", True


def _head_text(head: bytes) -> str:
    """Best-effort text of a file's first bytes (may be cut mid-character)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[2:len(head) & ~1].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "ignore")
    if head[1:2] == b"\x00" or head[0:1] == b"\x00":   # UTF-16 without BOM (ASCII first char)
        return head[:len(head) & ~1].decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be", "ignore")
    return head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "ignore")


def _looks_like_html(text: str) -> bool:
    if _HTML_START.match(text):
        return True
    return len(_HTML_TAG.findall(text[:_HEAD_BYTES])) >= 8


def _first_line_is_record(text: str) -> bool:
    line = text.split("\n", 1)[0]
    try:
        obj = json.loads(line)
    except ValueError:
        # a long first line cut by the head: fall back to the keys near its start
        return bool(re.match(r'\{\s*"(?:url|html|text|id|title)"\s*:', line))
    return isinstance(obj, dict) and ("html" in obj or "text" in obj)


__all__ = ["SKIP_SUFFIXES", "iter_pages", "sniff_kind"]
