"""Precision of the events layer on unseen pages: background on undated pages, recalled past
("وسبق أن"), one event per happening, place and day, lists of means, non-events (the end of an
operation, aims, warnings, graves), and an undated page's own head date confirmed by "اليوم
<weekday>". Hand-written sentences with the fixture entities of test_events, with negatives."""

from __future__ import annotations

import pytest
from test_events import _run, run_with_places

from rasd.records import Analysis, Entity

EAST_HAMA = "ريف حماة الشرقي"      # a part of the fixture's "ريف حماة", its point 60 km away


def _run_east(text: str) -> Analysis:
    """_run with one more place whose name extends a fixture place's name."""
    east = Entity("rif-hama-east", "PLACE", EAST_HAMA, "eastern Hama countryside", lat=35.3, lon=37.3, level="region")
    return run_with_places(text, [east], "2017-09-26")


def _actual(a) -> list[tuple[str, str, str | None, str]]:
    return sorted((e.event_type, e.sub_event_type, e.location, e.date_start) for e in a.events
                  if e.modality == "actual")


# --------------------------------------------------------------------------- background

def test_undated_page_drops_a_happening_years_before_its_newest() -> None:
    # an undated page about a 2017 strike recalls 2012 clashes: background
    text = ("قصفت قوات النظام مدينة دوما يوم 15 نيسان 2017 . "
            "وفي آب 2012 دارت اشتباكات بين جبهة النصرة وقوات النظام في الرقة .")
    got = _actual(_run("wording", text=text, published="unknown"))
    assert [g for g in got if g[2] == "douma"], got
    assert not [g for g in got if g[2] == "raqqa"], got


def test_undated_page_keeps_happenings_weeks_apart_and_a_lone_dated_one() -> None:
    text = ("قصفت قوات النظام مدينة دوما يوم 15 نيسان 2017 . "
            "ودارت اشتباكات بين جبهة النصرة وقوات النظام في الرقة يوم 2 نيسان 2017 .")
    got = _actual(_run("wording", text=text, published="unknown"))
    assert {g[2] for g in got} >= {"douma", "raqqa"}, got
    # one dated happening alone is the page's own, however old (told by its day: by its month alone it is
    # one the page recalls, background._month_or_year_told)
    got = _actual(_run("wording", text="دارت اشتباكات بين جبهة النصرة وقوات النظام في الرقة في 5 آب 2012 .",
                       published="unknown"))
    assert [g for g in got if g[2] == "raqqa"], got


def test_recalled_past_is_background_on_any_page() -> None:
    text = ("قصفت قوات النظام مدينة دوما اليوم . "
            "وسبق أن قتل عشرات المدنيين بقصف قوات النظام على الرقة .")
    for pub in ("unknown", "2017-04-15"):
        got = _actual(_run("wording", text=text, published=pub))
        assert [g for g in got if g[2] == "douma"], got
        assert not [g for g in got if g[2] == "raqqa"], got
    # without the cue the second strike is news too
    got = _actual(_run("wording", text=text.replace("وسبق أن قتل", "وقتل"), published="unknown"))
    assert [g for g in got if g[2] == "raqqa"], got


def test_since_the_war_began_is_background() -> None:
    text = "وقتلت قوات النظام آلاف المدنيين في الرقة منذ بداية الثورة ."
    assert not _actual(_run("wording", text=text, published="unknown"))
    text = "وقتلت قوات النظام عشرة مدنيين في الرقة أمس ."
    assert _actual(_run("wording", text=text, published="unknown"))


# --------------------------------------------------------------------------- one happening

def test_headline_and_body_of_one_clash_are_one_event() -> None:
    text = ("اشتباكات بين جبهة النصرة وقوات النظام في الرقة . "
            "وتستمر المعارك العنيفة بين جبهة النصرة وقوات النظام في الرقة .")
    got = _actual(_run("wording", text=text, published="unknown"))
    assert len([g for g in got if g[0] == "Battles"]) == 1, got


def test_clashes_at_two_places_stay_two_events() -> None:
    text = ("اشتباكات بين جبهة النصرة وقوات النظام في الرقة . "
            "ودارت معارك عنيفة بين جبهة النصرة وقوات النظام في عفرين .")
    got = _actual(_run("wording", text=text, published="unknown"))
    assert {g[2] for g in got if g[0] == "Battles"} == {"raqqa", "afrin"}, got


