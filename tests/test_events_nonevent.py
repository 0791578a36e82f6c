"""Events that are not happenings, and wrong types (session 14, "nonevent"): a toll whose victims are
told one by one ("قتل الجيش التركي الطفل جميل") is a killing of civilians, not a clash; "خرج عن" is to
depart from a norm, not to leave a place; a meeting left ("انسحب الوفد من محادثات جنيف") is no ground
left, even with a subject between the verb and its "من"; what an actor is bound or promised to do
("الملزم بالانسحاب", "الوعود بانسحابها") has not been done; a campaign of words or of a show
("حملة التحريض", "حملة استعراضية") is no attack; a trigger word inside a quoted name ('حملة بعنوان "
الرقة تذبح بصمت "') tells no happening. Fixtures written for these rules (wording after breadth pages);
each rule with its negative twin."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "raqqa": ("الرقة", "al-Raqqa", 35.950, 39.009, "town", "Ar-Raqqa"),
    "afrin": ("عفرين", "Afrin", 36.511, 36.869, "town", "Aleppo"),
    "manbij": ("منبج", "Manbij", 36.528, 37.955, "town", "Aleppo"),
}


def _run(text: str, published: str = "2017-07-02") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in actual_events(_run(text))]


# --------------------------------------------------------------------------- victims told one by one


@pytest.mark.parametrize("victim", [
    pytest.param("الطفل جميل قهرمان", id="a-named-child"),
    pytest.param("مواطنا يدعى أحمد العبيد", id="a-citizen-accusative"),
    pytest.param("طفلة في التاسعة من عمرها", id="a-girl"),
    pytest.param("امرأة وابنتها", id="a-woman-and-her-daughter"),
])
def test_a_civilian_killed_with_no_fight_told_is_violence_against_civilians(victim: str) -> None:
    # the bare toll used to keep its default type, Battles, with no second armed side
    text = f"قتل الجيش التركي أمس {victim} قرب مدينة عفرين ."
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_a_victim_after_an_inserted_day_is_still_the_killing_s() -> None:
    # "قتل مجهولون , أمس , باكستانية وابنتها": the commas around the day do not part verb and object
    text = "قتل مجهولون , أمس , امرأة وابنتها تشاركان في حملة تلقيح في مدينة الرقة ."
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_reporters_told_are_no_victims() -> None:
    # "قال للصحفيين": the reporters were told, nobody of them was killed
    assert _types("وقال المتحدث للصحفيين إن سبعة قتلى سقطوا في مدينة الرقة أمس .") == [("Battles", "Armed clash")]


def test_a_fighter_killed_stays_a_battle() -> None:
    text = "قتل الجيش التركي أمس مسلحا من وحدات الحماية قرب مدينة عفرين ."
    assert _types(text) == [("Battles", "Armed clash")]


def test_civilians_counted_in_the_accusative_are_civilians() -> None:
    # "مدنيا" (the accusative after a number) was not read as civilians
    assert _types("وأحصى المرصد مقتل 43 مدنيا في مدينة الرقة أمس .") == [("Violence against civilians", "Attack")]


# --------------------------------------------------------------------------- "خرج عن": departing from a norm


@pytest.mark.parametrize("text", [
    pytest.param("وتبنى التنظيم الهجوم على مدينة الرقة أمس , في خروج عن عادته بعدم تبني الهجمات .", id="a-habit"),
    pytest.param("وقال إن الوضع في مدينة منبج خرج عن السيطرة أمس .", id="out-of-control"),
])
def test_going_out_from_a_norm_is_no_exit(text: str) -> None:
    assert not any(e.sub_event_type in ("Non-violent transfer of territory", "Other")
                   for e in actual_events(_run(text)))


def test_going_out_of_a_town_stays_an_exit() -> None:
    events = actual_events(_run("خرج مسلحو التنظيم من مدينة منبج أمس باتجاه الرقة ."))
    assert [e.event_type for e in events] == ["Strategic developments"]


# --------------------------------------------------------------------------- a meeting left


def test_walking_out_of_talks_with_a_subject_between_is_no_withdrawal() -> None:
    # "انسحب من محادثات" was caught; with the delegation between verb and "من" it was not
    assert actual_events(_run("انسحب وفد النظام السوري من محادثات السلام في عفرين اليوم الأحد .")) == []


def test_fighters_withdrawing_from_a_town_with_a_subject_between_stay() -> None:
    events = actual_events(_run("انسحب مقاتلو التنظيم من مدينة منبج اليوم الأحد ."))
    assert [e.event_type for e in events] == ["Strategic developments"]


# --------------------------------------------------------------------------- bound or promised


@pytest.mark.parametrize("text", [
    pytest.param("وقال إن الجيش الملزم بالانسحاب من مدينة منبج وفقا للاتفاق بقي فيها أمس .", id="bound-to"),
    pytest.param("وأضاف أن الوحدات بقيت في مدينة منبج أمس على الرغم من الوعود بانسحابها .", id="promised"),
])
def test_a_withdrawal_an_actor_is_bound_or_promised_to_make_is_not_told(text: str) -> None:
    assert actual_events(_run(text)) == []


# --------------------------------------------------------------------------- campaigns that are not attacks


@pytest.mark.parametrize("text", [
    pytest.param("وشنت قوات النظام حملة تحريض على مدينة الرقة أمس .", id="incitement"),
    pytest.param("وبدت قوات النظام في مدينة الرقة أمس في حملة استعراضية لآلياتها .", id="a-show"),
])
def test_a_campaign_of_words_or_of_a_show_is_no_battle(text: str) -> None:
    assert not any(e.event_type == "Battles" for e in actual_events(_run(text)))


def test_a_military_campaign_stays_a_battle() -> None:
    assert _types("شنت قوات النظام حملة عسكرية على مدينة عفرين أمس .") == [("Battles", "Armed clash")]


# --------------------------------------------------------------------------- a trigger inside a quoted name


def test_a_word_of_a_quoted_campaign_name_is_no_happening() -> None:
    # "تذبح" (is slaughtered) of the activists' campaign name used to give a killing
    text = 'وأطلق ناشطون من مدينة الرقة أمس حملة بعنوان " الرقة تذبح بصمت " .'
    assert actual_events(_run(text)) == []


def test_a_quoted_report_with_no_naming_word_stays() -> None:
    text = 'وقال ناشطون إن الطيران " قصف مدينة الرقة أمس " .'
    assert [e.event_type for e in actual_events(_run(text))] == ["Explosions/Remote violence"]


# --------------------------------------------------------------------------- points of control


def test_points_of_control_set_up_are_no_taking_of_ground() -> None:
    # "نقاط سيطرة" (control points) is a state like "مناطق سيطرة": the base set up is the event
    text = "وقال إن الجيش التركي يقيم نقاط سيطرة في مدينة عفرين أمس ."
    assert _types(text) == [("Strategic developments", "Headquarters or base established")]
