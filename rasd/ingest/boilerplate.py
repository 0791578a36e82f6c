"""Boilerplate detection for already-scraped text: line rules and per-site templates.

Two independent signals:

* line rules (``rasd/data/ingest/line_rules.yaml``): regexes over the normalised line for
  widget shapes (view counters, time stamps, share bars, "مقالات ذات صلة" ...), learned from
  the unifiedfc corpus with ``rasd.ingest.learn_rules``. They work on a single page.
* site templates (CCNet-style): every line is reduced to ``line_key`` and hashed; a key seen
  on enough distinct pages *of the same site* is template (ticker, navigation, footer).
  Counting is per site, so a sentence quoted by two different sites is never template.
"""

from __future__ import annotations

import hashlib
import math
import re
import sqlite3
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from rasd.data import read_data
from rasd.records import RawPage
from rasd.text.normalize import DROPPED_CHARS, normalize, normalize_word

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ingest"

# --------------------------------------------------------------------------- domains

_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "edu", "ac", "info", "news", "gob", "ltd"}
# A URL written out in the page text, also in pre-tokenised form "http : / / anapress . net / a / 1".
_URL_IN_TEXT = re.compile(r"(?:https?\s*:\s*/\s*/\s*|www\s*\.\s*)((?:[a-z0-9-]+\s*\.\s*)+[a-z]{2,})", re.I)


def registered_domain(url: str | None) -> str | None:
    """Registrable domain of a URL: "https://www.anapress.net/a/1" -> "anapress.net",
    "almanar.com.lb" -> "almanar.com.lb", "arabic.rt.com" -> "rt.com"."""
    host = url_host(url)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@lru_cache(maxsize=256)      # (cleaning asks for a page URL's host three times: site, publisher, domain)
def url_host(url: str | None) -> str | None:
    """Lower-case host without "www."; None when the string is not a URL with a dotted host."""
    if not url:
        return None
    u = url.strip()
    if "://" not in u:
        u = "http://" + u
    try:
        host = urlsplit(u).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.rstrip(".")
    return host[4:] if host.startswith("www.") else host


def url_in_lines(lines: list[str], edge: int = 30) -> str | None:
    """The first URL written on its own in the first/last ``edge`` lines (scraped pages keep
    the page URL there), normalised to "http://host/path"."""
    n = len(lines)
    idx = list(range(min(edge, n))) + list(range(max(edge, n - edge), n))
    for i in idx:
        line = lines[i].strip()
        if not line or len(line) > 300:
            continue
        m = _URL_IN_TEXT.match(line)
        if m:
            return re.sub(r"\s+", "", line)
    return None


def site_of(raw: RawPage) -> str | None:
    """Registered domain from ``raw.url`` or a URL line near the top/bottom of the text."""
    site = registered_domain(raw.url)
    if site:
        return site
    return registered_domain(url_in_lines(raw.text.split("\n")))


# --------------------------------------------------------------------------- line rules

_WS = re.compile(r"\s+")


def rule_form(line: str) -> str:
    """The form rules match on: normalised, spaces collapsed, stripped."""
    return _WS.sub(" ", normalize(line)).strip()


def normalize_pattern(pattern: str) -> str:
    """A regex pattern from a data file with its Arabic letters folded like the text (أ->ا, ة->ه ...):
    the line rules' and the teaser cues' patterns. Regex syntax is left alone (normalize() lower-cases,
    which would turn \\S into \\s)."""
    return "".join(normalize(c) if "\u0600" <= c <= "\u06ff" else c for c in pattern)


@dataclass(slots=True)
class LineRule:
    name: str
    mode: str            # full | search
    max_words: int
    regex: re.Pattern[str]
    # the pattern compiled without re.IGNORECASE when that matches the same on lower-cased
    # forms (see _case_plain, _CASE_FOLDED): case-insensitive alternations of literals are
    # searched position by position, ~2x slower than plain ones
    plain: re.Pattern[str] | None = None


# What re.IGNORECASE lets an ASCII letter match beyond itself: its other case, and (Python's
# re documentation, "IGNORECASE") the four non-ASCII letters İ ı ſ K. Rule forms are lower-cased
# (normalize): a form without any of these matches a _case_plain pattern with or without the flag.
_CASE_FOLDED = re.compile("[A-Z\u0130\u0131\u017f\u212a]")


