"""Numbers in Arabic text: digits, words, multipliers, vague counts, qualifiers, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.text.numbers import find_numbers, parse_number

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1945", 1945),
        ("١٩٤٥", 1945),
        ("۱۹۴۵", 1945),
        ("143 ألف", 143000),
        ("خمسة", 5),
        ("ثلاثة آلاف", 3000),
        ("مئات", 100),
        ("2.5 مليون", 2_500_000),
        ("الـ 50 مليون", 50_000_000),
        ("خمسة وعشرين", 25),
        ("خمس وعشرون", 25),
        ("ثلاثة عشر", 13),
        ("إحدى عشرة", 11),
        ("أحد عشر ألف", 11000),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتان", 200),
        ("ثلاثمائة وخمسة وستون", 365),
        ("ثلاث مئة", 300),
        ("ألف وخمسمائة", 1500),
        ("ألفان", 2000),
        ("خمسون ألفاً", 50000),
        ("خمسة وعشرين ألف", 25000),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("عشرة آلاف", 10000),
        ("مئة ألف", 100000),
        ("مليون", 1_000_000),
        ("ملايين", 1_000_000),
        ("نصف مليون", 500_000),
        ("1,450", 1450),
        ("٣٬٥٠٠", 3500),
        ("2٫5", 2.5),
        ("عشرات الآلاف", 10000),
        ("العشرات", 10),
    ],
)
def test_parse_number(text: str, value: int | float) -> None:
    got = parse_number(text)
    assert got == value
    assert type(got) is type(value)


def test_parse_number_none() -> None:
    assert parse_number("لا رقم هنا") is None
    assert parse_number("") is None
    assert parse_number("كمية الأسلحة") is None      # ك + مية is not 100


def test_ordinals_are_not_counts() -> None:
    assert find_numbers("منذ الثامن عشر من فبراير") == []
    assert find_numbers("في السادس والعشرين من مارس") == []
    assert find_numbers("الحادي عشر من أيلول") == []


def test_and_between_two_counts_is_not_a_compound() -> None:
    got = find_numbers("بين خمسة وعشرة أشخاص")
    assert [n.value for n in got] == [5, 10]


def test_monday_is_not_two() -> None:
    assert find_numbers("يوم الاثنين الماضي") == []
    assert find_numbers("أمس الإثنين") == []


def test_bounds_and_approximations() -> None:
    (n,) = find_numbers("الأسلحة الكيماوية التي راح ضحيتها أكثر من 40 شهيداً")
    assert (n.value, n.lower_bound, n.upper_bound) == (40, True, False)
    (n,) = find_numbers("وبقي ما لا يزيد عن 2500 مقاتل")
    assert (n.value, n.upper_bound, n.lower_bound) == (2500, True, False)
    (n,) = find_numbers("لتهجير نحو 200 ألف مدني")
    assert (n.value, n.approx) == (200000, True)
    (n,) = find_numbers("ما يفوق عن 100 ألف قتيل")
    assert (n.value, n.lower_bound) == (100000, True)
    (n,) = find_numbers("قتل 40 شخصا على الأقل")
    assert n.lower_bound
    (n,) = find_numbers("زهاء ثلاثين عائلة")
    assert (n.value, n.approx) == (30, True)
    (n,) = find_numbers("أقل من 10")
    assert n.upper_bound


def test_clitics_and_parentheses() -> None:
    text = "فوصل العدد لأكثر من(450) بينما المقرّر خروجهم لم يتجاوز الـ(150) شخصاً"
    a, b = find_numbers(text)
    assert (a.value, a.lower_bound, text[a.start:a.end]) == (450, True, "450")
    assert (b.value, b.upper_bound) == (150, True)
    (n,) = find_numbers("و1450 صاروخ أرض أرض")
    assert n.value == 1450 and n.surface == "1450"
    assert [n.value for n in find_numbers("بـ 5 قذائف ولـ(150) عائلة")] == [5, 150]
    (n,) = find_numbers("وبخمسة قتلى")
    assert n.value == 5 and n.surface == "خمسة"


def test_vague_counts() -> None:
    got = find_numbers("مقتل مئات من خيرة الثوار وعشرات الآلاف من المدنيين والعشرات من الجرحى")
    assert [(n.value, n.vague) for n in got] == [(100, True), (10000, True), (10, True)]
    (n,) = find_numbers("آلاف العناصر من داعش")
    assert (n.value, n.vague) == (1000, True)


def test_offsets_point_into_original_text() -> None:
    text = "سقط ١٬٩٤٥ شخصاً، بينهم 285 امرأة و385 طفلًا، جراء 6580 غارة و٢٫٥ مليون دولار"
    got = find_numbers(text)
    assert [n.value for n in got] == [1945, 285, 385, 6580, 2_500_000]
    for n in got:
        assert text[n.start:n.end] == n.surface
    assert got[0].surface == "١٬٩٤٥"
    assert got[-1].surface == "٢٫٥ مليون"


def test_arabic_comma_is_not_a_thousands_separator() -> None:
    assert [n.value for n in find_numbers("٣٠ مارس،٢٠١٨")] == [30, 2018]
    assert [n.value for n in find_numbers("2016،2017")] == [2016, 2017]


def test_handles_urls_and_times_are_not_numbers() -> None:
    text = "— حمزة بيرقدار (@HA_alshami05) 10:00 http://anapress.net/a/987779892729898"
    assert find_numbers(text) == []


def test_dates_still_give_numbers() -> None:
    assert [n.value for n in find_numbers("الواقع في 2018/04/23")] == [2018, 4, 23]


def test_many_numbers_in_one_sentence() -> None:
    text = "سقط " + " و".join(str(i) for i in range(500)) + " قتيلا"
    got = find_numbers(text)
    assert [n.value for n in got] == list(range(500))
    assert all(text[n.start:n.end] == n.surface for n in got)


def test_huge_unpunctuated_paragraph() -> None:
    chunk = "قال المصدر إن أكثر من خمسة وعشرين شخصا قتلوا و 143 ألف نزحوا "
    text = chunk * (100_000 // len(chunk) + 1)
    assert len(text) > 100_000
    got = find_numbers(text)
    reps = 100_000 // len(chunk) + 1
    assert len(got) == 2 * reps
    assert got[0].value == 25 and got[0].lower_bound
    assert got[1].value == 143000
    assert find_numbers("ا" * 100_000) == []
    assert find_numbers("1" * 5000) == []          # an identifier, not a count
    assert find_numbers("رقم 123456789012345")[0].value == 123456789012345


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not available")
def test_sample_quantities() -> None:
    text = (SAMPLES / "001_ccd135a118f501bf.txt").read_text(encoding="utf-8")
    values = {n.value: n for n in find_numbers(text)}
    for v in (1945, 285, 385, 6580, 2750, 1450, 300, 250, 185, 3350, 5850, 11):
        assert v in values
    assert values[143000].lower_bound
    assert values[200000].approx
    text = (SAMPLES / "004_b8a14208eb9c10a6.txt").read_text(encoding="utf-8")
    got = [(n.value, n.lower_bound, n.upper_bound, n.approx) for n in find_numbers(text)]
    assert (450, True, False, False) in got
    assert (150, False, True, False) in got
    assert (1500, False, False, True) in got
    assert (7, False, False, True) in got          # "منذ ما يقارب سبعة شهور"
