"""The speaker after the cue (VSO): a named entity, a title and a name in apposition, a nisba name,
a described source ("مصادر محلية"), "the latter" and definite phrases naming the last speaker again."""

from __future__ import annotations

from rasd.data import word_list
from rasd.extract.claims.context import Ctx, Speaker, _in_mention, _mention_at, _token_range
from rasd.extract.claims.lexicons import (
    ACTOR_TYPES,
    CONTENT_OPENERS,
    NON_SUBJECT_PREPOSITIONS,
    PREPOSITION_PRONOUNS,
    PRONOUN_ENDS,
    QUOTES,
    RELATIVE_PRONOUNS,
    SOURCE_END_PREPOSITIONS,
    SOURCE_END_WORDS,
    SPEECH_EVENT_NOUNS,
    SUBJECT_LINK_WORDS,
    SURFACE_PRONOUN_ENDS,
    TITLE_LINK_WORDS,
    _cue_of,
    _norm_words,
)
from rasd.extract.verbs import is_verb_or_joined
from rasd.knowledge.matcher import key_form
from rasd.knowledge.patterns import load_first_names
from rasd.records import Mention
from rasd.text.normalize import normalize
from rasd.text.tokens import Token


def _speaker_after(ctx: Ctx, start: int, end: int, verb: bool = False) -> Speaker | None:
    """The noun phrase right after a cue: an entity, or a title phrase then an entity, or a described source.
    After a verb (``verb``) a name the words before it cannot lead up to is the verb's object, no speaker
    (_subject_gap)."""
    if end <= start:
        return None
    ms = _mention_at(ctx, start, end)
    appositive_person = bool(ms) and ms[0].type == "PERSON" and len(ctx.text[start:ms[0].start].split()) <= 2
    if not appositive_person and not _outlet_staff(ctx, start, ms) \
            and _described_head(ctx, start, ms[0].start if ms else end):
        # "شبكات محلية سورية": a described source; the entity is only its modifier
        desc = _described_source(ctx, start, end)
        if desc:
            return (None, desc, None)
    if ms:
        first = ms[0]
        gap = ctx.text[start:first.start]
        gap_words = normalize(gap).replace("ـ", " ").split()
        titled = all(w in ctx.lex.title_words or w.lstrip("وفبل") in ctx.lex.title_words for w in gap_words)
        if any(ch in gap for ch in "،,:؛.") or not (len(gap_words) <= 2 or (titled and len(gap_words) <= 10)):
            ms = []
        elif verb and not titled and not _subject_gap(ctx, gap_words, first):
            ms = []
    if ms:
        first = ms[0]
        # "الناطق باسم X Y" / "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا": the person speaks
        chosen = first
        for m in ms[1:]:
            between = ctx.text[chosen.end:m.start]
            if m.type == "PERSON" and chosen.type != "PERSON" and len(between.split()) <= 3 \
                    and not any(ch in between for ch in "،,:؛."):
                chosen = m
                break
        role = chosen.role
        person = _apposed_after(ctx, chosen, end) if chosen.type != "PERSON" and _titled_gap(ctx, start, chosen.start) \
            else None
        if person is not None:
            # "أكد وزير الخارجية الروسي , سيرغي لافروف ,": the named person holds the title
            return (person.entity_id, person.surface, " ".join(ctx.text[start:chosen.end].split()))
        if not role and _titled_gap(ctx, start, chosen.start):
            # "قال متحدث باسم وزارة الدفاع": the body speaks through its spokesman
            role = " ".join(ctx.text[start:chosen.start].split())
        if chosen is not first and not role:
            role = " ".join(ctx.text[start:chosen.start].split()) or None
        return (chosen.entity_id, chosen.surface, role)
    desc = _described_source(ctx, start, end)
    if desc:
        return (None, desc, None)
    return None


SUBJECT_STOP_WORDS = (_norm_words("subject_stop_words") | NON_SUBJECT_PREPOSITIONS | RELATIVE_PRONOUNS
                      | _norm_words("object_premodifiers", "function_words.yaml"))
