"""An office held for a titled person (`a secretary of Premier Kim Il Sung`) is the one in
apposition's; the person at its end holds only the bare title before the name."""

from __future__ import annotations

from persons_text import roles


TEXT = ("On 3 May I received Pak Chol, a secretary of Premier Kim Il Sung. Later Ri Sang, special "
        "envoy of Chairman Mao Zedong, visited me.\n")


def test_the_secretary_holds_the_office_held_for_the_premier():
    found = roles(TEXT)
    assert ("pak-chol", "secretary of Premier Kim Il Sung") in found
    assert ("ri-sang", "special envoy of Chairman Mao Zedong") in found


def test_the_premier_holds_only_his_title():
    found = roles(TEXT)
    assert {title for person, title in found if person == "kim-il-sung"} == {"Premier"}
    assert {title for person, title in found if person == "mao-zedong"} == {"Chairman"}


def test_a_title_after_a_portfolio_stays_the_holders():
    found = roles("At the invitation of the Minister of Defense of General Batyn Dorj, I visited Mongolia.\n")
    assert any(person == "batyn-dorj" and title.startswith("Minister of Defense") for person, title in found)


def test_the_envoy_of_a_bracketed_president_holds_the_envoys_office():
    found = roles("This night had the discussion with [Gen. Pedro] Almeida, a special envoy of [Uruguayan] "
                  "President [Luis] Herrera.\n")
    assert ("pedro-almeida", "special envoy of Uruguayan President Luis Herrera") in found
    assert {title for person, title in found if person == "luis-herrera"} == {"Uruguayan President"}
