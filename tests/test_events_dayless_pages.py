"""A long page that almost never names a day against its own time ("أمس", "اليوم", a weekday) is a study,
an analysis or a profile even when it quotes its sources densely: the happenings it names with no day of
their own are background, not news (rasd/extract/events/background.py _tells_no_day, read by
_reports_nothing; day_markers and dayless_* in rasd/data/lexicons/analysis_pages.yaml). A report of the
same length that names the day of its news keeps its undated deeds for the other rules, and a deed the
study dates keeps its own date. Fixtures written for the test, in the wording of breadth studies."""

from __future__ import annotations

from test_events import actual_events
from test_events_analysis_pages import DATED, DEAD, _run

from rasd.extract.events.background import _reports_nothing

HEADLINE = "مستقبل الفصائل المسلحة في الشمال السوري"

# a study quoting its sources at every turn (report cues ~25 per thousand words, above the first
# reading's limit) and never naming a day of its own time: about 2,080 words (the dated deed's "أمس الأحد" stays under the limit)
_QUOTED = ("وبحسب الباحث فإن الفصائل المحلية فقدت منذ سنوات قدرتها على صياغة مصيرها , وقال خبير عسكري إن "
           "موازين القوى تغيرت بعد تدخل الأطراف الإقليمية . وأشار تقرير المركز إلى أن الدعم الخارجي صار "
           "يحدد شكل التحالفات , وأكد مصدر مطلع أن التمويل تراجع إلى النصف . والسؤال الذي يطرحه هذا "
           "المشهد يتعلق بقدرة هذه التشكيلات على البقاء في بيئة تتبدل فيها المصالح بسرعة , وبمدى "
           "استعداد قياداتها لمراجعة خياراتها قبل أن تفرض عليها المراجعة من الخارج . ")
STUDY = _QUOTED * 27
# a report of the same length that names the day of its news in its lede and in its body
NEWS = ("أفاد مراسل الوكالة أمس الأحد بوصول تعزيزات إلى المنطقة , وقال مصدر اليوم إن الاشتباكات "
        "تجددت ليلة السبت . ") + STUDY


def test_a_long_page_naming_no_day_reports_nothing() -> None:
    assert _reports_nothing(STUDY, 20)                 # quotes and deeds do not make it a report
    assert not _reports_nothing(NEWS, 20)              # a report names the day of its news
    assert not _reports_nothing(_QUOTED * 14, 20)       # too short to judge by its days (~1,080 words)


def test_an_undated_deed_in_a_study_is_background() -> None:
    assert actual_events(_run(STUDY + DEAD, HEADLINE)) == []
    # the same sentence in a report of the day: left to the other rules
    assert [e for e in actual_events(_run(NEWS + DEAD, HEADLINE)) if e.evidence.start >= len(NEWS)]


def test_a_dated_deed_in_a_study_stays() -> None:
    assert len(actual_events(_run(STUDY + DATED, HEADLINE))) >= 1



def test_a_page_writing_out_its_days_is_a_digest() -> None:
    # a weekly digest writes out the day of each item and photo (~14 per thousand words here): not a study
    assert not _reports_nothing(STUDY, 20, dated_days=30)
    assert _reports_nothing(STUDY, 20, dated_days=5)           # a study dating a few happenings
