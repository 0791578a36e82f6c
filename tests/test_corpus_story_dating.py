"""The corpus stage dates an undated report from a sister article of its story only when the
report tells of no later day than the one so found (issue 4: V-342#4 was dated from an article of
an earlier stage). Real pages: the anapress report (002) of the Jaysh al-Islam statement (003)."""

import datetime as dt
import io
import shutil

from rasd.corpus.dating import event_days, later_stage, written_days
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store

REPORT, STATEMENT = "002_29f99f87ebbf2940.txt", "003_91ee6903be612cb3.txt"
LATER = "\nوفي 30 نيسان / أبريل 2018 , قتل ثلاثة مدنيين في قصف جوي على بلدة الرحيبة في القلمون الشرقي .\n"
EARLIER = "\nوفي 3 نيسان / أبريل 2018 , قتل ثلاثة مدنيين في قصف جوي على بلدة الرحيبة في القلمون الشرقي .\n"


def _ingest(samples_dir, tmp_path, extra: str) -> Store:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(samples_dir / STATEMENT, d)
    (d / REPORT).write_text((samples_dir / REPORT).read_text(encoding="utf-8") + extra, encoding="utf-8")
    s = Store(tmp_path / "s.db")
    ingest([str(d)], s, err=io.StringIO())
    return s


def test_report_of_an_earlier_day_is_dated_from_its_story(samples_dir, tmp_path):
    s = _ingest(samples_dir, tmp_path, EARLIER)
    doc = s.get_document(REPORT)
    assert doc.published.date == "2018-04-24" and doc.published.method == "story-relative"
    assert max(event_days(s, doc.id)) <= dt.date(2018, 4, 24)     # re-dated: its "أمس" events too


def test_twin_report_of_a_later_day_is_left_undated(samples_dir, tmp_path):
    s = _ingest(samples_dir, tmp_path, LATER)
    assert s.count("stories") == 1      # still one story; only its date is not taken
    doc = s.get_document(REPORT)
    assert doc.published.date == "unknown"
    assert max(event_days(s, doc.id)) == dt.date(2018, 4, 30)     # the air strike, a later happening


def test_later_stage_only_within_weeks():
    day = dt.date(2017, 11, 17)
    assert later_stage([dt.date(2017, 11, 11), dt.date(2017, 11, 26)], day)
    assert not later_stage([dt.date(2017, 11, 11), dt.date(2017, 11, 17)], day)     # same day, before
    assert not later_stage([dt.date(2018, 1, 21)], day)     # the crawl-day ticker of R-128#4's site


def test_written_days_leave_out_stamps_next_to_a_clock():
    # V-342#4's "الثلاثاء 11 أبريل 2017" counts; a youm7 ticker (R-128#4's head) does not
    text = ("الدفاع الروسية : قصف مواقع داعش - اليوم السابع الأحد , 21 يناير 2018 09 : 49 ص الدفاع الروسية"
            "\nوبدأت المرحلة الثانية يوم الثلاثاء 11 أبريل 2017 , بحسب المصدر .")
    assert written_days(text) == [dt.date(2017, 4, 11)]


def test_only_a_directly_similar_story_mate_dates_a_page(samples_dir, tmp_path):
    """A story is a chain of similar pairs; a page is dated only from a document similar to it
    itself, not from one it reaches through other story-mates (R-128#3, DW of 17 November, was
    moved to 8 December by a kitabat page four links away)."""
    from rasd.corpus.dating import date_from_stories
    from rasd.records import Published

    s = _ingest(samples_dir, tmp_path, EARLIER)
    doc = s.get_document(REPORT)
    statement = s.get_document(STATEMENT)
    doc.published = Published()
    s.set_published(doc)
    assert date_from_stories(s, similar=[])["dated_from_story"] == 0     # a chain, no direct link
    assert s.get_document(REPORT).published.date == "unknown"
    assert date_from_stories(s, similar=[(doc.id, statement.id)])["dated_from_story"] == 1
    assert s.get_document(REPORT).published.date == "2018-04-24"
