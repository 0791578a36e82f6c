"""The speaker before the cue or from context: SVO ("إلا أن الحكومة تتهم"), a fronted topic between
commas, the subject a pronoun-dropped verb or participle continues, a dateline's outlet (no speaker)."""

from __future__ import annotations

import re

from rasd.extract.claims.context import Ctx, Speaker, _bare, _in_mention, _mention_at, _token_range
from rasd.extract.claims.lexicons import (
    ACTOR_TYPES,
    CLAUSE_OPENERS,
    CONTENT_OPENERS,
    NON_SUBJECT_PREPOSITIONS,
    QUOTES,
    RELATIVE_PRONOUNS,
    SUBJECT_LINK_WORDS,
    _cue_of,
    _norm_words,
)
from rasd.extract.claims.speaker_after import (
    ACTOR_HEADS,
    SUBJECT_STOP_WORDS,
    _anaphor,
    _apposed_person,
    _described_source,
    _gender,
    _is_title,
    _named_subject,
    _not_subject_word,
    _prepositional,
    _speaker_after,
    _subject_after,
    _subject_before_object,
    _titled_gap,
)
from rasd.extract.verbs import is_verb_or_joined
from rasd.records import Mention, Span
from rasd.text.normalize import normalize
from rasd.text.tokens import Token


def _after_subject(ctx: Ctx, idx: list[int], k: int) -> bool:
    """"هذا المقال يكشف عدة أمور": a present-tense verb right after a word (no clause opener, no
    punctuation) follows its subject, so the noun after it is its object."""
    tok = ctx.toks[idx[k]]
    if k == 0 or tok.norm[0] not in "يت":
        return False
    prev = ctx.toks[idx[k - 1]]
    return prev.norm not in CLAUSE_OPENERS and not any(ch in ctx.text[prev.end:tok.start] for ch in "،,:؛.()-")


_SPACE_QUOTES = re.compile(r"[\s\"“”«»']*")


def _subject_follows(ctx: Ctx, tok: Token) -> bool:
    """The verb is followed by a subject: an actor's name or a title ("قالت وزارة", "قال وزير")."""
    m = _SPACE_QUOTES.match(ctx.text, tok.end)
    at = m.end() if m else tok.end
    i = _token_range(ctx, at, len(ctx.text))[0]
    if i >= len(ctx.toks) or ctx.toks[i].start != at:
        return False
    nxt = ctx.toks[i]
    return (_is_title(ctx, nxt) and nxt.norm not in SUBJECT_LINK_WORDS) \
        or any(m.start == at and m.type in ACTOR_TYPES for m in ctx.mentions)


def _svo_subject(ctx: Ctx, sent: Span, tok: Token, check_cue: bool = True,
                 object_first: bool = True) -> Speaker | None:
    """"إلا أن الحكومة السورية تتهم المعارضة": an actor standing right before a verb without "و" and
    opening its clause is the subject (SVO); the actor after the verb is then its object."""
    if tok.norm[0] in "وف" and (not check_cue or tok.norm not in ctx.lex.cues):
        return None                       # "وتقول": a conjoined verb, whose subject follows or is dropped
    m = next((m for m in ctx.mentions if m.type in ACTOR_TYPES and m.start >= sent.start and m.end <= tok.start
              and _relative_gap(ctx.text[m.end:tok.start]) in ("", *RELATIVE_PRONOUNS)), None)
    if m is None:
        return None
    if _relative_gap(ctx.text[m.end:tok.start]) and tok.norm not in ctx.lex.cues:
        return None                       # "إسرائيل التي تتهمها سوريا": the antecedent is the verb's object
    words = ctx.text[sent.start:m.start].split()
    if _dateline(ctx, sent.start, m):
        return None                       # "بغداد - الجورنال نيوز اتهمت لجنة": the dateline's outlet, not the subject
    if words and normalize(words[-1]) in NON_SUBJECT_PREPOSITIONS:
        return None                       # "ضد داعش يقول ماكرون": the actor is a preposition's object
    if not object_first and _subject_follows(ctx, tok):
        return None                       # "رويترز قالت وزارة الخارجية": a verb of saying has its subject after it
    imperfect = tok.norm[0] in "يت"       # "التحالف يعلن": a headline's or a clause's present tense
    if words and not imperfect and not any(ch in words[-1] for ch in "،,:؛.") \
            and normalize(words[-1]) not in CLAUSE_OPENERS and normalize(ctx.text[m.end:tok.start].strip()) == "":
        return None                       # "زعيم جبهة X اعتبرت": the actor is a genitive, not the subject
    return (m.entity_id, m.surface, m.role)


