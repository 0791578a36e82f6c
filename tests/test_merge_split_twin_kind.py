"""Session 41 (dup): a telling split off a background row (``_split_background_head``) joins the row of its own
sentence when that row tells the same happening by another sub-type of its type (``merge._merge_split_twins``,
``_won_by``): a section heading's "معارك إدلب" lay under an earlier paragraph's continuing clashes while the
merges ran, and split off it stood as a second row beside "سيطرت قوات النظام على قرى ... بعد معارك عنيفة".
The taking's sub-type leads (ACLED codes a battle that changes hands by its outcome). Hand-written text."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

HEAD = "نزوح من المدينة وسقوط عشرات الضحايا | صحيفة الأخبار\n"
FRAME = ("ودخلت حملة عاصفة الشمال التي أطلقها المجلس العسكري المنضوي ضمن قوات سوريا الديمقراطية يومها الخامس "
         "وسط تواصل الاشتباكات بين التنظيم وقسد .\n")
MID = "وقال مصدر محلي إن الطيران قصف أحياء المدينة .\n"
TAKING = ("معارك إدلب أما في إدلب فقد سيطرت قوات النظام على قرى عدة من هيئة تحرير الشام في ريف إدلب الجنوبي "
          "بعد معارك عنيفة جرت بينهما في المنطقة .\n")
# twin: the heading's sentence tells no taking, only fighting
FIGHT = "معارك إدلب أما في إدلب فقد تواصلت المعارك العنيفة بين قوات النظام وهيئة تحرير الشام في ريف إدلب الجنوبي .\n"


def _battles(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in actual_events_of(analyse_text(text, "unknown", stages=None), "Battles"))


def test_split_heading_joins_its_sentences_taking() -> None:
    assert _battles(HEAD + FRAME + MID + TAKING) == ["Government regains territory"]


def test_split_heading_without_a_taking_stays_a_clash() -> None:
    rows = _battles(HEAD + FRAME + MID + FIGHT)
    assert rows and "Government regains territory" not in rows and "Armed clash" in rows


# the suicide attackers' storming, told in the bombing's sentence, pulled under the page's background "المعارك"
# row and split off it again (``_bombers_assault``): it joins the bombing
BOMBING = ("مقتل شخصين في هجوم انتحاري استهدف مقر الشرطة بحمص | وكالة الأنباء حاول مهاجمان انتحاريان اقتحام مركز "
           "قيادة الشرطة واشتبكا مع الحراس قبل أن يفجرا الأحزمة الناسفة عند المدخل .\n")
# twin: gunmen storm it (no suicide attacker names the fight's subject): the fight stays a row of its own
GUNMEN = ("مقتل شخصين في هجوم انتحاري استهدف مقر الشرطة بحمص | وكالة الأنباء حاول مسلحون اقتحام مركز قيادة "
          "الشرطة واشتبكوا مع الحراس قبل أن يفجر أحدهم حزامه الناسف عند المدخل .\n")
BODY = "وقالت وزارة الداخلية إن مهاجمين فجروا أنفسهم قرب مقر الشرطة بوسط المدينة اليوم الأربعاء .\n"
WAR = ("واستمتعت حمص بأمان نسبي لبعدها عن معظم المعارك في الحرب المستعرة منذ أكثر من 6 أعوام لكنها شهدت هجمات "
       "مشابهة في السنوات الماضية .\n")


def _rows(text: str) -> list[tuple[str, str]]:
    a = analyse_text(text, "unknown", stages=None)
    return sorted((e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual")


def test_bombers_storming_joins_the_bombing() -> None:
    assert _rows(BOMBING + BODY + WAR) == [("Explosions/Remote violence", "Suicide bomb")]


def test_gunmens_storming_stays_a_fight() -> None:
    assert ("Battles", "Armed clash") in _rows(GUNMEN + BODY + WAR)
