"""Cue-driven claims: each reporting cue of a sentence that reports something, its speaker, content,
stance, medium and day; a continuing cue ("وأضاف") goes on with the claim before it."""

from __future__ import annotations

from rasd.data import word_list
from rasd.extract.claims.content import (
    _before_source,
    _content_end,
    _content_start,
    _past_subject,
    _quantities,
)
from rasd.extract.claims.context import (
    Ctx,
    Speaker,
    _bare,
    _find_word,
    _in_mention,
    _mention_at,
    _next_norm,
    _token_range,
    _tokens_in,
    _trim,
)
from rasd.extract.claims.dates import _claim_date
from rasd.extract.claims.lexicons import (
    CLAUSE_OPENERS,
    NON_SUBJECT_PREPOSITIONS,
    OBJECT_FIRST_LEMMAS,
    OBJECT_KINDS,
    OPENER_BLOCKERS,
    PRONOUN_ENDS,
    QUOTES,
    RELATIVE_PRONOUNS,
    RELATIVE_SUBJECTS,
    RELAY_FRAME_NOUNS,
    SOURCE_END_PREPOSITIONS,
    Cue,
    _cue_of,
    _norm_words,
)
from rasd.extract.claims.medium import _is_media, _medium, _outlet_kind, _speaker_medium
from rasd.extract.claims.relay import (
    RELAY_REACH,
    _cue_between,
    _described_relay,
    _relay_content_start,
    _relayed_before,
)
from rasd.extract.claims.sender import _document_frame, _document_sender, _document_speaker
from rasd.extract.claims.speaker_after import (
    _anaphor,
    _circumstantial,
    _feminine_subject_end,
    _is_title,
    _not_subject_word,
    _prepositional,
    _speaker_after,
    _subject_after,
    _subject_before_object,
)
from rasd.extract.claims.speaker_before import (
    EXPRESSION_VERBS,
    _abstract_subject,
    _after_fronted,
    _after_subject,
    _agrees,
    _dropped_subject,
    _postposed,
    _relative_antecedent,
    _speaker_before,
    _svo_described,
    _svo_subject,
    _svo_titled,
    _topic_subject,
)
from rasd.records import Claim, Span
from rasd.text.normalize import normalize
from rasd.text.tokens import Token

# words around a cue that make it no claim or flip it (claim_words.yaml; normalised)
CUE_NEGATORS = frozenset(word_list("claim_words.yaml", "cue_negators"))
INTERROGATIVES = frozenset(word_list("claim_words.yaml", "interrogatives"))
SAID_NOUNS = frozenset(word_list("claim_words.yaml", "said_nouns"))
MASDAR_OPENERS = _norm_words("masdar_openers")
SAID_SOURCE_WORDS = _norm_words("relative_subject_gap")
CONTINUING_LEMMAS = frozenset(word_list("claim_words.yaml", "continuing_lemmas"))
SPEECH_ACT_LEMMAS = frozenset(word_list("claim_words.yaml", "speech_act_lemmas"))
PRONOUN_OPENERS = ("لكن", "ان")       # "لكنه", "إلا أنه" (normalised)
TIME_ADVERBS = _norm_words("subject_stop_words")
SAID_REACH = 10      # tokens after "نشر" within which its said object may stand
DOCUMENT_OBJECTS = ("ما", "وما", "بما")   # "باركت ما جاء فيه": what it says as an object ("لما جاء في", "كما" quote it)


def _is_question(ctx: Ctx, sent: Span, idx: list[int]) -> bool:
    """A sentence asking something ("كيف ترى ...؟"): its verbs report nothing."""
    return bool(idx) and ctx.text[sent.start:sent.end].rstrip().endswith(("؟", "?")) \
        and _bare(ctx.toks[idx[0]].norm) in INTERROGATIVES