def _subject_next(ctx: Ctx, tok: Token) -> bool:
    """A subject right after the verb (_subject_follows), not a ل / ب phrase ("قال لمبعوث الأمم المتحدة")."""
    i = _token_range(ctx, tok.end, len(ctx.text))[0]
    nxt = ctx.toks[i] if i < len(ctx.toks) else None
    return nxt is not None and not (nxt.norm[:1] in "لب" and not nxt.norm.startswith("ال")) \
        and _subject_follows(ctx, tok)


DASHES = ("-", "–", "—")
ABSTRACT_SUBJECTS = _norm_words("abstract_subjects")
CLAUSE_STARTS = _norm_words("clause_starts")
CLAUSE_REACH = 8            # words from a clause's start to its verb for a fronted subject phrase
_CLAUSE_MARKS = ",،:؛.()\"«»“”-–—/|\n"


def _clause_words(ctx: Ctx, idx: list[int], k: int) -> list[Token] | None:
    """The words between the start of the verb idx[k]'s clause (the sentence's start, a punctuation mark, a clause
    opener "لكن", "أن", "بأن", a past auxiliary "وكان") and the verb (or its "قد"); None when more than CLAUSE_REACH."""
    end = ctx.toks[idx[k]].start
    if k and ctx.toks[idx[k - 1]].norm == "قد":
        k -= 1                            # "مصدر عسكري قد ذكر": the particle belongs to the verb
        end = ctx.toks[idx[k]].start
    words: list[Token] = []
    for j in range(k - 1, -1, -1):
        t = ctx.toks[idx[j]]
        if any(ch in ctx.text[t.end:end] for ch in _CLAUSE_MARKS) or _bare(t.norm) in CLAUSE_OPENERS \
                or t.norm in CLAUSE_STARTS or t.norm in PAST_AUXILIARIES:
            break                         # ("وكان مصدر عسكري ذكر": the auxiliary opens the clause)
        words.insert(0, t)
        end = t.start
        if len(words) > CLAUSE_REACH:
            return None
    return words


def _svo_described(ctx: Ctx, idx: list[int], k: int) -> Speaker | None:
    """"لكن مصدرا أمنيا سوريا أوضح أن", "مسؤول أمريكي يقول إن", "وسائل الإعلام الإثيوبية تقول إن": a described
    source opening the verb's clause and running up to it is the verb's subject (SVO); an actor named inside it
    ("مصادر في المعارضة تقول") only modifies it."""
    tok = ctx.toks[idx[k]]
    if tok.norm[0] in "وف" and tok.norm not in ctx.lex.cues:
        return None                       # "وتقول": a conjoined verb, whose subject follows or is dropped
    words = _clause_words(ctx, idx, k)
    if not words or any(_cue_of(w, ctx.lex) is not None or w.norm in RELATIVE_PRONOUNS for w in words):
        return None                       # ("مصادر الأخبار التي تنشر": the verb is the relative clause's)
    if len(words) > 1 and any(m.type == "PERSON" and m.start == words[1].start for m in ctx.mentions):
        return None                       # "لكن القيادي كوران قال": a title and the person's name (_svo_subject)
    desc = _described_source(ctx, words[0].start, tok.start)
    if not desc or desc != " ".join(ctx.text[words[0].start:words[-1].end].split()).strip(QUOTES + " "):
        return None                       # the phrase does not run up to the verb: the verb is not its predicate
    return (None, desc, None)