MAX_SUBJECT_WORDS = 9
LATTER_WORDS = _norm_words("latter_words")
DEMONSTRATIVES = _norm_words("demonstratives")
BODY_WORDS = _norm_words("body_head_words")
MAX_REST_WORDS = 12         # a relative clause or adverbials between the subject and what it reports
MAX_ADVERBIAL_WORDS = 8     # "قال X , في بيان , أمس , إن": words between a subject and what it reports
SPEAKER_HEAD_WORDS = _norm_words("speaker_head_words")
TIME_NOUNS = _norm_words("time_nouns")
NAME_LINKS = _norm_words("name_links")
# heads of an actor's name (entity_patterns.yaml: outlets, bodies, armed groups): "قالت منظمة X", "أعلن تنظيم X"
ACTOR_HEADS = frozenset(normalize(w) for name in ("media_cues", "weak_media_cues", "org_heads", "armed_group_heads")
                        for w in word_list("entity_patterns.yaml", name))
FIRST_NAMES = load_first_names()
AFFILIATION_LINKS = frozenset(("من", "في"))
MEDIA_STAFF_WORDS = _norm_words("media_staff_words", "entity_patterns.yaml")
GOVERNED_PREPOSITIONS = _norm_words("content_prepositions")     # "أعلن عن", "أشار إلى": the verb's, no title link
OBJECT_MASDARS = _norm_words("object_masdars")
RESUMPTIVE_GAP = _norm_words("relative_subject_gap")
NAME_STARTS = NAME_LINKS | _norm_words("kunya_words")      # "القيادي أبو محمد": a name may start so
SUBJECT_HEADS = _norm_words("subject_heads")
NISBA_ENDS = ("ي", "يه", "يين", "يون", "يان")     # relational adjectives (normalised ية -> يه): "العراقية", "الروسي"


def _subject_after(ctx: Ctx, idx: list[int], k: int, cs: int) -> Speaker | None:
    """The subject noun phrase between a reporting verb and what it reports ("وقالت المفوضية في بيان إن",
    "وتقول الباحثة في معهد X رندة سليم"): in VSO order whatever noun phrase stands there is the verb's
    subject, known entity or not. None when the verb drops its subject or the phrase is unclear."""
    words: list[Token] = []
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if t.start >= cs:
            break
        gap = _gap_before(ctx, words, ctx.toks[idx[k]], t)
        if any(ch in gap for ch in "،,:؛.()"):
            if _titled_before_comma(ctx, words, gap):
                return _apposed_person(ctx, words, t, cs) or _named_subject(ctx, words)
            rest = [ctx.toks[x] for x in idx if t.start <= ctx.toks[x].start < cs]
            if words and (len(rest) > MAX_ADVERBIAL_WORDS or any(x.norm in ctx.lex.negations for x in rest)):
                return None           # a clause before what is reported: the phrase may be an object
            break
        n = t.norm
        if not words and n[:1] == "ل" and n[1:] in PREPOSITION_PRONOUNS and j + 1 < len(ctx.toks) \
                and not (ctx.toks[j + 1].norm[:1] in "بلك" and not _in_mention(ctx, ctx.toks[j + 1])):
            continue                  # "قالت لي آنا X , الباحثة": the one spoken to stands before the subject
        if words and words[-1].norm in NAME_LINKS:
            words.append(t)           # "بن علي": a name goes on (علي is also the folded preposition على)
            continue
        if words and n in SUBJECT_LINK_WORDS:
            # "الباحثة في معهد": a title goes on; "المفوضية في بيان": an adverbial starts
            nxt = ctx.toks[j + 1].norm if j + 1 < len(ctx.toks) else ""
            title_goes_on = _is_title(ctx, words[-1]) or (_is_title(ctx, words[0]) and words[-1].norm.startswith("ال")
                                                           and not _in_mention(ctx, words[-1]))
            if title_goes_on and nxt.removeprefix("ال") not in SPEECH_EVENT_NOUNS:
                words.append(t)
                continue
            break
        if words and n.startswith("لل") and _is_title(ctx, words[0]) and words[-1].norm.startswith("ال") \
                and "ال" + n[2:] not in SPEECH_EVENT_NOUNS and n[2:] not in SPEECH_EVENT_NOUNS:
            words.append(t)           # "الرئيس السابق للموساد": the title's genitive with ل
            continue
        if words and n in SPEECH_EVENT_NOUNS and words[-1].norm.startswith("ال"):
            break                     # "ونشرت الممثلة تغريدة": an indefinite noun after a definite one is the object
        if not words and n in DEMONSTRATIVES and (j + 1 >= len(ctx.toks) or not ctx.toks[j + 1].norm.startswith("ال")
                                                  or ctx.toks[j + 1].norm in TIME_NOUNS):
            break                     # "قال هذا الأسبوع": a time, not a subject
        if _not_subject_word(ctx, t) or (j + 1 < len(ctx.toks) and ctx.toks[j + 1].norm == "ا"):
            break                     # "مؤخر ا": an adverb whose tanween alif was split off
        words.append(t)
        if len(words) > MAX_SUBJECT_WORDS:
            return None
    _drop_trailing_links(words)
    if not words or (_pronoun_suffixed(words[0]) and not _is_title(ctx, words[0])):
        return None                   # "أعلن انسحابه": a verbal noun with its owner is the object
    if sum(1 for x in idx if words[-1].end <= ctx.toks[x].start < cs) > MAX_REST_WORDS \
            and not _mention_at(ctx, words[0].start, words[-1].end):
        return None                   # what is reported comes far after: the phrase may be an object
    return _named_subject(ctx, words)


