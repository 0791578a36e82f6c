"""An undated page's first date that heads a wire dateline ("Dec 20 , 2017 باريس - رويترز - قال ...") is the
story's own date: its "أمس" counts from it (rasd.extract.page_dates.dated_lead, date_words.yaml wire_credits).
Breadth R-55#6: al-Watan (Qatar) printed Reuters' story of 20 Dec 2017 so, and the Anadolu item below it
("أعلن الجيش المصري , أمس , مقتل ضابط ... في استهداف مطار العريش") was left undated (brsample5)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

PAGE = ('ماكرون : الأسد " عدو الملايين " ماكرون : الأسد " عدو الملايين " Dec 20 , 2017 {dateline}قال الرئيس '
        "الفرنسي إيمانويل ماكرون أمس إن الرئيس السوري بشار الأسد يناصب ملايين السوريين العداء .\n"
        "القاهرة - الأناضول - أعلن الجيش المصري , أمس , مقتل ضابط وإصابة 2 آخرين في استهداف مطار العريش بمحافظة "
        "شمال سيناء بإحدى القذائف أثناء زيارة وزيري الدفاع والداخلية للمدينة .\n")


def _arish(dateline: str) -> set[tuple[str, str]]:
    a = analyse_text(PAGE.format(dateline=dateline))
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")}


def test_a_date_heading_a_wire_dateline_dates_the_story() -> None:
    assert _arish("باريس - رويترز - ") == {("2017-12-19", "2017-12-19")}


def test_a_date_without_its_dateline_confirms_nothing() -> None:
    # twin: the same date over a lead that names no weekday and no wire (a site bar's clock looks so)
    assert _arish("") == {("unknown", "unknown")}
