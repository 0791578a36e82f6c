"""An army's attack on infrastructure or depots, with no fighting told, is a strike on sites (ACLED
Explosions/Remote violence), not a battle; an armed group's raid on a depot, or an attack told with clashes,
stays a battle (real sentence of the breadth set, session 25 typesnon: Panet, 15 Jan 2018)."""

from analysed import actual_events_of, analyse_text


def _types(text: str) -> list[str]:
    a = analyse_text(text, "2018-01-15", doc_id=f"fixture-{hash(text)}")
    return [e.event_type for e in actual_events_of(a)]


def test_army_attack_on_infrastructure_is_a_strike():
    assert _types('قال رئيس الوزراء نتنياهو ليلة أمس قبيل مغادرته البلاد متوجها إلى الهند : " هاجم الجيش ليلة '
                  "أمس بنية تحتية رئيسية تابعة لحماس في قطاع غزة .") == ["Explosions/Remote violence"]


def test_raid_on_a_depot_or_a_fought_attack_stays_a_battle():
    assert _types("هاجم مسلحو تنظيم داعش مستودعات الذخيرة التابعة للجيش في مدينة دير الزور .") == ["Battles"]
    assert _types("هاجم الجيش مستودعات الذخيرة التابعة لداعش في مدينة دير الزور واندلعت اشتباكات عنيفة .") == [
        "Battles"]
