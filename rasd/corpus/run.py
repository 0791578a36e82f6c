"""The corpus pass, after documents are stored: stories, merged events, contradictions across
documents. Each step reads the store and rewrites only its own tables, so re-running it after
new documents arrive updates results without duplicating them."""

from __future__ import annotations

from rasd.knowledge.resources import Resources, store_resources
from rasd.store.sqlite import Store

STORY_DATING_ROUNDS = 3   # dating from a story-mate reaches at most this many direct links away


def run_corpus_pass(store: Store, res: Resources | None = None) -> dict[str, int]:
    """``res``: what re-analysed (re-dated) pages use; by default the store's gazetteer
    (its imported places and the per-user ones), loaded only if a page is re-analysed."""
    from rasd.corpus.contradictions import find_corpus_contradictions
    from rasd.corpus.crawl_dates import demote_crawl_dates, refuse_crawl_texts
    from rasd.corpus.dating import date_from_stories
    from rasd.corpus.stories import build_stories, story_candidates

    out: dict[str, int] = {}
    res = res or store_resources(store.path)
    out.update(demote_crawl_dates(store, res))   # before stories: a crawl date would misplace a page in time
    out.update(refuse_crawl_texts(store, res))   # (and date its events)
    candidates = story_candidates(store)
    out.update(build_stories(store, candidates))
    dated = date_from_stories(store, res, candidates.similar)
    for _ in range(STORY_DATING_ROUNDS - 1):   # a page dated in this round dates its direct neighbours
        more = date_from_stories(store, res, candidates.similar)   # in the next (one link a round)
        if not more["dated_from_story"]:
            break
        dated = {k: dated[k] + more[k] for k in dated}
    out.update(dated)
    if dated["dated_from_story"]:   # new dates move documents in time windows and re-dated events
        out.update(build_stories(store, candidates))
    out.update(find_corpus_contradictions(store))
    return out
