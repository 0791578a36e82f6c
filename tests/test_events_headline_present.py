"""Imperfect verbs of a headline item (a title or a dated chronology line) tell the day's deed; the same
verbs in running text tell states and habits (event_triggers.yaml ``headline_words``)."""

from analysed import analyse_text


def _events(text: str) -> list[tuple[str, str]]:
    a = analyse_text(text, "2017-02-23")
    return [(e.event_type, e.sub_event_type) for e in a.events]


def test_dated_line_present_verb_is_a_taking() -> None:
    assert ("Battles", "Government regains territory") in _events("23 - القوات العراقية تسيطر على مطار الموصل\n")


def test_headline_present_kill_is_read() -> None:
    assert _events("1 - مسلح يقتل 11 شخصا في مدينة حلب\n")


def test_present_in_running_text_is_no_deed() -> None:
    text = "وقال المحلل في حديث مطول إن القوات التي تسيطر على الموصل تقتل المدنيين في حلب .\n"
    assert _events(text) == []


def test_control_map_line_is_a_state() -> None:
    # a line of a control map, not opened by a day: "X يسيطر على" tells who holds what
    text = "نظرة على خارطة السيطرة .\nتنظيم الدولة الإسلامية يسيطر على منطقة منحدرات الفرات جنوب الميادين .\n"
    assert ("Battles", "Non-state actor overtakes territory") not in _events(text)
