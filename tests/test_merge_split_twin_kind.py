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