def _gap_before(ctx: Ctx, words: list[Token], verb: Token, t: Token) -> str:
    """The text between the subject phrase so far (or the verb, before its first word) and the next token."""
    return ctx.text[(words[-1].end if words else verb.end):t.start]


def _titled_before_comma(ctx: Ctx, words: list[Token], gap: str) -> bool:
    """A title phrase closed by a comma ("وصرح رئيس الوفد , محمد علوش ,"): the name apposed after it may speak."""
    return bool(words) and any(ch in gap for ch in "،,") and _is_title(ctx, words[0])


def _drop_trailing_links(words: list[Token]) -> None:
    """"وكشف النائب العام عن أن": a link word that led to no name is no part of the subject."""
    while words and words[-1].norm in SUBJECT_LINK_WORDS:
        words.pop()


def _subject_gap(ctx: Ctx, words: list[str], m: Mention) -> bool:
    """Whether the words between a verb and the name m after it may open the verb's subject: a title, an actor's
    head ("منظمة", "صحيفة", "تنظيم"), a described source's head, a definite word ("الرئيس", "الأحد"), or a given name
    before a person's name ("طارق أبو السعد"). A preposition there makes m its object ("وأشار إلى عمل مصر", "أعلن
    النصر على التنظيم"), unless "من" / "في" link a head to the actor it belongs to ("وفد من حزب X"); so does an
    indefinite noun in construct with m ("تؤكد سيطرة نظام الأسد", "وتؤكد دعم الاتحاد") or a name of its own before
    another actor ("وتوعد مسلم تركيا"): the subject is dropped or unnamed. After a verbal noun spelled as the verb
    and its adjective, "من" names the one it is from ("نفي قطعي من جيش الإسلام")."""
    quoted = bool(words) and not any(ch.isalpha() for ch in words[-1])
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if not words:
        return True
    if quoted and len(words) == 1 and not words[0].startswith("ال") and words[0] not in NON_SUBJECT_PREPOSITIONS:
        return True       # 'بوابة "الأهرام"': the quoted name is the noun's own
    # (a head anywhere in the gap: "مساعد وزير الخارجية" is a title phrase ending in a title)
    forms = {x for w in words for x in (w, w[1:] if len(w) > 3 and w[0] == "و" else w)}
    head = any(f in ctx.lex.title_words or f in SPEAKER_HEAD_WORDS or f.removeprefix("ال") in ACTOR_HEADS
               or f in ctx.lex.described or f.removeprefix("ال") in BODY_WORDS or f.removeprefix("ال") in SUBJECT_HEADS
               or f in ctx.lex.outlet_heads for f in forms)
    if words[0] in RESUMPTIVE_GAP:
        return True       # "الاقتراح الذي أعلن عنه إيمانويل ماكرون": the relative's pronoun, then the subject
    for i, w in enumerate(words):
        if w in NON_SUBJECT_PREPOSITIONS or w[:1] in "وف" and w[1:] in NON_SUBJECT_PREPOSITIONS:
            if i and w == "من" and all(x.endswith(NISBA_ENDS) and not x.startswith("ال") for x in words[:i]):
                return True       # "نفي قطعي من X": the cue is the verbal noun, من its agent
            if not (i and head and w in AFFILIATION_LINKS):
                return False
    if m.type != "PERSON" and len(words) >= 2 and words[0].startswith("ال") and words[-1].startswith("ال") \
            and words[-1].endswith(NISBA_ENDS) and words[0] not in ctx.lex.title_words \
            and words[0] not in SPEAKER_HEAD_WORDS:
        return False      # "وتتهم المعارضة السورية روسيا": a definite noun and its adjective close the subject; m is the object
    first = {words[0], words[0][1:] if len(words[0]) > 3 and words[0][0] == "و" else words[0]}
    if m.type == "PERSON" and len(words) == 2 and not words[0].startswith("ال") and words[1].startswith("ال"):
        return True       # "يقول شيخ الإسلام ابن تيمية": a title in construct before the name
    w = words[0]
    if m.type == "PERSON" and len(words) == 1 and not w.startswith(("ال", "ا", "ت")) and not w.endswith(("ه", "ي")) \
            and w not in OBJECT_MASDARS and len(w) > 2:
        return True       # "كما قال مكسيم أليوكوف": a given name; not a verbal noun ("مبادرة الأسد", "استياء كيري")
    return head or any(f.startswith("ال") or m.type == "PERSON" and key_form(f) in FIRST_NAMES for f in first)


