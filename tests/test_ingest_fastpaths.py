"""The ingest fast paths compute the same values as the plain definitions they replace."""

import pickle
import random
from pathlib import Path

import pytest

from rasd.ingest.boilerplate import (
    SiteTemplates,
    key_hash,
    keys_of_lines,
    keys_of_normalized_lines,
    normalize_lines,
    site_of,
)
from rasd.ingest.clean import _word_counts, clean
from rasd.records import Analysis, Document, RawPage, doc_id_for
from rasd.store.sqlite import Store, fts_body
from rasd.text.tokens import search_text

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"

# characters where a per-character shortcut could go wrong: lower-casing longer than the
# character (U+0130) or depending on its neighbours (final sigma), characters normalize drops
# (harakat, ZWSP) between digits, other line breaks than "\n", whitespace, beyond the BMP
TRICKY = ["a", "B", "١", "2", " ", "\t", "\u00a0", "\u3000", "\u064b", "\u200b", "İ", "Σ", "ΑΣ ", "ة", "أ",
          "،", ".", "-", "\r", "\r\n", "\x0b", "\x1c", "\x85", "\u2028", "\n", "\U0001F600", "\ufeff"]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(TRICKY) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def _sample_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def test_keys_of_lines_equals_normalise_then_key() -> None:
    for text in _sample_texts() + _random_texts(3000):
        lines = text.split("\n")
        assert keys_of_lines(lines) == keys_of_normalized_lines(normalize_lines(lines)), repr(text)


def test_normalize_lines_from_code_points_equals_normalize() -> None:
    from rasd.ingest.clean import _joined_codes
    from rasd.text.normalize import normalize

    for text in _sample_texts() + _random_texts(3000, seed=12) + ["\ud800 x", ""]:
        lines = [s.strip() for s in text.splitlines()]
        assert normalize_lines(lines, _joined_codes(lines)) == [normalize(s) for s in lines], repr(text)


def test_line_hashes_are_the_keys_of_the_cleaned_lines() -> None:
    used = 0
    for text in _sample_texts() + _random_texts(3000, seed=8):
        t = SiteTemplates()
        t.add_page("example.com", "p", text.split("\n"), text=text)
        lines = text.splitlines()
        got = t.line_hashes(text, len(lines))
        if got is None:          # lines grouped differently by splitlines: computed again
            continue
        used += 1
        keys = keys_of_normalized_lines(normalize_lines([s.strip() for s in lines]))
        assert got == [key_hash(k) if k else None for k in keys], repr(text)
    assert used > 300
    t = SiteTemplates()
    t.add_page("example.com", "p", "a\rb\n".split("\n"), text="a\rb\n")
    assert t.line_hashes("a\rb\n", 2) is None                 # "\r" splits a line only for splitlines


def test_line_hashes_taken_once_and_not_shipped_to_workers() -> None:
    text = "سطر أول\nسطر ثان"
    t = SiteTemplates()
    t.add_page("example.com", "p", text.split("\n"), text=text)
    copy = pickle.loads(pickle.dumps(t))
    assert copy.line_hashes(text, 2) is None and copy.counts == t.counts
    assert t.line_hashes(text, 2) is not None
    assert t.line_hashes(text, 2) is None


def test_clean_same_with_and_without_kept_line_hashes() -> None:
    raws = [RawPage(source=p.name, text=p.read_text("utf-8"), kind="scraped-text")
            for p in sorted(SAMPLES.glob("*.txt"))]
    plain, kept = SiteTemplates(), SiteTemplates()
    for r in raws:
        plain.add_page(site_of(r), r.source, r.text.split("\n"))
        kept.add_page(site_of(r), r.source, r.text.split("\n"), text=r.text)
    assert kept.counts == plain.counts
    for r in raws:
        assert clean(r, kept) == clean(r, plain), r.source


