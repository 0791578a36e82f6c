"""Session 24 (unresolved4): events left undated although their own item dates them. A rights group's
list runs its items into one sentence, each closing with its labelled day ("فلان , تعرضت للاختطاف ...
في منطقة العباسيين - دمشق , بتاريخ 10 \\ 1 \\ 2016 , ومازالت مجهولة المصير فلانة , تعرضت ... بتاريخ 8 \\ 1
\\ 2016"): the first day after the trigger is its item's (``events.dates._item_closing_date``). And the
place spelt out after a colon (", في منطقة تادف : ريف الباب") is no caption between the trigger and its
day (``events.dates._caption_between``). Hand-written sentences in the corpus's pre-tokenised style (the
lists reposted by asharqalarabi), each rule with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "tadef": ("تادف", "Tadef", 36.350, 37.530, "town", "Aleppo"),
    "zabadani": ("الزبداني", "al-Zabadani", 33.720, 36.100, "town", "Rif Dimashq"),
    "talbiseh": ("تلبيسة", "Talbiseh", 34.840, 36.730, "town", "Homs"),
}


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", None, syrian=True)


LIST = ("من أخبار حقوق الإنسان في سورية .\n"
        "عباب سليمان قطايف , تعرضت للاختطاف والاختفاء القسري من قبل مسلحين مجهولين , في مدينة الزبداني - ريف دمشق , "
        "{label} 10 \\ 1 \\ 2016 , ومازالت مجهولة المصير خلود جميل القاضي , تعرضت للاختطاف والاختفاء القسري من قبل "
        "مسلحين مجهولين , في مدينة تلبيسة - حمص , بتاريخ 8 \\ 1 \\ 2016 , ومازالت مجهولة المصير .")


def test_each_item_of_a_run_on_list_takes_its_closing_day() -> None:
    a = _run(LIST.format(label="بتاريخ"))
    assert actual_dates_at(a, "zabadani") == {("2016-01-10", "2016-01-10")}
    assert actual_dates_at(a, "talbiseh") == {("2016-01-08", "2016-01-08")}


def test_a_day_without_the_item_label_closes_no_item() -> None:
    # "في 10 \\ 1 \\ 2016": not every day of the sentence is an item's labelled close, so the sentence's
    # days stay another clause's (the first item is left undated, as before)
    a = _run(LIST.format(label="في"))
    assert ("2016-01-10", "2016-01-10") not in actual_dates_at(a, "zabadani")
    assert ("2016-01-08", "2016-01-08") not in actual_dates_at(a, "zabadani")


PLACE_AFTER_COLON = ("من أخبار حقوق الإنسان في سورية .\n"
                     "آية ملحم - فطيم البكري , تعرضوا للاختطاف والاختفاء القسري من قبل مسلحين مجهولين , "
                     "{lead} تادف : ريف الباب - ريف حلب , بتاريخ 16 \\ 1 \\ 2016 , ومازالت مجهولة المصير .")


def test_a_place_spelt_out_after_a_colon_is_no_caption() -> None:
    a = _run(PLACE_AFTER_COLON.format(lead="في منطقة"))
    assert actual_dates_at(a, "tadef") == {("2016-01-16", "2016-01-16")}


def test_a_caption_header_still_parts_the_trigger_from_the_day() -> None:
    # ", ريف حلب تادف :" opens no "في": a caption's or dateline's header, as before
    a = _run(PLACE_AFTER_COLON.format(lead="ريف حلب"))
    assert ("2016-01-16", "2016-01-16") not in actual_dates_at(a, "tadef")


def test_a_heading_over_sub_items_takes_no_sub_items_day() -> None:
    # "... بعد معارك عنيفة : ... 1 - مشفى الدقاق : تعرض للقصف ... بتاريخ 13 \\ 4 \\ 2014": the colon opens the
    # heading's sub-items, whose days are theirs, not the heading's battle's
    text = ("تقرير خاص حول استهداف المنشآت الطبية .\n"
            "سيطرت المعارضة المسلحة على مدينة تادف بعد معارك عنيفة : المرافق التي تم استهدافها بعدها : "
            "1 - مشفى الدقاق : تعرض للقصف بالبراميل المتفجرة بتاريخ 13 \\ 4 \\ 2014 "
            "2 - مستوصف دار الوفاء : تعرض للقصف بتاريخ 20 \\ 4 \\ 2014 .")
    told = [e for e in _run(text).events if e.modality == "actual" and e.trigger == "معارك عنيفة"]
    assert told and ("2014-04-13", "2014-04-13") not in {(e.date_start, e.date_end) for e in told}