def _subject_before_object(ctx: Ctx, idx: list[int], k: int, end: int) -> Speaker | None:
    """"أعلنت السلطات العراقية اليوم السيطرة على", "وصرح رئيس الوفد , محمد علوش , بقرار", "أكدت اللجنة الرباعية
    التزامها": a verb whose content is its object (no إن/أن, colon or quote after it) has its subject between
    itself and the object (VSO). The object starts at a preposition, a time word or adverb, a noun with an attached
    pronoun ("التزامها"), a ب/ل phrase ("بقرار", "لتشكيل"), a number, or (after a subject that is no title) a second
    definite noun that is no adjective in -ي ("الجيش السيطرة"). Only a phrase headed by a title, an actor's head
    word or a described source speaks: any other noun there may be the object itself, the subject dropped."""
    words: list[Token] = []
    named_end: int | None = None
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if t.start >= end:
            break
        gap = _gap_before(ctx, words, ctx.toks[idx[k]], t)
        if any(ch in gap for ch in "،,:؛.()"):
            if _titled_before_comma(ctx, words, gap):
                return _apposed_person(ctx, words, t, end) or _headed_subject(ctx, words)
            break
        n = t.norm
        if words and words[-1].norm in NAME_LINKS:
            words.append(t)
            continue
        titled = bool(words) and _is_title(ctx, words[0])
        if words and n in SUBJECT_LINK_WORDS:
            nxt = ctx.toks[j + 1].norm if j + 1 < len(ctx.toks) else ""
            if (_is_title(ctx, words[-1]) or titled and words[-1].norm.startswith("ال")) \
                    and nxt.removeprefix("ال") not in SPEECH_EVENT_NOUNS and n not in GOVERNED_PREPOSITIONS:
                words.append(t)       # "الباحث في معهد", "القيادي في الحركة" (not "أعلن المكتب عن تعيين")
                continue
            break
        if titled and n.startswith("لل") and words[-1].norm.startswith("ال") and n[2:] not in SPEECH_EVENT_NOUNS:
            words.append(t)           # "المدير العام للهيئة": the title's genitive with ل
            continue
        if _not_subject_word(ctx, t) or (j + 1 < len(ctx.toks) and ctx.toks[j + 1].norm == "ا") \
                or words and n in DEMONSTRATIVES:
            break             # ("ونشرت المفوضية هذا البيان": the object)
        if named_end is not None and t.start >= named_end and not (n.startswith("ال") and n.endswith(NISBA_ENDS)):
            break             # "أعلنت بغداد تحقيق النصر": a name ends its phrase (but for adjectives in -ي)
        if not words:
            m = next((m for m in ctx.mentions if m.start == t.start and (m.type in ACTOR_TYPES or m.type == "PLACE")), None)
            named_end = m.end if m is not None else None
        elif not _in_mention(ctx, t) and not _is_title(ctx, t):
            definite = words[-1].norm.startswith(("ال", "وال"))
            if _pronoun_suffixed(t) or t.text[:1].isdigit() or n[:1] == "ب" and not n.startswith("بن") \
                    or n[:1] == "ل" and not titled or is_verb_or_joined(n) \
                    or definite and n.startswith("ال") and not n.endswith(NISBA_ENDS) \
                    and (not titled or not _is_title(ctx, words[-1])) \
                    or definite and not n.startswith(("ال", "وال", "ل")) and n not in NAME_STARTS \
                    and key_form(t.text) not in FIRST_NAMES and not (len(words) == 1 and titled) \
                    or titled and n.startswith("ال") and (not n.endswith(NISBA_ENDS) or n.endswith("يه")) \
                    and _name_word(ctx, words[-1]):
                # ("أعلنت جماعة تطلق على نفسها": a verb; "وأكدت المتحدثة باسم الخارجية دعم": after a definite
                # word only a name goes on indefinite, another noun is the object; "الرئيس المشترك لحزب X صالح
                # مسلم العملية": after the title's name a definite noun (but a family name in -ي) is the object)
                break
        words.append(t)
        if len(words) > MAX_SUBJECT_WORDS:
            return None
    _drop_trailing_links(words)
    if not words or _pronoun_suffixed(words[0]):
        return None
    return _headed_subject(ctx, words)


