"""One list an idea (session 39 lexfold): a lexicon list names a shared list with an item ``{words_of: FILE#KEY}``
that rasd.data.read_data splices in, instead of a second copy of its words. The armed persons, bodies and posts
stand once in armed_words.yaml, in groups; each reader names the groups it reads. Checked here: the splicing
itself, that every group is read and no reader repeats a group it names, and the reach the fold gave readers
that had fewer forms (plurals of soldiers, fighters and commanders as the victims of an assassination or a
killing: an armed side, ACLED Battles, not an attack on civilians)."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysed import analyse_text

from rasd.data import LEXICONS, DataFileError, read_data
from rasd.text.normalize import normalize

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def test_a_shared_list_is_spliced_in_its_place(tmp_path: Path) -> None:
    (tmp_path / "shared.yaml").write_text("groups:\n  a: [س, ص]\nb: [ع]\n", encoding="utf-8")
    (tmp_path / "reader.yaml").write_text(
        "own: [ق]\n"
        "words: [ك, {words_of: 'shared.yaml#groups.a'}, {words_of: shared.yaml#b}, {words_of: '#own'}, ل]\n"
        "nested: {inner: [{words_of: shared.yaml#b}]}\n"
        "pairs: [{words_of: shared.yaml#b, other: 1}]\n", encoding="utf-8")
    data = read_data(tmp_path / "reader.yaml")
    assert data["words"] == ["ك", "س", "ص", "ع", "ق", "ل"]
    assert data["nested"] == {"inner": ["ع"]}
    assert data["pairs"] == [{"words_of": "shared.yaml#b", "other": 1}]    # a record, not a reference


def test_a_reference_to_no_list_or_to_itself_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "missing.yaml").write_text("w: [{words_of: '#nothing'}]\n", encoding="utf-8")
    (tmp_path / "loop.yaml").write_text("w: [{words_of: '#w'}]\n", encoding="utf-8")
    (tmp_path / "scalar.yaml").write_text("n: 3\nw: [{words_of: '#n'}]\n", encoding="utf-8")
    for name in ("missing", "loop", "scalar"):
        with pytest.raises(DataFileError):
            read_data(tmp_path / f"{name}.yaml")


def _references() -> dict[str, list[tuple[str, list[str]]]]:
    """group of armed_words.yaml -> [(file: list, its words as written)] of the lists that name it."""
    import yaml

    found: dict[str, list[tuple[str, list[str]]]] = {}

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{where}.{k}")
        elif isinstance(node, list):
            own = [str(x) for x in node if not isinstance(x, dict)]
            for x in node:
                if isinstance(x, dict) and str(x.get("words_of", "")).startswith("armed_words.yaml#"):
                    found.setdefault(str(x["words_of"]).split("#")[1], []).append((where, own))
                elif isinstance(x, (dict, list)):
                    walk(x, where)

    for path in sorted(LEXICONS.glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    return found


def test_every_armed_group_is_read_and_no_reader_repeats_it() -> None:
    groups = {k: v for k, v in read_data(LEXICONS / "armed_words.yaml").items() if k != "source"}
    refs = _references()
    assert set(groups) == set(refs), set(groups) ^ set(refs)
    for group, readers in refs.items():
        words = {normalize(w) for w in groups[group]}
        for where, own in readers:
            assert not words & {normalize(w) for w in own}, f"{where} repeats {group}"


def _events(text: str) -> list[tuple[str, str]]:
    a = analyse_text(text, "2017-09-20", doc_id="sw", stages=None)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual"]


@pytest.mark.parametrize("text", [
    "اغتال مسلحون مجهولون ثلاثة جنود في بلدة طفس بريف درعا أمس .",       # the plural (the top list had it)
    "اغتال مسلحون مجهولون مقاتلي الفصيل في بلدة طفس بريف درعا أمس .",
])
def test_an_assassination_of_plural_soldiers_or_fighters_is_a_clash(text: str) -> None:
    assert _events(text) == [CLASH]


def test_commanders_killed_by_gunfire_are_armed_dead() -> None:
    # "قادة" (the assassination's list had it): the dead bore arms, no one-sided killing of civilians
    assert _events("قتل قادة الفصيل برصاص مجهولين في مدينة درعا أمس .") == [CLASH]


def test_an_assassinated_civilian_is_still_an_attack() -> None:
    assert _events("اغتال مسلحون مجهولون إمام مسجد في بلدة طفس بريف درعا أمس .") == [VAC]