def _case_plain(pattern: str) -> bool:
    """True when the only cased characters ``pattern`` spells are ASCII lower-case letters
    (written as themselves): then re.IGNORECASE changes what it matches only by _CASE_FOLDED
    characters. Conservative: escapes that spell a character (\\x \\u \\U \\N, octal/group
    numbers) and inline flags make it False."""
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt in ("x", "u", "U", "N") or nxt.isdigit() or (not nxt.isascii() and nxt.lower() != nxt.upper()):
                return False
            i += 2            # \s \d \w \b (and upper-case forms), escaped punctuation: no case
            continue
        if c == "(" and pattern[i + 1:i + 2] == "?" and pattern[i + 2:i + 3] not in (":", "=", "!", "<"):
            return False      # inline flags
        if c.lower() != c.upper() and not "a" <= c <= "z":
            return False
        i += 1
    return True


@dataclass(slots=True)
class LineRules:
    rules: list[LineRule]
    max_words: int       # lines longer than this are never checked
    source: str

    def match(self, form: str, n_words: int | None = None) -> str | None:
        """Name of the first rule that matches the rule form of a line, else None."""
        if not form:
            return None
        if n_words is None:
            n_words = form.count(" ") + 1
        if n_words > self.max_words:
            return None
        plain = _CASE_FOLDED.search(form) is None
        for r in self.rules:
            if n_words > r.max_words:
                continue
            rx = r.plain if plain and r.plain is not None else r.regex
            if (rx.fullmatch(form) if r.mode == "full" else rx.search(form)):
                return r.name
        return None

    def search_any(self, form: str) -> str | None:
        """Name of the first search-mode rule found anywhere in ``form``, whatever its length
        (for widget text glued to a sentence in pre-tokenised pages)."""
        for r in self.rules:
            if r.mode == "search" and r.regex.search(form):
                return r.name
        return None


@lru_cache(maxsize=1)
def load_line_rules() -> LineRules:
    data = read_data(DATA_DIR / "line_rules.yaml")
    variables = {k: normalize_pattern(v) for k, v in (data.get("vars") or {}).items()}
    rules: list[LineRule] = []
    for entry in data["rules"]:
        pat = entry["pattern"]
        for k, v in variables.items():
            pat = pat.replace("{" + k + "}", v)
        source = normalize_pattern(pat)
        rx = re.compile(source, re.I)
        if rx.groups:
            raise ValueError(f"line rule {entry['name']!r} has capturing groups; use (?:...)")
        plain = re.compile(source) if _case_plain(source) else None
        rules.append(LineRule(entry["name"], entry.get("mode", "full"), int(entry.get("max_words", 12)), rx, plain))
    return LineRules(rules, max(r.max_words for r in rules), source="rasd/data/ingest/line_rules.yaml")


# --------------------------------------------------------------------------- site templates

FP_PREFIX = "fingerprint:"
LONG_LINE = 200          # characters; longer lines need many pages to count as template


class _KeyTable(dict):
    """str.translate table for ``fast_line_key``: punctuation/space/symbol/other (Unicode
    categories P, Z, S, C) dropped, anything else kept; filled lazily per character."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        v = None if unicodedata.category(ch).startswith(("P", "Z", "S", "C")) else ch
        self[code] = v
        return v


_DIGITS = re.compile(r"\d+")
_KEY_TABLE = _KeyTable()


# Per code point of the Basic Multilingual Plane: dropped from a key (categories P, Z, S, C, as
# _KeyTable), and decimal digit (what the regex \d matches). Keys are computed over whole pages
# with numpy: str.translate with a dict, or a regex deletion, costs tens of ns per character.
_BMP_DROP = np.array([unicodedata.category(chr(c)).startswith(("P", "Z", "S", "C")) for c in range(0x10000)])
_BMP_DIGIT = np.array([chr(c).isdecimal() for c in range(0x10000)])


def _key_of_text(text: str, keep_newlines: bool) -> str | None:
    """``key_of_normalized`` of ``text`` (newlines kept, to split per line, when asked); None when
    the text has characters beyond the BMP (the caller then uses the full table)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if not codes.size:
        return ""
    if int(codes.max()) > 0xFFFF:
        return None
    return _key_codes(codes, keep_newlines)