SVO_TITLE_WORDS = 8         # a title phrase (and a name) opening the verb's clause


def _svo_titled(ctx: Ctx, idx: list[int], k: int, check_cue: bool = True,
                object_first: bool = False) -> Speaker | None:
    """"وزير الخارجية قال إن", "وكان الأمين العام قد طالب بـ": a title phrase (with the name it may give) opening
    the verb's clause and running up to it is the verb's subject (SVO). Its gender agrees with the verb's ("رئيس
    الوزراء اعتبرت" is no subject and predicate); an actor's mention right before the verb is _svo_subject's."""
    tok = ctx.toks[idx[k]]
    if tok.norm[0] in "وف" and (not check_cue or tok.norm not in ctx.lex.cues):
        return None                       # "وتقول": a conjoined verb, whose subject follows or is dropped
    words = _clause_words(ctx, idx, k)
    if not words or len(words) > SVO_TITLE_WORDS or not _is_title(ctx, words[0]) or _fronted(words[0]) \
            or words[0].norm in SUBJECT_LINK_WORDS or not object_first and _subject_next(ctx, tok):
        return None                       # ("أربيل - باسم X أكد مسؤول كردي": a byline; the verb's subject follows)
    if any(_cue_of(w, ctx.lex) is not None or w.norm in RELATIVE_PRONOUNS or w.norm in PAST_AUXILIARIES
           or (_not_subject_word(ctx, w) and w.norm not in ctx.lex.title_words)
           or (is_verb_or_joined(w.norm) and not _in_mention(ctx, w) and not _is_title(ctx, w)) for w in words):
        return None
    noun = "f" if _bare(words[0].norm).endswith("ه") else "m"
    verb = _gender(tok.norm)
    if verb is not None and verb != noun:
        return None
    role = " ".join(ctx.text[words[0].start:words[-1].end].split())
    before = ctx.text[:words[0].start].rstrip()
    if before.endswith((",", "،")):
        # "كان حافظ أبو سعدة , عضو المجلس القومي قد أكد": the title is in apposition to the name before it
        at = len(before) - 1
        m = next((m for m in ctx.mentions if m.type == "PERSON" and not ctx.text[m.end:at].strip()), None)
        if m is not None:
            return (m.entity_id, m.surface, m.role or role)
    # "المتحدث باسم وزارة الدفاع أكد": the body speaks through its spokesman; a name after the title speaks
    subj = _speaker_after(ctx, words[0].start, words[-1].end)
    if subj is not None and subj[0] is not None:
        return subj
    return _anaphor(ctx, _named_subject(ctx, words), tok.start)


def _abstract_subject(ctx: Ctx, idx: list[int], k: int) -> bool:
    """"وتشير المعطيات إلى أن", "أدلة دامغة تشير إلى أن", "معطيات الوضع في الجنوب تشير": a noun of data or events
    as the verb's subject, after it or opening its clause (or the noun a clause "تشير ..." describes): the page's
    inference, no one's claim."""
    def abstract(t: Token) -> bool:
        return t.norm in ABSTRACT_SUBJECTS or t.stem in ABSTRACT_SUBJECTS or _bare(t.norm) in ABSTRACT_SUBJECTS

    tok = ctx.toks[idx[k]]
    if k + 1 < len(idx):
        nxt = ctx.toks[idx[k + 1]]
        if abstract(nxt) and not any(ch in ctx.text[tok.end:nxt.start] for ch in _CLAUSE_MARKS) \
                and not any(m.start <= nxt.start < m.end for m in ctx.mentions):
            return True
    if tok.norm[0] in "وف" and tok.norm not in ctx.lex.cues or _bare(tok.norm) not in ctx.lex.cues:
        return False                      # (a conjoined verb; "صورة نشرتها الوزارة": the noun is the object)
    words = _clause_words(ctx, idx, k) or []
    # the clause's head, the noun right before the verb, or that noun with its adjective ("أدلة دامغة تشير")
    return bool(words) and (abstract(words[0]) or abstract(words[-1]) or (
        len(words) >= 2 and abstract(words[-2]) and words[-1].norm[0] != "و"))