def _name_word(ctx: Ctx, t: Token) -> bool:
    """A word of a name after a title: indefinite, no title or actor's head, no ل/ب phrase, no link word."""
    n = t.norm
    return not n.startswith(("ال", "وال")) and n[:1] not in "لب" and not _is_title(ctx, t) and n not in SUBJECT_LINK_WORDS \
        and n.removeprefix("و") not in ACTOR_HEADS and n not in BODY_WORDS and not n[:1].isdigit()


def _headed_subject(ctx: Ctx, words: list[Token]) -> Speaker | None:
    """The phrase as a speaker if a title, an actor's head word, a described source or a name opens it."""
    head = words[0].norm.removeprefix("ال")
    if not (_is_title(ctx, words[0]) or head in ACTOR_HEADS or head in BODY_WORDS or head in SUBJECT_HEADS
            or words[0].norm in SUBJECT_HEADS or any(m.start == words[0].start for m in ctx.mentions)):
        return None
    return _named_subject(ctx, words)


def _anaphor(ctx: Ctx, subj: Speaker | None, at: int) -> Speaker | None:
    """"وأضافت الوزارة", "ورأى الفارس", "وقال الرئيس التركي": a definite phrase whose words all stand in the
    last speaker's name or title names that speaker again."""
    if subj is None or subj[0] is not None or subj[2]:
        return subj
    if normalize(subj[1]) in LATTER_WORDS:
        # "حيث ترى الأخيرة أن": the latter is the last actor named before
        m = next((m for m in reversed(ctx.mentions) if m.end <= at and m.entity_id), None)
        if m is None:
            return subj
        return (m.entity_id, m.surface, m.role) if m.type in ACTOR_TYPES else (None, m.surface, None)
    if ctx.last_speaker is None:
        return subj
    last = ctx.last_speaker
    known = {w.removeprefix("ال") for w in normalize(f"{last[1]} {last[2] or ''}").split()}
    words = normalize(subj[1]).split()
    if words and words[0].startswith("ال") and all(w.removeprefix("ال") in known for w in words):
        return last
    return subj


def _not_subject_word(ctx: Ctx, t: Token) -> bool:
    """A word that ends the subject: adverb, time word, preposition ("فيه",
    "للصحفيين"), relative, another cue, or an accusative adverb ("ساخرا", "ردا")."""
    n = t.norm
    if n in SUBJECT_STOP_WORDS or n[1:] in SUBJECT_STOP_WORDS and n[0] in "وف" or _prepositional(n):
        return True
    if any(n.endswith(suf) and n[: -len(suf)] in SUBJECT_STOP_WORDS for suf in PRONOUN_ENDS):
        return True
    if _cue_of(t, ctx.lex) is not None:
        return True
    return not n.startswith("ال") and n.endswith("ا") and len(n) >= 4 and not _in_mention(ctx, t)


