"""Offices read around names: before, in apposition, in parentheses, after `as`."""

from __future__ import annotations

from archivekg.extract.offices import office_after, office_before, roles_for, title_key
from archivekg.extract.persons import extract_persons
from archivekg.model import Document, Metadata, Span
from persons_text import roles as persons_roles


def roles(text: str) -> set[tuple[str, str, str]]:
    _, found = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    return {(r.person, r.title, r.kind) for r in found}


def test_title_before_name_with_honorific():
    text = "They hope to meet CPSU CC First Secretary Cde. N. S. Khrushchev soon."
    prefix = office_before(text, text.index("N. S."))
    assert prefix is not None and prefix.phrase == "CPSU CC First Secretary" and prefix.honorific


def test_title_before_across_the_appositive_comma():
    text = "The Polish Ambassador, Comrade Jerzy Malecki, came along with us as well."
    prefix = office_before(text, text.index("Jerzy"))
    assert prefix is not None and prefix.phrase == "Polish Ambassador"


def test_document_words_end_the_office():
    text = '"Journal of Soviet Ambassador to the DPRK K.P. Sorokin for 14 February 1959,"'
    prefix = office_before(text, text.index("K.P."))
    assert prefix is not None and prefix.phrase == "Soviet Ambassador to the DPRK"


def test_appositive_and_parentheses():
    text = "Pak Yong-guk, Director of the International Department; and others"
    assert office_after(text, text.index(",")) [0] == "Director of the International Department"
    text = "Pak Mun-gyu (Minister of State Control), and"
    assert office_after(text, text.index(" ("))[0] == "Minister of State Control"


def test_a_following_title_is_not_an_appositive():
    text = "Premier [Zhou Enlai], Chairman [Mao Zedong], Central Committee"
    assert office_after(text, text.index("],") + 1) is None


def test_roles_split_organisation_and_gloss():
    span = Span(0, 1, "x")
    titles = {(r.title, r.organization) for r in roles_for(
        "k", "Chairman of the VNS [Supreme People's Assembly] Presidium", span)}
    assert titles == {("Chairman of the VNS Presidium", "VNS Presidium"),
                      ("Chairman of the Supreme People's Assembly Presidium",
                       "Supreme People's Assembly Presidium")}
    (part,) = roles_for("k", "as interpreter", span)
    assert (part.title, part.kind) == ("interpreter", "part")


def test_title_keys_keep_rank():
    assert title_key("Vice Chairman of the Korean Workers' Party Central Committee") == "vice chairman"
    assert title_key("Premier") == "premier"
    assert title_key("Deputy USSR Council of Ministers Chairman") == "deputy chairman"


def test_offices_in_a_record():
    text = (
        "The delegation is composed as follows: Kim Il Sung (head of the delegation), Nam Il, "
        "and Ri Sin-pal (DPRK Ambassador in Moscow).\n"
        "Pak Yeong-su [Pak Yong Su] was approved as the speaker.\n"
        "Kim Du-bong was not recommended for re-election as Chairman of the Presidium.\n"
    )
    found = roles(text)
    assert ("kim-il-sung", "head of the delegation", "office") in found
    assert ("ri-sin-pal", "DPRK Ambassador in Moscow", "office") in found
    assert ("nam-il", "delegation member", "office") in found
    assert ("pak-yeong-su", "speaker", "part") in found
    assert ("kim-du-bong", "Chairman of the Presidium", "office") in found


def test_bracketed_identification_gives_office():
    found = roles("All were present, as was the Minister of Foreign Affairs [Pak Seong-cheol].")
    assert ("pak-seong-cheol", "Minister of Foreign Affairs", "office") in found


def test_offices_chained_by_commas():
    text = ("Received by Ion Dobrescu, member of the Executive Committee of the Central Committee "
            "of the Workers' Party, Vice-Prime Minister of the Government, Minister of Light Industry, "
            "and Vasile Marin.")
    persons, roles = extract_persons(Document("t", "t.txt", text, "0" * 64), Metadata())
    titles = {r.title for r in roles if r.person == "ion-dobrescu"}
    assert titles == {
        "member of the Executive Committee of the Central Committee of the Workers' Party",
        "Vice-Prime Minister of the Government",
        "Minister of Light Industry",
    }
    assert not [r for r in roles if r.person == "vasile-marin"]


def test_offices_listed_before_a_name_across_commas():
    text = ("Member of the Politburo of the Party Central Committee, Deputy Chairman of the "
            "Council of Ministers, Foreign Minister Ri Hyong-gu received us.")
    found = {title for _, title, _ in roles(text)}
    assert any("Member of the Politburo of the Party Central Committee" in t for t in found)
    assert any("Foreign Minister" in t for t in found)


def test_a_name_list_before_offices_stops_at_a_name():
    text = "Present: Minister Choe Il, Minister for Culture and Education Han Sok-ju."
    found = roles(text)
    assert ("han-sok-ju", "Minister for Culture and Education", "office") in found
    assert not any(p == "han-sok-ju" and "Choe" in t for p, t, _ in found)


def test_appositive_office_with_an_article_and_a_new_ambassador():
    text = ("Cde. Lebedev, an adviser at the Institute of Rice, came. Talks with Ro Sang-il, "
            "New Ambassador of Korea to China.")
    found = {(p, t) for p, t, _ in roles(text)}
    assert ("lebedev", "adviser at the Institute of Rice") in found
    assert ("ro-sang-il", "New Ambassador of Korea to China") in found