def _dateline(ctx: Ctx, sent_start: int, m: Mention) -> bool:
    """"بغداد - الجورنال نيوز اتهمت": an outlet after a place and a dash is the report's dateline, not an actor."""
    words = ctx.text[sent_start:m.start].split()
    return bool(words) and words[-1] in DASHES and m.type != "PERSON" and (m.type == "MEDIA" or any(
        p.type == "PLACE" and sent_start <= p.start < m.start and ctx.text[p.end:m.start].strip() in DASHES
        for p in ctx.mentions))


def _relative_gap(gap: str) -> str:
    """What stands between an actor and a verb: nothing, or a relative, also after a comma (", الذي قال إن":
    the relative's antecedent is the verb's subject)."""
    g = normalize(gap.strip(QUOTES + " "))
    if g[:1] in ",،" and g[1:].strip() in RELATIVE_PRONOUNS:
        return g[1:].strip()
    return g


EXPRESSION_VERBS = (_norm_words("expression_verbs") | _norm_words("condemn_verbs", "function_words.yaml")
                    | _norm_words("reaction_verbs", "function_words.yaml"))
EXPRESSION_REACH = 3       # the expressing verb opens the sentence: within its first words ("غير أن X يتساءل")


def _dropped_subject(ctx: Ctx, sent: Span, idx: list[int], tok: Token,
                     participle: bool = False) -> Speaker | None:
    """A verb or participle without its own subject continues the subject before it: of a claim earlier in
    this sentence, else of the verb of expressing that opens it ("وأعرب ليبرمان عن تقديره ... , وقال :"),
    else of the last claim."""
    if ctx.last_speaker_at >= sent.start:
        return ctx.last_speaker
    for p in _opening_words(ctx, idx):
        v = ctx.toks[idx[p]]
        if v.start >= tok.start:
            break
        if v.norm in EXPRESSION_VERBS or (v.norm[0] in "وف" and v.norm[1:] in EXPRESSION_VERBS):
            nxt = ctx.toks[idx[p] + 1] if idx[p] + 1 < len(ctx.toks) else None
            if nxt is None or nxt.norm in CONTENT_OPENERS or _not_subject_word(ctx, nxt):
                subj = _svo_subject(ctx, sent, v, check_cue=False)     # "واقترح أن تقوم الولايات المتحدة"
            else:
                # "ورد الوزير على سؤال الصحفيين قائلا": a title or an actor's head after the verb is its subject
                subj = _svo_subject(ctx, sent, v, check_cue=False) \
                    or _speaker_after(ctx, v.end, min(tok.start, v.end + 80), verb=True) \
                    or _anaphor(ctx, _subject_before_object(ctx, idx, p, tok.start), v.start)
            if subj is not None:
                return subj
        elif _main_verb(ctx, v, tok) and _after_comma(ctx, tok, participle) and _agrees(v, tok, participle):
            # "وانتقد المتحدث باسم الحكومة , شتيفان زايبرت , الفيتو , مضيفا": the opening verb's subject
            subj = _speaker_after(ctx, v.end, min(tok.start, v.end + 80), verb=True) \
                or _subject_after(ctx, idx, p, tok.start)
            if subj is not None and subj[0] is not None:
                return subj           # a known actor only: after a verb of doing a described phrase runs into its object
        elif p and v is not tok and is_verb_or_joined(v.norm) and _cue_of(v, ctx.lex) is None \
                and _after_comma(ctx, tok, participle) and _agrees(v, tok, participle):
            # "رئيس الوزراء يجري اتصالا بالرئيس , ويعلن دعمه": the subject opening the sentence before its first verb
            subj = _svo_titled(ctx, idx, p, check_cue=False)
            if subj is not None:
                return subj
    return ctx.last_speaker