def _circumstantial(ctx: Ctx, t: Token) -> bool:
    """"متوجها", "مخاطبا", "مضيفا": an indefinite accusative participle of a derived verb (مـ...ـا), a حال that
    describes the subject; right after a verb it leaves no room for a subject after it."""
    n = t.norm
    return n.startswith("م") and n.endswith("ا") and len(n) >= 5 and not _in_mention(ctx, t)


def _pronoun_suffixed(t: Token) -> bool:
    """"انسحابه", "تفاصيلك": an attached pronoun, read on the surface (normalising folds ة into ه)."""
    return not t.norm.startswith("ال") and len(t.norm) >= 4 and t.text.endswith(SURFACE_PRONOUN_ENDS)


def _apposed_person(ctx: Ctx, words: list[Token], after: Token, cs: int) -> Speaker | None:
    """"قال المتحدث باسم الرئاسة التركية , إبراهيم قالن , إن": the name after the comma speaks, the title
    before it is the role; a name the knowledge base lacks stands alone between the commas."""
    role = " ".join(ctx.text[words[0].start:words[-1].end].split())
    m = next((m for m in ctx.mentions if m.start == after.start and m.type == "PERSON"), None)
    if m is not None:
        return (m.entity_id, m.surface, role)
    end = min((i for i in (ctx.text.find(c, after.start, cs) for c in "،,") if i != -1), default=cs)
    # ", الفرنسي ارفيه لادسو ,": a nisba or a rank before the person's name in the apposition
    m = next((m for m in ctx.mentions if after.start < m.start and m.end <= end and m.type == "PERSON"), None)
    lead = ctx.toks[slice(*_token_range(ctx, after.start, m.start))] if m is not None else []
    if m is not None and 1 <= len(lead) <= 2 and all(
            _is_title(ctx, t) or t.norm.startswith("ال") and t.norm.endswith(NISBA_ENDS) for t in lead):
        return (m.entity_id, m.surface, role)
    name = ctx.toks[slice(*_token_range(ctx, after.start, end))]
    while name and _is_title(ctx, name[0]):      # ", الجنرال أيال بن رؤوبين": a rank before the name
        role, name = role + " " + name[0].text, name[1:]
    if 1 <= len(name) <= 3 and not any(t.norm.startswith("ال") or _not_subject_word(ctx, t) or _is_title(ctx, t)
                                       for t in name):
        return (None, " ".join(ctx.text[name[0].start:name[-1].end].split()), role)
    return None


def _known_elsewhere(ctx: Ctx, text: str) -> Speaker | None:
    """The phrase is an actor the page names elsewhere (a quoted or split name the matcher missed here:
    اعتبرت جبهة "فتح الشام")."""
    n = normalize(text)
    m = next((m for m in ctx.mentions if m.entity_id and m.type in ACTOR_TYPES and normalize(m.surface) == n), None)
    return (m.entity_id, m.surface, m.role) if m is not None else None


def _is_title(ctx: Ctx, t: Token) -> bool:
    return t.norm in ctx.lex.title_words or t.stem in ctx.lex.title_words or t.norm in ctx.lex.described \
        or t.stem in ctx.lex.described or t.norm in SPEAKER_HEAD_WORDS


def _prepositional(n: str) -> bool:
    """"للصحفيين", "لوكالة", "له", "بها": a preposition's phrase, not a subject."""
    if n.startswith(("لل", "بال", "كال")) or n in ("ل", "ب", "ك"):
        return True
    if n in NAME_LINKS:
        return False
    return n[0] in "لبك" and (n[1:] in PREPOSITION_PRONOUNS or n[1:] in SPEECH_EVENT_NOUNS)


