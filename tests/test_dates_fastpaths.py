"""The speed paths of rasd.text.dates give exactly what the plain regex scans give.

Random texts built from the lexicons' own words (deterministic seeds): each fast path is
compared with the straightforward computation it replaces.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest

from rasd.text import dates as D


def _texts(seed: int, n: int, long: bool) -> list[str]:
    lex = D._lex()
    words = (sorted(lex.gmonth)[:40] + sorted(lex.hmonth)[:10] + sorted(lex.weekday)[:10] + sorted(lex.reldays)
             + sorted(lex.periods) + list(lex.year_words or ()) + list(D._AGO_KEYWORDS)
             + sorted(D._pub_cues().kind) + sorted(lex.publishing) + sorted(lex.unit_of)[:20]
             # the words that may stand before a core word (_near_starts): day parts, "هذا"
             + [D._n(x) for k in ("day_parts", "this") for x in D._load("date_words.yaml")[k]]
             # the leading parts of an "abs" date (_abs_starts): ordinal days, month parts, "شهر"
             + sorted(lex.ordinals)[::3] + sorted(lex.month_part) + ["شهر", "وشهر", "لشهر", "12", "3"]
             + ["3  / 4", "7 /  8", "3  /4", "5/  6", "9\t/\t1", "2 - 3", "علي مدار 3 ايام", "منذ عامين", "ارهاب", "مستقبل", "ال", "2018", "1999", "12345", "12/3/2017", "1 - 12 / 3 / 2017", "2017 / 12 / 8",
                "٢٠١٨", "५", "2018-2019", "من", "بين", "حتي", "-", "/", ".", ":", "(", ")", "x", "_"])
    seps = [" ", " ", "", "  ", "\n", "\t", "\xa0", "،", "-", " و", "ال", "5"]
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        t = "".join(rnd.choice(["", "", "و", "ب", "وب", "فل", "ك", "ال"]) + rnd.choice(words) + rnd.choice(seps)
                    for _ in range(rnd.randint(1, 40)))
        out.append((t + " ") * (1 + D._TABLES_MIN // max(1, len(t))) if long else t)
    return out


@pytest.mark.parametrize("long", [False, True])
def test_core_spans_and_windows_are_the_regex_scans(long: bool) -> None:
    lex = D._lex()
    for t in _texts(1 + long, 300, long):
        tables = D._char_tables(t)
        assert (tables is not None) == long
        want = {name: [m.span() for m in core.finditer(t)] for name, core in lex.cores.items()}
        if long:    # "ago" words only as whole words after at most two proclitics (all an "ago" match can start with)
            want["ago"] = [(s, e) for s, e in want["ago"]
                           if (e == len(t) or not re.match(r"\w", t[e])) and re.search(r"(?:^|\W)[وفبلك]{0,2}$", t[:s])]
        got = D._core_spans(t, lex, tables)
        assert got == want, t
        if tables is not None:
            for spans in want.values():
                assert D._windows(t, spans, tables.spaces) == D._windows(t, spans), t


def _window_scan(t: str) -> tuple[tuple[int, int, str, dict[str, str | None]], ...]:
    """What _raw_matches computes, the plain way: each pattern's finditer in every window."""
    lex = D._lex()
    spans = {name: [m.span() for m in core.finditer(t)] for name, core in lex.cores.items()}
    want = []
    for name in D._ORDER:
        pat = lex.patterns[name]
        for ws, we in D._windows(t, spans[name]):
            for m in pat.finditer(t, ws, we):
                if m.end() > m.start():
                    want.append((m.start(), m.end(), name, m.groupdict()))
                if name == "abs" and m.group("wd"):
                    m2 = pat.match(t, D._SKIP_SEP.match(t, m.end("wd")).end())
                    if m2 and m2.end() > m2.start():
                        want.append((m2.start(), m2.end(), name, m2.groupdict()))
    prio = {n: i for i, n in enumerate(D._ORDER)}
    want.sort(key=lambda a: (a[0], -(a[1] - a[0]), prio[a[2]]))
    return tuple(want)


def test_raw_matches_are_the_window_scans() -> None:
    """_raw_matches (yrange window filter, "ago"/"year"/... start positions) == finditer in every window."""
    for t in _texts(3, 150, False) + _texts(4, 60, True):
        D._raw_matches.cache_clear()
        assert D._raw_matches(t) == _window_scan(t), t