def _opening_words(ctx: Ctx, idx: list[int]) -> list[int]:
    """The positions (in idx) that may hold the sentence's main verb: its first words, and the first words after a
    fronted adverbial closed by a comma ("وفي عددها الصادر أمس , تناولت صحيفة X ...")."""
    first = list(range(min(len(idx), EXPRESSION_REACH + 1)))
    after = _after_fronted(ctx, idx)
    return first if after is None else sorted(set(first) | {after, after + 1} & set(range(len(idx))))


def _after_fronted(ctx: Ctx, idx: list[int]) -> int | None:
    """The position of the first word after a fronted adverbial ("وحول اتهام الأسد , قال إن"), if the sentence opens
    with one."""
    if not idx or not _fronted(ctx.toks[idx[0]]):
        return None
    for k in range(1, min(len(idx), FRONTED_REACH)):
        gap = ctx.text[ctx.toks[idx[k - 1]].end:ctx.toks[idx[k]].start]
        if "," in gap or "،" in gap:
            return k
        if any(ch in gap for ch in ":؛.\"«»"):
            return None
    return None


def _agrees(v: Token, cue: Token, participle: bool) -> bool:
    """A participle or verb continuing another shares its subject, so their genders agree ("أبرمت الهيئة
    اتفاقا , موضحا" cannot continue أبرمت)."""
    a, b = _gender(v.norm), _gender(cue.norm, participle)
    return a is None or b is None or a == b


def _after_comma(ctx: Ctx, tok: Token, participle: bool) -> bool:
    """A participle, or a verb after a comma ("... , وقال إن"): it continues the clause before it; a verb
    without one may open a sentence the splitter missed."""
    return participle or any(ch in ctx.text[max(0, tok.start - 4):tok.start] for ch in ",،")


def _fronted(t: Token) -> bool:
    """A sentence opening with a preposition ("وحول", "وفي", "ومن جهته"): a fronted adverbial, not the subject."""
    n = _bare(t.norm)
    return n in NON_SUBJECT_PREPOSITIONS or _prepositional(n)


FRONTED_REACH = 16         # words a fronted adverbial may run before its comma


def _main_verb(ctx: Ctx, v: Token, cue: Token) -> bool:
    """A verb opening the sentence, cue or not ("وانتقد X الفيتو , مضيفا أن", "ويقرأ X التقارب ... , مشيرا"):
    a circumstantial participle or a conjoined verb after it shares its subject."""
    return v is not cue and is_verb_or_joined(v.norm) and _subject_follows(ctx, v)


TOPIC_MAX_WORDS = 10       # a fronted subject phrase: a name, or a title (with its body) and a name
TOPIC_REACH = 25           # words from the sentence's start to the verb


