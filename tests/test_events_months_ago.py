"""Events: a happening its clause says was "years / months ago" without a number ("اختطفتهم قبل سنوات",
"قبل أشهر") is background the page recalls: the phrase resolves to no date, so the page-date checks
cannot judge it, but it never tells the page's news. The same clause told "yesterday" is kept. Excerpt
from the unifiedfc corpus (breadth set V-352#8, an AFP report on a medical evacuation from Ghouta),
run through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

SENTENCE = ("وقال مدير \" المرصد السوري \" رامي عبد الرحمن ل - \" فرانس برس \" أن الاتفاق تم بطلب من تركيا , "
            "مشيرا إلى أنه \" مقابل خروج المرضى , أفرج جيش الإسلام حتى الآن عن 26 شخصا بينهم مدنيون وعمال "
            "ومسلحين موالين للنظام , كانت الفصائل المعارضة اختطفتهم {when} قرب دمشق \" .")


def _abductions(when: str) -> list[str]:
    text = SENTENCE.format(when=when)
    return [e.sub_event_type for e in actual_events_of(analyse_text(text, doc_id="months-ago"))
            if e.sub_event_type == "Abduction/forced disappearance"]


def test_an_abduction_years_ago_is_background() -> None:
    assert _abductions("قبل سنوات") == []


def test_an_abduction_months_ago_is_background() -> None:
    assert _abductions("قبل أشهر") == []


def test_an_abduction_yesterday_is_kept() -> None:
    assert _abductions("أمس") == ["Abduction/forced disappearance"]
