"""Related-article teasers glued after the article leave the body (rasd.ingest.teasers)."""

from __future__ import annotations

from rasd.ingest.clean import clean
from rasd.ingest.teasers import reads_as_teasers, teaser_start, trailing_excerpts
from rasd.records import RawPage
from rasd.text.normalize import normalize

ARTICLE = (
    "قالت مصادر محلية إن قوات النظام قصفت بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم الاثنين , "
    "ما أسفر عن مقتل ثلاثة مدنيين وإصابة آخرين بجروح .\n"
    "وأضافت المصادر أن القصف استهدف الأحياء السكنية وسط البلدة , وأن فرق الدفاع المدني عملت على "
    "انتشال الضحايا من تحت الأنقاض ."
)


def _page(text: str) -> RawPage:
    return RawPage(source="t.json#article-0", text=text, url="http://example.net/a/1", kind="unifiedfc")


def test_headed_teaser_block_glued_to_last_line_leaves_the_body() -> None:
    teasers = (" اقرأ أيضا : المصدر : خاص كلمات دلالية : روابط ذات صلة آخر الأخبار "
               "عثر ظهر اليوم الأحد على ثلاث جثث للاجئين سوريين قضوا جراء عاصفة ثلجية ضربت شرقي لبنان , خلال . . . "
               "نقلت صحف تركية , اليوم الأحد , عن مصادر عسكرية تفاصيل العملية التي تنوي تركيا البدء . . . "
               "أدت الأحوال الجوية السائدة جراء المنخفض الجوي المصحوب بأمطار غزيرة")
    doc = clean(_page(ARTICLE + teasers))
    assert doc.text.endswith("انتشال الضحايا من تحت الأنقاض .")
    assert "عاصفة ثلجية" not in doc.text and "اليوم الأحد" not in doc.text
    related = [b for b in doc.boilerplate if b.reason == "related"]
    assert len(related) == 1 and related[0].text.startswith("اقرأ أيضا")


def test_teaser_headlines_on_their_own_lines_after_a_heading_leave_the_body() -> None:
    text = ARTICLE + "\nأخبار ذات صلة الجيش يستعيد السيطرة على قرى في ريف حماة\nغارات على أحياء دير الزور الشرقية"
    doc = clean(_page(text))
    assert doc.text.endswith("انتشال الضحايا من تحت الأنقاض .")
    assert [b.line_no for b in doc.boilerplate if b.reason == "related"] == [2, 3]


def test_heading_followed_by_the_articles_own_sentence_is_kept() -> None:
    # the link text was lost: what follows "اقرأ أيضا :" is the article going on, with a full stop
    text = ARTICLE + (" اقرأ أيضا : وكان الإعلام الحربي نشر في حسابه عبر تويتر فيديو من الميدان يظهر "
                      "مشاهد استهداف المقرات .")
    doc = clean(_page(text))
    assert doc.text.endswith("مشاهد استهداف المقرات .")
    assert not [b for b in doc.boilerplate if b.reason == "related"]


def test_closing_run_of_excerpts_cut_short_leaves_the_body() -> None:
    text = ARTICLE + (" كابول ( رويترز ) - أنهت القوات الخاصة الأفغانية يوم الأحد حصارا فرضه مسلحون على فندق في "
                      "العاصمة وقتلت آخر مسلح من . . . اسطنبول ( رويترز ) - ذكرت وكالة الأناضول أن أربعة صواريخ "
                      "أطلقت من سوريا على بلدة كلس الحدودية . . .")
    doc = clean(_page(text))
    assert doc.text.endswith("انتشال الضحايا من تحت الأنقاض .")
    assert "كلس" not in doc.text and "كابول" not in doc.text


def test_one_sentence_cut_short_at_the_end_is_kept() -> None:
    text = ARTICLE + " وقال المتحدث باسم الدفاع المدني إن عدد الضحايا مرشح للارتفاع بسبب . . ."
    doc = clean(_page(text))
    assert doc.text.endswith("بسبب . . .")


def test_listing_page_is_not_cut_to_nothing() -> None:
    listing = ("آخر الأخبار غارات على ريف إدلب تقتل مدنيين . . . اشتباكات في ريف حماة الشمالي . . . "
               "قصف على أحياء دير الزور . . .")
    assert teaser_start(normalize(listing)) is None
    assert trailing_excerpts(normalize(listing)) is None


def test_reads_as_teasers_needs_teaser_marks_or_no_sentence_end() -> None:
    assert reads_as_teasers(normalize(" غارات على ريف إدلب . . . قصف على حماة . . . "))
    assert reads_as_teasers(normalize(" الجيش يستعيد قرى في ريف حماة غارات على دير الزور"))
    assert not reads_as_teasers(normalize(" وقال المصدر إن القصف استمر . وأضاف أن المدنيين نزحوا ."))


