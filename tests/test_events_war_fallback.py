"""A page about a war country outside the theatre (Yemen: event_triggers.yaml fallback_countries) lends
its main place to a placeless happening there, as a theatre page does (dev gold H h6-1, R-401)."""

from analysed import actual_events_of, analyse_text

# Somar News, 4 Dec 2017 (R-401.json#article-3, shortened): Saleh killed in Sanaa; the clashes before it
# are told with no place of their own ("عقب معارك عنيفة مع قوات صالح")
SANAA = (
    "بالصور . . مقتل الرئيس اليمني السابق علي عبد الله صالح 04 ديسمبر . 2017 - 9 : 32 | تنشر وكالة سومر نيوز "
    "للأنباء , صورا للرئيس اليمني السابق علي عبد الله صالح بعد مقتله في العاصمة صنعاء اليوم بقصف نفذه جماعة "
    "انصار الله الحوثيين .\n"
    "وأعلن قيادي بارز في حزب المؤتمر الشعبي العام , مقتل الرئيس اليمني السابق علي عبد الله صالح , بعد تفجير "
    "جماعة الحوثي لمنزله في العاصمة صنعاء .\n"
    "وكانت وكالة رويترز , قد نقلت عن إذاعة تابعة لجماعة الحوثي إعلانها مقتل صالح , في العاصمة صنعاء .\n"
    "وفي تصريحات منفصلة للأناضول , قال شهود عيان من سكان الحي حيث يقع منزل صالح , إن \" الحوثيين فجروا "
    "المنزل , عقب معارك عنيفة مع قوات صالح , منذ منتصف الليلة الماضية \" .\n"
)


def test_yemen_page_lends_its_place_to_the_clashes() -> None:
    a = analyse_text(SANAA, "2017-12-04")
    battles = actual_events_of(a, "Battles")
    assert battles, [(e.event_type, e.location) for e in a.events]
    names = {(a.entities[e.location].name_ar if e.location in a.entities else e.location) for e in battles}
    assert names == {"صنعاء"}, names
