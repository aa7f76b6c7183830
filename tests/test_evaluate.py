"""The scorer itself: hand-written gold and facts in, known counts out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import archivekg.extract
import archivekg.read
from archivekg.cli import main
from archivekg.errors import DocumentError
from archivekg.evaluate import (
    FieldCheck,
    GoldMeeting,
    GoldPerson,
    Score,
    evaluate_corpus,
    gold_meeting_sets,
    load_gold,
    match_persons,
    normalize_name,
    office_matches,
    score_document,
    score_entities,
    score_sets,
)
from archivekg.model import (
    ArchivalReference,
    DateValue,
    Document,
    DocumentFacts,
    Meeting,
    Metadata,
    Participation,
    Person,
    RoleAssignment,
    Span,
)

FIXTURES = Path(__file__).parent / "fixtures" / "gold"
GOLD = FIXTURES / "annotations" / "101_example.json"
SPAN = Span(0, 1, "x")


def person(key: str, *names: str) -> Person:
    return Person(key, names)


def meeting(key: str, date: str | None, *persons: str, status: str = "occurred") -> Meeting:
    parts = tuple(Participation(p, "participant") for p in persons)
    return Meeting(key, status, parts, SPAN, date=DateValue(date) if date else None)


def perfect_facts(doc_id: str = "101_example") -> DocumentFacts:
    """What an ideal extractor finds in the fixture document."""
    metadata = Metadata(
        title="Memorandum of Conversation between Ambassador Ferenc Halmi and Ri Ju-yeon",
        date=DateValue("1961-03-03"),
        reference=ArchivalReference("MNL OL", "XIX-J-1-j Korea, 4. doboz, 5/b, 00417/1961"),
        original_language="Hungarian",
        translators=("Anna Kertesz",),
        authors=("ferenc-halmi",),
    )
    persons = (
        person("ferenc-halmi", "Ferenc Halmi", "Halmi"),
        person("ri-ju-yeon", "Ri Ju-yeon", "Ri Chu Yon"),
        person("kang-sok-hui", "Kang Sok-hui"),
        person("kim-il-sung", "Kim Il Sung"),
        person("petrov", "Petrov"),
        person("anna-kertesz", "Anna Kertesz"),
    )
    roles = (
        RoleAssignment("ferenc-halmi", "Ambassador", SPAN),
        RoleAssignment("ferenc-halmi", "author", SPAN, kind="part"),
        RoleAssignment("ri-ju-yeon", "Deputy Minister of Foreign Affairs", SPAN),
        RoleAssignment("kang-sok-hui", "interpreter", SPAN, kind="part"),
        RoleAssignment("petrov", "ambassador", SPAN),
        RoleAssignment("anna-kertesz", "translator", SPAN, kind="part"),
    )
    meetings = (meeting("m1", "1961-03-02", "ferenc-halmi", "ri-ju-yeon", "kang-sok-hui"),)
    document = Document(doc_id, f"{doc_id}.txt", "", "")
    return DocumentFacts(document, metadata, persons, roles, meetings)


def test_score_sets_counts_and_rates() -> None:
    s = score_sets({1, 2, 3, 4}, {3, 4, 5})
    assert (s.tp, s.fp, s.fn) == (2, 1, 2)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert score_sets(set(), set()).f1 == 1.0
    assert score_sets({1}, set()).f1 == 0.0
    assert score_sets(set(), {1}).precision == 0.0
    assert Score(1, 2, 3) + Score(1, 0, 1) == Score(2, 2, 4)


def test_names_match_across_case_hyphens_spaces_and_diacritics() -> None:
    assert normalize_name("Pak Kŭm-ch'ŏl") == normalize_name("PAK KUM CHOL")
    assert normalize_name("A.M. Puzanov") == normalize_name("A. M. Puzanov")
    assert normalize_name("Kim Il") != normalize_name("Kim Il Sung")


@pytest.mark.parametrize(
    "gold, predicted, ok",
    [
        ("Chairman of the VNS Presidium", "chairman of VNS presidium", True),
        ("Minister of Foreign Affairs", "[the] Minister of Foreign Affairs", True),
        ("Ambassador", "Chinese Ambassador", True),
        ("Soviet Ambassador to the DPRK", "Ambassador", True),
        ("Minister of State Control", "Minister of Defense", False),
        ("translator", "", False),
    ],
)
def test_offices_match_loosely(gold: str, predicted: str, ok: bool) -> None:
    assert office_matches(gold, predicted) is ok


def test_person_matching_is_one_to_one_and_maximal() -> None:
    gold = [GoldPerson("kim-il-sung", ("Kim Il Sung",)), GoldPerson("kim-il", ("Kim Il", "Kim"))]
    predicted = [
        person("a", "Kim Il-sung", "Kim"),
        person("b", "KIM IL SUNG"),
        person("c", "Kim"),
    ]
    matching = match_persons(gold, predicted)
    assert sorted(matching.values()) == ["kim-il", "kim-il-sung"]
    assert len(matching) == 2
    assert match_persons(gold, [person("x", "Kim Il-song")]) == {}
    assert match_persons(gold, [person("x", "Kim Ilsung")]) == {"x": "kim-il-sung"}


def test_perfect_facts_score_perfectly() -> None:
    score = score_document(load_gold(GOLD), perfect_facts())
    assert score.persons == Score(6, 0, 0)
    assert score.offices == Score(6, 0, 0)
    assert all(c.ok for c in score.metadata) and len(score.metadata) == 10
    assert score.participations == Score(3, 0, 0)
    assert score.pairs == Score(3, 0, 0)
    assert not any(score.misses.values()) and not any(score.false_positives.values())


def test_misses_and_false_positives_are_listed() -> None:
    facts = perfect_facts()
    facts = DocumentFacts(
        facts.document,
        Metadata(title="memorandum of conversation between ambassador ferenc halmi and ri ju-yeon",
                 date=DateValue("1961-03-02"), translators=("anna kertesz",)),
        facts.persons[:3] + (person("ghost", "Comrade Ghost"),),
        facts.roles[:2],
        (
            meeting("m1", "1961-03-02", "ferenc-halmi", "ri-ju-yeon"),
            meeting("m2", "1961-03-02", "ferenc-halmi", "ghost"),
            meeting("m3", None, "ri-ju-yeon", "petrov", status="planned"),
        ),
    )
    score = score_document(load_gold(GOLD), facts)
    assert score.persons == Score(3, 1, 3)
    assert score.misses["persons"] == ("anna-kertesz", "kim-il-sung", "petrov")
    assert score.false_positives["persons"] == ("Comrade Ghost",)
    assert score.offices == Score(2, 0, 4)
    assert "ri-ju-yeon: Deputy Minister of Foreign Affairs" in score.misses["offices"]
    checks = {c.field: c.ok for c in score.metadata}
    assert checks["title"] and checks["translators"]
    assert not checks["date"] and not checks["archive"] and not checks["authors"]
    assert score.participations == Score(2, 1, 1)
    assert score.misses["participations"] == ("1961-03-02 kang-sok-hui",)
    assert score.false_positives["participations"] == ("1961-03-02 ?ghost",)
    assert score.pairs == Score(1, 1, 2)


def test_wrong_date_costs_participations_but_not_pairs() -> None:
    facts = perfect_facts()
    moved = (meeting("m1", "1961-03-03", "ferenc-halmi", "ri-ju-yeon", "kang-sok-hui"),)
    facts = DocumentFacts(facts.document, facts.metadata, facts.persons, facts.roles, moved)
    score = score_document(load_gold(GOLD), facts)
    assert score.participations == Score(0, 3, 3)
    assert score.pairs == Score(3, 0, 0)


def test_optional_meetings_count_neither_for_nor_against() -> None:
    facts = perfect_facts()
    base = facts.meetings
    with_optional = base + (meeting("m2", "1961-02", "kim-il-sung"),)
    for meetings in (base, with_optional):
        f = DocumentFacts(facts.document, facts.metadata, facts.persons, facts.roles, meetings)
        score = score_document(load_gold(GOLD), f)
        assert score.participations == Score(3, 0, 0)


def test_optional_items_also_in_a_required_meeting_still_count() -> None:
    meetings = [
        GoldMeeting("a", "occurred", "1960", ("x", "y")),
        GoldMeeting("b", "occurred", "1960", ("x", "y", "z"), optional=True),
        GoldMeeting("c", "planned", "1961", ("x", "w")),
    ]
    parts, pairs, opt_parts, opt_pairs = gold_meeting_sets(meetings)
    assert parts == {("1960", "x"), ("1960", "y")}
    assert pairs == {("x", "y")}
    assert opt_parts == {("1960", "z")}
    assert opt_pairs == {("x", "z"), ("y", "z")}


def test_cross_document_entities_scored_by_gold_key_links() -> None:
    gold = load_gold(GOLD)
    a, b = perfect_facts("101_example"), perfect_facts("102_example")
    gold_b = type(gold)("102_example.txt", gold.metadata, gold.persons, gold.meetings)
    members = {(f.document.doc_id, p.key): p.key for f in (a, b) for p in f.persons}
    score, misses = score_entities([gold, gold_b], [a, b], members)
    assert score == Score(6, 0, 0) and misses == ()
    members[("102_example", "petrov")] = "someone-else"
    members[("102_example", "anna-kertesz")] = "kang-sok-hui"
    score, misses = score_entities([gold, gold_b], [a, b], members)
    assert score.fn == 2 and score.fp == 1
    assert any(m.startswith("wrongly one entity: kang-sok-hui") for m in misses)


@pytest.fixture
def stub_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixture document, extracted perfectly: isolates the I/O from the extractors."""
    monkeypatch.setattr(archivekg.read, "read_document", lambda path: Path(path).stem)
    monkeypatch.setattr(archivekg.extract, "extract", lambda doc_id: perfect_facts(doc_id))


