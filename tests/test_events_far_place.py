"""A happening does not take a place told paragraphs away from its own telling (session 22 farplace):
a placeless telling merged with a placed one told 1,500+ characters away is a chimera (the first
telling's trigger, toll and date at the other's town). The placeless telling loses the place (and is
not emitted); a placed telling told before it, which opened the row's evidence, is its own row again."""

from __future__ import annotations

from types import SimpleNamespace

from analysed import events_over

from rasd.extract.events.merge import _unplace_far_lent
from rasd.records import Entity

ENT = {"kafr": Entity("kafr", "PLACE", "كفرنبل", "كفرنبل", lat=35.61, lon=36.56, level="town", country="SY")}
SURFACES = [("كفرنبل", "kafr")]
FILL = "وقال المتحدث باسم المنظمة إن الوضع الإنساني في المنطقة صعب جدا وإن الأهالي يحتاجون إلى المساعدة العاجلة . "
LEAD = "تقرير أسبوعي عن الأوضاع الإنسانية في الشمال السوري . " + FILL * 3
PLACELESS = "وشنت طائرات حربية روسية غارات جوية يوم الاثنين وقتل فيها خمسة مدنيين . "
PLACED = "وقصفت طائرات حربية روسية بلدة كفرنبل يوم الاثنين . "


def _rows(text: str) -> list[tuple[str, str | None, int | None, str]]:
    a = events_over(text, ENT, SURFACES, "2017-12-11")
    return [(e.sub_event_type, e.location, e.fatalities, text[e.evidence.start:e.evidence.end]) for e in a.events]


def test_far_place_is_not_lent_to_a_placeless_telling() -> None:
    # the raids that killed five are not put at the town a paragraph 1,800 characters later names
    text = LEAD + PLACELESS + FILL * 18 + PLACED + FILL
    assert not any(fat == 5 and loc == "kafr" for _s, loc, fat, _e in _rows(text))


def test_near_place_is_still_shared() -> None:
    # told a paragraph apart (well under FAR_APART_CHARS): one happening retold with its town, as before
    text = LEAD + PLACELESS + FILL * 2 + PLACED + FILL
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][1] == "kafr" and rows[0][3].startswith("وشنت")


def test_headline_takes_the_body_town() -> None:
    # a telling in the page's lead is retold by the body, however far: it keeps the body's town
    text = PLACELESS + FILL * 20 + PLACED + FILL
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][1] == "kafr" and rows[0][2] == 5


def _telling(start: int, end: int, loc_at: int | None) -> SimpleNamespace:
    return SimpleNamespace(sent=SimpleNamespace(span=SimpleNamespace(start=start, end=end)), merged=[],
                           location="kafr" if loc_at is not None else None, geo_precision=1,
                           loc_own=loc_at is not None, loc_ev=(loc_at, loc_at + 6) if loc_at is not None else None,
                           date_own=False, has_date_expr=False, date_ev=None, date_start="unknown",
                           date_last="unknown")


def test_placed_telling_told_before_stands_alone_again() -> None:
    lender = _telling(400, 480, 430)
    row = _telling(3000, 3080, None)
    row.location, row.loc_ev, row.merged = "kafr", lender.loc_ev, [lender]
    out = _unplace_far_lent([row])  # type: ignore[list-item]
    assert out == [row, lender] and row.location is None and lender.location == "kafr" and row.merged == []


def test_placed_telling_told_after_is_not_split_off() -> None:
    # a later paragraph's telling merged in by type (no day of its own): not a row of its own
    lender = _telling(3000, 3080, 3030)
    row = _telling(400, 480, None)
    row.location, row.loc_ev, row.merged = "kafr", lender.loc_ev, [lender]
    out = _unplace_far_lent([row])  # type: ignore[list-item]
    assert out == [row] and row.location is None


def test_dated_telling_told_after_stands_alone_again() -> None:
    # "تجدد الاشتباكات في 6 تشرين الثاني" ... 2,000 characters on: "في 6 تشرين الثاني ... في محيط قرية حضر"
    lender = _telling(3000, 3080, 3030)
    row = _telling(400, 480, None)
    lender.has_date_expr = True
    row.location, row.loc_ev, row.merged = "kafr", lender.loc_ev, [lender]
    out = _unplace_far_lent([row])  # type: ignore[list-item]
    assert out == [row, lender] and row.location is None and lender.location == "kafr"


def test_the_lenders_own_sentence_goes_with_it() -> None:
    # "قتل 4 مسلحين ... بقصف جوي ... بمحافظة كركوك": the toll told in the lender's sentence (merged into the far
    # row) leaves with the lender, not with the placeless row that is dropped
    lender = _telling(400, 480, 430)
    toll = _telling(400, 480, None)
    toll.sent = lender.sent
    other = _telling(3000, 3080, None)
    row = _telling(3000, 3080, None)
    row.location, row.loc_ev, row.merged = "kafr", lender.loc_ev, [lender, toll, other]
    out = _unplace_far_lent([row])  # type: ignore[list-item]
    assert out == [row, lender] and lender.merged == [toll] and row.merged == [other]
