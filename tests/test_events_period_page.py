"""Events, session 12 "rules2" (issue #4, candidates a rule rejects although they are reported
happenings): the bare-place path of _emit_ok (a violent deed told by its own word with its place in
its clause) also holds on a page without a date that names a day or month of the theatre's period (a
report of that time, such as SNHR's daily victims report), unless the nearest year written before the
deed is before that period (the page's history). A page naming no such date keeps the old rule.
Sentences from unifiedfc articles (set J's V-641, breadth R-65); the whole pipeline runs."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Analysis, Event


def _run(text: str) -> Analysis:
    return analyse_text(text, doc_id="rules12", stages=None)


def _place(a: Analysis, e: Event) -> str:
    return a.entities[e.location].name_ar if e.location else ""


# V-641 (set J, J7): SNHR's report of 19 January 2018, a page without a date of its own
REPORT_HEAD = "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 19 - 1 - 2018 .\n"
JOBAR = "وقضى في العاصمة دمشق ( 2 ) أحدهما جراء القصف على حي جوبر .\n"
MINES = "وقضى في محافظة ديرالزور ( 2 ) في انفجار ألغام .\n"


def test_a_bare_shelling_on_an_undated_report_of_the_period_is_an_event() -> None:
    a = _run(REPORT_HEAD + JOBAR)
    evs = actual_events_of(a, "Explosions/Remote violence")
    assert [(e.sub_event_type, _place(a, e)) for e in evs] == [
        ("Shelling/artillery/missile attack", "دمشق")]


# V-295 (breadth set): a victims' list entry, name / home town / cause; its town after the cause is the grave
GRAVE = ("شهيد لم يتم التعرف عليه / ريف دمشق - يبرود / قضى نتيجة قصف قوات النظام و تم دفنه في مدينة عرسال"
         " اللبنانية 14 .\n")


def test_a_victims_list_entry_is_not_a_bare_deed_of_the_period() -> None:
    # the entry's places are the victim's home town and grave, not the shelling's place
    a = _run(REPORT_HEAD + GRAVE)
    assert [_place(a, e) for e in actual_events_of(a, "Explosions/Remote violence")] == []


def test_without_a_date_of_the_period_the_bare_telling_stays_out() -> None:
    # the same lines on a page that names no day or month keep needing a second argument
    a = _run(JOBAR + MINES)
    assert actual_events_of(a, "Explosions/Remote violence") == []


def test_a_deed_told_after_a_year_before_the_period_is_history() -> None:
    # R-65 (breadth set): a 2018 page telling the 1929 riots; Bisan's attack is of that history
    text = ("في 21 آذار 2018 نشرت الصحيفة ملفا عن ثورة البراق .\n"
            "اندلعت الاضطرابات في آب 1929 في القدس .\n"
            "في بيسان شن المتظاهرون العرب هجوما على اليهود القاطنين في المدينة .\n")
    a = _run(text)
    assert [e for e in actual_events_of(a) if _place(a, e) == "بيسان"] == []
