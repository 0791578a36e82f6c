"""Border twins: a name shared by two towns a few km apart across a border (Egypt's Rafah and Gaza's)
is read by the country the text puts around it (rasd/knowledge/geocode.py _border_twins)."""

from __future__ import annotations

from analysed import analyse_text, place_countries

STAGES = ["entities", "places"]


def test_egyptian_forces_in_the_sentence_choose_egypts_rafah() -> None:
    # the nearest cue wins: the Egyptian forces, not the raided man's home in Gaza
    a = analyse_text("في 14 أيار / مايو 2017 داهمت قوات الأمن المصرية بيتا في جنوب رفح كان يمكث فيه ابراهيم "
                     "داوود أبو محسن , وهو فلسطيني من غزة وعضو في تنظيم الدولة الإسلامية .", stages=STAGES)
    assert place_countries(a, "رفح") == ["EG"]


def test_sinai_towns_and_governorate_choose_egypts_rafah() -> None:
    a = analyse_text("اشتباكات بين قوات الجيش وعناصر ارهابية جنوب مدينة رفح في شمال سيناء .", stages=STAGES)
    assert place_countries(a, "رفح") == ["EG"]
    a = analyse_text("قتل 19 مدنيا في قصف جوي على مناطق بجنوب الشيخ زويد وشرق وجنوب العريش ورفح .", stages=STAGES)
    assert place_countries(a, "رفح") == ["EG"]


def test_border_with_gaza_puts_rafah_on_the_egyptian_side() -> None:
    a = analyse_text("سماع دوي انفجار ضخم بمدينة رفح منذ قليل , قرب الشريط الحدودي مع قطاع غزة .", stages=STAGES)
    assert place_countries(a, "رفح") == ["EG"]


def test_gaza_named_keeps_gazas_rafah() -> None:
    a = analyse_text("قصف الجيش الإسرائيلي موقعا جنوبي رفح في قطاع غزة .", stages=STAGES)
    assert place_countries(a, "رفح") == ["PS"]
    # no cue at all: the choice stays the gazetteer's
    a = analyse_text("فتحت وزارة الداخلية تحقيقا في التفجير الذي وقع داخل منزل في رفح .", stages=STAGES)
    assert place_countries(a, "رفح") == ["PS"]


def test_a_sinai_page_decides_a_bare_rafah() -> None:
    text = ("سيناء : مقتل رجل أمن بتفجير في العريش .\nحملة أمنية على منطقة كرم ابو نجيلة بمدينة العريش .\n"
            "مقتل مجند في الشيخ زويد .\nاستهداف كمين للجيش المصري جنوب العريش .\nخبر عاجل .\nخبر آخر .\n"
            "استشهاد مجند وإصابة 5 آخرين في تفجير مدرعة برفح .")
    a = analyse_text(text, stages=STAGES)
    assert place_countries(a, "رفح") == ["EG"]


def test_the_items_own_label_next_to_it_decides_over_a_country_further_off() -> None:
    # a feed page: the item's country label opens the next line; a Palestinian cue stands two
    # sentences before and another one further along the next line
    text = ("قصف اسرائيلي على مواقع في قطاع غزة .\nخبر عاجل عن الطقس .\n"
            "حملة عسكرية منذ قليل استهدفت منطقة طويل الامير برفح تزامنا مع سماع دوي إطلاق نار .\n"
            "سيناء كلمة الملك أمام مجلس الشورى عن مؤتمر طويل جدا ومهم للحديث عن الحقوق المشروعة "
            "والقضايا الكثيرة في المنطقة كلها وعن الشعب الفلسطيني .")
    a = analyse_text(text, stages=STAGES)
    assert place_countries(a, "رفح") == ["EG"]
