"""Background happenings dated long before a dated page, and happenings named only as what another
answers ("ردا على القصف"): hand-written sentences, with negatives."""

from __future__ import annotations

from test_events import _run


def _kinds(a) -> list[tuple[str, str | None, str]]:
    return sorted((e.event_type, e.location, e.date_start) for e in a.events if e.modality == "actual")


def test_capture_years_before_a_dated_page_is_background() -> None:
    # a 2017 report recalls the 2014 capture: only the report's own shelling is its event
    text = ("قصفت قوات النظام مدينة دوما يوم الخميس 19 أكتوبر 2017 . "
            "وكان تنظيم داعش قد سيطر على الرقة في حزيران 2014 .")
    a = _run("wording", text=text, published="2017-10-20")
    places = [e.location for e in a.events]
    assert "douma" in places
    assert "raqqa" not in places


def test_same_capture_is_kept_on_an_undated_page() -> None:
    # no publication date: an analysis tells its dated past happenings, they keep their own dates; told by
    # its month alone, the capture is one the page recalls (background._month_or_year_told)
    text = "وكان تنظيم داعش قد سيطر على الرقة في 29 حزيران 2014 ."
    a = _run("wording", text=text, published="unknown")
    raqqa = [e for e in a.events if e.location == "raqqa"]
    assert raqqa and raqqa[0].date_start == "2014-06-29"
    a = _run("wording", text="وكان تنظيم داعش قد سيطر على الرقة في حزيران 2014 .", published="unknown")
    assert not [e for e in a.events if e.location == "raqqa"]


def test_recent_happening_and_toll_ending_near_publication_are_kept() -> None:
    # days before publication, and a toll over a range that ends at publication, are this page's news
    text = ("سيطرت قوات سوريا الديمقراطية على الرقة يوم 5 أكتوبر 2017 . "
            "وقتلت قوات النظام 300 مدني في الغوطة الشرقية منذ آذار 2011 حتى 19 أكتوبر 2017 .")
    a = _run("wording", text=text, published="2017-10-20")
    places = {e.location for e in a.events}
    assert "raqqa" in places
    assert "eastern-ghouta" in places


def test_happening_two_months_before_is_background() -> None:
    text = "سيطرت قوات سوريا الديمقراطية على الرقة يوم 5 أغسطس 2017 ."
    a = _run("wording", text=text, published="2017-10-20")
    assert not [e for e in a.events if e.location == "raqqa"]
    a = _run("wording", text=text, published="2017-08-10")
    assert [e for e in a.events if e.location == "raqqa"]


def test_answered_shelling_is_one_event() -> None:
    # "ردا على القصف": the shelling already told, not a second one with the answering side as actor
    text = ("قصف الجيش التركي مدينة عفرين بالمدفعية . وكشف مصدر مطلع أن قوات سوريا الديمقراطية استهدفت "
            "سيارة تابعة للمعارضة قرب تقاطع طريق الرقة عفرين ردا على القصف , قتل فيها 4 عناصر .")
    a = _run("wording", text=text, published="unknown")
    afrin = [e for e in a.events if e.location == "afrin" and e.event_type == "Explosions/Remote violence"]
    assert len(afrin) == 1
    assert afrin[0].actor1 == ["turkish-armed-forces"]
    assert [e for e in a.events if e.location == "raqqa"]     # the answering attack stays its own event


def test_without_response_cue_no_answered_merge() -> None:
    # negative: "بعد القصف" is no response cue; both real happenings keep their own actors
    text = ("قصف الجيش التركي مدينة عفرين بالمدفعية . وكشف مصدر مطلع أن قوات سوريا الديمقراطية استهدفت "
            "سيارة تابعة للمعارضة قرب تقاطع طريق الرقة عفرين بعد القصف , قتل فيها 4 عناصر .")
    a = _run("wording", text=text, published="unknown")
    assert any(e.location == "afrin" and e.actor1 == ["turkish-armed-forces"] for e in a.events)
    assert any(e.location == "raqqa" and e.actor1 == ["sdf"] for e in a.events)


def test_shellings_at_two_places_stay_apart() -> None:
    # negative: a response cue does not merge the answer with a happening elsewhere
    text = ("قصف الجيش التركي مدينة عفرين بالمدفعية . "
            "وقصفت قوات النظام مدينة دوما بالمدفعية ردا على ذلك .")
    a = _run("wording", text=text, published="unknown")
    places = {e.location for e in a.events if e.event_type == "Explosions/Remote violence"}
    assert {"afrin", "douma"} <= places