def test_sentence_like_counts_words_as_split() -> None:
    from rasd.ingest.boilerplate import sentence_like

    rng = random.Random(13)
    spaces = [" ", "  ", "\t", "\u00a0", "\u3000", "\x1c"]
    for _ in range(3000):
        words = [rng.choice(["كلمة", "a", "١٢", "،", "x.y"]) for _ in range(rng.randint(0, 12))]
        line = "".join(rng.choice(spaces) + w for w in words) + rng.choice(["", ".", " .", "؟ »", "!  ", ". x"])
        expected = line.rstrip(" \"'”»)]")[-1:] in ".!?؟…" and len(line.split()) >= 8
        assert sentence_like(line) == expected, repr(line)


def test_word_counts_equal_split() -> None:
    for text in _sample_texts() + _random_texts(3000, seed=9) + ["\ud800 x", ""]:
        lines = [s.strip() for s in text.splitlines()]
        assert _word_counts(lines) == [len(s.split()) for s in lines], repr(text)
    assert _word_counts([]) == [] and _word_counts([""]) == [0]


@pytest.mark.parametrize("text", ["", "قصف على دوما", "والنظام بالغوطة: 12 قتيلاً", "لـ و ب", "Ünïcode café İ",
                                  "x" * 300, "نص " * 100])
def test_fts_body_short_path(text: str) -> None:
    assert fts_body(text) == search_text(text)


def _doc(text: str, source: str) -> Analysis:
    return Analysis(doc=Document(id=doc_id_for(text), source=source, text=text, title="عنوان " + source))


def _fail(db: object) -> None:
    raise RuntimeError("unit fails")


def test_batch_fts_rows_follow_their_documents(tmp_path: Path) -> None:
    s = Store(tmp_path / "b.db")
    with s.batch(max_units=2):
        s.put_analysis(_doc("قصفت قوات النظام مدينة دوما", "a"))
        with pytest.raises(RuntimeError):
            s.put_analysis(_doc("نص لن يحفظ ابدا", "b"), also=_fail)     # the unit is undone
        s.put_analysis(_doc("نص جديد عن حلب", "c"))
        s.put_analysis(_doc("نص اخر عن حمص", "a"))      # replaces "a" inside the batch
    rows = s.db.execute("SELECT doc_id, title FROM documents_fts ORDER BY rowid").fetchall()
    docs = {r[0] for r in s.db.execute("SELECT id FROM documents")}
    assert [r[0] for r in rows] == [doc_id_for("نص جديد عن حلب"), doc_id_for("نص اخر عن حمص")]
    assert docs == {r[0] for r in rows}
    assert s.search("دوما")[0] == 0 and s.search("حمص")[0] == 1 and s.search("يحفظ")[0] == 0


def _doc_id_definition(text: str) -> str:
    import hashlib

    from rasd.text.normalize import normalize

    return hashlib.sha1(" ".join(normalize(text).split()).encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize("text", ["", " ", "a", "a b\nc", " a", "a ", "a\n\nb", "a \nb", "a\tb", "a\u00a0b",
                                  "a\u2028b", "a\x85b", "a\u200bb", "ا\u3000ب", *_random_texts(400, seed=11)])
def test_doc_id_fast_path_equals_the_definition(text: str) -> None:
    assert doc_id_for(text) == _doc_id_definition(text)


def test_doc_id_of_sample_texts_equals_the_definition() -> None:
    for text in _sample_texts():
        assert doc_id_for(text) == _doc_id_definition(text)


def test_search_text_equals_token_by_token_terms_on_clitic_heavy_text() -> None:
    # every proclitic letter, bare clitics, tokens of 1..8 letters at all boundaries
    from rasd.text.tokens import _search_terms_reference

    rng = random.Random(5)
    letters = list("وفبلكالسنمهيت") + ["ة", "أ", "_", "1"]
    seps = [" ", "\n", "، ", ".", "ـ", "\u064e", "😀", "  "]
    for _ in range(3000):
        parts = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 6))]
        text = rng.choice(seps).join(parts) + rng.choice(["", " ", "x"])
        assert search_text.__wrapped__(text) == " ".join(_search_terms_reference(text)), text