def _cue_claims(ctx: Ctx, sent: Span) -> list[Claim]:
    idx = _tokens_in(ctx, sent)
    out: list[Claim] = []
    ctx.sent_contents = []
    if _is_question(ctx, sent, idx):
        return out
    k = 0
    while k < len(idx):
        ti = idx[k]
        tok = ctx.toks[ti]
        cue = _cue_of(tok, ctx.lex)
        if cue is None or (cue.role == "source" and _next_norm(ctx, ti) in RELATIVE_SUBJECTS) or (
                cue.not_next and _next_norm(ctx, ti).startswith(cue.not_next)):
            k += 1
            continue
        if cue.needs_content and k and not ctx.text[ctx.toks[idx[k - 1]].end:tok.start].strip() \
                and _bare(ctx.toks[idx[k - 1]].norm) in ctx.lex.outlet_heads:
            k += 1       # "جريدة رأي اليوم": after an outlet's head word the word is the outlet's name
            continue
        prev = _cue_of(ctx.toks[idx[k - 1]], ctx.lex) if k else None
        if cue.role == "noun" and prev is not None and prev.lemma == cue.lemma:
            k += 1       # "نفى نفيا قاطعا": the cognate object of the verb, no second claim
            continue
        if _bare(tok.norm) in RELAY_FRAME_NOUNS and _relayed_before(ctx, idx, k):
            k += 1       # "نقلت X عن Y قوله إن": the relay's frame; the relay verb's claim already reports it
            continue
        if cue.role == "verb" and k and _bare(ctx.toks[idx[k - 1]].norm) in MASDAR_OPENERS \
                and not ctx.text[ctx.toks[idx[k - 1]].end:tok.start].strip():
            # "على ذكر", "عدم نشر": after a preposition the form is the verbal noun; it needs a content clause
            cue = Cue(cue.lemma, cue.stance, cue.kind, "noun", needs_content=True)
        if cue.role == "document" and (_document_frame(ctx, idx, k) is None or _content_start(ctx, idx, k) is None
                                       or k and (ctx.toks[idx[k - 1]].norm in RELATIVE_PRONOUNS
                                                 or ctx.toks[idx[k - 1]].norm in DOCUMENT_OBJECTS)):
            k += 1       # "جاء ذلك خلال", "المصطلح الذي ورد في التقرير", "باركت ما جاء فيه": no document speaking
            continue
        if cue.role == "relay" and _find_word(ctx, idx[:k + 1 + RELAY_REACH], k, "عن") is None:
            # no "عن <source>" close by: "نقل" is transport / transfer unless a content clause follows
            cue = Cue(cue.lemma, cue.stance, cue.kind, "verb", needs_content=True, said_object=True)
        c = _claim_from_cue(ctx, sent, idx, k, cue)
        if c is not None and cue.role == "document" and c.speaker_id is None:
            out.append(c)       # "وجاء في البيان أن": no one named; a later "وأضاف" goes on with the last speaker
            ctx.sent_contents.append(c.content)
        elif c is not None:
            out.append(c)
            ctx.last_speaker = (c.speaker_id, c.speaker_text, c.speaker_role)
            ctx.last_speaker_at = tok.start
            ctx.last_claim = c
            ctx.sent_contents.append(c.content)
        k += 1
    if not out and idx:
        _expression_subject(ctx, idx)
    return out


def _expression_subject(ctx: Ctx, idx: list[int]) -> None:
    """"وتحدثت الناشطة ريم علي عن الحصار . وذكرت أن": a sentence that opens with a verb of expressing and its
    named subject reports nothing itself, but a pronoun-dropped verb in the next sentence goes on with that subject."""
    v = ctx.toks[idx[0]]
    if _bare(v.norm) not in EXPRESSION_VERBS or len(idx) < 2 or _not_subject_word(ctx, ctx.toks[idx[1]]):
        return
    nxt = ctx.toks[idx[-1] + 1] if idx[-1] + 1 < len(ctx.toks) else None
    if nxt is not None and _cue_of(nxt, ctx.lex) is not None and not _agrees(v, nxt, False):
        return                  # "نددت الوزارة ... . يعلن دعمه": the next verb's subject is another
    subj = _speaker_after(ctx, v.end, min(v.end + 80, ctx.toks[idx[-1]].end), verb=True)
    if subj is not None and subj[0] is not None:
        ctx.last_speaker, ctx.last_speaker_at = subj, v.start


