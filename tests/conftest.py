"""Shared fixtures: the seed corpus beside the checkout, and small documents of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"

JOURNAL = """\
March 4, 1961
**Journal of Ambassador I. P. Sorokin, 20 February - 3 March 1961**

Citation:

"Journal of Ambassador I. P. Sorokin, 20 February - 3 March 1961", March 04, 1961, \
Wilson Center Digital Archive, AVPRF f. 0102, op. 17, d. 5, ll. 12-19. \
Translated by Anna Petrova.

Summary:

The ambassador records two conversations with officials of the DPRK Ministry of \
Foreign Affairs about trade talks.

Original Language:

Russian

Contents:

Translation - English

22 February 1961

I visited Deputy Minister of Foreign Affairs Ri Dong-geon [Ri Tong Gon]. \
Counsellor V. A. Belov was present at the conversation. Ri said that the \
delegation would leave for Moscow next week.

28 February 1961

Minister of Trade Jo Seong-ho received me at my request. We discussed the \
delivery of machine tools.

Ambassador of the USSR in the DPRK
I. SOROKIN
"""

REPORT = """\
May 12, 1958
**Report on a Visit to the Kaesong Textile Mill**

Citation:

"Report on a Visit to the Kaesong Textile Mill", May 12, 1958, Wilson Center \
Digital Archive, PRC FMA 106-00101-02, 3-7. Obtained by Li Wei and translated by \
Mark Jones.

Summary:

Two embassy officials describe a visit to a textile mill and a dinner with the \
mill's director.

Original Language:

Chinese

Contents:

Translation - English

[To] the Ministry of Foreign Affairs:

On 9 May we visited the Kaesong Textile Mill. Director Han Myeong-su \
[Han Myong Su] showed us the workshops and had dinner with us. He hopes for a \
meeting with the Chinese trade delegation next month.

Zhang Lin and Wang Hua
12 May [1958]
"""


@pytest.fixture
def shared_dir() -> Path:
    """`../shared` beside the checkout (the seed corpus and gold); skip when absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED / 'corpus'} is not there")
    return SHARED


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    """A folder with two short documents we wrote in the archive's clean-export layout."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "101_journal.txt").write_text(JOURNAL, encoding="utf-8")
    (folder / "102_report.txt").write_text(REPORT, encoding="utf-8")
    return folder


@pytest.fixture
def workdir(tmp_path: Path) -> dict[str, Path]:
    """Where a build writes: a store directory and an extracted/ directory."""
    return {"store": tmp_path / "store", "extracted": tmp_path / "extracted"}
