"""A telling whose only place is where its source spoke ("وأفاد مصدر أمني في رام الله بأن قوات الاحتلال اعتقلت
...") told after a telling of the same sub-type and day with a place of its own in that country is the source's
account of that happening (merge._seat_retells), not an arrest in Ramallah. When the account names a place of
its own, it is its own happening. Fixture after an Addarb listing (breadth R-188: the account runs on into the
next item, whose toll keeps the earlier merges from joining it), in the corpus's pre-tokenised style."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

HEAD = ("26 - 11 - 2014 | 0 | 0 | أقدمت عناصر تخريبية اليوم على تفجير أنبوب النفط الرئيسي بمنطقة حباب في محافظة "
        "مأرب اليمنية .\n")
ITEM = "26 - 11 - 2014 | 0 | 0 | اعتقلت قوات الاحتلال الإسرائيلي اليوم ثلاثة فلسطينيين من قرية وادي فوكين غرب بيت لحم .\n"
ACCOUNT = ("وأفاد مصدر أمني في رام الله بأن قوات الاحتلال اعتقلت كلا من : مجد محمد مناصرة , وكريم عاطف عساف , "
           "وإبراهيم عطية من 26 - 11 - 2014 | 0 | 0 | قتل 24 شخص واصيب 52 آخرون إثر حريق إندلع بمنجم للفحم شمال "
           "الصين .\n")
TAIL = ("22 - 11 - 2014 | 0 | 0 | حاصر مسلحون حوثيون اليوم الجمعة ساحة الاعتصام بمحافظة الحديدة غرب العاصمة اليمنية "
        "صنعاء .\n")


def _arrests(account: str) -> list[str | None]:
    a = analyse_text(HEAD + ITEM + account + TAIL, "2018-01-21")
    return [e.location for e in actual_events_of(a) if e.sub_event_type == "Arrests"]


def test_the_sources_seat_is_no_second_arrest() -> None:
    assert len(_arrests(ACCOUNT)) == 1


def test_an_account_with_its_own_place_stays_apart() -> None:
    assert len(_arrests(ACCOUNT.replace("اعتقلت كلا من", "اعتقلت في مدينة نابلس كلا من"))) == 2