def _topic_subject(ctx: Ctx, idx: list[int], k: int) -> Speaker | None:
    """"المحامية زينة المصري , في تصريحات لراديو باكس , قالت إن": a noun phrase opening the sentence, then
    adjuncts or an apposition between commas or brackets, then a verb after a comma: the phrase is the verb's
    subject (SVO with a parenthesis). No verb may stand between them (it would own the phrase)."""
    tok = ctx.toks[idx[k]]
    if tok.norm[0] in "وف":
        return None
    if k and ctx.toks[idx[k - 1]].norm == "قد":
        tok, k = ctx.toks[idx[k - 1]], k - 1      # ", قد دعا": the particle belongs to the verb
    if k < 2 or k > TOPIC_REACH or not any(ch in ctx.text[ctx.toks[idx[k - 1]].end:tok.start] for ch in ",،"):
        return None
    start = _topic_start(ctx, idx, k)
    words: list[Token] = []
    after: Token | None = None
    for j in idx[start:k]:
        t = ctx.toks[j]
        if words and any(ch in ctx.text[words[-1].end:t.start] for ch in ",،()-:"):
            after = t
            break
        words.append(t)
    if not words or len(words) > TOPIC_MAX_WORDS or _not_subject_word(ctx, words[0]) \
            or any(is_verb_or_joined(ctx.toks[j].norm) for j in idx[start:k] if not _in_mention(ctx, ctx.toks[j])):
        return None
    if after is not None and _is_title(ctx, words[0]) and any(ch in ctx.text[words[-1].end:after.start] for ch in ",،") \
            and not _not_subject_word(ctx, after) and after.norm not in NON_SUBJECT_PREPOSITIONS \
            and not (after.norm[0] == "و" and len(after.norm) > 4 and not _in_mention(ctx, after)):
        # (", وفصائل عسكرية ,": a conjunct of the subject, no name in apposition)
        person = _apposed_person(ctx, words, after, tok.start)     # "مدير المكتب السياسي لX , مصطفى سيجري , قال"
        if person is not None:
            return person
    ms = [m for m in _mention_at(ctx, words[0].start, words[-1].end) if m.type in ACTOR_TYPES]
    if ms and (ms[0].start == words[0].start or _titled_gap(ctx, words[0].start, ms[0].start)):
        m = next((m for m in ms if m.type == "PERSON"), ms[0])
        return (m.entity_id, m.surface, m.role or (" ".join(ctx.text[words[0].start:m.start].split()) or None))
    if _is_title(ctx, words[0]) and len(words) >= 2:
        subj = _named_subject(ctx, words)
        return subj if subj[2] and subj[1] not in subj[2] and not any(
            _not_subject_word(ctx, w) for w in words if w.start >= words[-1].start) else None   # a title, an unknown name
    return None


TOPIC_LEADS = _norm_words("topic_lead_words")
TOPIC_LEAD_REACH = 3       # "يذكر أن", "وكان", "كما أن", "علما أن": words before the fronted subject phrase


def _topic_start(ctx: Ctx, idx: list[int], k: int) -> int:
    """Where the fronted subject phrase starts: after the clause openers, past auxiliaries and page asides that
    lead the sentence ("وكان الفريق X , رئيس Y , قد دعا", "يذكر أن المبعوث X , أعلن")."""
    start = 0
    for j in range(min(TOPIC_LEAD_REACH, k)):
        n = ctx.toks[idx[j]].norm
        if n in CLAUSE_OPENERS or _bare(n) in CLAUSE_OPENERS or n in PAST_AUXILIARIES or n in TOPIC_LEADS:
            start = j + 1
        else:
            break
    return start


def _speaker_before(ctx: Ctx, sent_start: int, cue_start: int) -> Speaker | None:
    lo = max(sent_start, cue_start - 60)
    ms = [m for m in _mention_at(ctx, lo, cue_start) if m.type in ACTOR_TYPES]
    if not ms:
        return None
    m = ms[-1]
    if _dateline(ctx, sent_start, m):
        return None
    gap = ctx.text[m.end:cue_start]
    if len(gap.split()) > 3 or any(ch in gap for ch in "،,.:؟\n"):
        return None
    i = _token_range(ctx, cue_start, cue_start + 1)[0]
    cue = ctx.toks[i] if i < len(ctx.toks) else None
    if cue is not None and not gap.strip() and cue.norm[0] == "و" and cue.norm not in ctx.lex.cues \
            and m.type != "PERSON":
        # "يخطب في مهرجان غربي تركيا ويقول": a conjoined verb shares the subject of the verb before it; the actor
        # right before it ends that verb's clause (its object). ("أما روحاني فقال": after أما the ف-clause's topic speaks)
        return None
    if cue is not None and not gap.strip() and cue.norm[0] not in "يت" and m.type != "PERSON" \
            and getattr(_cue_of(cue, ctx.lex), "role", None) == "verb" and _construct_head(ctx, sent_start, m):
        return None       # "تفاصيل استهداف مطار العريش أعلن": a genitive (a heading run into the text), not the subject
    return (m.entity_id, m.surface, m.role)


