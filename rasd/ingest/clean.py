"""clean(raw, templates) -> Document: main body, boilerplate lines and page metadata.

Scraped text keeps the page's layout as lines: a header block (navigation, ticker, title,
time, URL, view counter, caption, widgets), the article's paragraphs, and a footer (related
articles, share bar, "back to top"). Lines are first marked by the line rules and, when pages
of the same site were ingested together, by the site templates (rasd.ingest.boilerplate).
Then the structure is read:

* the body starts at the first paragraph-like line (a sentence with final punctuation, or a
  long line) after the header, and ends at the last paragraph-like line, plus a statement's
  closing date lines ("الواقع في 2018/04/23", "الموافق لـ 1439/08/07");
* a title repeated in the header (before and after the URL/counters) marks the header: all
  that precedes its first occurrence is header, so a ticker goes even on a single page;
  otherwise the title is the headline-like header line closest to the body;
* a short non-sentence line after the title with a credit cue is the photo caption; a short
  label right before the title is the section;
* short lines inside the body (subheadings, pull quotes) stay body unless a rule or the site
  template marks them;
* a related-articles block that closes the body (a heading glued into the last line or standing
  alone before headlines, a run of excerpts cut short, lines other pages of the site also close
  with) goes to the boilerplate as "related" (rasd.ingest.teasers).

For html/warc/jsonl pages the reader has already run trafilatura, so only the line rules
(and templates) apply and title/author/date come from ``raw``. unifiedfc text is
pre-tokenised and mostly one sentence per line with widgets glued to the first/last
sentence; the rules apply where they can and the title is derived.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from rasd.data import word_list
from rasd.ingest.boilerplate import (
    LONG_LINE,
    SiteTemplates,
    fast_line_key,
    key_hash,
    key_of_normalized,
    keys_of_normalized_lines,
    load_line_rules,
    normalize_lines,
    registered_domain,
    rule_form,
    sentence_like,
    site_of,
    url_in_lines,
)
from rasd.ingest.metadata import (
    author_from_line,
    is_caption_like,
    load_publishers,
    parse_views,
    publisher_for_url,
    publisher_named_in_text,
    statement_issuer,
)
from rasd.ingest.teasers import MIN_KEPT_CHARS, headed_lines, teaser_start
from rasd.records import BoilerplateLine, Document, Published, Publisher, RawPage, doc_id_for
from rasd.text.normalize import normalize, normalize_with_map, remember_normalized

__all__ = ["SiteTemplates", "clean", "site_of"]

TRAFILATURA_KINDS = {"html", "warc", "jsonl"}
RULE_MAX_CHARS = 400         # longer lines are body text; rules are for widget-sized lines
SHORT_LINE_WORDS = 14        # lines up to this long are checked by the rules anywhere in the page
EDGE_LINES = 8               # longer ones only among the first/last non-blank lines
TITLE_MAX_WORDS = 40
DERIVED_TITLE_WORDS = 15
HEADLINE_SUFFIX_CHARS = 40    # a site name after the headline on its own line ("<title> | <site>")
HEADLINE_WITHIN_LINES = 4     # an HTML text's headline after at most this many chrome lines

_END_PUNCT = ".!?؟…"
_TRAILING = " \"'”»)]>"
_SENT_END_TOKEN = re.compile(r"[.!?؟](?:\s+[\"”»')\]]+)?\s+")   # pre-tokenised "... الأخيرة . Neuer"
# labels of a statement's closing date line ("حرر في", "صدر بتاريخ"; read into a regex)
CLOSING_DATE_LABELS = word_list("ingest_words.yaml", "closing_date_labels")
_CLOSING = re.compile(r"^(?:" + "|".join(CLOSING_DATE_LABELS) + r")\b"
                      r".{0,40}\d")
_NO_PUNCT_LABEL = re.compile(r"^[^\d.!?؟:،,؛;\"'«»“”()\-–—/|]+$")


def _ends_sentence(s: str) -> bool:
    return s.rstrip(_TRAILING)[-1:] in _END_PUNCT or s.rstrip(_TRAILING)[-1:] == ":"


def _paragraph_like(s: str, n_words: int) -> bool:
    """A body paragraph: a sentence (final . ! ? ؟ : …) of 8+ words, or any 30+ word line."""
    return (n_words >= 8 and _ends_sentence(s)) or n_words >= 30


def _strong_paragraph(s: str, n_words: int) -> bool:
    return (n_words >= 15 and _ends_sentence(s)) or n_words >= 40


# str.isspace per code point of the BMP (every whitespace character is in the BMP)
_BMP_SPACE = np.array([chr(c).isspace() for c in range(0x10000)])


def _word_counts(lines: list[str], codes: np.ndarray | None = None) -> list[int]:
    """``[len(s.split()) for s in lines]`` (lines without line breaks) in one numpy pass over the
    joined lines: a word starts at a non-whitespace character after whitespace or a line start;
    no per-line list of words is built. ``codes``: the joined lines' code points, when at hand."""
    if codes is None:
        codes = _joined_codes(lines)
    # (U+FFFF is no whitespace either; take: ~2x faster than indexing with uint32 codes)
    space = _BMP_SPACE.take(np.minimum(codes, 0xFFFF))
    start = ~space
    start[1:] &= space[:-1]
    line_of = np.cumsum(codes == 10)
    return np.bincount(line_of[start], minlength=len(lines)).tolist()


