"""A Chinese surname completed by a bracketed given name that spells a Korean surname too."""

from persons_text import names


def test_a_bracketed_given_name_completes_a_chinese_surname():
    found = names("On the 20th, Vice-Premier Chen [Yun] attended the session with Premier Zhou Enlai.")
    assert ("Chen Yun",) in [forms[:1] for forms in found.values()]


def test_a_bracketed_respelling_of_the_surname_is_no_given_name():
    for text, joined in (("Premier Chou [Zhou] attended the session with Kim Il Sung.", "Chou Zhou"),
                         ("Comrade Yu [Ryu] attended the session with Kim Il Sung.", "Yu Ryu"),
                         ("Minister Jeong [Jong] attended the session with Kim Il Sung.", "Jeong Jong")):
        assert joined not in {form for forms in names(text).values() for form in forms}