def test_near_starts_find_the_prefixed_matches() -> None:
    """Matches that start words before their core word (a day part before "أمس" or a weekday,
    "هذا" before "العام", "من عام" before a year range, a bracket before a weekday), with
    proclitics, several spaces and glued punctuation: _raw_matches == the window scans."""
    lex = D._lex()
    words = D._load("date_words.yaml")
    pre = [D._n(x) for x in words["day_parts"] + words["this"]] + ["من", "بين", "من عام", "بين العام", "في", "2017"]
    cores = sorted(lex.reldays) + sorted(lex.weekday)[:8] + sorted(lex.periods) + ["2018 - 2019", "2018 الي 2020"]
    rnd = random.Random(7)
    texts = []
    for p, c in itertools.product(pre, cores):
        for _ in range(3):
            clitic = rnd.choice(("", "", "و", "وب", "ف", "فل"))
            sep = rnd.choice((" ", " ", "  ", "\n", " ( ", "(", " \t"))
            lead = rnd.choice(("", "", "x", "،", "5", "("))
            texts.append(f"{lead}{clitic}{p}{sep}{c}{' )' if '(' in sep else ''} {c} الماضي")
    # a match at the second word of a two-word core ("اول امس" after "بل": LB fails at "اول"),
    # a year keyword before "ال" + a spaced year
    texts += ["كلام بلاول امس هنا", "في عام ال 2018 هنا", "منذ العام ال  1999 و", "خلال السنه ال\t2011", "في عام ال2018"]
    texts = [" ".join(texts[i:i + 7]) for i in range(0, len(texts), 7)] + texts[-5:]
    texts += [(t + " ") * (1 + D._TABLES_MIN // len(t)) for t in texts[::9]]
    found = 0
    for t in texts:
        D._raw_matches.cache_clear()
        got = D._raw_matches(t)
        assert got == _window_scan(t), t
        found += sum(1 for ns, _ne, name, g in got if name in lex.prefix_words
                     and (g.get("part") or g.get("this") or g.get("lp") or g.get("y1")))
    assert found > 200      # the prefixed forms were there to be found


def test_label_matches_are_finditer() -> None:
    pc = D._pub_cues()
    for i, t in enumerate(_texts(5, 400, False)):
        end = (i * 37) % (len(t) + 5)
        want = [m.span() for m in pc.cue_re.finditer(t) if m.start() < end]
        assert [m.span() for m in D._label_matches(t, pc, end)] == want, (t, end)


def test_word_start_check_is_the_old_lookbehind() -> None:
    old = re.compile(r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بل]))")
    new = re.compile(D.LB)
    for n in range(5):
        for chars in itertools.product("وفبلكا _1\n", repeat=n):
            s = "".join(chars)
            for i in range(len(s) + 1):
                assert bool(new.match(s, i)) == bool(old.match(s, i)), (s, i)


def test_publishing_forms() -> None:
    lex = D._lex()
    words = list(lex.publishing) + ["كتب", "ونشر", "وبن", "فبيان"]
    for w in words + [p + w for p in D._CLITIC_PREFIXES for w in words]:
        assert (w in lex.publishing_forms) == (w in lex.publishing or D._strip_clitic(w) in lex.publishing), w


# (excerpts in the forms of the corpus's pages: Arabic months in running text, a few "eng" stamps
# and year ranges among many single years)
_ENG_YRANGE_TEXT = D._n(
    "نشر في: أيار 12, 2018 - قتل خمسة مدنيين في 3 أيار 2018 بقصف على ريف إدلب، وفي نيسان الماضي "
    "قالت الأمم المتحدة إن عام 2017 كان الأسوأ منذ عام 2011. الخميس آذار 8, 2018 October 11, 2017 "
    "وبين عامي 2012 و2013 نزح الآلاف، ومن عام 2014 وحتى عام 2016 تكرر القصف، وخلال الفترة 2015 - 2016 "
    "وفي 12 march 2018 أعلن التحالف. وفي كانون الثاني 2019 وشباط 2019 استمرت المعارك.\n")


def test_eng_and_yrange_core_filters_keep_every_match() -> None:
    """_eng_cores keeps an Arabic month only before "day, year" and _yrange_cores only the years
    of a possible range: the matches are those of the plain window scan, stamps and ranges included."""
    lex = D._lex()
    for t in (_ENG_YRANGE_TEXT, _ENG_YRANGE_TEXT * 8):      # short and long (numpy tables) paths
        D._raw_matches.cache_clear()
        got = D._raw_matches(t)
        assert got == _window_scan(t)
        spans = D._core_spans(t, lex, D._char_tables(t))
        assert len(D._eng_cores(t, spans["eng"])) < len(spans["eng"])          # months in running text dropped
        assert len(D._yrange_cores(t, spans["yrange"])) < len(spans["yrange"])  # single years dropped
        eng = [t[s:e] for s, e, name, _g in got if name == "eng"]
        assert {"ايار 12, 2018", "الخميس اذار 8, 2018", "october 11, 2017", "12 march 2018"} <= set(eng), eng
        ranges = [t[s:e] for s, e, name, _g in got if name == "yrange"]
        assert {"من عام 2014 وحتي عام 2016", "2015 - 2016"} <= set(ranges), ranges