def _joined_codes(lines: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(lines).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def clean(raw: RawPage, templates: SiteTemplates | None = None,
          undated: Callable[[str], bool] | None = None) -> Document:
    """The page's main text and metadata. ``undated(id)`` true: the document is not dated (its
    ``published`` stays unknown) -- an exact duplicate of a stored document, kept only as a
    further source of it, needs no publication date."""
    text = raw.text or ""
    lines = text.splitlines()
    stripped = [ln.strip() for ln in lines]
    codes = _joined_codes(stripped)      # one encoding of the page for the word counts and the normalisation
    n_words = _word_counts(stripped, codes)
    # what the reader rejected or fell back on (an HTML page's date, title, extractor) stays with the document
    warnings: list[str] = list(raw.meta.get("warnings") or [])

    url = raw.url or url_in_lines(lines)
    site = registered_domain(url) or site_of(raw)
    use_templates = templates is not None and templates.n_pages(site) >= 2

    # ---- mark lines by rules and templates
    rules = load_line_rules()
    reason: list[str | None] = [None] * len(lines)
    nonblank = [i for i, s in enumerate(stripped) if s]
    norms = normalize_lines(stripped, codes)     # one normalisation of the page serves every line check
    keys: list[str] | None = None
    hashes: list[str | None] | None = None
    if use_templates:
        # the line key hashes the template count computed for this page, else its keys
        hashes = templates.line_hashes(text, len(lines))
        if hashes is None:
            keys = keys_of_normalized_lines(norms)
        site_counts = templates.counts.get(site) or {}
        thr_long, thr_sentence, thr_other = templates.thresholds(site)
    # Longer widget lines (copyright, newsletter, tag lists) sit at the page edges; checking
    # every long body sentence against them would cost a normalisation per sentence.
    edges = set(nonblank[:EDGE_LINES]) | set(nonblank[-EDGE_LINES:])
    n_sentences = n_template_sentences = 0
    shared: dict[int, int] = {}      # line -> pages of the site that have it (2+, below the template threshold)
    for i in nonblank:
        s = stripped[i]
        check_rules = len(s) <= RULE_MAX_CHARS and n_words[i] <= (
            rules.max_words if i in edges else SHORT_LINE_WORDS)
        if not (check_rules or use_templates):
            continue
        if check_rules:
            # (" ".join(x.split()) == re.sub(r"\s+", " ", x).strip(): \s and str.split both take
            # the str.isspace characters; the join is ~3x faster on short lines)
            name = rules.match(" ".join(norms[i].split()), n_words[i])
            if name:
                reason[i] = "rule:" + name
                continue
        if use_templates:
            sentence = sentence_like(s, n_words[i])
            n_sentences += sentence
            # templates.is_template without a second normalisation: the key and thresholds are at hand
            need = thr_long if len(s) > LONG_LINE else thr_sentence if sentence else thr_other
            h = hashes[i] if hashes is not None else key_hash(keys[i]) if keys[i] else None  # type: ignore[index]
            pages = site_counts.get(h, 0) if h else 0
            if pages >= need:
                reason[i] = "template"
                n_template_sentences += sentence
            elif pages >= 2:
                shared[i] = pages
    if n_template_sentences and (n_template_sentences > n_sentences / 2 or not any(
            reason[i] is None and _paragraph_like(stripped[i], n_words[i]) for i in nonblank)):
        # Most of the article's sentences recur on other pages of the site: this page is a copy
        # of another article (crawled twice, re-published), not a page sharing a template.
        for i in nonblank:
            if reason[i] == "template" and sentence_like(stripped[i], n_words[i]):
                reason[i] = None
        warnings.append("most sentences also on other pages of the site (a copy?); kept as body")

    if raw.kind in TRAFILATURA_KINDS:
        return _clean_extracted(raw, lines, stripped, n_words, reason, url, site, warnings, norms, undated, shared)
    return _clean_scraped(raw, lines, stripped, n_words, reason, url, site, warnings, norms, undated, shared)


# ---------------------------------------------------------------------------------------------


def _clean_scraped(raw: RawPage, lines: list[str], stripped: list[str], n_words: list[int],
                   reason: list[str | None], url: str | None, site: str | None,
                   warnings: list[str], norms: list[str], undated: Callable[[str], bool] | None = None,
                   shared: dict[int, int] | None = None) -> Document:
    content = [i for i, s in enumerate(stripped) if s and reason[i] is None]
    role: dict[int, str] = {}            # header lines used as metadata: title/caption/section/author
    if raw.kind == "unifiedfc":
        # one sentence per line, headers glued to the first sentence: no layout to read
        return _finish_scraped(raw, stripped, reason, role, content, url, site, warnings,
                               None, None, None, [], norms, undated, shared)

    # ---- repeated title: a headline-like line seen twice before the first strong paragraph
    strong = next((i for i in content if _strong_paragraph(stripped[i], n_words[i])), len(lines))
    title_idx = first_title_idx = None
    seen: dict[str, int] = {}
    for i in content:
        if i >= strong:
            break
        if not 2 <= n_words[i] <= TITLE_MAX_WORDS:
            continue
        k = key_of_normalized(norms[i])
        if k in seen:
            title_idx, first_title_idx = i, seen[k]
            break
        seen[k] = i

    # ---- body start
    after = title_idx if title_idx is not None else -1
    body_start = next((i for i in content if i > after and _paragraph_like(stripped[i], n_words[i])), None)
    if body_start is None:
        body_start = next((i for i in content if i > after), None)
        warnings.append("no paragraph-like line; all remaining lines kept as body")
    if body_start is None:
        body_start = len(lines)

    # ---- header metadata
    header = [i for i in content if i < body_start]
    title = section = caption = None
    authors: list[str] = []
    for i in header:
        a = author_from_line(stripped[i])
        if a:
            authors.append(a)
            role[i] = "header:author"
    header = [i for i in header if i not in role]
    if title_idx is not None:
        title = stripped[title_idx]
        role[title_idx] = role[first_title_idx] = "header:title"
        after_title = [i for i in header if i > title_idx]
        if after_title and is_caption_like(stripped[after_title[0]]):
            caption = stripped[after_title[0]]
            role[after_title[0]] = "header:caption"
        before = [i for i in header if i < first_title_idx]
        if before and _is_section_label(stripped[before[-1]], n_words[before[-1]], n_words[first_title_idx]):
            section = stripped[before[-1]]
            role[before[-1]] = "header:section"
    else:
        cands = list(header)
        if cands and is_caption_like(stripped[cands[-1]]) and len(cands) >= 2:
            caption = stripped[cands[-1]]
            role[cands[-1]] = "header:caption"
            cands = cands[:-1]
        t = next((i for i in reversed(cands) if _headline_like(stripped[i], n_words[i])), None)
        if t is not None:
            title = stripped[t]
            role[t] = "header:title"
            k = cands.index(t)
            if k > 0 and _is_section_label(stripped[cands[k - 1]], n_words[cands[k - 1]], n_words[t]):
                section = stripped[cands[k - 1]]
                role[cands[k - 1]] = "header:section"

    # ---- body end and footer
    tail = [i for i in content if i >= body_start]
    body_end = next((i for i in reversed(tail) if _paragraph_like(stripped[i], n_words[i])), None)
    if body_end is None:
        body_end = tail[-1] if tail else body_start
    for i in tail:
        if i > body_end:
            if _CLOSING.match(normalize(stripped[i])) and all(
                    (not stripped[j]) or reason[j] is not None or _CLOSING.match(normalize(stripped[j]))
                    for j in range(body_end + 1, i)):
                continue                                   # statement closing date stays body
            a = author_from_line(stripped[i])
            if a:
                authors.append(a)
                role[i] = "footer:author"
            else:
                role[i] = "footer"
    body_idx = [i for i in tail if i not in role]
    return _finish_scraped(raw, stripped, reason, role, body_idx, url, site, warnings,
                           title, caption, section, authors, norms, undated, shared)


def _finish_scraped(raw: RawPage, stripped: list[str], reason: list[str | None], role: dict[int, str],
                    body_idx: list[int], url: str | None, site: str | None, warnings: list[str],
                    title: str | None, caption: str | None, section: str | None,
                    authors: list[str], norms: list[str], undated: Callable[[str], bool] | None = None,
                    shared: dict[int, int] | None = None) -> Document:
    # ---- boilerplate list (every removed non-blank line)
    boiler: list[BoilerplateLine] = []
    body_set = set(body_idx)
    for i, s in enumerate(stripped):
        if not s or i in body_set:
            continue
        boiler.append(BoilerplateLine(i, s, reason[i] or role.get(i) or "header"))

    body_lines = [stripped[i] for i in body_idx]
    if raw.kind == "unifiedfc" and body_lines:
        _trim_glued_tail(body_lines, body_idx, boiler)
    if body_lines:
        _cut_teasers(body_lines, body_idx, boiler, stripped, norms, shared)

    views, _ = parse_views(stripped, [b.line_no for b in boiler])
    body = "\n".join(body_lines)
    if body_lines and body_lines[-1] is stripped[body_idx[-1]]:    # (not cut by _trim_glued_tail / _cut_teasers)
        remember_normalized(body, "\n".join([norms[i] for i in body_idx]))   # its lines are normalised

    # ---- publisher
    publisher = publisher_for_url(url)
    if publisher is None:
        publisher = publisher_named_in_text(stripped, norms)
    if publisher is None:
        issuer = statement_issuer(stripped, norms=norms)
        if issuer:
            publisher = Publisher(name_ar=issuer[0], evidence="statement header")
    return _document(raw, body, url, site, publisher or Publisher(), title, caption, views, section,
                     authors, boiler, warnings, meta_date=None, undated=undated)


def _headline_like(s: str, n: int) -> bool:
    """A title candidate: 3+ words (a dateline such as "كفرنبل - خاص" is not), not overlong."""
    return n <= TITLE_MAX_WORDS and sum(1 for w in s.split() if any(c.isalpha() for c in w)) >= 3


def _is_section_label(s: str, n: int, n_title: int) -> bool:
    """A category label such as "الشأن السوري": 1-4 words, no digits or punctuation, shorter
    than the title it precedes."""
    return 1 <= n <= 4 and n < n_title and bool(_NO_PUNCT_LABEL.match(s))


def _cut_teasers(body_lines: list[str], body_idx: list[int], boiler: list[BoilerplateLine],
                 stripped: list[str], norms: list[str], shared: dict[int, int] | None = None) -> None:
    """A related-articles block after the article ("روابط ذات صلة آخر الأخبار" + other articles'
    headlines, rasd.ingest.teasers) leaves the body for the boilerplate (role "related"): from its
    heading, within its line, to the end of the body. ``shared``: lines that other pages of the
    site have too (fewer than a template's): a closing run of them after the page's own lines is
    the site's list of other articles ("الأكثر قراءة" whose heading the scrape lost)."""
    if shared:
        k = len(body_idx)
        while k > 0 and body_idx[k - 1] in shared and body_lines[k - 1] is stripped[body_idx[k - 1]]:
            k -= 1
        # (one shared sentence alone may be the article's own: a background paragraph the site
        # closes several reports with; a list is two lines or more, or a line that is no sentence)
        one_sentence = k == len(body_idx) - 1 and _ends_sentence(body_lines[k])
        if 0 < k < len(body_idx) and not one_sentence and len("\n".join(body_lines[:k])) >= MIN_KEPT_CHARS:
            boiler.extend(BoilerplateLine(i, s, "related") for i, s in zip(body_idx[k:], body_lines[k:], strict=True))
            del body_lines[k:], body_idx[k:]
    norm_lines = [norms[i] if line is stripped[i] else normalize(line)
                  for line, i in zip(body_lines, body_idx, strict=True)]
    headings = [b.line_no for b in boiler if b.reason == "rule:related"]
    if headings:           # a heading on its own line (a line rule took it) before headline lines
        after = [any(body_idx[k - 1] < h < i for h in headings) if k else False for k, i in enumerate(body_idx)]
        k = headed_lines(norm_lines, after)
        if k is not None:
            boiler.extend(BoilerplateLine(i, s, "related") for i, s in zip(body_idx[k:], body_lines[k:], strict=True))
            del body_lines[k:], body_idx[k:]
            norm_lines = norm_lines[:k]
    norm_body = "\n".join(norm_lines)
    pos = teaser_start(norm_body)
    if pos is None:
        return
    k = norm_body.count("\n", 0, pos)
    in_line = pos - (norm_body.rfind("\n", 0, pos) + 1)
    line = body_lines[k]
    line_norm, offsets = normalize_with_map(line)
    if line_norm != norm_lines[k]:
        return                 # (a line whose normal form is not the page's: leave it alone)
    cut = offsets[in_line]
    kept, tail = line[:cut].rstrip(), line[cut:].strip()
    cut_lines = [(body_idx[k], tail)] + list(zip(body_idx[k + 1:], body_lines[k + 1:], strict=True))
    boiler.extend(BoilerplateLine(i, s, "related") for i, s in cut_lines if s)
    del body_lines[k + 1:], body_idx[k + 1:]
    if kept:
        body_lines[k] = kept
    else:
        del body_lines[k], body_idx[k]


def _trim_glued_tail(body_lines: list[str], body_idx: list[int], boiler: list[BoilerplateLine]) -> None:
    """Pre-tokenised pages glue the footer to the last sentence ("... الأخيرة . جميع الحقوق
    محفوظة ..."): cut what follows the last sentence end when a footer rule finds a widget in it."""
    rules = load_line_rules()
    last = body_lines[-1]
    ends = list(_SENT_END_TOKEN.finditer(last))
    if not ends:
        return
    cut = ends[-1].end()
    tail = last[cut:].strip()
    if not tail or len(tail) < 4:
        return
    name = rules.match(rule_form(tail), 1) or rules.search_any(rule_form(tail))
    if name:
        body_lines[-1] = last[:cut].rstrip()
        boiler.append(BoilerplateLine(body_idx[-1], tail, "rule:" + name))


# ---------------------------------------------------------------------------------------------


def _clean_extracted(raw: RawPage, lines: list[str], stripped: list[str], n_words: list[int],
                     reason: list[str | None], url: str | None, site: str | None,
                     warnings: list[str], norms: list[str], undated: Callable[[str], bool] | None = None,
                     shared: dict[int, int] | None = None) -> Document:
    meta = raw.meta or {}
    title = (raw.title or meta.get("title") or "").strip() or None
    boiler: list[BoilerplateLine] = []
    body_idx: list[int] = []
    title_key = fast_line_key(title) if title else None
    first = True
    for i, s in enumerate(stripped):
        if not s:
            continue
        if reason[i]:
            boiler.append(BoilerplateLine(i, s, reason[i]))
            continue
        if first and title_key and _may_key_start(norms[i], title_key) and key_of_normalized(norms[i]) == title_key:
            boiler.append(BoilerplateLine(i, s, "header:title"))   # trafilatura sometimes repeats it
            first = False
            continue
        first = False
        body_idx.append(i)
    if title_key:
        _drop_chrome_before_headline(body_idx, boiler, stripped, norms, n_words, title_key)
    body_lines = [stripped[i] for i in body_idx]
    if body_lines:
        _cut_teasers(body_lines, body_idx, boiler, stripped, norms, shared)
    body = "\n".join(body_lines)
    if body_lines and body_lines[-1] is stripped[body_idx[-1]]:    # (not cut by _cut_teasers)
        remember_normalized(body, "\n".join([norms[i] for i in body_idx]))   # its lines are normalised
    authors = [a.strip() for a in re.split(r"[;|]", str(meta.get("author") or "")) if a.strip()]
    views, _ = parse_views(stripped, [b.line_no for b in boiler])
    publisher = publisher_for_url(url)
    sitename = (meta.get("sitename") or "").strip()
    if publisher is not None and publisher.name_ar is None and publisher.name_en is None and sitename:
        publisher = _publisher_from_sitename(sitename, publisher.domain)
    if publisher is None and sitename:
        publisher = _publisher_from_sitename(sitename, None)
    if publisher is None:
        publisher = publisher_named_in_text(stripped, norms)
    if publisher is None:
        issuer = statement_issuer(stripped, norms=norms)
        if issuer:
            publisher = Publisher(name_ar=issuer[0], evidence="statement header")
    return _document(raw, body, url, site, publisher or Publisher(), title, meta.get("image_caption") or None,
                     views, meta.get("section") or None, authors, boiler, warnings,
                     meta_date=meta.get("date") or None, undated=undated,
                     printed_date=None if meta.get("date") else _date_under_title(stripped, norms, reason, title_key))


def _drop_chrome_before_headline(body_idx: list[int], boiler: list[BoilerplateLine], stripped: list[str],
                                 norms: list[str], n_words: list[int], title_key: str) -> None:
    """An extractor that misses the article's container (table layouts) starts its text with the site's
    chrome: its name, a glued list of other headlines. The article starts at its headline: a headline line
    among the first few kept lines ends the header, and it and the short lines before it leave the body."""
    k = next((j for j, i in enumerate(body_idx[:HEADLINE_WITHIN_LINES])
              if _is_headline_line(norms[i], title_key)), None)
    if k is None or k + 1 >= len(body_idx) or _paragraph_like(stripped[body_idx[k]], n_words[body_idx[k]]):
        return                 # (a "headline" that is a sentence: a page titled by its first sentence)
    head = sum(len(stripped[i]) for i in body_idx[:k])
    if head > sum(len(stripped[i]) for i in body_idx[k + 1:]) / 2:
        return                 # (more text before the headline than a header holds: leave the page alone)
    boiler.extend(BoilerplateLine(i, stripped[i], "header") for i in body_idx[:k])
    boiler.append(BoilerplateLine(body_idx[k], stripped[body_idx[k]], "header:title"))
    del body_idx[:k + 1]


def _date_under_title(stripped: list[str], norms: list[str], reason: list[str | None],
                      title_key: str | None) -> str | None:
    """The date line printed right under the headline ("الاثنين 18 حزيران 2018"), for a page whose
    markup gives no date: a line rule takes it out of the body as a date widget, so the body's own
    scan never sees it. A ticker above the headline is no such line."""
    if not title_key:
        return None
    at = next((i for i, s in enumerate(stripped) if s and _is_headline_line(norms[i], title_key)), None)
    if at is None:
        return None
    below = next((i for i in range(at + 1, len(stripped)) if stripped[i]), None)
    return stripped[below] if below is not None and reason[below] == "rule:date" else None


def _is_headline(key: str, title_key: str) -> bool:
    """The headline's line, alone or with the site's name after it ("<title> | النيل")."""
    return key.startswith(title_key) and len(key) <= len(title_key) + HEADLINE_SUFFIX_CHARS


KEY_HEAD_CHARS = 32     # a line's start keyed first (key_of_normalized's short, numpy-free path)


def _may_key_start(norm: str, title_key: str) -> bool:
    """False when ``key_of_normalized(norm)`` cannot start with ``title_key``, judged from the key of
    the line's first KEY_HEAD_CHARS characters: the key of a line's start is the start of the line's
    key (characters are kept or dropped one by one, a digit run becomes one "0"). Body paragraphs
    are ruled out without keying them whole."""
    if len(norm) <= KEY_HEAD_CHARS:
        return True
    head = key_of_normalized(norm[:KEY_HEAD_CHARS])
    return title_key.startswith(head) if len(head) <= len(title_key) else head.startswith(title_key)


def _is_headline_line(norm: str, title_key: str) -> bool:
    """``_is_headline(key_of_normalized(norm), title_key)`` of a normalised line."""
    return _may_key_start(norm, title_key) and _is_headline(key_of_normalized(norm), title_key)


def _publisher_from_sitename(sitename: str, domain: str | None) -> Publisher:
    table = load_publishers()
    norm = " ".join(normalize(sitename).split())
    if table.names is not None and norm in table.names:
        _name, e = table.names.get(norm)
        return Publisher(name_ar=e.name_ar, name_en=e.name_en, domain=domain, evidence="html meta: sitename")
    arabic = any("\u0600" <= c <= "\u06ff" for c in sitename)
    return Publisher(name_ar=sitename if arabic else None, name_en=None if arabic else sitename,
                     domain=domain, evidence="html meta: sitename")


# ---------------------------------------------------------------------------------------------


def _derive_title(body: str) -> str | None:
    from rasd.text.sentences import split_sentences

    spans = split_sentences(body[:800].split("\n", 1)[0])
    if not spans:
        return None
    first = spans[0].text(body)
    words = first.split()
    if len(words) > DERIVED_TITLE_WORDS:
        first = " ".join(words[:DERIVED_TITLE_WORDS]).rstrip("،,؛;:") + " …"
    return first


def _document(raw: RawPage, body: str, url: str | None, site: str | None, publisher: Publisher,
              title: str | None, caption: str | None, views: int | None, section: str | None,
              authors: list[str], boiler: list[BoilerplateLine], warnings: list[str],
              meta_date: str | None, undated: Callable[[str], bool] | None = None,
              printed_date: str | None = None) -> Document:
    """``printed_date``: the date line the cleaner took out of the body from right under the headline,
    on a page whose markup gives no date: the page's dateline, read first."""
    title_derived = False
    if not title and body:
        title = _derive_title(body)
        title_derived = title is not None
        if title_derived:
            warnings.append("no title on the page; derived from the first sentence")
    if not body.strip():
        warnings.append("empty body")
    published = Published()
    doc_id = doc_id_for(body if body.strip() else raw.text or raw.source)
    try:
        from rasd.text.dates import infer_published
    except ImportError:
        infer_published = None
    if infer_published is not None and not (undated is not None and undated(doc_id)):
        # the dateline right under the headline is the page's own date, before any stamp the body holds
        under = infer_published(printed_date, None, url=url) if printed_date else Published()
        published = under if under.precision == "day" else infer_published(body, meta_date, url=url)
    return Document(
        id=doc_id,
        source=raw.source,
        text=body,
        url=url,
        publisher=publisher,
        title=title,
        title_derived=title_derived,
        published=published,
        authors=authors,
        caption=caption,
        views=views,
        section=section,
        site=site,
        boilerplate=sorted(boiler, key=lambda b: b.line_no),
        raw=raw.text,
        kind=raw.kind,
        warnings=warnings,
    )
