"""An exit or a handover named as what is negotiated, demanded, offered or set as a condition is no
happening (ACLED codes no event for talks or terms); one told done stays (real sentences of the breadth
set, session 25 typesnon)."""

from analysed import actual_events_of, analyse_text


def _actual_moves(text: str, published: str = "2017-11-04") -> list[str]:
    a = analyse_text(text, published, doc_id=f"fixture-{hash(text)}")
    return [e.trigger for e in actual_events_of(a, "Strategic developments")]


def test_exit_in_negotiations_is_no_event():
    # Alsafahat 4 Nov 2017 (brsample10 V-143#1): the exit is what the talks are about
    assert not _actual_moves(
        'ويترافق تقدم مليشيات النظام , مع مفاوضات بين تنظيم " الدولة الإسلامية " و " قوات سوريا الديموقراطية " , '
        "بغرض السماح للمدنيين وعناصر التنظيم العالقين في الجزء المتبقي من ديرالزور , بالخروج إلى مناطق سيطرة "
        '" قسد " في بلدة الحسينية في ريف ديرالزور الغربي .')


def test_exit_among_demands_or_options_is_no_event():
    # Omran on Hasakah (V-252#8): one of the demands; Al-Manar (V-184#2): one of three options
    assert not _actual_moves(
        'وقد كانت أهم مطالب " الإدارة الذاتية " حسب المتحدث باسمها : حصر حماية المدينة بيد قوى الأمن الداخلي '
        "والأسايش فقط , خروج الجيش والقوات المسلحة التابعة للنظام إلى خارج مدينة الحسكة .", "2016-08-25")
    assert not _actual_moves(
        'ووضعت " الهيئة العامة " في مدينة عربين 3 خيارات أمام " هيئة تحرير الشام " , أولها هو أن تحل نفسها '
        "علنا , والثاني الخروج الآمن من الغوطة الشرقية لمن أراد , وأخيرا الانضمام لأحد الفصائل .", "2017-07-30")


def test_exit_told_done_stays():
    # the talks told as what the exit followed, a light verb of doing it, or the deal executed: it happened
    assert _actual_moves(
        "وبعد مفاوضات طويلة مع النظام , تم اليوم خروج 500 مقاتل من فصائل المعارضة من حي الوعر في مدينة حمص "
        "باتجاه ريف حلب الشمالي .", "2017-03-18")
    assert _actual_moves(
        "وبدأ اليوم خروج مقاتلي المعارضة من حي الوعر في مدينة حمص باتجاه ريف حلب الشمالي بموجب المبادرة التي "
        "طرحها النظام .", "2017-03-18")