def test_a_clash_and_the_ground_it_won_are_one_territorial_event() -> None:
    text = ("سيطرت قوات النظام على مدينة دوما . "
            "وجاءت السيطرة بعد معارك عنيفة بين قوات النظام وجيش الإسلام في دوما .")
    got = _actual(_run("wording", text=text, published="unknown"))
    battles = [g for g in got if g[0] == "Battles"]
    assert len(battles) == 1 and battles[0][1] == "Government regains territory", got


def test_a_region_and_its_part_the_same_day_with_one_toll_are_one_strike() -> None:
    text = ("قتلت قوات النظام 26 مدنيا بقصف جوي على ريف حماة اليوم . "
            "وقالت مصادر إن طائرات حربية لقوات النظام قتلت 26 مدنيا في ريف حماة الشرقي اليوم .")
    got = _actual(_run_east(text))
    assert len([g for g in got if g[0] == "Explosions/Remote violence"]) == 1, got
    # two tolls: two strikes of the day
    got = _actual(_run_east(text.replace("قتلت 26", "قتلت 5")))
    assert len([g for g in got if g[0] == "Explosions/Remote violence"]) == 2, got


def test_air_strikes_and_a_suicide_bombing_at_one_place_are_two_events() -> None:
    # the weapon tells the happening apart; a car bomb and its bomber stay one event
    text = ("شنت طائرات حربية غارات جوية على مدينة دوما اليوم . "
            "وفجر انتحاري نفسه بحزام ناسف في مدينة دوما اليوم .")
    got = _actual(_run("wording", text=text, published="unknown"))
    subs = sorted(g[1] for g in got if g[0] == "Explosions/Remote violence" and g[2] == "douma")
    assert subs == ["Air/drone strike", "Suicide bomb"], got


def test_a_list_of_means_of_one_toll_is_one_event() -> None:
    text = "وأحصى المرصد مقتل 384 مدنيا في الغوطة الشرقية جراء القصف والمعارك أمس ."
    got = _actual(_run("wording", text=text, published="unknown"))
    assert len(got) == 1, got


# --------------------------------------------------------------------------- non-events

# (a sentence that tells no happening, its twin that tells one, the page's date)
NOT_EVENT_AND_TWIN = [
    pytest.param("وأعلنت قوات النظام نهاية العمليات العسكرية في الرقة .",
                 "وبدأت قوات النظام العمليات العسكرية في الرقة .", "unknown", id="the-end-of-an-operation-is-no-clash"),
    pytest.param("الهدف حرمان قوات النظام من مبرر استهداف مدينة دوما .",
                 "واصلت قوات النظام استهداف مدينة دوما .", "unknown", id="a-pretext-is-not-a-strike"),
    pytest.param("وتمنح البلدة أفضلية لقوات سوريا الديمقراطية الراغبة في التقدم والسيطرة على الرقة .",
                 None, "unknown", id="a-wish-to-advance-is-not-a-capture"),
    pytest.param("عثر الأهالي على مقبرة جماعية تضم جثث مدنيين قتلوا على يد تنظيم داعش في الرقة .",
                 "قتل عشرة مدنيين على يد تنظيم داعش في الرقة .", "unknown", id="a-mass-grave-is-not-the-day-of-the-killing"),
    pytest.param("وتتعرض مدينة دوما لقصف مكثف من قوات النظام منذ أكثر من ثلاثة أسابيع .",
                 "وقتلت قوات النظام 300 مدني في مدينة دوما منذ أكثر من ثلاثة أسابيع .", "2017-12-06", id="a-state-going-on-for-weeks-is-no-event-its-toll-is"),
    pytest.param("وباتت هيئة تحرير الشام تمسك بزمام المبادرة في محاور الاشتباك مع قوات النظام في الشمال السوري .",
                 "وشهدت محاور دوما اشتباكات عنيفة بين جيش الإسلام وقوات النظام .", "unknown", id="axes-of-engagement-are-no-clash-fighting-on-a-towns-axes-is"),
    pytest.param("وتدعم الطائرات جيش قوات النظام الذي يشن حملة على تنظيم داعش في الرقة .",
                 "وقالت مصادر إن قوات النظام شنت حملة على تنظيم داعش في الرقة .", "2017-12-06", id="a-present-tense-relative-clause-describes-an-actor"),
    pytest.param("وبدأت قوات النظام منذ أسابيع عملية عسكرية واسعة باتجاه الرقة .",
                 "وقتلت قوات النظام خمسة مدنيين اليوم في بلدة دوما المحاصرة منذ أشهر .", "2017-12-06", id="weeks-ago-before-the-trigger-is-background-after-it-describes-a-place"),
]


