"""Session 40 (handover): a row that is dropped or re-marked takes no right telling with it. A background head's
news tellings split off as a row of their own are headed by their first deed, not a quoted death word, and join
the kept row whose happening they tell again (merge._merge_split_twins); a deed told done with no place of its
own right after the sentence naming where a deed of its family is pressed for takes that place, so the pressed-for
deed can be marked planned ("للضغط على ... لتسليم أنفسهم أو الخروج") without losing it (merge._planned_place).
Hand-written sentences in the corpus's pre-tokenised style; each case with its twin."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "afrin": ("عفرين", "Afrin", 36.512, 36.869, "town", "Aleppo"),
    "raqqa": ("الرقة", "Raqqa", 35.950, 39.010, "town", "Ar-Raqqa"),
    "tabqa": ("الطبقة", "Tabqa", 35.836, 38.548, "town", "Ar-Raqqa"),
    "rif-aleppo-north": ("ريف حلب الشمالي", "North Aleppo countryside", 36.5, 37.0, "region", "Aleppo"),
}

# paragraphs of other matters between the lead and a background line (the lead's place is told far from it)
FILLER = "وقال المتحدث إن الحكومة تدرس الأوضاع الاقتصادية في البلاد وتتابع الملفات السياسية .\n" * 20


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", syrian=True)


def _split_page(body_town: str) -> str:
    return ("قوات النظام تقصف قرى عفرين وتتوعد بمواصلة العمليات .\n"
            "وقال مسؤول في كلمة أمام البرلمان : \" حتى يتم قتل الإرهابي الأخير في هذه المنطقة \" .\n"
            f"وقصفت قوات النظام أمس قرى في مدينة {body_town} .\n" + FILLER
            + "يذكر أن ريف حلب الشمالي شهد خلال الأيام الماضية قصفا متكررا من قبل قوات النظام أسفر عن مقتل 6 مدنيين .\n")


def test_split_off_news_joins_its_kept_twin() -> None:
    # the background line's row had merged the headline, the threat's quoted "قتل" and the body's shelling; split
    # off, the body's shelling of Afrin (not the quote's killing) heads the news row, which is the headline's
    events = actual_events(_run(_split_page("عفرين")))
    assert [(e.event_type, e.location) for e in events] == [("Explosions/Remote violence", "afrin")]
    assert not any(e.trigger == "قتل" for e in events)


def test_split_off_news_of_another_town_stays_apart() -> None:
    events = actual_events(_run(_split_page("الطبقة")))
    assert sorted(e.location for e in events) == ["afrin", "tabqa"]
    assert all(e.event_type == "Explosions/Remote violence" for e in events)


PRESSED = ("وقصفت طائرات النظام مدينة عفرين أمس .\n"
           "واندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة الطبقة أمس .\n"
           "وقالت مصادر محلية إن {lead} .\n"
           "وأكدت المصادر أن نحو 200 عنصر من تنظيم داعش سلموا أنفسهم منذ أيام .\n")


def test_pressed_for_exit_is_planned_and_the_surrender_keeps_its_place() -> None:
    a = _run(PRESSED.format(lead=("طائرات التحالف كثفت قصفها على مدينة الرقة للضغط على من بقي من عناصر داعش "
                                  "لتسليم أنفسهم أو الخروج من مدينة الرقة")))
    strategic = [e for e in actual_events(a) if e.event_type == "Strategic developments"]
    assert [(e.trigger, e.location) for e in strategic] == [("سلموا", "raqqa")]
    assert any(e.modality == "planned" and e.trigger == "الخروج" for e in a.events)


def test_a_planned_deed_of_another_family_lends_no_place() -> None:
    # an attack the SDF intends on Raqqa does not place a surrender told with no place of its own
    a = _run(PRESSED.format(lead="قوات سوريا الديمقراطية تعتزم مهاجمة مدينة الرقة خلال الأيام القادمة"))
    assert not any(e.event_type == "Strategic developments" for e in actual_events(a))
