"""The chooser on its own: pure decisions from candidates and facts."""

from __future__ import annotations

from dataclasses import replace

from archivekg.link.candidates import Candidate
from archivekg.link.chooser import choose, name_similarity, position_fits, score_candidate
from archivekg.link.constraints import ItemFacts
from archivekg.link.subjects import Subject

KHRUSHCHEV = Subject("urn:p:k", "person", "N. S. Khrushchev", ("N. S. Khrushchev", "Khrushchev"),
                     dates=("1957-10-01", "1963-10-18"), offices=("First Secretary of the CPSU CC",),
                     countries=("ussr",), acting=("1957-10-01",))


def human(qid: str, born: str, died: str = "", **kw) -> ItemFacts:
    return ItemFacts(qid, instance_of=("Q5",), instance_labels=("human",), born=(born,),
                     died=(died,) if died else (), **kw)


def cand(qid: str, label: str, rank: int = 0, hits: int = 1) -> Candidate:
    return Candidate(qid, label, "", (label,), hits, rank)


NIKITA = human("Q1", "1894-04-15", "1971-09-11", citizenships=("Soviet Union",),
               positions=("First Secretary of the Communist Party of the Soviet Union",))


def test_no_candidates_says_what_was_searched():
    decision = choose(KHRUSHCHEV, [], {})
    assert decision.qid is None
    assert decision.reason == "no candidates for 'N. S. Khrushchev', 'Khrushchev'"


def test_lone_passing_candidate_is_chosen_over_failures():
    facts = {"Q1": NIKITA, "Q2": human("Q2", "1964-01-01"),
             "Q3": ItemFacts("Q3", instance_of=("Q532",), instance_labels=("village",))}
    decision = choose(KHRUSHCHEV, [cand("Q2", "Nikita Khrushchev"), cand("Q1", "Nikita Khrushchev", 1),
                                   cand("Q3", "Khrushchev", 2)], facts)
    assert decision.qid == "Q1"
    assert decision.reason.endswith("2 other candidates failed constraints")
    failed = {s.qid: s.violations for s in decision.considered if not s.passes}
    assert failed["Q2"] == ("Q2 born 1964-01-01, after 1957-10-01",)
    assert failed["Q3"] == ("Q3 is not a human (instance of village)",)


def test_all_failing_is_unlinked_with_each_reason():
    facts = {"Q2": human("Q2", "1964-01-01"), "Q3": ItemFacts("Q3", instance_of=("Q11424",))}
    decision = choose(KHRUSHCHEV, [cand("Q2", "Nikita Khrushchev"), cand("Q3", "Khrushchev")], facts)
    assert decision.qid is None
    assert decision.reason.startswith("all 2 candidates failed constraints: Q2 born 1964-01-01, after")
    assert "Q3 is not a human (instance of Q11424)" in decision.reason


def test_two_close_survivors_are_ambiguous():
    subject = Subject("urn:p:k", "person", "Khrushchev", ("Khrushchev",), dates=("1957-10-01",))
    facts = {"Q1": human("Q1", "1894-04-15"), "Q4": human("Q4", "1935-07-02")}
    decision = choose(subject, [cand("Q1", "Nikita Khrushchev"), cand("Q4", "Sergei Khrushchev", 1)], facts)
    assert decision.qid is None
    assert decision.reason.startswith("ambiguous between Q1 (")
    assert "and Q4 (" in decision.reason


def test_initials_rule_out_a_relative_with_the_same_surname():
    facts = {"Q1": NIKITA, "Q4": human("Q4", "1935-07-02")}
    decision = choose(KHRUSHCHEV, [cand("Q4", "Sergei Khrushchev"), cand("Q1", "Nikita Khrushchev", 1)], facts)
    assert decision.qid == "Q1"
    [sergei] = [s for s in decision.considered if s.qid == "Q4"]
    assert "initials of 'N. S. Khrushchev' do not fit 'Sergei Khrushchev'" in sergei.violations[0]