@pytest.mark.parametrize("not_event, twin, published", NOT_EVENT_AND_TWIN)
def test_no_happening_and_its_twin(not_event: str, twin: str | None, published: str) -> None:
    """The end of an operation, a pretext, a wish, a grave, a state going on, a description, a
    past told by "منذ أسابيع" before the trigger: no actual event; the same words telling a
    happening: one."""
    assert not _actual(_run("wording", text=not_event, published=published))
    if twin is not None:
        assert _actual(_run("wording", text=twin, published=published))


def test_warning_of_an_operation_is_not_an_event() -> None:
    text = "حذرت الحكومة اليوم الجيش التركي من شن عملية عسكرية في منطقة عفرين ."
    a = _run("wording", text=text, published="unknown")
    assert a.events and not _actual(a)     # kept, as a plan


def test_out_of_service_is_not_leaving() -> None:
    text = "أصيب رجل بقصف لقوات النظام على دوما , كما تسبب القصف بدمار أربعة منازل وخروج الفرن الآلي عن الخدمة ."
    got = _actual(_run("wording", text=text, published="unknown"))
    assert got and not [g for g in got if g[0] == "Strategic developments"], got


# --------------------------------------------------------------------------- types

def test_attack_on_a_mosque_is_violence_against_civilians() -> None:
    text = "قال مسؤولون إن المسلحين الذين هاجموا مسجدا في الرقة يوم الجمعة قتلوا 305 أشخاص ."
    got = _actual(_run("wording", text=text, published="unknown"))
    assert got and got[0][0] == "Violence against civilians", got


def test_car_bombs_spelled_malghuma_are_explosions() -> None:
    text = "قتل مهاجمون من تنظيم داعش 100 شخص في هجوم بسيارات ملغومة استهدف نازحين في الرقة ."
    got = _actual(_run("wording", text=text, published="unknown"))
    assert got and all(g[0] == "Explosions/Remote violence" for g in got), got


# --------------------------------------------------------------------------- an undated page's own date

HEAD = "بلدي نيوز الأربعاء 6 كانون الأول 2017 | 10 : 25 مساء بتوقيت دمشق . "


def test_head_date_confirmed_by_today_weekday_dates_today() -> None:
    text = HEAD + "قال ناشطون إن عشرة مدنيين قتلوا اليوم الأربعاء بقصف قوات النظام على مدينة دوما ."
    got = _actual(_run("wording", text=text, published="unknown"))
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack", "douma", "2017-12-06") in got, got


def test_head_date_with_another_weekday_as_today_stays_undated() -> None:
    # the body's "today" is a Thursday: the head date is a site clock, not the article's day
    text = HEAD + "قال ناشطون إن عشرة مدنيين قتلوا اليوم الخميس بقصف قوات النظام على مدينة دوما ."
    got = _actual(_run("wording", text=text, published="unknown"))
    assert got and all(g[3] == "unknown" for g in got if g[2] == "douma"), got


def test_one_dyad_told_twice_at_a_place_is_one_battle() -> None:
    # the regime's capture and IS's fighting there the same day: one battle, told by its outcome
    text = "سيطرت قوات النظام على مدينة الرقة . ودارت معارك عنيفة شنها تنظيم داعش في الرقة ."
    got = [g for g in _actual(_run("wording", text=text, published="2017-12-06")) if g[0] == "Battles"]
    assert len(got) == 1 and got[0][1] == "Government regains territory", got
    # a third side (al-Nusra against IS) is another fight
    text = "سيطرت قوات النظام على مدينة الرقة . ودارت معارك عنيفة بين جبهة النصرة وتنظيم داعش في الرقة ."
    got = [g for g in _actual(_run("wording", text=text, published="2017-12-06")) if g[0] == "Battles"]
    assert len(got) == 2, got