def _subject_next(ctx: Ctx, idx: list[int], k: int, speaker: Speaker) -> bool:
    """After "ما" the verb's subject follows it at once ("وهو ما أكده الوزير", "ما أشار إليه تقرير المجلس");
    a name further on belongs to its object ("مما يوضح هدف التنظيم", "ما يشير إلى رغبة روسيا"): no speaker."""
    at = ctx.text.find(speaker[1], ctx.toks[idx[k]].end)
    if speaker[0] is None or at == -1:
        return True          # a described source ("مصادر محلية") starts right after the verb
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if t.start >= at:
            return True
        if not (_prepositional(t.norm) or _is_title(ctx, t) or _is_said(t) or _in_mention(ctx, t)
                or t.norm in SAID_SOURCE_WORDS):
            return False
    return True


def _claim_from_cue(ctx: Ctx, sent: Span, idx: list[int], k: int, cue: Cue) -> Claim | None:
    tok = ctx.toks[idx[k]]
    text = ctx.text
    speaker: Speaker | None = None
    relay: tuple[str | None, str | None] | None = None
    relay_content_start = tok.end
    relay_content = False     # a named relay: what is said starts after its source's name
    after_start = tok.end
    cs = _content_start(ctx, idx, k)
    post_content: Span | None = None     # a postposed verb's quote before it
    speech_only = False     # a speech act said without its content: no claim, but it names the speaker
    if cue.needs_content and cs is not None and any(
            (c := _cue_of(ctx.toks[j], ctx.lex)) is not None and c.role == "participle"
            for j in range(*_token_range(ctx, tok.end, cs))):
        # "شددت على أهمية المعركة , موضحة أن", "ويتابع X قائلا إن": what follows أن is the participle's; the
        # verb before a participle of saying is a speech act whose subject the participle goes on with
        cs, speech_only = None, True
    window_end = cs or sent.end
    before = _bare(ctx.toks[idx[k - 1]].norm) if k else ""
    if not speech_only and cue.needs_content and cs is None and not (cue.said_object and _said_object(ctx, idx, k)):
        if cue.lemma not in SPEECH_ACT_LEMMAS:
            return _no_claim(ctx)       # "نشر قوات", "يُعتبر من", "رأي": the word's other sense
        speech_only = True
    if cue.impersonal and cs is not None and not _speaker_words(ctx, idx, k, cs):
        return _no_claim(ctx)       # "يُذكر أن": the page's own aside
    if before in RELATIVE_SUBJECTS and cue.role in ("verb", "participle"):
        # "ما يشير إلى أن" / "وهو ما يهدد": only a named subject after the verb makes it a claim
        speaker = _speaker_after(ctx, after_start, min(window_end, after_start + 140))
        if speaker is None or not _subject_next(ctx, idx, k, speaker):
            return _no_claim(ctx)
    elif cue.role == "participle":
        speaker = _dropped_subject(ctx, sent, idx, tok, participle=True)
    elif cue.role == "document":
        frame = _document_frame(ctx, idx, k)
        if frame is None or cs is None:
            return None
        speaker = _document_speaker(ctx, sent, idx, k, frame, cs)
    elif cue.role == "source":
        speaker = _speaker_after(ctx, tok.end, min(sent.end, tok.end + 80))
    elif cue.role == "relay":
        src_pos = _find_word(ctx, idx, k, "عن")
        if src_pos is not None:
            speaker = _speaker_after(ctx, src_pos, min(sent.end, src_pos + 120))
            # the relay: the person (else the first actor) between the verb and "عن"
            between = _mention_at(ctx, tok.end, src_pos)
            r = next((m for m in reversed(between) if m.type == "PERSON"), between[0] if between else None)
            relay = (r.entity_id, r.surface) if r else None
            relay_content = relay is not None
            if relay is None:
                # "ونقلت وكالات أنباء روسية عن": a described outlet relays (its text, no entity)
                d = _described_relay(ctx, tok.end, src_pos - len("عن"))
                relay = (None, d) if d else None
            named = [m for m in _mention_at(ctx, src_pos, min(sent.end, src_pos + 120))]
            relay_content_start = _relay_content_start(ctx.text, src_pos, named, sent.end)
            if relay_content_start == src_pos and cs is not None and not _cue_between(ctx, src_pos, cs):
                relay_content_start = cs     # "عن مصدر عسكري قوله إن": an unnamed source; what is said follows إن
    else:
        if cue.role == "verb" and _abstract_subject(ctx, idx, k):
            return None     # "وتشير المعطيات إلى أن": the data, no speaker (a participle after it goes on with the last)
        # "\" ... \" , قالت القاضية ,": a postposed verb after the quote it reports (unless its own إن follows)
        post = _postposed(ctx, sent, idx, k) if cue.role == "verb" else None
        if post is not None:
            speaker, post_content = post
        # "أصدرت الحركة بيانا قالت فيه": the document's sender speaks through it
        speaker = speaker or (_document_sender(ctx, sent, idx, k) if cue.role == "verb" else None)
        # "وكان التحالف الذي تقوده الولايات المتحدة قال": the relative clause's antecedent is the subject
        speaker = speaker or (_relative_antecedent(ctx, sent, idx, k) if cue.role == "verb" else None)
        speaker = speaker or (_svo_described(ctx, idx, k) if cue.role == "verb" else None)
        speaker = speaker or (_svo_subject(ctx, sent, tok, object_first=cue.kind in OBJECT_KINDS
                                           or cue.lemma in OBJECT_FIRST_LEMMAS) if cue.role == "verb" else None)
        speaker = speaker or (_svo_titled(ctx, idx, k, object_first=cue.kind in OBJECT_KINDS
                                          or cue.lemma in OBJECT_FIRST_LEMMAS) if cue.role == "verb" else None)
        if cue.role == "verb" and k + 1 < len(idx) and _circumstantial(ctx, ctx.toks[idx[k + 1]]):
            window_end = after_start     # "وقال متوجها إلى الرئيس X": the verb's subject is dropped, X is addressed
        speaker = speaker or _speaker_after(ctx, after_start, min(window_end, after_start + 140), verb=cue.role == "verb")
        if speaker is None and cue.role == "noun":
            de = _find_word(ctx, idx, k, "من")
            if de is not None and de - tok.end < 20:
                speaker = _speaker_after(ctx, de, min(sent.end, de + 80))
        object_suffix = tok.norm not in ctx.lex.cues and tok.norm[1:] not in ctx.lex.cues   # "وصفها سياسيون"
        if speaker is None and cue.role == "verb" and window_end < sent.end and not _after_subject(ctx, idx, k) \
                and (object_suffix or (cue.kind not in OBJECT_KINDS and cue.lemma not in OBJECT_FIRST_LEMMAS)):
            speaker = _anaphor(ctx, _subject_after(ctx, idx, k, window_end), tok.start)
        if speaker is None and cue.role == "verb" and cue.kind in OBJECT_KINDS and cue.lemma not in OBJECT_FIRST_LEMMAS \
                and (tok.norm[0] in "وف" or k == 0 or ctx.toks[idx[k - 1]].norm in CLAUSE_OPENERS):
            fem_end = _feminine_subject_end(ctx, idx, k)
            if fem_end is not None:
                speaker = _anaphor(ctx, _subject_after(ctx, idx, k, fem_end), tok.start)
        if speaker is None and cue.role == "verb":
            speaker = _topic_subject(ctx, idx, k)
        if speaker is None:
            speaker = _speaker_before(ctx, sent.start, tok.start)
        if speaker is None and cue.role == "verb" and cs is None and not _after_subject(ctx, idx, k):
            # "أعلنت السلطات العراقية اليوم السيطرة على": what is said is the object; the subject stands before it
            subj = _subject_before_object(ctx, idx, k, sent.end)
            if subj is not None and (subj[2] or cue.kind not in OBJECT_KINDS and cue.lemma not in OBJECT_FIRST_LEMMAS):
                speaker = _anaphor(ctx, subj, tok.start)   # (after "اتهم" / "دعا" a title and its name only)
        # "إذ يقول إن": after a clause opener the verb drops its subject when nothing nominal follows it
        opened = k > 0 and (ctx.toks[idx[k - 1]].norm in CLAUSE_OPENERS or _pronoun_opener(ctx, idx, k)) and (
            window_end < sent.end and not any(tok.end <= m.start < window_end for m in ctx.mentions)
            and (k + 1 >= len(idx) or ctx.toks[idx[k + 1]].start >= window_end
                 or _not_subject_word(ctx, ctx.toks[idx[k + 1]])))
        # "وحول اتهام الأسد , قال إن": after a fronted adverbial the verb opens its clause
        opened = opened or (k > 0 and cs is not None and _after_fronted(ctx, idx) == k and text[cs] not in QUOTES
                            and sum(1 for x in idx[k + 1:] if ctx.toks[x].start < cs) <= 1)
        if speaker is None and (tok.norm[0] in "وف" or tok.start - sent.start < 4 or opened) and cue.role == "verb":
            speaker = _dropped_subject(ctx, sent, idx, tok)
    if speech_only:
        # "وكانت الوزارة قد شددت على أهمية المعركة , موضحة أن": a later participle goes on with its subject
        if speaker is not None and speaker[1] != "unattributed":
            ctx.last_speaker, ctx.last_speaker_at = speaker, tok.start
        return None
    if speaker is None:
        if cue.role in ("noun", "source"):
            return None
        if cue.role == "verb" and cs is None and not _subject_like(ctx, idx, k):
            return _no_claim(ctx)   # no subject and nothing said: "تقدم يذكر", "يهدد مسار العمليات"
        speaker = (None, "unattributed", None)
    if post_content is not None:
        content = post_content
    elif cue.role == "relay" and relay_content:
        content = Span(relay_content_start, _content_end(ctx, relay_content_start, sent.end))
    elif cue.role == "source" and tok.start - sent.start > 15:
        content = Span(sent.start, tok.start)
    elif cs is not None and not (cue.role == "source" and any(
            _cue_of(ctx.toks[j], ctx.lex) for j in range(*_token_range(ctx, tok.end, cs)))):
        # ("وفق X ، لم يتبق ... ، موضحا أن": the أن after another cue is that cue's, not the source's)
        content = Span(cs, _content_end(ctx, cs, sent.end))
    else:
        content = _before_source(ctx, sent, idx, k)
        if content is None:
            cstart = _past_subject(ctx, idx, k, speaker, sent.end)
            content = Span(cstart, _content_end(ctx, cstart, sent.end))
    content = _trim(text, content)
    if content.end - content.start < 8:
        return None
    if speaker[1] == "unattributed" and any(c.start == content.start for c in ctx.sent_contents):
        return None     # "يقول X , رئيس تحرير جريدة رأي اليوم , إن": what is said is already the named speaker's
    stance = cue.stance
    if before in CUE_NEGATORS:
        if cue.kind != "analysis":
            return _no_claim(ctx)   # "لم يذكر", "لم يؤكد": the speaker did not say it
        stance = "denies"   # "لا يرى أن": holds the opposite
    norm_content = normalize(text[content.start:content.end])
    if stance == "asserts" and any(p in norm_content for p in ctx.lex.denials) and cue.kind != "accusation":
        stance = "denies"
    kind = "denial" if stance == "denies" else cue.kind
    medium, detail = _medium(ctx, sent, tok, content)
    if medium is None and speaker[0] is not None and _is_media(ctx, speaker[0]):
        medium = _speaker_medium(ctx, speaker[0], speaker[1])
    if medium is None and relay is not None and relay[0] and _is_media(ctx, relay[0]) \
            and _outlet_kind(ctx, relay[0]) == "news agency":
        medium = "news agency"      # "نقلت رويترز عن مصادر ...": told to an agency
    when = _claim_date(ctx, sent, content, medium, tok.end, explicit=cue.role == "source" or (
        cs is not None and not (cue.role == "relay" and relay_content)))
    prev = _continued(ctx, cue, tok, speaker)
    if prev is not None:
        # "وأضاف أن", "مشيرا إلى أن": said in the same statement / call / conference, on the same day
        if medium is None:
            medium, detail = prev.medium, prev.medium_detail
        if when == "unknown":
            when = prev.date
    return Claim(
        id="", doc_id=ctx.a.doc.id, content=content, speaker_id=speaker[0], speaker_text=speaker[1],
        speaker_role=speaker[2], cue=tok.text, cue_span=Span(tok.start, tok.end), stance=stance, kind=kind,
        medium=medium, medium_detail=detail, date=when,
        relay_id=relay[0] if relay else None, relay_text=relay[1] if relay else None,
        quantities=_quantities(ctx, content),
    )