def test_an_office_written_straight_after_the_name_or_after_who_is():
    text = ("BAEK Sun-ho Director of Protocol, Foreign Ministry\n"
            "We asked when Ro Il-gyu, who is a KWP CC Politburo member, would come. "
            "Kim Chol-ho said nothing.")
    found = {(p, t) for p, t, _ in roles(text)}
    assert ("baek-sun-ho", "Director of Protocol") in found
    assert ("ro-il-gyu", "KWP CC Politburo member") in found
    assert not any(p == "kim-chol-ho" for p, _ in found)


def _organisation(phrase: str) -> str | None:
    (role,) = roles_for("k", phrase, Span(0, 1, "x"))
    return role.organization


def test_an_organisation_only_where_the_phrase_names_a_body():
    assert _organisation("Director of the International Department") == "International Department"
    assert _organisation("Vice Chairman of the Korean Workers' Party Central Committee") == (
        "Korean Workers' Party Central Committee")
    assert _organisation("Deputy USSR Council of Ministers Chairman") == "USSR Council of Ministers"
    assert _organisation("CPSU CC First Secretary") == "CPSU CC"
    assert _organisation("Counsellor of the Soviet Embassy") == "Soviet Embassy"


def test_portfolios_places_and_groups_are_not_organisations():
    for phrase in ("USSR Minister of Defense", "Minister of Foreign Affairs", "Minister of State Control",
                   "DPRK Ambassador in Moscow", "head of the delegation", "Ambassador of the USSR to the DPRK"):
        (role,) = roles_for("k", phrase, Span(0, 1, "x"))
        assert (role.title, role.organization) == (phrase, None)


def test_an_office_read_across_a_lower_case_comrade_and_an_editors_sic():
    text = "the talks of the Foreign Minister of the GDR, comrade O. Winzer, went on"
    assert office_before(text, text.index("O. Winzer")).phrase == "Foreign Minister of the GDR"
    text = "I met the Deputy Head of the CC International Department [sic] P. Kulikov there"
    assert office_before(text, text.index("P. Kulikov")).phrase == (
        "Deputy Head of the CC International Department")


def test_an_office_ending_on_a_lower_case_noun_before_a_name():
    text = ("Present from the Bulgarian side were: leader of the delegation P. Todorov, "
            "member of the delegation Gospodinov.")
    assert ("p-todorov", "leader of the delegation", "office") in roles(text)
    assert ("gospodinov", "member of the delegation", "office") in roles(text)


def test_translator_keeps_its_own_word() -> None:
    span = Span(0, 1, "x")
    (part,) = roles_for("k", "as translator", span)
    assert (part.title, part.kind) == ("translator", "part")


def test_an_office_may_follow_a_name_after_a_dash():
    text = "Ivan Petkov – member of the Politburo, etc. Kiril Stoev - 3 copies"
    phrase, _, _ = office_after(text, text.index(" –"))
    assert phrase == "member of the Politburo"
    assert office_after(text, text.index(" - 3")) is None


def test_an_appositive_office_may_name_its_body_before_its_head():
    text = "Present were Ana Pop, Central Committee of the Workers' Party Secretary and others."
    assert office_after(text, text.index(",")) is not None
    assert office_after(text, text.index(","))[0] == "Central Committee of the Workers' Party Secretary"
    assert office_after("Ana Pop, Bucharest of old times.", 7) is None


def test_a_list_entry_may_name_the_body_comma_by_comma_before_the_office():
    text = "Attending: Li Ming, MFA, West Asia and Africa Department, Director; Wu Lan, Secretary."
    assert office_after(text, text.index(","))[0] == "MFA, West Asia and Africa Department, Director"
    assert office_after("Li Ming, MFA, Wu Lan, Director; and others", 7) is None


def test_an_editors_bracketed_office_after_a_comma_opens_a_new_entry():
    text = "Kosygin met [Chilean President] Rodrigo MENDEZ SOTO, [Foreign Minister] Pablo ARANDA."
    prefix = office_before(text, text.index("Pablo"))
    assert prefix is not None and prefix.phrase == "[Foreign Minister]"


def test_a_title_opening_a_line_is_read_before_the_name():
    text = "He has noted it.\nAmbassador Nehru also inquired about trade."
    prefix = office_before(text, text.index("Nehru"))
    assert prefix is not None and prefix.phrase == "Ambassador"


def test_whoever_heads_a_delegation_is_its_head():
    found = persons_roles("President Kim Il Sung received the state-party delegation headed by Comrade Cvijetin "
                          "Mijatović. They came with an agricultural delegation which is headed by [Sharof] Rashidov "
                          "(deputy member of the CPSU Presidium). We spoke with a delegation of Hungary led by "
                          "Minister Pál Tóth. At the reception of the government delegation led by Comrade Ivan "
                          "Petrov we spoke.")
    assert {("cvijetin-mijatovic", "head of the state-party delegation"),
            ("sharof-rashidov", "head of the agricultural delegation"),
            ("pal-toth", "head of the delegation of Hungary"),
            ("ivan-petrov", "head of the government delegation")} <= found
    assert ("ivan-petrov", "head of the reception of the government delegation") not in found