def _key_codes(codes: np.ndarray, keep_newlines: bool) -> str:
    """``_key_of_text`` of a text given as its (BMP) code points."""
    if not codes.size:
        return ""
    digit = _BMP_DIGIT.take(codes)      # (take: ~2x faster than indexing with uint32 codes)
    in_run = np.zeros_like(digit)           # a digit right after a digit: its run is already "0"
    in_run[1:] = digit[1:] & digit[:-1]
    keep = ~_BMP_DROP.take(codes) & ~in_run
    if keep_newlines:
        keep |= codes == 10
    return np.where(digit, np.uint32(48), codes)[keep].astype(np.uint32).tobytes().decode("utf-32-le")


def fast_line_key(line: str) -> str:
    """Same value as rasd.text.normalize.line_key, without its per-character Python loop."""
    return key_of_normalized(normalize(line))


def key_of_normalized(norm: str) -> str:
    """``line_key`` of a line already passed through ``normalize``."""
    if len(norm) < 64:           # short lines: numpy's fixed cost is more than the table's
        return _DIGITS.sub("0", norm).translate(_KEY_TABLE)
    k = _key_of_text(norm, keep_newlines=False)
    return k if k is not None else _DIGITS.sub("0", norm).translate(_KEY_TABLE)


# normalize as a per-code-point lookup over the BMP (dropped, else the normalised code point):
# normalize deletes DROPPED_CHARS and maps every other character to exactly one, each on its
# own, except where lower-casing is longer (U+0130) or depends on the context (final sigma:
# U+03A3); a text holding either takes the two-step path.
_BMP_NORM_DROP = np.array([chr(c) in DROPPED_CHARS for c in range(0x10000)])
_BMP_NORM = np.array([ord(normalize_word(chr(c))) if c not in (0x130, 0x3A3) and chr(c) not in DROPPED_CHARS
                      else c for c in range(0x10000)], dtype=np.uint32)
_CONTEXT_LOWER_CHARS = ("\u0130", "\u03a3")


def normalized_codes(joined: str, codes: np.ndarray) -> np.ndarray | None:
    """The code points of ``normalize(joined)``, given the code points of ``joined``, looked up
    code by code; None when the text holds a character that needs the string normalisation
    (beyond the BMP, or lower-cased by its context)."""
    # (the two context-dependent characters looked up in the string: one C scan each, where
    # np.isin costs a sort of the page's code points)
    if codes.size and int(codes.max()) <= 0xFFFF and not any(c in joined for c in _CONTEXT_LOWER_CHARS):
        return _BMP_NORM.take(codes[~_BMP_NORM_DROP.take(codes)])    # (take: see _key_codes)
    return None


# Normalisation and key characters in one lookup per raw BMP code point (for the texts
# ``normalized_codes`` takes): dropped by normalize (_NORM_GONE), dropped from a key (_KEY_GONE:
# categories P, Z, S, C but the line break, which separates the lines' keys), "0" for a decimal
# digit (a run of them is one "0": see _key_codes), else the normalised code point.
_NORM_GONE, _KEY_GONE = np.uint32(0xFFFFFFFF), np.uint32(0xFFFFFFFE)
_RAW_KEY = np.where(_BMP_DIGIT[_BMP_NORM], np.uint32(48),
                    np.where(_BMP_DROP[_BMP_NORM] & (_BMP_NORM != 10), _KEY_GONE, _BMP_NORM)).astype(np.uint32)
_RAW_KEY[_BMP_NORM_DROP] = _NORM_GONE


