"""A place's past and a campaign the reader knows are no happening of the page (BACKGROUND / NONEVENT rows of the
carried breadth samples, session 28):
- battles named by the construct they head, in a dependent place ("أثناء معارك الرقة"): the construct is definite by
  its second term, so it names the Raqqa campaign, as a definite plural does (background._battles_named);
- a relative clause of a perfect verb of witnessing ("الاحياء التي شهدت معارك في الرقة", "المعضمية التي شهدت
  مظاهرات"): what a place has seen describes it (background._witnessed_told);
- control told as confined to an area ("وتنحصر سيطرة الفصائل ... باجزاء من حي جوبر") is who holds what (modality
  stative).
Short excerpts of allowed unifiedfc pages (V-625 #6 Youm7, R-662 #4 Alsafahat/AFP, R-411 #3 Assakina chronology,
V-641 #6 Alsafahat/Al-Hayat) and twins that keep the day's news."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

BATTLES = "Battles"
PROTESTS = "Protests"

RECRUITS = ("وأكدت المصادر , أن قوات سوريا الديمقراطية تقوم بالتجنيد الإجبارى لكل الشباب السورى دون استثناء , "
            "مشيرة لقيام القوات الكردية بتجنيد الشباب المقيمين فى المخيمات والهاربين من الرقة وإرغامهم على القتال "
            "فى الصفوف الأمامية أثناء معارك الرقة .")
STREETS = ("وتضيف وهي تتجول في شارع مدمر كما غالبية الاحياء التي شهدت معارك في الرقة , \" حين حصلت الابادة بحق "
           "الايزيديين اصبحت النساء بيد داعش \" .")
MOADAMIYEH = ("10 مايو 2011 إطلاق نار كثيف وعمليات دهم في المعضمية التي شهدت مظاهرات ضد حكم الأسد , وعلى الصعيد "
              "السياسي اعتبرت بثينة شعبان أن الأخطر قد مر .")
JOBAR = ("وتنحصر سيطرة الفصائل المعارضة في دمشق باجزاء من حي جوبر ( شرق ) , وحي التضامن ( جنوب ) , فيما تسيطر "
         "هيئة تحرير الشام وتنظيم داعش على أجزاء من مخيم اليرموك ( جنوب ) .")


def test_the_raqqa_battles_recruits_are_sent_into_are_no_clash() -> None:
    # V-625 #6: the men are forced to fight on the front lines "during the Raqqa battles": the campaign, not a clash
    a = analyse_text(RECRUITS, "2017-11-06", doc_id="recruits")
    assert not actual_events_of(a, BATTLES)


def test_battles_that_break_out_stay() -> None:
    # twin: an indefinite plural with its adjective, the subject of a verb of outbreak: the day's news
    text = "واندلعت معارك عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي ."
    a = analyse_text(text, "2017-03-07", doc_id="outbreak")
    assert actual_events_of(a, BATTLES)


def test_battles_named_with_their_day_stay() -> None:
    # twin: the construct with a day of its own in the clause ("أمس") is a clash the page reports
    text = RECRUITS.replace("أثناء معارك الرقة .", "أثناء معارك الرقة أمس .")
    a = analyse_text(text, "2017-11-06", doc_id="recruits-day")
    assert actual_events_of(a, BATTLES)


def test_the_neighbourhoods_that_saw_battles_are_no_clash() -> None:
    # R-662 #4: "most neighbourhoods that saw battles in Raqqa" describes the street, not a clash of 19 July
    a = analyse_text(STREETS, "2017-07-19", doc_id="streets")
    assert not actual_events_of(a, BATTLES)


def test_the_protests_a_town_had_seen_are_no_protest() -> None:
    # R-411 #3: the chronology item is the raid; the protests are the town's past, told in a relative clause
    a = analyse_text(MOADAMIYEH, "unknown", doc_id="moadamiyeh")
    assert not actual_events_of(a, PROTESTS)
    assert actual_events_of(a)      # (the raid of the item stays)


def test_a_town_that_sees_clashes_stays() -> None:
    # the imperfect ("التي تشهد مواجهات عنيفة ما تزال مستمرة", V-184 #0, judged right): the day's fighting
    text = "وقصفت الطائرات بلدة كفرنبل التي تشهد اشتباكات عنيفة بين الفصائل ."
    a = analyse_text(text, "2017-02-21", doc_id="kafranbel-now")
    assert actual_events_of(a, BATTLES)


def test_a_town_that_saw_clashes_today_stays() -> None:
    # twin: a day after the relative pronoun dates the witnessed clashes: the page's news
    text = "وقصفت الطائرات بلدة كفرنبل التي شهدت اليوم اشتباكات عنيفة بين الفصائل ."
    a = analyse_text(text, "2017-02-21", doc_id="kafranbel")
    assert actual_events_of(a, BATTLES)


def test_control_confined_to_a_district_is_no_taking() -> None:
    # V-641 #6: who holds what in Damascus, no takeover
    a = analyse_text(JOBAR, "2017-11-05", doc_id="jobar")
    assert not actual_events_of(a, BATTLES)


EXPOSED = ("الخسارة الأكبر للميليشيات الطائفية , ومعها قوات الأسد , كانت في اليوم الأول للهجوم على طول الطريق بين دير "
           "الزور وتدمر , بعد أن قدم التنظيم خططا تكتيكية بكسر القوس الدفاعي الذي أنشأته الميليشيات الشيعية على "
           "الطريق الدولي دير الزور - تدمر , رغم الانكشاف الجوي أمام الطيران الحربي الروسي وذاك التابع لنظام الأسد .")
PREPARED = ("ومع عملية إطباق الحصار التدريجية , كانت الأنباء تتحدث في أوساط المعارضة عن استعدادات تقوم بها فصائل "
            "الجيش الحر والفصائل الإسلامية , وعلى رأسها تلك المنضوية في تحالف جيش الفتح في إدلب , للقيام بعملية "
            "عسكرية كبيرة بهدف فك الحصار عن الأحياء الشرقية .")


def test_exposure_to_warplanes_is_no_strike() -> None:
    # R-117 #2 (Baladi News analysis): IS advanced "despite its exposure to Russian warplanes": no strike told
    a = analyse_text(EXPOSED, "2017-10-06", doc_id="exposed")
    assert not actual_events_of(a, "Explosions/Remote violence")


def test_warplanes_that_strike_stay() -> None:
    # twin: the warplanes' raid told done
    text = "وقصفت الطائرات الحربية الروسية مواقع التنظيم على الطريق الدولي دير الزور - تدمر ."
    a = analyse_text(text, "2017-10-06", doc_id="struck")
    assert actual_events_of(a, "Explosions/Remote violence")


def test_an_operation_prepared_for_is_no_battle() -> None:
    # V-275 #2 (Al-Jumhuriya retrospective): preparations "to carry out a large operation": not fought yet
    a = analyse_text(PREPARED, "unknown", doc_id="prepared")
    assert not actual_events_of(a, BATTLES)


def test_a_tally_with_its_cause_is_no_strike() -> None:
    # V-14 #8 (Asharq Alarabi compilation): coalition aircraft "killed more than 1200 civilians so far, because of
    # the indiscriminate bombardment": the Raqqa campaign's running tally; its named cause is the same count
    text = ("سيحتمي في المدن الكبرى كما فعل في مدينة الرقة , حيث قتل طيران التحالف ما يزيد عن 1200 مدني حتى اللحظة , "
            "بسبب القصف العشوائي وتحصن مقاتلي التنظيم في مناطق المدنيين .")
    a = analyse_text(text, "unknown", doc_id="tally")
    assert not actual_events_of(a, "Explosions/Remote violence")


def test_a_day_toll_with_its_cause_stays() -> None:
    # twin: a count with no running-tally phrase is the day's strike
    text = "وقتل طيران التحالف 12 مدنيا في الرقة , بسبب القصف العشوائي على الأحياء السكنية ."
    a = analyse_text(text, "2017-09-10", doc_id="toll-day")
    assert actual_events_of(a, "Explosions/Remote violence")
