"""Fast paths of the entities and events stages (issue #4 speed) give the answers of the plain definitions they replace: quote
gaps found from the runs of marks, not by trying the gap pattern at every character; a page's names
across quote gaps matched on the lines holding a gap only; the list mate of a home place found by
its end offset, not by a scan of the page's mentions."""

from __future__ import annotations

import random
from types import SimpleNamespace

from rasd.extract.entities import _name_quote_gaps, gap_lines
from rasd.extract.events.context import HOME_LIST_GAP, _home_mention, _list_mate, _place_ends
from rasd.knowledge.matcher import DictionaryMatcher
from rasd.records import Mention
from rasd.text.normalize import normalize
from rasd.text.quoted import _GAP, quote_gaps, squeeze


def _gaps_by_pattern(norm: str) -> list[tuple[int, int]]:
    return [m.span() for m in _GAP.finditer(norm)]


def test_quote_gaps_are_the_gap_pattern_matches() -> None:
    fixed = [
        'قوات " سوريا الديمقراطية " تتقدم',
        "جبهة 'النصرة' و\"الجيش الحر\"",
        'قال:"نعم" ثم "" لا',
        "'بداية' و نهاية'",
        'كلمة \t""\t كلمة',
        "حي '\"جوبر",
        'سطر "\nسطر',
        '_"_ a"1',
    ]
    for t in fixed:
        assert quote_gaps(t) == _gaps_by_pattern(t), t
    assert quote_gaps('قوات " سوريا') == [(4, 7)]
    assert quote_gaps("حي '\"جوبر") == []          # two kinds of mark: no gap
    rnd = random.Random(37)
    alphabet = ["ق", "ب", "1", " ", "\t", '"', "'", "_", "\n", ".", "ة"]
    for _ in range(20000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert quote_gaps(t) == (_gaps_by_pattern(t) if '"' in t or "'" in t else []), repr(t)


def _used_gaps_whole_text(mtext: str, matcher: DictionaryMatcher) -> list[tuple[int, int]]:
    """The definition: every match of the squeezed page, the gaps inside one."""
    gaps = quote_gaps(mtext)
    if not gaps:
        return []
    squeezed, at = squeeze(mtext, gaps)
    used: list[tuple[int, int]] = []
    k = 0
    for m in matcher.match(squeezed):
        while k < len(at) and at[k] <= m.start:
            k += 1
        while k < len(at) and at[k] < m.end:
            used.append(gaps[k])
            k += 1
    return used


def test_names_across_quote_gaps_are_matched_on_their_lines_only() -> None:
    matcher = DictionaryMatcher([("قوات سوريا الديمقراطية", "sdf", "ORG"), ("جبهة النصرة", "nusra", "ORG"),
                                 ("سوريا", "syria", "PLACE"), ("ريف دمشق", "rif", "PLACE"),
                                 ("دمشق", "damascus", "PLACE")])
    kit = SimpleNamespace(matcher=matcher)
    texts = [
        'تقدمت قوات " سوريا الديمقراطية " في الرقة\nوقالت " جبهة النصرة " إن\nقصف على "ريف" دمشق',
        'خبر اول\nخبر ثان بلا علامات\nاشتبكت " قوات سوريا " الديمقراطية مع "جبهة" النصرة',
        'في "دمشق"\n\n"سوريا" قوات " سوريا الديمقراطية',
        "بلا علامات اقتباس في سوريا\nولا هنا",
    ]
    for t in texts:
        mtext = normalize(t)
        assert _name_quote_gaps(mtext, kit) == _used_gaps_whole_text(mtext, matcher), t
    first = normalize(texts[0])
    # inside a name: the mark between "قوات" and "سوريا", the one between "ريف" and "دمشق"; the marks around
    # a whole name ('" جبهة النصرة "', 'الديمقراطية " في') are no gap of it
    assert [first[s:e].strip() for s, e in _name_quote_gaps(first, kit)] == ['"', '"']
    assert [first[s - 4:s] for s, _e in _name_quote_gaps(first, kit)] == ["قوات", '"ريف']
    squeezed, at = squeeze(first, quote_gaps(first))
    lines = gap_lines(squeezed, at)
    assert [squeezed[lo:hi].count("\n") for lo, hi in lines] == [0, 0, 0] and len(lines) == 3
    assert gap_lines("سطر واحد", [3, 5]) == [(0, 8)]


def _mate_by_scan(m: Mention, text: str, mentions: list[Mention]) -> Mention | None:
    return next((p for p in reversed(mentions) if p.type == "PLACE" and p.end <= m.start
                 and m.start - p.end <= HOME_LIST_GAP and text[p.end:m.start].strip() == "و"), None)


def _mention(text: str, word: str, typ: str = "PLACE", nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return Mention(at, at + len(word), word, normalize(word), typ, entity_id=word)


def test_list_mate_is_the_last_place_ending_before_the_conjunction() -> None:
    text = "عاد أهالي كفريا والفوعة و مضايا و الزبداني إلى حلب وحمص"
    names = ["كفريا", "الفوعة", "مضايا", "الزبداني", "حلب", "حمص"]
    mentions = [_mention(text, w) for w in names]
    mentions.insert(2, Mention(mentions[1].start, mentions[1].end, "الفوعة", "الفوعه", "ORG"))  # not a place
    mentions.append(_mention(text, "الفوعة"))       # a second place mention of the same span: the last wins
    ends = _place_ends(mentions)
    for m in mentions:
        assert _list_mate(m, text, mentions, ends) is _mate_by_scan(m, text, mentions)
    assert _list_mate(mentions[1], text, mentions, ends) is mentions[0]
    assert _list_mate(mentions[3], text, mentions, ends) is mentions[-1]
    assert _list_mate(mentions[0], text, mentions, ends) is None
    # the map is the same answer as the call without it (built on demand)
    homes = [_home_mention(m, text, mentions) for m in mentions]
    assert homes == [_home_mention(m, text, mentions, ends) for m in mentions]
