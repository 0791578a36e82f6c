"""Build ``rasd/data/lexicons/verb_forms.yaml``: the word forms where ``rasd.extract.verbs``'s shape rule
misreads verb against noun, as the morphological lexicon of qalsadi/arramooz reads them.

The shape rule calls any short word in "ي" or any word in "ت" a verb ("يوم", "بيروت") and misses bare past
verbs ("أعلن", "وأكد"). This script analyses the corpus's frequent word forms once with qalsadi, weighs each
form's verb readings against its noun readings by the lexicon's own frequency counts, and writes the forms
whose lexicon reading differs from the shape rule. rasd reads only the YAML (no analyser at run time).

Needs a separate venv (not rasd's runtime dependencies):
    python -m venv /tmp/verbs_venv
    /tmp/verbs_venv/bin/pip install qalsadi==0.5.1 arramooz-pysqlite==0.4.2 numpy pyyaml  # extra "lexicon-build"
    # STORE: a store of the breadth set (/tmp/br) ingested at the base commit
    PYTHONPATH=. /tmp/verbs_venv/bin/python bench/build_verb_forms.py --db STORE \\
        --conll /work/shared/data/ner/newsfane/NewsFANE_Gold_2014_170K.txt --out rasd/data/lexicons/verb_forms.yaml
"""

from __future__ import annotations

import argparse
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

from rasd.extract.verbs import VERB_BARE, shape_is_verb
from rasd.text.normalize import normalize

WORD = re.compile(r"[\u0621-\u064A]+")
DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def corpus_forms(db: str | None, conll: list[str]) -> Counter[str]:
    """Surface word forms (diacritics dropped) and how often they occur."""
    counts: Counter[str] = Counter()
    if db:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        for (text,) in con.execute("SELECT text FROM documents WHERE duplicate_of IS NULL"):
            counts.update(WORD.findall(DIACRITICS.sub("", text)))
    for path in conll:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            counts.update(WORD.findall(DIACRITICS.sub("", line.split("\t")[0].split(" ")[0])))
    return counts


def lexicon_reading(analyser, form: str, ratio: float, verb_floor: int) -> bool | None:
    """True when the form's verb readings outweigh its noun readings by ``ratio`` (arramooz counts the
    lemmas' frequency), False when the noun readings outweigh the verb ones so, None when the lexicon does not
    know the form or both readings are common ("قتل" killed / killing). A noun reading the lexicon has no count
    for ("أساسًا", "أخيه", "بدون") may still be the usual one: the form is then no verb exception."""
    verb_f, noun_f, uncounted_noun = 0, 0, False
    for a in analyser.check_word(form):
        kind = str(getattr(a, "type", "") or "")
        count = int(getattr(a, "freq", 0) or 0)
        if kind.startswith("Verb") or kind == "STOPWORD:فعل":
            verb_f = max(verb_f, count + 1)
        elif kind.startswith(("Noun", "STOPWORD")):
            noun_f, uncounted_noun = max(noun_f, count + 1), uncounted_noun or count == 0
    if verb_f >= max(ratio * noun_f, verb_floor) and not uncounted_noun:
        return True
    if noun_f and not verb_f or noun_f > 1 and noun_f >= ratio * max(verb_f, 1):
        return False   # outweighed, or a noun and never a verb ("يناير", "بيروت")
    return None


def noun_in_corpus(counts: Counter[str], norm: str) -> bool:
    """The corpus also writes the form's stem with the article ("القصف" beside "وقصف", "الهرب" beside "هربًا"):
    a noun as well."""
    stems = {norm, norm[1:] if norm[:1] in "وفل" and len(norm) >= 4 else norm}
    stems |= {s[:-1] for s in stems if s.endswith("ا") and len(s) >= 4}   # an accusative in -an
    for stem in stems:
        definite = sum(counts.get(p + stem, 0) for p in ("ال", "وال", "بال", "فال", "لل"))
        if definite >= max(2, 0.05 * counts.get(stem, 0)):
            return True
    return False