def keys_of_lines(lines: list[str]) -> list[str]:
    """``keys_of_normalized_lines(normalize_lines(lines))``, from the raw lines in one numpy pass
    (no normalised text is built: the template count only needs the keys)."""
    joined = "\n".join(lines)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    if codes.size and int(codes.max()) <= 0xFFFF and not any(c in joined for c in _CONTEXT_LOWER_CHARS):
        # _key_codes of normalized_codes: characters normalize drops go first (digits on both
        # sides of one are a single run), then a digit right after a digit and the key's
        # dropped characters
        t = _RAW_KEY.take(codes)
        t = t[t != _NORM_GONE]
        digit = t == 48
        keep = t != _KEY_GONE
        keep[1:] &= ~(digit[1:] & digit[:-1])
        keys = t[keep].tobytes().decode("utf-32-le").split("\n")
        if len(keys) == len(lines):
            return keys
    return keys_of_normalized_lines(normalize_lines(lines))


def keys_of_normalized_lines(norm_lines: list[str]) -> list[str]:
    """``key_of_normalized`` of each line, computed over the joined lines in one pass."""
    k = _key_of_text("\n".join(norm_lines), keep_newlines=True)
    if k is None:
        return [key_of_normalized(x) for x in norm_lines]
    keys = k.split("\n")
    if len(keys) != len(norm_lines):     # a line with a newline of its own
        return [key_of_normalized(x) for x in norm_lines]
    return keys


def normalize_lines(lines: list[str], codes: np.ndarray | None = None) -> list[str]:
    """``[normalize(x) for x in lines]`` in one call: normalisation maps character by character
    and never adds or removes a newline, so the joined text splits back line for line.

    ``codes``: the code points of ``"\\n".join(lines)`` (UTF-32, "surrogatepass"), when the
    caller has them: then they are normalised by table lookups, not the string passes."""
    joined = "\n".join(lines)
    norm = normalized_codes(joined, codes) if codes is not None else None
    if norm is not None:
        out = norm.tobytes().decode("utf-32-le", "surrogatepass").split("\n")
    else:
        out = normalize(joined).split("\n")
    if len(out) != len(lines):           # a line with a newline of its own
        return [normalize(x) for x in lines]
    return out


def key_hash(key: str) -> str:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def _key_digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()     # key_hash's bytes


_NO_DIGEST = bytes(8)      # placeholder of a line without a key (never read: see line_hashes)


def _text_digest(text: str) -> tuple[int, int]:
    # (the 64-bit string hash: one C pass, a few us a page, where a cryptographic digest costs
    # ~30 us; a wrong hit needs two page texts of one run with the same length and hash, and
    # the cache never leaves the process)
    return len(text), hash(text)


_SENTENCE_END = frozenset(".!?؟…")


def sentence_like(line: str, n_words: int | None = None) -> bool:
    """A sentence: 8+ words and final punctuation (``n_words``: the line's word count, when
    the caller has it)."""
    if line.rstrip(" \"'”»)]")[-1:] not in _SENTENCE_END:
        return False
    # (split at most 7 times: 8 pieces exactly when there are 8 or more words)
    return (len(line.split(None, 7)) if n_words is None else n_words) >= 8


