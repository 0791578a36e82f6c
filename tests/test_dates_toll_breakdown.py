"""Session 44 (unresolved): the lines of a daily toll's breakdown take the day the toll is summed for. A
monitor's daily report heads with "بلغ مجموع الضحايا ... يوم <weekday> <day>", then breaks the toll down by
place, one line each with a count and no time of its own. A line with its own day keeps it; a line after an
undated sentence, or after a head with no day, stays unknown. Hand-written fixtures."""

from __future__ import annotations

import pytest

from rasd.knowledge.resources import default_resources
from rasd.pipeline import analyse
from rasd.records import Document

HEAD = "المرصد الحقوقي - بلغ مجموع الضحايا الذين وثقناهم ( 9 ) أشخاص يوم الثلاثاء 6 - 3 - 2018 , بينهم ( 2 ) طفلان .\n"
LINE1 = "في محافظة حماة قضى ( 5 ) أشخاص جراء القصف المدفعي على مدينة اللطامنة .\n"
LINE2 = "وقضى في محافظة درعا ( 4 ) أشخاص جراء القصف على بلدة طفس .\n"


def _days(text: str) -> list[str]:
    a = analyse(Document(id="toll", source="toll", text=text), default_resources(), ["entities", "places", "events"])
    return sorted(e.date_start for e in a.events if e.modality == "actual")


OWN_DAY = "وقضى في محافظة درعا ( 4 ) أشخاص جراء القصف على بلدة طفس يوم الاثنين 5 - 3 - 2018 .\n"
UNDATED_HEAD = "المرصد الحقوقي - بلغ مجموع الضحايا الذين وثقناهم ( 9 ) أشخاص , بينهم ( 2 ) طفلان .\n"
NO_TOLL_HEAD = "المرصد الحقوقي - زار الوفد المدينة يوم الثلاثاء 6 - 3 - 2018 ( 9 ) مرات .\n"
# "بلغ عددهم نحو 3800 مقاتل": a count, not a toll of the dead; the attack after it keeps no lent day
MOVED_HEAD = "وخرج المقاتلون الى إدلب بتاريخ 6 - 3 - 2018 وقد بلغ عددهم نحو 3800 مقاتل .\n"


@pytest.mark.parametrize("text, days", [
    pytest.param(HEAD + LINE1 + LINE2, ["2018-03-06", "2018-03-06"], id="lines-take-the-tolls-day"),
    pytest.param(HEAD + LINE1 + OWN_DAY, ["2018-03-05", "2018-03-06"], id="own-day-kept"),
    pytest.param(UNDATED_HEAD + LINE1 + LINE2, ["unknown", "unknown"], id="head-without-a-day"),
    pytest.param(NO_TOLL_HEAD + LINE1 + LINE2, ["unknown", "unknown"], id="dated-sentence-sums-no-toll"),
    pytest.param(MOVED_HEAD + LINE1, ["unknown"], id="count-of-people-moved-is-no-toll"),
])
def test_breakdown_lines(text: str, days: list[str]) -> None:
    assert _days(text) == days
