"""Stories must not form on a site's template: DW pages print the same gallery caption and
paragraphs glued to their own lines (R-128#3 and R-280#1, two different happenings), and a
chain of such links put a kitabat page of December into the story of a DW report of 17 November
(story-relative dating then moved the DW page's "اليوم الجمعة"). Written fixtures, not the pages."""

import io
import json

from rasd.corpus.stories import doc_features
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store

GALLERY = ("في صور : الأسلحة الكيماوية في سوريا - هل تنهي المحاكمات الدولية اللاعقاب ? "
           "وأعلنت منظمة الصحة العالمية في بيان أصدرته من جنيف أن ضحايا الهجوم ظهرت عليهم أعراض تماثل "
           "رد الفعل على استنشاق غاز الأعصاب بعد أن استهدفت الطائرات بلدة في ريف المحافظة الشمالي .")
CONTENT = {
    "a": ["قالت وزارة الدفاع الروسية إن ست قاذفات بعيدة المدى قصفت مواقع لتنظيم الدولة قرب مدينة البوكمال .",
          "وأضافت الوزارة أن القاذفات أقلعت من قاعدة موزدوك ودمرت مستودعات ذخيرة ومقرات قيادة للتنظيم .",
          "وقال المتحدث إن الغارات أصابت أهدافها بدقة قرب البوكمال على الحدود مع العراق ."],
    "b": ["قصفت قاذفات روسية بعيدة المدى أقلعت من قاعدة موزدوك مواقع التنظيم قرب البوكمال ودمرت مستودعات ذخيرة .",
          "وذكرت وزارة الدفاع الروسية أن مقرات قيادة للتنظيم دمرت في الغارات قرب الحدود مع العراق .",
          "وأكد المتحدث أن القاذفات عادت إلى قاعدة موزدوك بعد إصابة أهدافها بدقة ."],
    "c": ["تحدثت خبيرة ألمانية في الشؤون السياسية عن مستقبل العملية الانتخابية في العراق وتحالفات الأحزاب .",
          "وقالت إن الكتل البرلمانية تبحث عن شركاء جدد قبل موعد الاقتراع المقرر في الربيع المقبل .",
          "وأشارت إلى أن الخلافات بين قادة الائتلاف الحاكم تعطل تشكيل القوائم الانتخابية الموحدة ."],
}
# pages of other sites, so that the gallery's words are not in every page of the corpus
OTHERS = [
    "افتتح وزير التربية مدرسة جديدة في مدينة الزرقاء تتسع لألف طالب وطالبة .",
    "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج .",
    "فاز المنتخب الوطني لكرة القدم على نظيره بثلاثة أهداف في المباراة الودية .",
    "أعلنت الأرصاد الجوية عن موجة حارة تضرب البلاد خلال الأسبوع المقبل .",
    "وقع البلدان اتفاقية للتعاون التجاري وتسهيل حركة البضائع عبر المعابر الحدودية .",
    "أطلقت وزارة الصحة حملة تطعيم ضد شلل الأطفال في المحافظات الجنوبية .",
]


def _page(key: str) -> str:
    # the gallery comes back glued to each paragraph, as on the scraped DW pages
    return "\n".join(f"{GALLERY} {line}" for line in CONTENT[key])


def _store(tmp_path) -> Store:
    keys = ["a", "b", "c"]
    claim = {"id": "T-1", "claim": "قاذفات روسية تقصف البوكمال", "fact": "true",
             "article": [_page(k) for k in keys] + OTHERS,
             "url": [f"https://www.example-news.com/ar/{k}/a-{i}" for i, k in enumerate(keys)]
             + [f"https://www.other{i}.com/news/{i}" for i in range(len(OTHERS))],
             "stance": ["agree"] * (3 + len(OTHERS)), "rationale": [""] * (3 + len(OTHERS))}
    d = tmp_path / "in"
    d.mkdir()
    (d / "T-1.json").write_text(json.dumps(claim, ensure_ascii=False), encoding="utf-8")
    s = Store(tmp_path / "s.db")
    ingest([str(d)], s, err=io.StringIO())
    return s


def _story_of(s: Store, key: str) -> str | None:
    r = s.db.execute("SELECT story_id FROM documents WHERE source LIKE ?", (f"%#article-{'abc'.index(key)}",)).fetchone()
    return r[0]


def test_site_template_does_not_make_a_story(tmp_path):
    s = _store(tmp_path)
    assert _story_of(s, "a") is not None and _story_of(s, "a") == _story_of(s, "b")   # the same raid
    assert _story_of(s, "c") is None or _story_of(s, "c") != _story_of(s, "a")       # only the gallery


def test_template_words_leave_the_features():
    page = _page("c")
    tf, _ = doc_features(page)
    tf_t, tri_t = doc_features(page, template=set(doc_features(GALLERY)[1].tolist()))
    assert "استنشاق" in tf and "استنشاق" not in tf_t
    assert "خبيره" in tf_t and len(tri_t) < len(doc_features(page)[1])


def test_kept_terms_give_the_features_of_the_texts(tmp_path):
    """story_terms keeps each document's terms once; the features a re-run builds from them are the
    ones the texts give with the site's template left out (the template itself is recomputed)."""
    from rasd.corpus.stories import _load_features

    s = _store(tmp_path)
    n_docs = s.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert s.db.execute("SELECT COUNT(*) FROM story_terms").fetchone()[0] == n_docs
    features = _load_features(s)
    template = set(doc_features(GALLERY)[1].tolist())
    for doc_id, text, source in s.db.execute("SELECT id, text, source FROM documents"):
        tf, tri = features[doc_id]
        if source.endswith(("#article-0", "#article-1", "#article-2")):   # the example-news pages
            tf_t, tri_t = doc_features(text, template=template)
            assert "جنيف" not in tf and tf == tf_t and set(tri.tolist()) <= set(doc_features(text)[1].tolist())
        else:
            tf_0, tri_0 = doc_features(text)
            assert tf == tf_0 and (tri == tri_0).all()
