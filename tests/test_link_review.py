"""The curator's review file: round trip, sorting, and one-line errors for bad rows."""

from __future__ import annotations

import pytest

from archivekg.errors import LinkError
from archivekg.link.review import HEADER, ReviewRow, read_review, write_review

KIM = "https://w3id.org/archivekg/id/person/kim-il-sung"


def test_round_trip_sorted_with_header(tmp_path):
    path = tmp_path / "review.tsv"
    rows = [ReviewRow(KIM, "person", "Kim Il Sung", "Q41815", "0.900", "auto", "name\t1.00\nok"),
            ReviewRow(KIM[:-3], "person", "Kim", "", "", "auto", "no candidates")]
    write_review(path, rows)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "\t".join(HEADER)
    assert lines[1].startswith(KIM[:-3] + "\t") and lines[2].endswith("\tname 1.00 ok")
    assert read_review(path) == [
        rows[1], ReviewRow(KIM, "person", "Kim Il Sung", "Q41815", "0.900", "auto", "name 1.00 ok")]


def test_missing_file_means_no_rows(tmp_path):
    assert read_review(tmp_path / "absent.tsv") == []


@pytest.mark.parametrize("line, message", [
    (f"{KIM}\tperson\tKim", "expected 7 tab-separated columns"),
    (f"kim\tperson\tKim\tQ1\t\taccepted\t", "entity must be an IRI"),
    (f"{KIM}\tpeople\tKim\tQ1\t\taccepted\t", "kind must be one of"),
    (f"{KIM}\tperson\tKim\tQ1\t\tyes\t", "status must be one of"),
    (f"{KIM}\tperson\tKim\t\t\taccepted\t", "QID must look like Q123"),
    (f"{KIM}\tperson\tKim\twd:Q1\t\trejected\t", "QID must look like Q123"),
    (f"{KIM}\tperson\tKim\tQ1\thigh\tauto\t", "score must be a number"),
])
def test_malformed_row_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "review.tsv"
    path.write_text("\t".join(HEADER) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(LinkError) as info:
        read_review(path)
    assert str(info.value).startswith(f"{path}:3: {message}")
    assert "\n" not in str(info.value)


def test_two_accepted_qids_for_one_entity_is_an_error(tmp_path):
    path = tmp_path / "review.tsv"
    path.write_text(f"{KIM}\tperson\tKim\tQ1\t\taccepted\t\n{KIM}\tperson\tKim\tQ2\t\taccepted\t\n",
                    encoding="utf-8")
    with pytest.raises(LinkError, match=r"review.tsv:2: .* already accepted as Q1"):
        read_review(path)


def test_hand_written_row_without_reason_column_is_read(tmp_path):
    path = tmp_path / "review.tsv"
    path.write_text(f"{KIM}\tperson\tKim Il Sung\tQ41815\t\taccepted\n", encoding="utf-8")
    assert read_review(path) == [ReviewRow(KIM, "person", "Kim Il Sung", "Q41815", "", "accepted", "")]