GENITIVE_NOT_HEADS = SUBJECT_STOP_WORDS | _norm_words("said_nouns") | _norm_words("speech_event_nouns") \
    | _norm_words("report_heads")      # "تحقيق بي بي سي أكد": the report's author speaks


def _construct_head(ctx: Ctx, sent_start: int, m: Mention) -> bool:
    """The word right before the actor m is an indefinite noun m is in construct with ("استهداف مطار العريش"): no
    title ("رئيس بلدية X"), actor's head, said noun ("بيان الخارجية"), "كان" or clause opener."""
    j = _token_range(ctx, sent_start, m.start)[1] - 1
    if j < 0 or j >= len(ctx.toks) or ctx.toks[j].start < sent_start:
        return False
    t = ctx.toks[j]
    if any(ch in ctx.text[t.end:m.start] for ch in "،,:؛.-/|\"«»()") or _in_mention(ctx, t):
        return False
    n = _bare(t.norm)
    return not n.startswith("ال") and len(n) > 2 and not _is_title(ctx, t) and n not in CLAUSE_OPENERS \
        and n not in GENITIVE_NOT_HEADS and t.norm not in GENITIVE_NOT_HEADS and n not in ACTOR_HEADS \
        and n not in NON_SUBJECT_PREPOSITIONS and not is_verb_or_joined(t.norm)


PAST_AUXILIARIES = _norm_words("past_auxiliaries", "function_words.yaml")
RELATIVE_REACH = 6         # words of a relative clause between its pronoun and the main verb ("الذي تقوده الولايات المتحدة")
ANTECEDENT_WORDS = 4       # words of the antecedent between the clause's start and the relative pronoun


def _relative_antecedent(ctx: Ctx, sent: Span, idx: list[int], k: int) -> Speaker | None:
    """"وكان التحالف الذي تقوده الولايات المتحدة قال إن", "وكانت الحكومة التي يرأسها X قد أعلنت": a noun phrase,
    its relative clause (a verb and its subject), then the verb: the noun phrase is the verb's subject (the name
    inside the relative clause belongs to it). A relative clause with an adverbial, a preposition or a subordinate
    clause ("الذي ساعد بإنقاذه هو ... بعدما كشف") may end anywhere: none."""
    tok = ctx.toks[idx[k]]
    if tok.norm[0] in "وف" and tok.norm not in ctx.lex.cues:
        return None
    j = k - 1
    if j >= 0 and ctx.toks[idx[j]].norm == "قد":
        j -= 1                            # "قد أعلنت"
    rel = next((r for r in range(j, max(-1, j - RELATIVE_REACH - 1), -1)
                if ctx.toks[idx[r]].norm in RELATIVE_PRONOUNS), None)
    if rel is None or rel >= j or rel < 1:
        return None                       # ("الذي قال": the verb is the relative clause's own)
    inner = [ctx.toks[x] for x in idx[rel + 1:j + 1]]
    head = inner[0]
    if not (is_verb_or_joined(head.norm) or head.norm[0] in "يت" and not _in_mention(ctx, head)) or any(
            _cue_of(t, ctx.lex) is not None or t.norm[0] == "و" and not _in_mention(ctx, t)
            or _bare(t.norm) in CLAUSE_OPENERS or t.norm.endswith("ما") and len(t.norm) > 3 for t in inner) \
            or any(_not_subject_word(ctx, t) for t in inner[1:]) \
            or any(ch in ctx.text[ctx.toks[idx[rel - 1]].end:tok.start] for ch in _CLAUSE_MARKS):
        return None                       # (a conjoined word: the verb may go on with the relative clause)
    words: list[Token] = []
    for r in range(rel - 1, max(-1, rel - 1 - ANTECEDENT_WORDS - 1), -1):
        t = ctx.toks[idx[r]]
        if _bare(t.norm) in PAST_AUXILIARIES or t.norm in PAST_AUXILIARIES or _bare(t.norm) in CLAUSE_OPENERS:
            break
        if any(ch in ctx.text[t.end:ctx.toks[idx[r + 1]].start] for ch in _CLAUSE_MARKS):
            return None
        words.insert(0, t)
    else:
        if r != 0:
            return None                   # the antecedent runs too far back: not the clause's subject
    if not words or not words[0].norm.startswith("ال") and not _in_mention(ctx, words[0]) \
            and not _is_title(ctx, words[0]):
        return None
    ms = [m for m in _mention_at(ctx, words[0].start, words[-1].end) if m.type in ACTOR_TYPES]
    if ms:
        m = next((m for m in ms if m.type == "PERSON"), ms[0])
        role = " ".join(ctx.text[words[0].start:m.start].split()) or None
        return (m.entity_id, m.surface, m.role or role)
    if any(_not_subject_word(ctx, w) or is_verb_or_joined(w.norm) for w in words):
        return None
    return (None, " ".join(ctx.text[words[0].start:words[-1].end].split()), None)