def _named_subject(ctx: Ctx, words: list[Token]) -> Speaker:
    """A title then a name the knowledge base does not know ("رئيس الوزراء التركي بن علي يلدرم"): the name
    speaks, the title is its role; otherwise the whole described phrase speaks."""
    text = " ".join(" ".join(ctx.text[words[0].start:words[-1].end].split()).strip(QUOTES).split())
    text = " ".join(w.strip(QUOTES) for w in text.split() if w.strip(QUOTES))
    known = _known_elsewhere(ctx, text)
    if known is not None:
        return known
    in_body = [any(m.start < w.end and w.start < m.end and m.type != "PERSON" for m in ctx.mentions) for w in words]
    last_title = max((i for i, w in enumerate(words) if w.norm.startswith(("ال", "وال")) or _is_title(ctx, w)
                      or in_body[i]), default=-1)     # "المحكمة الخاصة بلبنان": a place is in the title
    name = words[last_title + 1:]
    for m in ctx.mentions:     # a person's mention after a title names the speaker ("الرئيس التركي طيب أردوغان")
        if m.type == "PERSON" and words[0].start <= m.start and m.end <= words[-1].end and all(
                _is_title(ctx, w) or w.norm.startswith(("ال", "وال")) or w.norm in SUBJECT_LINK_WORDS
                for w in words if w.end <= m.start and w not in name):
            first = name[0].start if name and name[0].start <= m.start else m.start
            role = " ".join(ctx.text[words[0].start:first].split()) or m.role
            return (m.entity_id, " ".join(ctx.text[first:m.end].split()), role)
    # a name stands in apposition to a definite title ("العقيد هيثم"); an indefinite one takes a genitive
    if last_title >= 0 and _is_title(ctx, words[0]) and (words[last_title].norm.startswith(("ال", "وال"))
                                                         or in_body[last_title]) \
            and 1 <= len(name) <= 4 and not name[0].norm.startswith(("لل", "بال")):
        role = " ".join(ctx.text[words[0].start:words[last_title].end].split())
        return (None, " ".join(ctx.text[name[0].start:name[-1].end].split()), role)
    nisba = _nisba_name(ctx, words, in_body)
    if nisba is not None:
        return nisba
    return (None, text, None)


def _nisba_name(ctx: Ctx, words: list[Token], in_body: list[bool]) -> Speaker | None:
    """"المحامية زينة المصري", "العقيد وليد السالم": a definite title (no link word: "الخبير في شؤون X" is a
    title going on), then a given name and a family name in ال- (a nisba): the name starts at the first word
    that is neither title nor definite, and ends in the nisba."""
    if not _is_title(ctx, words[0]) or not words[0].norm.startswith(("ال", "وال")):
        return None
    lead = 0
    while lead < len(words) and (_is_title(ctx, words[lead]) or words[lead].norm.startswith(("ال", "وال"))
                                 or in_body[lead]):
        if words[lead].norm in SUBJECT_LINK_WORDS or words[lead].norm in TITLE_LINK_WORDS:
            return None
        lead += 1
    name = words[lead:]
    if not 2 <= len(name) <= 4 or not name[-1].norm.startswith("ال") or name[0].norm[:1] in "لب" \
            or name[0].norm.startswith("ال") or _not_subject_word(ctx, name[0]) \
            or any(_is_title(ctx, w) or in_body[lead + i] or w.norm in SUBJECT_LINK_WORDS for i, w in enumerate(name)):
        return None
    role = " ".join(ctx.text[words[0].start:words[lead - 1].end].split())
    return (None, " ".join(ctx.text[name[0].start:name[-1].end].split()), role)


def _apposed_after(ctx: Ctx, m: Mention, end: int) -> Mention | None:
    """A person's mention right after "m ," (apposition), a rank or title allowed before the name
    ("عضو لجنة الخارجية والأمن البرلمانية , الجنرال أيال بن رؤوبين ,")."""
    return next((p for p in ctx.mentions if p.type == "PERSON" and m.end < p.start < end
                 and _comma_then_title(ctx, ctx.text[m.end:p.start])), None)


def _comma_then_title(ctx: Ctx, gap: str) -> bool:
    gap = gap.strip()
    if gap[:1] not in ("،", ","):
        return False
    return all(w in ctx.lex.title_words for w in normalize(gap[1:]).split()[:3]) and len(gap[1:].split()) <= 3


def _titled_gap(ctx: Ctx, start: int, end: int) -> bool:
    """Words between a cue and its speaker that all belong to a title ("المتحدث باسم")."""
    words = normalize(ctx.text[start:end]).split()
    return bool(words) and all(w in ctx.lex.title_words and len(w) > 1 for w in words) \
        and words[0] not in SUBJECT_LINK_WORDS and words[0] not in BODY_WORDS


