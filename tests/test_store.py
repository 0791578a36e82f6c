from rasd.corpus.dedup import find_near_duplicate, index_signature, minhash_signature
from rasd.records import Analysis, Claim, Document, Entity, Event, Mention, Span, doc_id_for
from rasd.store.sqlite import Store

TEXT = "قصفت قوات النظام مدينة دوما بالغوطة الشرقية. وقال الناطق باسم جيش الإسلام إن القصف مستمر."


def _analysis(text: str = TEXT, source: str = "a.txt") -> Analysis:
    d = Document(id=doc_id_for(text), source=source, text=text, title="قصف على دوما")
    dm = text.index("دوما")
    a = Analysis(doc=d)
    a.entities["douma"] = Entity("douma", "PLACE", "دوما", "Douma", lat=33.571, lon=36.402, level="town")
    a.mentions.append(Mention(dm, dm + 4, "دوما", "دوما", "PLACE", "douma", geo_precision=1))
    a.events.append(Event(id=d.id + "-ev-1", doc_id=d.id, event_type="Explosions/Remote violence",
                          sub_event_type="Shelling/artillery/missile attack", evidence=Span(0, 44), location="douma"))
    a.claims.append(Claim(id=d.id + "-cl-1", doc_id=d.id, content=Span(75, len(text)), speaker_text="الناطق"))
    return a


def test_put_is_idempotent_and_replaces_changed_source(tmp_path):
    s = Store(tmp_path / "r.db")
    assert s.put_analysis(_analysis()) == "new"
    assert s.put_analysis(_analysis()) == "same"
    assert s.count("documents") == 1 and s.count("events") == 1 and s.count("mentions") == 1
    changed = _analysis(TEXT + " وأضاف أن الوضع صعب.")
    assert s.put_analysis(changed) == "replaced"
    assert s.count("documents") == 1
    assert s.get_document("a.txt").id == changed.doc.id
    assert s.count("events") == 1 and s.count("claims") == 1


def test_search_is_arabic_aware_with_original_snippets(tmp_path):
    s = Store(tmp_path / "r.db")
    s.put_analysis(_analysis())
    for q in ("الغوطه", "بدوما", "دوما", "والنظام"):
        total, hits = s.search(q)
        assert total == 1, q
    total, hits = s.search("الغوطه")
    marked = [seg for seg, hl in hits[0]["snippet"] if hl]
    assert marked == ["بالغوطة"]  # highlighted in the original spelling
    assert s.search("حلب")[0] == 0


def test_near_duplicate_found_through_lsh(tmp_path):
    s = Store(tmp_path / "r.db")
    base = " ".join(f"جملة رقم {i} عن قصف مدينة دوما في الغوطة الشرقية من قبل قوات النظام." for i in range(30))
    a = _analysis(base, "one.txt")
    s.put_analysis(a, also=lambda db: index_signature(db, a.doc.id, minhash_signature(base)))
    variant = base.replace("رقم 3 ", "رقم ثلاثة ")
    sig = minhash_signature(variant)
    hit = find_near_duplicate(s.db, doc_id_for(variant), sig)
    assert hit is not None and hit[0] == a.doc.id and hit[1] >= 0.8
    other = " ".join(f"خبر مختلف تماما رقم {i} عن الاقتصاد والطقس في بيروت." for i in range(30))
    assert find_near_duplicate(s.db, doc_id_for(other), minhash_signature(other)) is None


def test_batch_journals_in_memory_and_restores_the_connection_settings(tmp_path):
    s = Store(tmp_path / "r.db")
    s.db.execute("PRAGMA temp_store=FILE")
    texts = [TEXT + f" الخبر رقم {i}." for i in range(5)]
    with s.batch(max_units=2):                # two intermediate commits, then the final one
        assert s.db.execute("PRAGMA temp_store").fetchone()[0] == 2    # MEMORY while batching
        for i, t in enumerate(texts):
            assert s.put_analysis(_analysis(t, f"b{i}.txt")) == "new"
        # a unit that fails leaves nothing behind, the batch goes on
        try:
            with s.tx() as db:
                db.execute("INSERT INTO errors (source, message) VALUES ('x', 'y')")
                raise RuntimeError("unit fails")
        except RuntimeError:
            pass
    assert s.db.execute("PRAGMA temp_store").fetchone()[0] == 1        # FILE again
    assert s.count("documents") == 5 and s.count("errors") == 0
    assert s.search("الغوطه")[0] == 5       # every full-text row written by the batch commits
