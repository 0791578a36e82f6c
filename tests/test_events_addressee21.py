"""The addressee of a request stands between the asking verb and the deed asked for (session 21, "modality6"):
"طلبت الأمم المتحدة من أمريكا وروسيا التوصل إلى هدنة" asks for a truce, none is told; "لم يطلب من مسلحي الحزب
الموجودين داخل المدينة المغادرة" tells no departure. Fixtures written for this rule (wording after breadth pages),
with negative twins: a preposition after the addressee makes the trigger another noun's complement, and a verb
in the phrase ends it."""

from __future__ import annotations

import pytest
from analysed import modality_at


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وقال إن الأمم المتحدة طلبت من أمريكا وروسيا وإيران وتركيا التوصل إلى هدنة إنسانية في سوريا .",
                 "هدنة", id="truce-asked-of-four"),
    pytest.param("علما بأن الحشد لم يطلب من مسلحي الحزب الموجودين داخل المدينة المغادرة حتى الآن .", "المغادرة",
                 id="departure-not-asked"),
    pytest.param("وقال المصدر إن الجيش طلب من الفصائل المسلحة تسليم السلاح .", "تسليم", id="hand-over-asked"),
    pytest.param("وقالت المصادر إن القيادة طلبت من عناصرها تنفيذ هجوم على المطار .", "هجوم", id="light-noun-between"),
])
def test_the_deed_asked_of_an_addressee_is_not_told_done(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "unrealised"


@pytest.mark.parametrize(("text", "trigger"), [
    # the request is for an inquiry into the shelling: the shelling is told
    pytest.param("وطلبت الحكومة من الأمم المتحدة التحقيق في القصف الذي استهدف المستشفى .", "القصف",
                 id="inquiry-into"),
    # a verb after the addressee opens another predication
    pytest.param("طلب من السكان مغادرة منازلهم ثم شنت الطائرات غارة على البلدة .", "غارة", id="verb-between"),
    # no asking verb: the preposition is the deed's source
    pytest.param("انسحب المسلحون من مواقعهم في البلدة بعد اشتباكات عنيفة .", "اشتباكات", id="no-request"),
])
def test_a_deed_past_the_addressee_phrase_is_told(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "actual"
