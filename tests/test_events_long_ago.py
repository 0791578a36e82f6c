"""Events: on a page without a date, a happening its own clause dates to a past year counted back from
the page's ("نهاية السنة الماضية", "العام الماضي") is background, as _long_before judges it on a dated
page; a month counted back ("الشهر الماضي") may be the page's weeks and is kept. Excerpt from the
unifiedfc corpus (breadth set V-422#3, an undated review of the war on IS), run through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

SENTENCE = ("داعش . . الخطر المتمدد في العراق وسوريا تمكنت قوات البيشمركة الكردية {when} أيضا من إجبار "
            "مسلحي تنظيم \" الدولة الإسلامية \" على الانسحاب من جسر الزرقا الاستراتيجي بالقرب من كركوك شمالي "
            "العراق .")


def _withdrawals(when: str) -> list[str]:
    text = SENTENCE.format(when=when)
    a = analyse_text(text, doc_id="long-ago")
    return [e.sub_event_type for e in actual_events_of(a, "Strategic developments")]


def test_last_year_s_withdrawal_on_an_undated_page_is_background() -> None:
    assert _withdrawals("نهاية السنة الماضية") == []


def test_last_month_s_withdrawal_is_kept() -> None:
    assert _withdrawals("نهاية الشهر الماضي") == ["Non-violent transfer of territory"]