def mention_words(db: str | None) -> Counter[str]:
    """How often each normalised word stands inside a name the store's mention layer found (people, places,
    groups): "لندن", "روحاني", "سنجار" parse as verbs in the lexicon but are names in the news."""
    words: Counter[str] = Counter()
    if db:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        for (norm,) in con.execute("SELECT norm FROM mentions"):
            words.update(w for w in (norm or "").split())
    return words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a rasd store whose documents' text is read")
    ap.add_argument("--conll", nargs="*", default=[], help="token-per-line corpora (first column read)")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--top", type=int, default=15000, help="analyse at most this many normalised forms")
    ap.add_argument("--ratio", type=float, default=3.0, help="how much one reading must outweigh the other")
    ap.add_argument("--verb-floor", type=int, default=1000, help="least lexicon count of a verb exception")
    ap.add_argument("--names", default="rasd/data/lexicons/first_names.txt", help="first names: never verbs")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    import qalsadi.analex  # only the build needs the analyser

    surface = corpus_forms(args.db, args.conll)
    by_norm: dict[str, Counter[str]] = defaultdict(Counter)
    for form, n in surface.items():
        if len(form) >= 2:
            by_norm[normalize(form)][form] += n
    ranked = sorted(by_norm, key=lambda k: -sum(by_norm[k].values()))
    ranked = [k for k in ranked if sum(by_norm[k].values()) >= args.min_count
              and (shape_is_verb(k) or not k.startswith(("ال", "وال", "بال", "فال", "كال", "لل")))][: args.top]
    norm_counts: Counter[str] = Counter({k: sum(v.values()) for k, v in by_norm.items()})
    in_names = mention_words(args.db)
    names = {normalize(w.strip()) for w in Path(args.names).read_text(encoding="utf-8").splitlines() if w.strip()}
    analyser = qalsadi.analex.Analex()
    nouns, verbs = [], []
    for k in ranked:
        spelled = by_norm[k].most_common(1)[0][0]   # the spelling with hamzas the corpus uses most
        shape = shape_is_verb(k)
        if k in VERB_BARE or shape and not k.startswith("ي") and not k.endswith("ت"):
            continue   # the hand list; past forms in وا/نا stay verbs
        if not shape and (k in names or in_names[k] + in_names[k[1:]] >= 0.2 * norm_counts[k]
                          or k[:1] == "ل" and k[1:2] not in "يتن"):
            continue   # a word of names; "ل" + a verbal noun ("لشن") rather than "ل" + an imperfective
        if not shape and re.sub("^[وف]?[لس]?", "", k).startswith("ت"):
            continue   # imperfectives in ت: see the note in the header
        if len(k) <= 2 and norm_counts[k] < 10:
            continue   # a rare two-letter form is more often a fragment than a doubled verb ("شن")
        reading = lexicon_reading(analyser, spelled, args.ratio, args.verb_floor)
        if reading is None or reading == shape or reading and noun_in_corpus(norm_counts, k):
            continue
        (verbs if reading else nouns).append(k)
    header = (
        "# Word forms (normalised) where rasd.extract.verbs' shape rule misreads verb vs noun.\n"
        "# Source: the readings of the qalsadi 0.5.1 / arramooz-pysqlite 0.4.2 morphological lexicon (GPL; only\n"
        "# the verb/noun verdict per form is kept here, not its data), over the most frequent forms of a news\n"
        "# corpus (the breadth store's articles, /tmp/br, and the NewsFANE NER corpus);\n"
        "# a form goes to the side whose most frequent lexicon reading (arramooz frequency counts) it takes.\n"
        f"# Built by: bench/build_verb_forms.py (--min-count {args.min_count} --top {args.top} --ratio {args.ratio} --verb-floor {args.verb_floor});\n"
        f"# {len(ranked)} forms analysed.\n"
        "# nouns: the shape rule calls them verbs (a short word in ي, a word in ت/وا/نا), the lexicon does not.\n"
        "# verbs: the shape rule misses them (bare past verbs, their و/ف forms, imperfectives in ن/ا, futures in س).\n"
        "# Left out: imperfectives in ت (\"تستهدف\", \"وتحاصر\"). The lexicon reads them right, but the event layer's\n"
        "# tense rules read them by their context, and with them the breadth set gained planned and future\n"
        "# happenings (\"ستظل تستهدف\") as actual ones: 6 wrong of 12 changed rows (session 17, task verbs).\n"
    )
    body = "nouns:\n" + "".join(f"- {w}\n" for w in sorted(nouns))
    body += "verbs:\n" + "".join(f"- {w}\n" for w in sorted(verbs))
    Path(args.out).write_text(header + body, encoding="utf-8")
    print(f"{len(ranked)} forms analysed; {len(nouns)} nouns, {len(verbs)} verbs written to {args.out}")


if __name__ == "__main__":
    main()