POSTPOSED_WORDS = 4        # words of the subject phrase after a postposed cue ("قالت القاضية ,")
_OPEN_QUOTES = "\"“«"
_CLOSE_QUOTES = "\"”»"


def _postposed(ctx: Ctx, sent: Span, idx: list[int], k: int) -> tuple[Speaker, Span] | None:
    """"\" إن المتهم مذنب \" , قالت القاضية , وأضافت أن": a verb after a closed quote and a comma, then its subject
    up to a comma or the sentence's end: the quote is what the subject said (a later pronoun-dropped verb goes
    on with it)."""
    tok = ctx.toks[idx[k]]
    before = ctx.text[sent.start:tok.start].rstrip(" ,،")
    if tok.norm[0] in "وف" or not before.endswith(tuple(_CLOSE_QUOTES)) or before == ctx.text[sent.start:tok.start]:
        return None
    close = sent.start + len(before) - 1
    opened = next((i for i in range(sent.start, close) if ctx.text[i] in _OPEN_QUOTES), None)
    if opened is None or ctx.text[sent.start:opened].strip() \
            or sum(ctx.text[sent.start:close + 1].count(q) for q in set(_OPEN_QUOTES + _CLOSE_QUOTES)) != 2:
        return None                       # one quote, opening the sentence
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        role = getattr(_cue_of(t, ctx.lex), "role", None)
        if role == "participle" or role == "verb" and t.norm[0] in "وف":
            break                         # "قالت القاضية , وأضافت أن": a next cue's content
        if _bare(t.norm) in ("ان", "بان") or ":" in ctx.text[tok.end:t.start]:
            return None                   # "... يقول X , رئيس تحرير Y , إن": the verb's own content follows
    words: list[Token] = []
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if any(ch in ctx.text[(words[-1] if words else tok).end:t.start] for ch in _CLAUSE_MARKS):
            break
        words.append(t)
        if len(words) > POSTPOSED_WORDS:
            return None
    if not words or _cue_of(words[0], ctx.lex) is not None or any(is_verb_or_joined(w.norm) for w in words
                                                                   if not _in_mention(ctx, w)):
        return None
    ms = [m for m in _mention_at(ctx, words[0].start, words[-1].end) if m.type in ACTOR_TYPES]
    after = _speaker_after(ctx, tok.end, words[-1].end, verb=True)
    if ms:
        m = next((m for m in ms if m.type == "PERSON"), ms[0])
        speaker: Speaker = (m.entity_id, m.surface, m.role or (" ".join(ctx.text[words[0].start:m.start].split())
                                                              or None))
    elif after is not None:
        speaker = after
    elif (_is_title(ctx, words[0]) or words[0].norm.startswith("ال")) \
            and not any(_not_subject_word(ctx, w) for w in words):     # ("قالت القاضية": a definite noun)
        speaker = (None, " ".join(ctx.text[words[0].start:words[-1].end].split()), None)
    else:
        return None
    return speaker, Span(opened + 1, close)