def test_evaluate_corpus_scores_the_named_documents(stub_pipeline: None) -> None:
    report = evaluate_corpus(FIXTURES / "annotations", FIXTURES / "documents")
    assert [d.source for d in report.documents] == ["101_example.txt"]
    assert report.lowest() == 1.0
    data = json.loads(report.to_json())
    assert data["overall"]["pairs"]["f1"] == 1.0
    assert "101_example.txt" in report.to_text()


def test_cli_evaluate_json_and_fail_under(stub_pipeline: None) -> None:
    args = ["evaluate", str(FIXTURES / "annotations"), str(FIXTURES / "documents")]
    result = CliRunner().invoke(main, args + ["--format", "json", "--fail-under", "0.9"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["overall"]["headline"]["persons F1"] == 1.0


def test_cli_fail_under_exits_non_zero(monkeypatch: pytest.MonkeyPatch,
                                      stub_pipeline: None) -> None:
    monkeypatch.setattr(archivekg.extract, "extract",
                        lambda doc_id: DocumentFacts(Document(doc_id, "", "", ""), Metadata()))
    args = ["evaluate", str(FIXTURES / "annotations"), str(FIXTURES / "documents")]
    result = CliRunner().invoke(main, args + ["--fail-under", "0.5"])
    assert result.exit_code == 1
    assert "is under 0.5" in result.output


def test_an_extractor_crash_is_reported_and_scored_as_nothing_found(
    monkeypatch: pytest.MonkeyPatch, stub_pipeline: None
) -> None:
    def crash(document: object) -> DocumentFacts:
        raise ValueError("bad offset")

    monkeypatch.setattr(archivekg.extract, "extract", crash)
    monkeypatch.setattr(archivekg.read, "read_document",
                        lambda path: Document(Path(path).stem, Path(path).name, "", ""))
    args = ["evaluate", str(FIXTURES / "annotations"), str(FIXTURES / "documents")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "101_example.txt: extraction failed: ValueError: bad offset" in result.output
    report = evaluate_corpus(FIXTURES / "annotations", FIXTURES / "documents")
    assert report.totals.persons.recall == 0.0


def write_gold(tmp_path: Path, text: str) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text(text, encoding="utf-8")
    return gold


@pytest.mark.parametrize(
    "text, problem",
    [
        ("{not json", "malformed JSON at line 1"),
        ("[]", "one JSON object"),
        ('{"persons": {}}', '"document"'),
        ('{"document": "a.txt", "persons": {"p": {"names": []}}}', 'person "p"'),
        ('{"document": "a.txt", "meetings": [{"status": "occurred", "participants": ["q"]}]}',
         "unknown person key 'q'"),
        ('{"document": "a.txt", "meetings": [{"status": "maybe"}]}', "status must be"),
    ],
)
def test_malformed_gold_names_the_file_and_problem(tmp_path: Path, text: str, problem: str) -> None:
    gold = write_gold(tmp_path, text)
    result = CliRunner().invoke(main, ["evaluate", str(gold), str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {gold / 'x.json'}: ")
    assert problem in result.output
    assert "Traceback" not in result.output


def test_missing_directory_and_missing_document(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such directory"):
        evaluate_corpus(tmp_path / "nope", tmp_path)
    gold = write_gold(tmp_path, '{"document": "absent.txt"}')
    with pytest.raises(DocumentError, match="names absent.txt"):
        evaluate_corpus(gold, tmp_path)
    with pytest.raises(DocumentError, match="no gold files"):
        evaluate_corpus(tmp_path, tmp_path)


def test_seed_gold_files_parse() -> None:
    shared = Path(__file__).parents[2] / "shared" / "gold"
    if not shared.is_dir():
        pytest.skip("../shared/gold is not beside the checkout")
    for path in sorted(shared.glob("*.json")):
        gold = load_gold(path)
        assert gold.persons and gold.meetings


@pytest.mark.parametrize("author, ok", [("Ferenc Halmi", True), ("Halmi", True),
                                        ("ferenc-halmi", True), ("Ri Ju-yeon", False)])
def test_authors_are_mapped_to_gold_keys_by_key_or_name(author: str, ok: bool) -> None:
    facts = perfect_facts()
    metadata = Metadata(authors=(author,))
    for persons in (facts.persons, ()):
        f = DocumentFacts(facts.document, metadata, persons)
        checks = {c.field: c.ok for c in score_document(load_gold(GOLD), f).metadata}
        assert checks["authors"] is ok


def test_a_gold_name_with_its_title_matches_the_bare_name() -> None:
    gold = [GoldPerson("zhou-enlai", ("Premier Zhou Enlai", "Premier Zhou")), GoldPerson("ri", ("Comrade Ri",))]
    assert match_persons(gold, [person("z", "Zhou")]) == {"z": "zhou-enlai"}
    assert match_persons(gold, [person("r", "Ri")]) == {"r": "ri"}
    assert match_persons(gold, [person("m", "Premier")]) == {}
    assert match_persons([GoldPerson("sihamoni", ("Prince Sihamoni",))], [person("s", "Sihamoni")]) == {"s": "sihamoni"}
    assert match_persons([GoldPerson("lopes", ("Governor Lopes",))], [person("l", "Lopes")]) == {"l": "lopes"}
    assert match_persons([GoldPerson("wang", ("Chargé D'Affaires Wang",))], [person("w", "Wang")]) == {"w": "wang"}
    assert match_persons(gold, [person("x", "Zhou Xiaoping")]) == {}
    assert match_persons([GoldPerson("kelly", ("Sir D. Kelly",))], [person("k", "D. Kelly")]) == {"k": "kelly"}
    ranked = [GoldPerson("shawaf", ("Major General Dr. Mohamed Ash-Shawaf",))]
    assert match_persons(ranked, [person("s", "Mohamed Ash-Shawaf")]) == {"s": "shawaf"}
    shah = [GoldPerson("pahlavi", ("Shah Mohammad Reza Pahlavi", "the Shah"))]
    assert match_persons(shah, [person("p", "Mohammad Reza Pahlavi")]) == {"p": "pahlavi"}
    wife = [GoldPerson("monique", ("Madame Sihanouk",)), GoldPerson("sihanouk", ("Prince Sihanouk",))]
    assert match_persons(wife, [person("s", "Sihanouk")]) == {"s": "sihanouk"}


def test_a_gold_name_with_the_editors_given_name_matches_either_reading() -> None:
    gold = [GoldPerson("menachem-begin", ("M. (Menachem) Begin",))]
    assert match_persons(gold, [person("b", "Menachem Begin")]) == {"b": "menachem-begin"}
    assert match_persons(gold, [person("b", "M. Begin")]) == {"b": "menachem-begin"}
    assert match_persons(gold, [person("b", "Menachem")]) == {}


def test_persons_sharing_a_surname_match_the_gold_person_they_share_most_names_with() -> None:
    gold = [GoldPerson("jawaharlal", ("Jawaharlal Nehru", "Premier Nehru", "Nehru")),
            GoldPerson("ratan", ("Ratan Kumar Nehru", "Ambassador Nehru", "Nehru"))]
    found = [person("a", "Jawaharlal Nehru", "Nehru"), person("b", "Ratan Kumar Nehru", "Nehru")]
    assert match_persons(gold, found) == {"a": "jawaharlal", "b": "ratan"}
    gold = [GoldPerson("shen-jian", ("Shen Jian", "Shen"))]
    assert match_persons(gold, [person("a", "Shen"), person("b", "Shen Jian", "Shen")]) == {"b": "shen-jian"}


@pytest.mark.parametrize("gold_funder, found, ok", [
    ("Carnegie Corporation of New York", "Carnegie Corporation of New York (CCNY)", True),
    ("Carnegie Corporation of New York (CCNY)", "Carnegie Corporation of New York", True),
    ("Henry Luce Foundation", "Henry Luce Foundation (ABC)", False),
    ("Leon Levy Foundation", "Henry Luce Foundation", False),
])
def test_a_funder_s_own_acronym_in_brackets_is_the_same_funder(gold_funder: str, found: str, ok: bool) -> None:
    assert FieldCheck("funders", [gold_funder], [found]).ok is ok