def _outlet_staff(ctx: Ctx, start: int, ms: list[Mention]) -> bool:
    """"قال مراسل الجزيرة", "أفاد مراسل وكالة الأناضول": a reporter's word in construct with an outlet (no ل
    between) is the outlet's staff, so the outlet speaks through him (as "المتحدث باسم X"); an unnamed source
    that only spoke to an outlet ("مصدر لـ الجزيرة") stays a described source."""
    if not ms or ms[0].type != "MEDIA":
        return False
    words = normalize(ctx.text[start:ms[0].start]).split()
    return bool(words) and all(w in MEDIA_STAFF_WORDS for w in words)


def _described_head(ctx: Ctx, start: int, end: int) -> bool:
    words = normalize(ctx.text[start:end]).split()
    return bool(words) and words[0] in ctx.lex.described


def _described_source(ctx: Ctx, start: int, end: int) -> str | None:
    """An unnamed source: "مصادر خاصة من داخل غوطة دمشق الشرقية", "حسابات جهادية تابعة لـX"."""
    toks = ctx.toks[slice(*_token_range(ctx, start, end))][:12]
    if not toks:
        return None
    head = toks[0]
    accusative = head.norm[:-1] if head.norm.endswith("ا") else ""      # "لكن مصدرا أمنيا أوضح"
    if head.norm not in ctx.lex.described and head.stem not in ctx.lex.described and accusative not in ctx.lex.described:
        two = " ".join(t.norm for t in toks[:2])
        if two not in ctx.lex.described:
            return None
    stop = toks[0].end
    media = [m for m in ctx.mentions if m.type == "MEDIA" and m.start >= start]
    for t in toks[1:8]:
        if _cue_of(t, ctx.lex) is not None or t.norm in SOURCE_END_WORDS:
            break
        between = ctx.text[stop:t.start]
        if any(ch in between for ch in "،,:") or t.norm in CONTENT_OPENERS or t.norm in SOURCE_END_PREPOSITIONS:
            break
        if any(m.start <= t.start < m.end or (t.norm.startswith("ل") and m.start == t.start + 1) for m in media):
            break
        if any(m.start - 1 <= t.start < m.end and m.type == "MEDIA" for m in ctx.mentions):
            break
        stop = t.end
    return " ".join(ctx.text[start:stop].split()).strip(QUOTES + " ")


def _gender(n: str, participle: bool = False) -> str | None:
    """The gender a verb or participle marks (normalised form): "قالت", "تقول", "موضحة", "نافية" feminine;
    "قال", "يقول", "موضحا" masculine; None when the form does not say."""
    if n[:1] in "وف" and len(n) > 3:
        n = n[1:]
    if participle or (n.startswith("م") and len(n) >= 4):
        return "f" if n.endswith("ه") else "m" if n.endswith("ا") else None
    if n.endswith("ت") and not n.endswith("ات"):
        return "f"
    if n.startswith("ت"):
        return "f"
    return "m" if n.startswith("ي") or len(n) <= 5 else None


def _feminine_subject_end(ctx: Ctx, idx: list[int], k: int) -> int | None:
    """"وطالبت المنظمة طرفي النزاع", "ودعت حركة التغيير الكردية إلى": after a verb whose object usually comes
    first, a feminine verb followed by a feminine noun (in ة) has it as its subject (a masculine verb before
    one, "واتهم الحكومة", has a dropped subject and the noun is its object). Returns where the subject ends:
    at the first indefinite word after its head and its genitives / adjectives in ال- (the object)."""
    if k + 1 >= len(idx) or _gender(ctx.toks[idx[k]].norm) != "f":
        return None
    nxt = ctx.toks[idx[k + 1]]
    if not nxt.text.endswith("ة") or len(nxt.norm) <= 3 or nxt.norm[0] == "ب" or _not_subject_word(ctx, nxt):
        return None
    definite = nxt.norm.startswith("ال")
    for j in idx[k + 2:]:
        t = ctx.toks[j]
        if not t.norm.startswith("ال") or _not_subject_word(ctx, t) or (definite and not t.text.endswith("ة")):
            return t.start      # "وطالبت النقابة النائب العام": a definite head takes feminine adjectives only
    return None