def _continued(ctx: Ctx, cue: Cue, tok: Token, speaker: Speaker) -> Claim | None:
    """The claim a continuing cue ("وأضاف", "وتابع", a participle) goes on with: the last one, by the same named
    speaker, in the same paragraph."""
    prev = ctx.last_claim
    if prev is None or (cue.lemma not in CONTINUING_LEMMAS and cue.role != "participle") or speaker[1] == "unattributed":
        return None
    if (prev.speaker_id or prev.speaker_text) != (speaker[0] or speaker[1]) or prev.cue_span is None:
        return None
    between = ctx.text[prev.cue_span.end:tok.start]
    if prev.cue_span.end > tok.start or "\n" in between or ". . ." in between or "…" in between:
        return None     # (". . ." ends a teaser: the next item is another report)
    return prev


def _said_object(ctx: Ctx, idx: list[int], k: int) -> bool:
    """A said thing as the verb's object: after it in its clause ("نشرت ... عددا من الأخبار"), or the antecedent
    of its object pronoun ("الأخبار التي نشرتها")."""
    if k >= 2 and ctx.toks[idx[k - 1]].norm in RELATIVE_PRONOUNS and _is_said(ctx.toks[idx[k - 2]]):
        return True
    end = ctx.toks[idx[k]].end
    for j in idx[k + 1:k + 1 + SAID_REACH]:
        t = ctx.toks[j]
        if any(ch in ctx.text[end:t.start] for ch in "،,.:؛") or _cue_of(t, ctx.lex) is not None:
            return False
        if _is_said(t):
            return True
        end = t.end
    return False


