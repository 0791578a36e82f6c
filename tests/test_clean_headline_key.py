"""The headline tests of the HTML path's clean (_drop_chrome_before_headline, _date_under_title, the
repeated title line) key a line's first characters before keying it whole: same answers as keying
every line whole."""
from rasd.ingest.boilerplate import fast_line_key, key_of_normalized
from rasd.ingest.clean import KEY_HEAD_CHARS, _is_headline, _is_headline_line, _may_key_start
from rasd.text.normalize import normalize

TITLE = "قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي"
LINES = [
    TITLE,
    TITLE + " | شبكة شام",
    TITLE + " - " + "موقع إخباري " * 10,                       # a suffix too long for a site name
    "... " + TITLE,                                              # punctuation before: dropped from the key
    "قصف مدفعي على بلدة كفرنبل 2018123456789 في ريف إدلب",      # a digit run across the cut
    "قصف   مدفعي  ،  على  ،  بلدة  ،  كفرنبل  ،  في  ،  ريف  ،  إدلب  ،  الجنوبي",   # sparse: many dropped
    "قالت مصادر محلية إن قوات النظام قصفت بالمدفعية الثقيلة بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم",
    "٢٠١٨/٣/١ " + TITLE,
    "",
]


def test_headline_line_same_as_whole_key():
    title_key = fast_line_key(TITLE)
    for line in LINES:
        norm = normalize(line)
        key = key_of_normalized(norm)
        assert _is_headline_line(norm, title_key) == _is_headline(key, title_key), line
        assert (_may_key_start(norm, title_key) and key == title_key) == (key == title_key), line
    assert _is_headline_line(normalize(TITLE + " | شبكة شام"), title_key)
    assert not _is_headline_line(normalize(LINES[2]), title_key)


def test_body_sentence_ruled_out_by_its_start():
    title_key = fast_line_key(TITLE)
    norm = normalize(LINES[6])
    assert len(norm) > KEY_HEAD_CHARS
    assert not _may_key_start(norm, title_key)          # decided without keying the whole line
    # a line whose start is the title's start may still be the headline: not ruled out
    assert _may_key_start(normalize(LINES[1]), title_key)
    assert _may_key_start(normalize(LINES[5]), title_key)
    assert not _may_key_start(normalize(LINES[4]), title_key)     # a number where the title goes on


def test_digit_run_cut_at_the_head():
    # the head's key ends in the "0" of a digit run the cut splits: still the start of the line's key
    line = "ا" * (KEY_HEAD_CHARS - 3) + "123456 بعدها"
    norm = normalize(line)
    head = key_of_normalized(norm[:KEY_HEAD_CHARS])
    assert key_of_normalized(norm).startswith(head)
    title_key = key_of_normalized(norm)
    assert _may_key_start(norm, title_key) and _is_headline_line(norm, title_key)
