"""Words split by a stray space (a lost shadda / tanwin / link): rasd.text.split_words finds the
space, and the entities and events stages read the two fragments as one word while every span
stays on the original text. Excerpts of unifiedfc articles (sets D, G and the breadth set)."""

from __future__ import annotations

from rasd.extract.counts import _sentence_tokens_loop, sentence_token_at, sentence_tokens
from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published
from rasd.text.normalize import normalize_with_map
from rasd.text.split_words import split_word_joins, without_join_gaps


def _run(text: str, published: str = "unknown") -> Analysis:
    doc = Document(id="sw", source="sw.txt", text=text,
                   published=Published(published, "day" if published != "unknown" else "unknown"))
    return analyse(doc)


def _joined(text: str) -> list[str]:
    """The two fragments around each join space."""
    out = []
    for j in split_word_joins(text):
        a = text[:j].split()[-1]
        b = text[j + 1:].split()[0]
        out.append(f"{a} {b}")
    return out


# R-117 (unifiedfc): "قُتِل" lost its marks and got a space; "مدنيًا" its tanwin
RAQQA = "الرقة - عرب لايف ق تل اثنا عشر مدني ا , على الأقل , في غارة جوية"


def test_a_lone_letter_and_a_fragment_join_into_a_frequent_word() -> None:
    assert _joined(RAQQA) == ["ق تل"]
    assert _joined("في عم ان ومدن أردنية أخرى خرجت مظاهرات حاشدة") == ["عم ان"]
    assert _joined("حماه وريفها : - ا ستهدف سلاح الجو") == ["ا ستهدف"]
    assert _joined("فمنذ شهور , است شهد القائد السابق للقطاع") == ["است شهد"]


def test_two_words_are_not_joined() -> None:
    # names written in two words, two frequent words whose join is another word ("إلا من" / "الأمن"),
    # the conjunction "و" written apart, and a first word ending in ة
    for text in ("عبد الله في دير الزور", "لم يبق إلا من قاتل", "و قد قال", "مدينة تل أبيض"):
        assert split_word_joins(text) == (), text


def test_the_tanwin_alef_joins_the_word_before_it_only() -> None:
    text = "أيض ا من المدنيين"
    assert _joined(text) == ["أيض ا"]       # not also "ا من" -> "امن"


def test_the_normalised_text_without_the_gap_maps_back_to_both_fragments() -> None:
    norm, offs = normalize_with_map(RAQQA)
    joined, jmap = without_join_gaps(norm, offs, split_word_joins(RAQQA))
    k = joined.index("قتل")
    assert RAQQA[jmap[k]:jmap[k + 2] + 1] == "ق تل"
    assert len(jmap) == len(joined) + 1


def test_sentence_tokens_read_the_split_word_as_one_token() -> None:
    toks = sentence_tokens(RAQQA, 0, len(RAQQA))
    t = next(t for t in toks if t.norm == "قتل")
    assert RAQQA[t.start:t.end] == "ق تل" == t.text
    assert [(t.start, t.end, t.norm) for t in toks] == [
        (t.start, t.end, t.norm) for t in _sentence_tokens_loop(RAQQA, 0, len(RAQQA))]
    at = sentence_token_at(RAQQA, RAQQA.index("تل"), 0, len(RAQQA))
    assert at is not None and (at.start, at.end, at.norm) == (t.start, t.end, "قتل")


def test_a_split_trigger_gives_its_event() -> None:
    # R-68 (breadth set): a timeline entry; "قُتِل" is split, the event was missed
    a = _run("5 أبريل 2011 تم إغلاق السوق التجاري في محافظة درعا جنوبي سوريا ابتداء من اليوم ولمدة 3 أيام "
             "حدادا على من قتلوا في الأحداث التي شهدتها المحافظة مؤخرا , كما ق تل شرطيين برصاص مسلحين "
             "مجهولين في محافظة دمشق .")
    assert [(e.location, e.date_start) for e in a.events if e.event_type == "Battles"] == [
        ("gov:damascus", "2011-04-05")]


def test_a_split_place_name_is_found_with_its_span_on_the_original_text() -> None:
    # R-422 (breadth set): "أستانة" split; its second half alone read as Thane (India)
    text = ("مبعوث الأمم المتحدة الخاص إلى سوريا ستافان دي ميستورا في مؤتمر عقب محادثات السلام السورية في "
            "أس تانة , كازاخستان , 24 يناير 2017 .")
    a = _run(text)
    places = [(m.surface, m.norm, m.entity_id) for m in a.mentions if m.type == "PLACE"]
    assert ("أس تانة", "استانه", "rasd:astana") in places
    assert all(s != "تانة" for s, _n, _e in places)


# V-13 (set H), its page head (the split "قتل" read): the lead tells the shelling of the Ghouta; the
# body then lists its towns from one trigger. The lead is one of the list's places at most: the
# other towns stay events of their own (the retelling pass merged them into the lead too).
GHOUTA = ("نظام الأسد يقصف الغوطة الشرقية الواقعة ضمن \" مناطق خفض التوتر \" بريف دمشق ويقتل 9 مدنيينقناة TRT العربية | "
          "قناة TRT العربية أحدث الأخبار Sunday 21st January 2018 - الأحد 04 جمادى الأولى 1439 هيئة الإذاعة والتلفزيون "
          "التركية ISTANBUL C دولار / ليرة تركية 3 , 81 يورو / ليرة تركية 4 , 658 X "
          "نظام الأسد يقصف الغوطة الشرقية الواقعة ضمن \" مناطق خفض التوتر \" بريف دمشق ويقتل 9 مدنيين 2017 - 10 - 27 "
          "قتل 9 مدنيين وأصيب 12 آخرون , مساء الخميس , جراء قصف بالأسلحة الثقيلة شنته قوات النظام السوري على "
          "منطقة الغوطة الشرقية في ريف العاصمة دمشق الواقعة ضمن \" مناطق خفض التوتر \" .\n"
          "وأفاد محمود أدهم , المسؤول في الدفاع المدني بالغوطة الشرقية الواقعة تحت سيطرة المعارضة , بأن قوات "
          "النظام استهدفت مدينة \" دوما \" وبلدتي \" سقبا \" و \" عين ترما \" بالأسلحة الثقيلة .\n"
          "وأشار أدهم أن القصف أدى إلى مقتل 9 مدنيين وإصابة 12 آخرين , وإلحاق خسائر مادية كبيرة في المنطقة .\n")


def test_the_other_places_of_a_list_are_not_merged_into_the_lead() -> None:
    a = _run(GHOUTA)
    places = {e.location for e in a.events if e.event_type == "Explosions/Remote violence"}
    assert {"rasd:saqba", "rasd:ein-tarma"} <= places
