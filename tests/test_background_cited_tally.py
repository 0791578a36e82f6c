"""A running tally closed by its source's citation ("قتلت قواته حتى الآن حوالي 2000 مقاتل ... ( السومرية , 9 حزيران
/ يونيو 2017 )") is still a tally: the cited day is the day it was told, which "حتى الآن" counts up to, not a day of
the deed's own (background._so_far_tally; BACKGROUND row of the breadth samples, session 38). A campaign the tally's
sentence names as the next step ("للشروع بحملة لتحرير ...") does not keep the tally as a happening. Made-up
sentences of the general construction (a weekly digest citing its sources), each with a twin that keeps its row."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

LEAD = "أعلن نائب قائد الحشد الشعبي أن القوات أنجزت المهام الملقاة عليها غرب مدينة الموصل .\n"
TALLY = ("وأضاف أن قواته قتلت {when} حوالي 2000 مقاتل من صفوف التنظيم في غرب الموصل وهي بانتظار الأوامر للشروع "
         "بحملة لتحرير قضاء تلعفر ( السومرية , 9 حزيران / يونيو 2017 ) .")


def _battle_rows(when: str) -> list[str]:
    a = analyse_text(LEAD + TALLY.format(when=when), "2017-06-15", doc_id=f"cited-tally-{when}")
    return [e.trigger for e in actual_events_of(a, "Battles")]


def test_a_cited_tally_so_far_is_no_battle_of_a_day() -> None:
    assert _battle_rows("حتى الآن") == []


def test_the_same_kill_told_without_so_far_stays() -> None:
    # twin: with no "حتى الآن" the killing is told as a happening, dated by its source's day
    assert _battle_rows("أمس") != []
