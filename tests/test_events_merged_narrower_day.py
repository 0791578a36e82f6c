"""Two tellings of one happening merged into one row: when both give a date of the same precision, the row
keeps the narrower one that falls inside the other (compare._narrows). A "since" range is coded as precise as
its first day, so the battle announced "أمس السبت" merged with "تخوض ... منذ 6 يونيو معارك" kept the campaign
range (6 June - 10 September) instead of the battle's own day. Fixture after an Al Jazeera page of 10 Sep 2017
(breadth V-362), in the corpus's pre-tokenised style (the names the corpus dropped stay dropped)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

PAGE = ("تنظيم الدولة يتراجع والأكراد والنظام يتقدمون بدير الزور 10 / 9 / 2017\n"
        "أفادت مصادر للجزيرة بأن ما تعرف بقوات سوريا الديمقراطية حققت تقدما على حساب في ريف الشمالي المتصل بريف , "
        "وذلك ضمن المعركة التي أعلنت عنها أمس السبت تحت اسم \" عاصفة الجزيرة \" .\n"
        "وإلى جانب معركة دير الزور تخوض قوات سوريا الديمقراطية منذ 6 يونيو / حزيران الماضي معارك عنيفة داخل "
        "معقل تنظيم الدولة في سوريا , وباتت تسيطر على نحو 65 % منها .\n")


def _battle_dates(text: str) -> list[tuple[str, str]]:
    a = analyse_text(text, "2017-09-10")
    return [(e.date_start, e.date_end) for e in actual_events_of(a, "Battles")]


def test_the_merged_row_keeps_the_day_inside_the_campaign_range() -> None:
    assert _battle_dates(PAGE) == [("2017-09-09", "2017-09-09")]


def test_a_day_told_for_the_other_battle_stays_its_own() -> None:
    # the other battle told on Friday, not since June: two days, two happenings; neither row takes the other's day
    text = PAGE.replace("منذ 6 يونيو / حزيران الماضي", "يوم الجمعة")
    assert sorted(_battle_dates(text)) == [("2017-09-08", "2017-09-08"), ("2017-09-09", "2017-09-09")]