def test_the_dead_can_be_mentioned_but_cannot_act():
    facts = {"Q1": human("Q1", "1878-12-18", "1953-03-05"), "Q2": human("Q2", "1975-05-05")}
    candidates = [cand("Q1", "Joseph Stalin"), cand("Q2", "Joseph Stalin", 1)]
    mentioned = Subject("urn:p:s", "person", "Stalin", ("Stalin",), dates=("1957-10-01",))
    decision = choose(mentioned, candidates, facts)
    assert decision.qid == "Q1"
    [namesake] = [s for s in decision.considered if s.qid == "Q2"]
    assert namesake.violations == ("Q2 born 1975-05-05, after 1957-10-01",)
    acting = replace(mentioned, acting=("1957-10-01",))
    decision = choose(acting, candidates, facts)
    assert decision.qid is None and "Q1 died 1953-03-05, before 1957-10-01" in decision.reason


def test_rejected_candidate_is_never_chosen():
    decision = choose(KHRUSHCHEV, [cand("Q1", "Nikita Khrushchev")], {"Q1": NIKITA},
                      rejected=frozenset({"Q1"}))
    assert decision.qid is None and "Q1 rejected by the curator" in decision.reason


def test_weak_winner_below_min_score_is_left_unlinked():
    subject = Subject("urn:p:x", "person", "Kim", ("Kim",), dates=("1957-10-01",))
    facts = {"Q7": human("Q7", "1920-01-01")}
    decision = choose(subject, [cand("Q7", "Kim Tu-bong", rank=6)], facts, min_score=0.5)
    assert decision.qid is None and "below the minimum 0.500" in decision.reason
    assert choose(subject, [cand("Q7", "Kim Tu-bong", rank=6)], facts, min_score=0.1).qid == "Q7"


def test_office_and_citizenship_raise_the_score():
    plain = human("Q1", "1894-04-15")
    assert score_candidate(KHRUSHCHEV, cand("Q1", "Nikita Khrushchev"), NIKITA).score > \
        score_candidate(KHRUSHCHEV, cand("Q1", "Nikita Khrushchev"), plain).score
    foreign = human("Q1", "1894-04-15", citizenships=("United States",))
    assert score_candidate(KHRUSHCHEV, cand("Q1", "Nikita Khrushchev"), foreign).score < \
        score_candidate(KHRUSHCHEV, cand("Q1", "Nikita Khrushchev"), plain).score


def test_places_and_organisations_need_their_kind():
    place = Subject("urn:pl:p", "place", "Pyongyang", ("Pyongyang",))
    city = ItemFacts("Q2", instance_of=("Q5119",), coordinates=("Point(125.7 39.0)",))
    crater = ItemFacts("Q3", coordinates=("<http://www.wikidata.org/entity/Q405> Point(1 2)",))
    decision = choose(place, [cand("Q2", "Pyongyang"), cand("Q3", "Pyongyang")], {"Q2": city, "Q3": crater})
    assert decision.qid == "Q2"
    party = Subject("urn:o:w", "organization", "Workers' Party of Korea", ("Workers' Party of Korea",))
    song = ItemFacts("Q5", instance_of=("Q7366",), instance_labels=("song",))
    decision = choose(party, [cand("Q5", "Workers' Party of Korea")], {"Q5": song})
    assert decision.qid is None and "not an organisation (instance of song)" in decision.reason


def test_name_similarity_handles_romanizations_and_initials():
    assert name_similarity(["Kim Il Sung"], ["Kim Il-sung"]) == (1.0, None)
    assert name_similarity(["N. S. Khrushchev"], ["Nikita Sergeyevich Khrushchev"]) == (1.0, None)
    assert name_similarity(["N. S. Khrushchev"], ["Nikita Khrushchev"]) == (0.9, None)
    score, conflict = name_similarity(["A. M. Puzanov"], ["Boris Puzanov"])
    assert conflict == "initials of 'A. M. Puzanov' do not fit 'Boris Puzanov'"
    assert name_similarity(["Mao Zedong"], ["Zhou Enlai"])[0] < 0.5


def test_position_matches_expanded_abbreviations_only():
    positions = ["First Secretary of the Communist Party of the Soviet Union"]
    assert position_fits(["First Secretary of the CPSU CC"], positions) == positions[0]
    assert position_fits(["Minister of Foreign Affairs"], positions) is None
    assert position_fits(["Cde."], positions) is None