def source_order(source: str) -> tuple[str, list[str | int]]:
    """A page's place in the order a folder is read in: its file's path, then its record's numbers
    as numbers ("x.json#article-2" before "x.json#article-10"). Independent of the order files are
    given in; the same order as reading a folder (its files sorted by name, their records in turn)."""
    path, _, record = source.partition("#")
    return path, [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", record)]


def _hex_keys(blob: bytes) -> list[str]:
    """The ``key_hash`` strings of the 8-byte key digests packed in ``blob``."""
    return [blob[i:i + 8].hex() for i in range(0, len(blob), 8)]


class SiteTemplates:
    """Per-site counts of normalised line keys (rasd.text.normalize.line_key) over distinct pages (CCNet-style).

    Keys are stored as 8-byte blake2b hashes of the key (``fast_line_key`` computes the same
    key as ``line_key``, faster).

    Threshold (``min_pages``), for a site with ``n`` counted pages:
      * navigation/ticker-like lines (not a sentence, <= 200 chars): max(2, 1% of n) pages;
      * sentence-like lines (>= 8 words, final punctuation): max(3, 5% of n), so one
        background paragraph re-used by two articles, or a page crawled twice, stays body;
      * lines longer than 200 chars: max(5, 20% of n).
    Keys are only ever compared within one site; a page with no site is never template.
    """

    # Line key hashes of counted pages, kept for their cleaning (``line_hashes``) up to this many
    # lines in all (9 bytes a line: ~3 MB, some 10,000 pages of 30 lines); beyond, cleaning
    # computes them again, so memory stays bounded on any corpus
    HASH_CACHE_LINES = 300_000

    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = {}
        self.pages: dict[str, set[str]] = {}
        self.fingerprints: dict[str, set[str]] = {}   # body fingerprints of counted pages
        # page text (length, hash) -> the 8-byte key hash of each line of text.split("\n"), then
        # one byte per line: 1 when the line has a key
        self._hashes: dict[tuple[int, int], bytes] = {}
        self._hash_lines = 0
        # deferred pages (add_page(..., defer=True)) per site, counted by ``settle`` in source
        # order: (page id, its distinct key digests packed 8 bytes each, its body's digests in
        # line order, body fingerprint). Packed bytes, not sets of hex strings: a record costs
        # ~8 bytes a line, so a corpus of 10,000 pages waits in a few MB
        self._pending: dict[str, list[tuple[str, bytes, bytes, str]]] = {}

    def __getstate__(self) -> dict[str, object]:
        # shipped to workers without the line-hash cache (a worker recomputes what it needs)
        state = dict(self.__dict__)
        state["_hashes"], state["_hash_lines"], state["_pending"] = {}, 0, {}
        return state

    def add_page(self, site: str | None, page_id: str, lines: list[str], text: str | None = None,
                 defer: bool = False) -> None:
        """Count each key once per page. A page already counted under the same id, or whose
        body (its sentence-like lines) is identical to, or mostly shared with, a counted page of
        the site — the same article crawled twice — is not counted again, or its body would
        become template.

        ``text``: the page text when ``lines`` is ``text.split("\n")``; the line key hashes are
        then kept for cleaning that page (``line_hashes``) instead of being computed again.

        ``defer``: the page is counted by ``settle``, with the other deferred pages of its site in
        the order of their sources (``source_order``). Which of two copies of an article is
        counted (the other is left out as a re-publication, identical or mostly shared) then
        depends on their sources, not on which was read first: counted in reading order, giving
        the files in another order changed a site's template lines and so the cleaned text of
        its pages (breadth, reversed file list: 6 pages, e.g. step news digests with 353 vs 133
        characters of boilerplate)."""
        if not site:
            return
        seen = self.pages.setdefault(site, set())
        if page_id in seen:
            return
        keys: set[str] = set()
        body: list[str] = []
        digests: set[bytes] = set()
        body_digests: list[bytes] = []
        keep = text is not None and self._hash_lines + len(lines) <= self.HASH_CACHE_LINES
        packed: list[bytes] = []
        has = bytearray(len(lines))
        blake2b = hashlib.blake2b
        for i, (line, k) in enumerate(zip(lines, keys_of_lines(lines), strict=True)):
            if k:                # (a non-empty key: the line is not blank, whitespace has no key)
                d = blake2b(k.encode("utf-8"), digest_size=8).digest()     # _key_digest(k)
                h = d.hex()      # == key_hash(k)
                keys.add(h)
                digests.add(d)
                if sentence_like(line.strip()):
                    body.append(h)
                    body_digests.append(d)
                packed.append(d)
                has[i] = 1
            else:
                packed.append(_NO_DIGEST)
        if keep and text is not None:
            packed.append(bytes(has))
            self._hashes[_text_digest(text)] = b"".join(packed)
            self._hash_lines += len(lines)
        fp = key_hash("|".join(sorted(body or keys)))
        if defer:
            self._pending.setdefault(site, []).append(
                (page_id, b"".join(sorted(digests)), b"".join(body_digests), fp))
            return
        self._count(site, page_id, keys, body, fp)

    def settle(self) -> None:
        """Count the deferred pages, site by site in the order of their sources. The counts then
        depend only on the set of pages: the exact and near re-publication rules of ``_count``
        compare a page with the pages before it in source order, whatever order they came in."""
        pending, self._pending = self._pending, {}
        for site in sorted(pending):
            pages = pending.pop(site)
            pages.sort(key=lambda p: source_order(p[0]))
            for page_id, keys_blob, body_blob, fp in pages:
                if page_id not in self.pages.get(site, ()):
                    self._count(site, page_id, set(_hex_keys(keys_blob)), _hex_keys(body_blob), fp)

    def _count(self, site: str, page_id: str, keys: set[str], body: list[str], fp: str) -> None:
        """Count a page's keys unless its body is that of a counted page (see add_page)."""
        seen = self.pages.setdefault(site, set())
        fps = self.fingerprints.setdefault(site, set())
        if fp in fps:
            return
        counts = self.counts.setdefault(site, Counter())
        # a lightly edited re-publication shares most body lines with a counted page: counting it
        # would turn that article's own lines (pull quotes, subheads) into "template"
        if body and sum(1 for h in body if counts.get(h)) >= 0.5 * len(body):
            return
        fps.add(fp)
        seen.add(page_id)
        counts.update(keys)

    def line_hashes(self, text: str, n_lines: int) -> list[str | None] | None:
        """``key_hash`` of the key of each of the ``n_lines`` lines of ``text.splitlines()`` (None:
        no key), as counted by ``add_page(..., text=text)``; None when not kept. Taken once.

        ``splitlines`` also splits at other line breaks than "\n": the counted lines are the
        same exactly when the line counts agree (every "\n" is a break of both; "\n" at the end
        leaves one more, empty, piece to split), up to a break character at the very end,
        which has no key."""
        entry = self._hashes.pop(_text_digest(text), None) if self._hashes else None
        if entry is None:
            return None
        n = len(entry) // 9
        if n_lines != n - text.endswith("\n"):
            return None
        return [entry[8 * i:8 * i + 8].hex() if entry[8 * n + i] else None for i in range(n_lines)]

    def n_pages(self, site: str | None) -> int:
        return len(self.pages.get(site, ())) if site else 0

    def min_pages(self, site: str | None, line: str) -> int:
        long_line, sentence, other = self.thresholds(site)
        return long_line if len(line) > LONG_LINE else sentence if sentence_like(line) else other

    def pages_with(self, site: str | None, line: str) -> int:
        if not site or site not in self.counts:
            return 0
        k = fast_line_key(line)
        return self.counts[site].get(key_hash(k), 0) if k else 0

    def is_template(self, site: str | None, line: str) -> bool:
        if not site or self.n_pages(site) < 2:
            return False
        return self.pages_with(site, line) >= self.min_pages(site, line)

    def thresholds(self, site: str | None) -> tuple[int, int, int]:
        """``min_pages`` of a site for (lines longer than LONG_LINE, sentence-like lines, other lines)."""
        n = self.n_pages(site)
        return max(5, math.ceil(0.20 * n)), max(3, math.ceil(0.05 * n)), max(2, math.ceil(0.01 * n))

    def save(self, db: sqlite3.Connection) -> None:
        # body fingerprints are kept as site_pages rows "fingerprint:<hash>" (not pages);
        # the caller owns the transaction
        for site, pages in self.pages.items():
            rows = [(site, p) for p in pages] + [(site, FP_PREFIX + f) for f in self.fingerprints.get(site, ())]
            db.executemany("INSERT OR IGNORE INTO site_pages (site, page) VALUES (?, ?)", rows)
        for site, counts in self.counts.items():
            db.executemany("INSERT OR REPLACE INTO site_lines (site, key, pages) VALUES (?, ?, ?)",
                           [(site, k, c) for k, c in counts.items()])

    def load(self, db: sqlite3.Connection) -> None:
        """Replace the in-memory counts with those stored in ``db``."""
        self.counts, self.pages, self.fingerprints = {}, {}, {}
        for site, page in db.execute("SELECT site, page FROM site_pages"):
            if page.startswith(FP_PREFIX):
                self.fingerprints.setdefault(site, set()).add(page[len(FP_PREFIX):])
            else:
                self.pages.setdefault(site, set()).add(page)
        for site, key, pages in db.execute("SELECT site, key, pages FROM site_lines"):
            self.counts.setdefault(site, Counter())[key] = int(pages)
