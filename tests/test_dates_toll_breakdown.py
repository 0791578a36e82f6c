"""Session 44 (unresolved): the lines of a daily toll's breakdown take the day the toll is summed for. A
monitor's daily report heads with "بلغ مجموع الضحايا ... يوم <weekday> <day>", then breaks the toll down by
place, one line each with a count and no time of its own. A line with its own day keeps it; a line after an
undated sentence, or after a head with no day, stays unknown. Hand-written fixtures."""

from __future__ import annotations

from rasd.knowledge.resources import default_resources
from rasd.pipeline import analyse
from rasd.records import Document

HEAD = "المرصد الحقوقي - بلغ مجموع الضحايا الذين وثقناهم ( 9 ) أشخاص يوم الثلاثاء 6 - 3 - 2018 , بينهم ( 2 ) طفلان .\n"
LINE1 = "في محافظة حماة قضى ( 5 ) أشخاص جراء القصف المدفعي على مدينة اللطامنة .\n"
LINE2 = "وقضى في محافظة درعا ( 4 ) أشخاص جراء القصف على بلدة طفس .\n"


def _days(text: str) -> list[str]:
    a = analyse(Document(id="toll", source="toll", text=text), default_resources(), ["entities", "places", "events"])
    return sorted(e.date_start for e in a.events if e.modality == "actual")


def test_breakdown_lines_take_the_tolls_day() -> None:
    assert _days(HEAD + LINE1 + LINE2) == ["2018-03-06", "2018-03-06"]


def test_a_line_with_its_own_day_keeps_it() -> None:
    own = "وقضى في محافظة درعا ( 4 ) أشخاص جراء القصف على بلدة طفس يوم الاثنين 5 - 3 - 2018 .\n"
    assert _days(HEAD + LINE1 + own) == ["2018-03-05", "2018-03-06"]


def test_a_head_without_a_day_lends_nothing() -> None:
    head = "المرصد الحقوقي - بلغ مجموع الضحايا الذين وثقناهم ( 9 ) أشخاص , بينهم ( 2 ) طفلان .\n"
    assert _days(head + LINE1 + LINE2) == ["unknown", "unknown"]


def test_a_dated_sentence_that_sums_no_toll_lends_nothing() -> None:
    head = "المرصد الحقوقي - زار الوفد المدينة يوم الثلاثاء 6 - 3 - 2018 ( 9 ) مرات .\n"
    assert _days(head + LINE1 + LINE2) == ["unknown", "unknown"]


def test_a_count_of_people_moved_is_no_toll() -> None:
    # "بلغ عددهم نحو 3800 مقاتل": a count, not a toll of the dead; the attack after it keeps no lent day
    head = "وخرج المقاتلون الى إدلب بتاريخ 6 - 3 - 2018 وقد بلغ عددهم نحو 3800 مقاتل .\n"
    assert _days(head + LINE1) == ["unknown"]

