"""A telling the page dates only by its own day (no time in its sentence: "بعد هجوم القدس القديمة" on a page
of Friday 14 July) and a telling of the same sub-type at the same place that gives its day ("هجوم اليوم
( الجمعة 14 يوليو )") are one happening (merge._merge_page_windowed): _merge_same_day kept them apart only
because the first was still undated then. A telling at another town than the told one stays its own happening.
Fixture after a DW page on the Old City shooting (breadth R-583), in the corpus's pre-tokenised style."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

PAGE = ("جرى اتصال هاتفي بين الرئيس الفلسطيني محمود عباس ورئيس الوزراء الإسرائيلي بنيامين نتانياهو عقب هجوم "
        "اليوم ( الجمعة 14 يوليو / تموز 2017 ) .\n"
        "كان ثلاثة فلسطينيين وشرطيان إسرائيليان قد قتلوا جراء اشتباك في باحات المسجد الأقصى .\n"
        "وعقب الاشتباك , أغلقت إسرائيل المسجد الأقصى , ومنعت إقامة خطبة وصلاة اليوم الجمعة فيه .\n"
        "واعتقلت الشرطة الإسرائيلية مفتي الديار المقدسة عقب صلاة الجمعة , وذلك بعد هجوم القدس القديمة الذي أدى "
        "إلى مقتل ثلاثة فلسطينيين وعنصرين من الشرطة الإسرائيلية .\n")


def _battles(text: str) -> list[tuple[str | None, str, str]]:
    a = analyse_text(text, "2017-07-14")
    return [(e.location, e.date_start, e.date_end) for e in actual_events_of(a, "Battles")]


def test_the_page_dated_telling_is_the_told_days_happening() -> None:
    assert len(_battles(PAGE)) == 1


def test_the_same_telling_at_another_town_stays_apart() -> None:
    # the lead's attack placed in Jerusalem ("في القدس"), the later one in Hebron: two places, two happenings
    text = PAGE.replace("2017 ) .", "2017 ) في القدس .").replace("هجوم القدس القديمة", "هجوم مدينة الخليل")
    assert len(_battles(text)) == 2