def test_clean_bytes_stands_for_both_scans_for_every_character() -> None:
    """Valid UTF-8 passes ``_clean_bytes`` exactly when it has no control byte and no
    character ``_checked`` counts: checked for every code point."""
    from rasd.ingest.encoding import _BAD_CHARS, _CONTROL, _clean_bytes

    control = set(_CONTROL)
    for cp in [*range(0xD800), *range(0xE000, 0x110000)]:
        ch = chr(cp)
        data = ("ب" + ch + "a").encode("utf-8")
        assert _clean_bytes(data) == (not _BAD_CHARS.search(ch) and control.isdisjoint(data)), hex(cp)


@pytest.mark.parametrize("seed", range(3))
def test_decode_same_without_the_clean_bytes_shortcut(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.ingest import encoding

    rng = random.Random(seed)
    pieces = [b"\xc2\x85", b"\xc2\xab", b"\xef\xbf\xbd", b"\xef\xbb\xbf", b"\xee\x80\x80", b"\xef\xad\x90", b"\x01",
              b"\x1b", b"\x00", "نص".encode(), b"ab ", b"\xff", b"\xd8", b"\n", "Ø§Ù„".encode()]
    # each input from a few kinds of piece, so that one kind of bad character can add up
    inputs = [b"".join(rng.choice(kinds) for _ in range(rng.randint(0, 300)))
              for kinds in (rng.sample(pieces, 3) for _ in range(1500))]

    def outcome(data: bytes) -> tuple:
        try:
            d = encoding.decode(data)
        except encoding.DecodeError as exc:
            return ("error", str(exc))
        return (d.text, d.encoding, d.warnings)

    fast = [outcome(d) for d in inputs]
    monkeypatch.setattr(encoding, "_clean_bytes", lambda data: False)
    assert [outcome(d) for d in inputs] == fast


def _rules_with_ignorecase_only(form: str, n_words: int | None = None) -> str | None:
    """LineRules.match as it was: every rule with its re.IGNORECASE regex."""
    from rasd.ingest.boilerplate import load_line_rules

    rules = load_line_rules()
    if not form:
        return None
    n_words = form.count(" ") + 1 if n_words is None else n_words
    if n_words > rules.max_words:
        return None
    for r in rules.rules:
        if n_words <= r.max_words and (r.regex.fullmatch(form) if r.mode == "full" else r.regex.search(form)):
            return r.name
    return None


def test_line_rules_without_ignorecase_match_as_with_it() -> None:
    # the plain regexes serve forms without the letters re.IGNORECASE folds (A-Z, İ ı ſ K);
    # each case below differs from its plain match only by such a letter
    from rasd.ingest.boilerplate import load_line_rules
    from rasd.ingest.boilerplate import rule_form as form_of

    rules = load_line_rules()
    assert sum(r.plain is not None for r in rules.rules) >= len(rules.rules) // 2
    lines = ["جميع الحقوق محفوظة 2018", "Copyright 2018", "COPYRIGHT ©", "all rights reſerved", "ſubscribe now",
             "powered by wordpreſs", "newsletter", "NEWSLETTER", "ıt", "Follow us on Twitter", "الرئيسية | أخبار",
             "اشترك في النشرة البريدية", "1,234 views", "1,234 VIEWS", "back to top", "BACK TO TOP", "إقرأ أيضاً",
             "hello ķ", "tags: a, b", "TAGS: A, B", "\u212aeywords: x"]
    lines += [ln.upper() for ln in lines] + [ln.lower() for ln in lines]
    texts = _sample_texts()
    lines += [ln for t in texts for ln in t.splitlines() if ln.strip()][:400]
    names = set()
    for line in lines:
        for form in (form_of(line), line.strip()):     # (normalised and, as a caller may pass, not)
            got = rules.match(form)
            assert got == _rules_with_ignorecase_only(form), form
            names.add(got)
    assert {"copyright", "newsletter", "views"} <= names


def test_case_plain_is_conservative() -> None:
    from rasd.ingest.boilerplate import _case_plain

    assert _case_plain(r"(?:copyright|جميع الحقوق)\s*\d+\S*")
    for pattern in ("Copyright", r"\x41", r"\u0041b", "(?i)x", r"\N{LATIN SMALL LETTER A}", "fran\u00e7ais", r"(a)\1"):
        assert not _case_plain(pattern), pattern
