"""Past happenings recalled inside a page's news are background (BACKGROUND rows of the carried breadth samples,
session 33), whatever date the clause they hang on gives:
- a pluperfect clause with no time of its own ("رهائن كانت قد خطفتهم", "وكانت القوات سيطرت على البلدة"): the
  deed was done before the time of the clause, entry or page that dates the sentence (background._dated_aside);
- a happening noun named by a time long before the page's ("على خلفية هجوم ... في صيف العام 2015"): a reminder,
  the day of its clause ("اليوم") dates the verdict (background._named_with_old_year).
Made-up sentences of the general constructions, each with a twin that keeps the day's news."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

VIOLENCE = "Violence against civilians"
BATTLES = "Battles"

SHELLED = "قالت مصادر محلية إن قوات النظام قصفت بلدة كفرنبل اليوم . "


def test_hostages_a_group_had_abducted_are_no_abduction_of_the_day() -> None:
    text = ("أفرجت جماعة بوكو حرام اليوم عن نحو مئة رهينة معظمهم من النساء كانت قد خطفتهم في قرية بولاية بورنو "
            "شمال شرق نيجيريا .")
    a = analyse_text(text, "2017-03-10", doc_id="freed")
    assert not actual_events_of(a, VIOLENCE)


def test_an_abduction_told_as_the_news_stays() -> None:
    # twin: the perfect of the day's news
    text = "خطفت جماعة بوكو حرام اليوم نحو مئة امرأة من قرية بولاية بورنو شمال شرق نيجيريا ."
    a = analyse_text(text, "2017-03-10", doc_id="abducted")
    assert [e.date_start for e in actual_events_of(a, VIOLENCE)] == ["2017-03-10"]


def test_a_chronology_entry_does_not_date_its_pluperfect_aside() -> None:
    # the entry's day is the release's; the abduction was before it
    text = ("في 24 كانون الثاني 2015 : حركة بوكو حرام تفرج عن نحو مئتي رهينة كانت قد خطفتهم في قرية بولاية يوبي "
            "شمال شرق نيجيريا .")
    a = analyse_text(text, "unknown", doc_id="entry")
    assert not actual_events_of(a, VIOLENCE)


def test_a_takeover_the_forces_had_made_is_not_of_the_page_day() -> None:
    a = analyse_text(SHELLED + "وكانت قوات النظام سيطرت على بلدة خان شيخون بعد معارك مع الفصائل .", "2017-03-10",
                     doc_id="had-taken")
    assert not actual_events_of(a, BATTLES)
    assert actual_events_of(a)          # (the day's shelling stays)


def test_a_pluperfect_with_its_own_day_stays() -> None:
    # twin: "أمس" in the pluperfect clause dates the takeover
    a = analyse_text(SHELLED + "وكانت قوات النظام قد سيطرت أمس على بلدة خان شيخون بعد معارك مع الفصائل .",
                     "2017-03-10", doc_id="had-taken-yesterday")
    assert [e.date_start for e in actual_events_of(a, BATTLES)] == ["2017-03-09"]


VERDICT = ('عمان - أ ف ب أصدرت محكمة أمن الدولة الأردنية اليوم ( الإثنين ) أحكاما بالسجن في حق ثلاثة أشخاص على '
           'خلفية " هجوم الكرك " في {when} , والذي أدى إلى مقتل أربعة من رجال الأمن .')


def test_an_attack_named_by_a_past_year_is_no_event_of_the_verdict_day() -> None:
    a = analyse_text(VERDICT.format(when="صيف العام 2015"), "2017-12-04", doc_id="verdict-old")
    assert not actual_events_of(a)


def test_an_attack_named_by_a_recent_day_stays() -> None:
    # twin: two days before the page, within its report window: the attack is of the page's days
    a = analyse_text(VERDICT.format(when="2 كانون الأول 2017"), "2017-12-04", doc_id="verdict-recent")
    assert actual_events_of(a)


KILLED = "قتل شاب برصاص مجهولين في بلدة الراعي بريف حلب الشمالي أمس . "


def test_a_day_in_a_relative_clause_after_the_pluperfect_is_not_its_own() -> None:
    # the day dates the operation's launch the relative clause tells, not the taking
    text = KILLED + ("وكان الجيش الحر سيطر على بلدة الراعي بعد طرد عناصر تنظيم داعش خلال عملية درع الفرات التي أطلقها "
                     "الجيش التركي في 24 آب من العام 2016 .")
    a = analyse_text(text, "unknown", doc_id="launch-day")
    assert not actual_events_of(a, BATTLES)
    assert actual_events_of(a)          # (the killing stays)


def test_a_pluperfect_dated_in_its_own_clause_stays() -> None:
    # twin: the day stands in the pluperfect clause itself
    text = KILLED + "وكان الجيش الحر سيطر على بلدة الراعي في 4 أيلول 2016 بعد طرد عناصر تنظيم داعش خلال عملية درع الفرات ."
    a = analyse_text(text, "unknown", doc_id="own-day")
    assert [e.date_start for e in actual_events_of(a, BATTLES)] == ["2016-09-04"]