def test_headline_lines_after_a_standalone_heading_leave_a_scraped_body() -> None:
    # line-broken scraped text: the heading is a widget line of its own, the headlines after it end
    # with a stop like sentences, so the body's last paragraph-like line was the last headline
    text = ("قصف على ريف إدلب\n\n" + ARTICLE.replace("\n", "\n\n") + "\n\nاقرأ أيضا:\n"
            "الجيش يستعيد السيطرة على ثلاث قرى في ريف حماة الشمالي بعد معارك عنيفة.\n"
            "مقتل خمسة عناصر من قوات النظام بهجوم للفصائل على أطراف مدينة درعا.\n")
    doc = clean(RawPage(source="p.txt", text=text, kind="scraped-text"))
    assert doc.text.endswith("انتشال الضحايا من تحت الأنقاض .")
    assert "درعا" not in doc.text
    assert [b.reason for b in doc.boilerplate if "حماة" in b.text or "درعا" in b.text] == ["related", "related"]


def test_closing_lines_another_page_of_the_site_has_too_leave_the_body() -> None:
    # the site's "most read" list (its heading lost in the scrape) closes two pages about other
    # happenings; each line is on 2 pages, below the template threshold of 3
    from rasd.ingest.boilerplate import SiteTemplates

    teasers = ["الجيش السوري الحر يبدأ عملية برية في عفرين بدعم تركي قالت وكالة الأناضول إن قوات من "
               "الجيش السوري الحر بدأت عملية عسكرية في منطقة عفرين .",
               "الآلاف يشاركون في مسيرات احتجاجية خرج الآلاف في أنحاء الولايات المتحدة أمس السبت للمشاركة "
               "في مسيرة النساء الثانية ."]
    other = ("أعلنت وزارة الداخلية الأفغانية مقتل خمسة أشخاص في هجوم شنه مسلحون على فندق في العاصمة كابول "
             "الليلة الماضية .\nوقال المتحدث باسم الوزارة إن القوات الخاصة أنهت الحصار صباح اليوم .\n"
             "وأضاف أن المهاجمين احتجزوا عددا من النزلاء رهائن قبل أن تقتحم القوات المبنى .")
    pages = [("a.json#article-0", ARTICLE), ("a.json#article-1", other)]
    t = SiteTemplates()
    raws = [RawPage(source=src, text=body + "\n" + "\n".join(teasers), url=f"http://example.net/a/{n}",
                    kind="unifiedfc") for n, (src, body) in enumerate(pages)]
    for raw in raws:
        t.add_page("example.net", raw.source, raw.text.split("\n"))
    doc = clean(raws[0], t)
    assert doc.text.endswith("انتشال الضحايا من تحت الأنقاض .")
    assert "عفرين" not in doc.text
    assert [b.reason for b in doc.boilerplate] == ["related", "related"]
    # one page alone: nothing to compare with, the lines stay
    assert "عفرين" in clean(raws[0]).text


def test_one_closing_sentence_another_page_of_the_site_has_too_stays() -> None:
    # two reports of one site closing with the same background paragraph: the article's own
    from rasd.ingest.boilerplate import SiteTemplates

    background = ("وإلى جانب معركة دير الزور تخوض قوات سوريا الديمقراطية منذ حزيران الماضي معارك عنيفة ضد "
                  "تنظيم الدولة في مدينة الرقة .")
    other = ("أعلنت قوات سوريا الديمقراطية السيطرة على حقل نفطي شرقي دير الزور صباح اليوم .\n"
             "وقال قيادي في القوات إن المعارك مع التنظيم استمرت ساعات قبل السيطرة على الحقل .\n"
             "وأضاف أن عناصر التنظيم انسحبوا باتجاه البادية بعد مقتل عدد منهم .")
    t = SiteTemplates()
    raws = [RawPage(source=f"b.json#article-{n}", text=body + "\n" + background, url=f"http://example.net/b/{n}",
                    kind="unifiedfc") for n, body in enumerate([ARTICLE, other])]
    for raw in raws:
        t.add_page("example.net", raw.source, raw.text.split("\n"))
    assert clean(raws[0], t).text.endswith(background)


def test_relative_stamps_of_every_unit_count_as_teaser_marks() -> None:
    # "دقائق" normalises to "دقايق": the units come from the data file and are normalised like the text
    for stamp in ("منذ 5 دقائق", "منذ ساعتين", "منذ 3 أيام", "18 ساعات منذ"):
        # three sentence ends, six stamps: teasers only when every stamp is read
        rest = normalize(f" غارات على ريف إدلب {stamp} {stamp} . قصف على حماة {stamp} {stamp} . الجيش يتقدم في درعا "
                         f"{stamp} {stamp} .")
        assert reads_as_teasers(rest), stamp
