"""Session 34 (evdate5): a taking and the fighting told with it merge into one row of the taking's sub-type
(``merge._merge_same_day``). When the fighting's telling leads the merged row (it carries the toll) but names
only the side that lost the ground ("... من قبضة داعش في ظل تواصل الاشتباكات بين الطرفين", actor IS), the
row's sides are the taking's: the taker is actor 1 of an "overtakes territory" event, the loser actor 2.
Hand-written text in the corpus's pre-tokenised style (a page with a run of related posts' stamps at its
head, undated), with a twin."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

HEAD = "القوات تسيطر على قرية تل مصطفى بريف حلب | شبكة الأخبار 14 / 3 / 2017 14 / 3 / 2017 13 / 3 / 2017 11 / 3 / 2017 "
LEAD = ('عناصر من القوات قرب حلب - أرشيفية انتزعت ميليشيا " قوات سوريا الديمقراطية " ( قسد ) , اليوم الاثنين , على '
        'قرية تل مصطفى شرق مدينة حلب من قبضة تنظيم " داعش " في ظل تواصل الاشتباكات العنيفة بين الطرفين في القرى '
        'المتبقية تحت سيطرة " داعش " .\n')
TOLL = ('وأعلنت الميليشيا الكردية عبر موقعها سيطرة قواتها على القرية بالكامل , بعد اشتباكات مع عناصر " داعش " , '
        'مشيرة إلى مقتل نحو 12 عنصرا من التنظيم .\n')


def _rows(text: str) -> list[tuple[str, list[str], list[str]]]:
    a = analyse_text(text, "unknown", stages=None)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in actual_events_of(a, "Battles")]


def test_the_taker_leads_the_merged_taking() -> None:
    assert _rows(HEAD + LEAD + TOLL) == [("Non-state actor overtakes territory", ["sdf"], ["isis"])]


def test_a_taking_told_alone_keeps_its_sides() -> None:
    # twin: without the toll's sentence no fighting telling leads; the taking's own sides as before
    rows = _rows(HEAD + LEAD)
    assert rows and all(sub == "Non-state actor overtakes territory" and a1 == ["sdf"] for sub, a1, _a2 in rows)