def _is_said(t: Token) -> bool:
    return t.norm in SAID_NOUNS or t.stem in SAID_NOUNS


def _no_claim(ctx: Ctx) -> None:
    """A reporting word that reports nothing here: a later pronoun-dropped verb has no known speaker from it
    (as when it counted as an unattributed claim), rather than one from further back."""
    ctx.last_speaker = (None, "unattributed", None)
    return None


def _pronoun_opener(ctx: Ctx, idx: list[int], k: int) -> bool:
    """"لكنه شدد على أن", "إلا أنه أكد", "كما أنها تنفي": a clause opener carrying the subject as an attached
    pronoun; the verb after it has no subject of its own and goes on with the one the pronoun names."""
    n = _bare(ctx.toks[idx[k - 1]].norm)
    for opener in PRONOUN_OPENERS:
        if n.startswith(opener) and n[len(opener):] in PRONOUN_ENDS:
            return opener != "ان" or k >= 2 and _bare(ctx.toks[idx[k - 2]].norm) in ("الا", "كما")
    return False


def _subject_like(ctx: Ctx, idx: list[int], k: int) -> bool:
    """A definite noun, or a noun in construct with one, right after a verb could be its unnamed subject
    ("أعلنت السلطات القطرية", "أعلنت وزارة الداخلية"); "يهدد مسار" alone, "تقدم يذكر في" could not."""
    nxt = [ctx.toks[j] for j in idx[k + 1:k + 3]]
    if not nxt:
        return False
    t = nxt[0]
    if _definite(t) or any(m.start <= t.start < m.end for m in ctx.mentions):
        return True
    return len(nxt) == 2 and _definite(nxt[1]) and t.norm not in SOURCE_END_PREPOSITIONS \
        and t.norm not in OPENER_BLOCKERS and not ctx.text[t.end:nxt[1].start].strip()


def _definite(t: Token) -> bool:
    return len(t.norm) > 3 and t.norm.startswith("ال")


def _speaker_words(ctx: Ctx, idx: list[int], k: int, end: int) -> bool:
    """Whether a subject stands between the cue idx[k] and its content at end (a word besides "إلى")."""
    for j in idx[k + 1:]:
        t = ctx.toks[j]
        if t.start >= end:
            return False
        if _bare(t.norm) in NON_SUBJECT_PREPOSITIONS or t.norm in TIME_ADVERBS:
            return False      # "ويتوقع خلال الخطاب أن": an adverbial, no subject, first
        if t.norm not in SOURCE_END_PREPOSITIONS:
            return True
    return False
