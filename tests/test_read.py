"""Stage 1: paths -> Documents; chrome removal, layouts, and every kind of bad input."""

from __future__ import annotations

import codecs
import hashlib
import random
from pathlib import Path

import pytest

from archivekg.errors import DocumentError
from archivekg.read import collect_paths, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "read"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
CHROME = ("Search in", "get citation", "share document", "English HTML", "• Citation",
          "Digital Archive International History Declassified")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- collect_paths -------------------------------------------------------------


def test_collect_paths_expands_folders_skips_hidden_sorts_and_deduplicates(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", "junk.bin", ".hidden.txt", ".git/config", "b/1.html"):
        (tmp_path / name).write_text("x")
    single = tmp_path / "a.txt"
    paths = collect_paths([tmp_path, single, tmp_path / "b"])
    assert paths == [tmp_path / "a.txt", tmp_path / "b" / "1.html", tmp_path / "b" / "2.txt",
                     tmp_path / "junk.bin"]


def test_collect_paths_keeps_a_missing_file_so_reading_it_reports_it(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    assert collect_paths([missing]) == [missing]
    with pytest.raises(DocumentError, match="gone.txt: no such file"):
        read_document(missing)


# --- the three layouts ------------------------------------------------------------


def test_clean_export_keeps_header_blocks_and_body() -> None:
    path = FIXTURES / "clean_export.txt"
    doc = read_document(path)
    assert (doc.doc_id, doc.source, doc.media_type) == ("clean_export", "clean_export.txt", "text/plain")
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.text.startswith("June 04, 1959\n**Report on Talks")
    for kept in ("Citation:", "Summary:", "Original Language:\n\nRussian", "Ivan Sorokin, Pavel Lebedev"):
        assert kept in doc.text
    assert doc.text.endswith("4 June 1959\n")


def test_scraped_page_loses_chrome_keeps_date_citation_summary_and_body() -> None:
    doc = read_document(FIXTURES / "scraped_page.txt")
    for chrome in CHROME:
        assert chrome not in doc.text
    assert doc.text.startswith("November 20, 1960\n\nThis document was made possible")
    assert "    The ambassador records a call" in doc.text
    assert '"Journal of Soviet Ambassador to the DPRK P.V. Orlov' in doc.text
    assert doc.text.endswith("would arrive in December.\n")
    assert "\n\n\n" not in doc.text


def test_older_page_with_filter_and_download_widgets_loses_them() -> None:
    doc = read_document(FIXTURES / "older_page_filters.txt")
    for chrome in (*CHROME, "ADD SEARCH FILTER", "CITATION SHARE DOWNLOAD", "VIEW DOCUMENT IN"):
        assert chrome not in doc.text
    assert doc.text.startswith("August 14, 1956\n\nTELEGRAM FROM PYONGYANG TO BUCHAREST\n")
    assert '"Telegram from Pyongyang to Bucharest," August 14, 1956' in doc.text
    assert doc.text.endswith("for the diplomatic corps.\n\nAmbassador Ion Marin\n")


def test_newer_page_keeps_record_blocks_and_drops_lists_about_other_records() -> None:
    doc = read_document(FIXTURES / "newer_page.txt")
    assert doc.text.startswith(
        "March 3, 1961\n\nReport, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry\n\n"
        "This document was made possible with support from the Korea Foundation\n\nOn 1 March I called"
    )
    for kept in ("Gábor Tarnai\n\nChargé d'Affaires ad interim", "The chargé reports a call",
                 "Author(s):\n\nTarnai, Gábor", "Document Information\n\nSource\n\nMNL OL, XIX-J-1-j Korea",
                 "Original Archive\n\nHungarian National Archives"):
        assert kept in doc.text
    for dropped in ("Skip to content", "Associated", "Korea (North)", "Agriculture", "Subjects Discussed",
                    "Five-year plans", "Related Documents", "Kovács Ferenc", "Rights", "welcomes reuse",
                    "To enquire", "Original Uploaded Date", "2013-05-02", "Type"):
        assert dropped not in doc.text
    assert "\n\n\n" not in doc.text


def test_newer_page_without_blank_lines_or_skip_link_is_recognised(tmp_path: Path) -> None:
    page = (
        "May 9, 1952\nNote on a Reception\nWe attended the reception.\nThe embassy attends a reception.\n"
        "Author(s):\nAssociated Topics\nReceptions\nDocument Information\nSource\nOriginal Archive\nRights\n"
        "The History and Public Policy Program welcomes reuse of Digital Archive materials for research.\n"
    )
    doc = read_document(write(tmp_path, "compact.txt", page.encode()))
    assert doc.text == (
        "May 9, 1952\nNote on a Reception\nWe attended the reception.\nThe embassy attends a reception.\n"
        "Author(s):\nDocument Information\nSource\nOriginal Archive\n"
    )


def test_newer_page_cut_off_in_its_tail_is_recognised_by_its_tail_labels(tmp_path: Path) -> None:
    page = ("May 9, 1952\nLetter, Chairman Orlov to Minister Belov\nDear Comrade Belov!\nWe agree.\nV. Orlov\n"
            "Associated Places\nAssociated Topics\nDocument Informati")
    doc = read_document(write(tmp_path, "cut.txt", page.encode()))
    assert "Associated" not in doc.text and doc.text.startswith("May 9, 1952\nLetter")


def test_newer_page_drops_a_related_records_summary_shown_above_the_date(tmp_path: Path) -> None:
    page = (
        "Skip to content\nThe counsellor describes a harvest festival in a northern province.\n"
        "July 2, 1957\nNote on a Visit to Sinuiju\nWe visited the port.\nThe embassy visits Sinuiju.\n"
        "Document Information\nSource\n"
    )
    doc = read_document(write(tmp_path, "related.txt", page.encode()))
    assert doc.text.startswith("July 2, 1957\nNote on a Visit to Sinuiju\n")
    assert "harvest festival" not in doc.text


def test_newer_page_opening_with_a_title_line_keeps_it(tmp_path: Path) -> None:
    page = "Note on a Visit\nJuly 2, 1957\nWe visited the port and saw the ships there.\nDocument Information\n"
    assert read_document(write(tmp_path, "title_first.txt", page.encode())).text.startswith("Note on a Visit\n")


def test_page_variant_with_summary_glued_to_citation_is_split_apart(tmp_path: Path) -> None:
    page = (
        "TELEGRAM FROM SOFIA TO PYONGYANG\n"
        "CITATION SHARE DOWNLOAD-\nCitation\nget citation\n"
        'The legation reports on a trade fair attended by Ri Dong-ho."Telegram from Sofia to Pyongyang," '
        "May 3, 1966, History and Public Policy Program Digital Archive, TsDA, F. 1B, Op. 5, a.e. 88. "
        "Translated for NKIDP by Petar Ivanov. https://digitalarchive.wilsoncenter.org/document/900777 - Share\n"
        "- Download\nVIEW DOCUMENT IN\nEnglish HTML\nThe fair opened on 1 May.\n"
    )
    doc = read_document(write(tmp_path, "glued.txt", page.encode()))
    assert doc.text == (
        "TELEGRAM FROM SOFIA TO PYONGYANG\n"
        "The legation reports on a trade fair attended by Ri Dong-ho.\n"
        '"Telegram from Sofia to Pyongyang," May 3, 1966, History and Public Policy Program Digital Archive, '
        "TsDA, F. 1B, Op. 5, a.e. 88. Translated for NKIDP by Petar Ivanov. "
        "https://digitalarchive.wilsoncenter.org/document/900777\nThe fair opened on 1 May.\n"
    )


def test_sharing_site_transcription_gets_export_blocks_and_loses_page_numbers(tmp_path: Path) -> None:
    page = (
        "May 3, 1966 Note on a Trade Fair\n\nSize: px\nStart display at page:\n\n"
        'Download "May 3, 1966 Note on a Trade Fair"\n\nTranscription\n\n'
        "1 Digital Archive International History Declassified digitalarchive.wilsoncenter.org "
        "May 3, 1966 Note on a Trade Fair Citation: Note on a Trade Fair, May 3, 1966, History and Public "
        "Policy Program Digital Archive, TsDA. Summary: The legation reports on a fair. "
        "Original Language: Bulgarian Contents: English Translation\n\n"
        "2 Secret NOTE The fair opened on 1 May.\n\n25 August was the closing day.\n"
    )
    text = read_document(write(tmp_path, "shared.txt", page.encode())).text
    assert "Citation: Note on a Trade Fair, May 3, 1966" in text
    for block in ("\n\nSummary: The legation", "\n\nOriginal Language: Bulgarian\n\nContents:",
                  "\n\nSecret NOTE The fair", "\n\n25 August was"):
        assert block in text
    for chrome in ("Size: px", "Start display", "Download", "Transcription", "Declassified", "\n1 ", "\n2 "):
        assert chrome not in text


def test_squashed_export_is_laid_out_in_blocks() -> None:
    text = read_document(FIXTURES / "squashed_export.txt").text
    assert text.startswith("May 02, 1958\n\nJournal of Soviet Ambassador to the DPRK P.V. Orlov for 2 May 1958\n\nCitation:\n\n")
    for block in ("\n\n<https://digitalarchive.wilsoncenter.org/document/900901>\n\nSummary:\n\nOrlov and Nam Il",
                  "\n\nOriginal Language:\n\nRussian\n\nContents:\n\nEnglish Translation\n\nI visited Nam Il"):
        assert block in text
    for chrome in ("Total Page", "File Type", "Declassified"):
        assert chrome not in text


def test_blocks_run_together_over_a_few_lines_are_laid_out_too(tmp_path: Path) -> None:
    page = (
        "May 3, 1966\nNote on a Trade Fair\n"
        'Citation: "Note on a Trade Fair," May 3, 1966, Wilson Center Digital Archive, TsDA. Summary: The legation '
        "reports on a fair.\nOriginal Language: Bulgarian Contents: Translation - English The fair opened. Summary: none.\n"
    )
    text = read_document(write(tmp_path, "few.txt", page.encode())).text
    assert text == (
        'May 3, 1966\nNote on a Trade Fair\nCitation:\n\n"Note on a Trade Fair," May 3, 1966, Wilson Center Digital '
        "Archive, TsDA.\n\nSummary:\n\nThe legation reports on a fair.\n\nOriginal Language:\n\nBulgarian\n\n"
        "Contents:\n\nTranslation - English\n\nThe fair opened. Summary: none.\n"
    )


def test_an_export_with_labels_on_their_own_lines_is_left_alone(tmp_path: Path) -> None:
    page = "Citation:\n\n\"A Note,\" May 3, 1966, Wilson Center Digital Archive.\n\nSummary:\n\nA fair.\n\nContents:\n\nText.\n"
    assert read_document(write(tmp_path, "clean.txt", page.encode())).text == page


def test_chrome_removal_never_cuts_into_a_line_with_a_name(tmp_path: Path) -> None:
    page = (
        "Search in\nget citation\nOn 4 May Home Minister Pak Il-u received us.\n"
        "Share\nPrint Shop director Kim Chang-ho attended.\nCitation\n"
    )
    text = read_document(write(tmp_path, "names.txt", page.encode())).text
    assert text == "On 4 May Home Minister Pak Il-u received us.\nPrint Shop director Kim Chang-ho attended.\n"


def test_html_page_renders_like_the_clean_export() -> None:
    doc = read_document(FIXTURES / "memorandum.html")
    assert doc.media_type == "text/html"
    assert doc.text.startswith(
        "March 12, 1962\n\n**Memorandum on a Visit to the Sariwon Tractor Station**\n\n"
        "<https://digitalarchive.wilsoncenter.org/document/900412>\n\nCitation:\n\n\"Memorandum"
    )
    for block in ("Summary:\n\nThe embassy's", "Credits:\n\nThis document", "Original Language:\n\nHungarian",
                  "He said the station serves eleven cooperatives.", "Károly Nagyvári\nFirst Secretary"):
        assert block in doc.text
    for chrome in (*CHROME, "Skip to main content", "Collections", "gtag", "font-family", "Facebook",
                   "One Woodrow Wilson Plaza", "public domain", "editor's note", "Chollima"):
        assert chrome not in doc.text


def test_html_takes_og_url_when_there_is_no_canonical_link(tmp_path: Path) -> None:
    markup = (FIXTURES / "memorandum.html").read_text(encoding="utf-8")
    markup = markup.replace('<link rel="canonical" href="https://digitalarchive.wilsoncenter.org/document/900412">', "")
    doc = read_document(write(tmp_path, "page.htm", markup.encode()))
    assert "<https://digitalarchive.wilsoncenter.org/document/900412/og>" in doc.text


def test_html_without_h1_takes_the_head_title(tmp_path: Path) -> None:
    markup = (
        "<html><head><title>Note on a Visit | Wilson Center Digital Archive</title></head>"
        "<body><main><p>May 02, 1958</p><p>We went to Sariwon.</p></main></body></html>"
    )
    doc = read_document(write(tmp_path, "note.html", markup.encode()))
    assert doc.text == "**Note on a Visit**\n\nMay 02, 1958\n\nWe went to Sariwon.\n"


def test_line_endings_are_normalised_and_reading_is_deterministic(tmp_path: Path) -> None:
    lf = (FIXTURES / "scraped_page.txt").read_bytes()
    crlf = write(tmp_path, "crlf.txt", lf.replace(b"\n", b"\r\n"))
    first, second = read_document(crlf), read_document(crlf)
    assert "\r" not in first.text
    assert first == second
    assert first.text == read_document(FIXTURES / "scraped_page.txt").text


@pytest.mark.parametrize(
    "data",
    [codecs.BOM_UTF8 + "Kim Il Sung received us.\n".encode(),
     codecs.BOM_UTF16_LE + "Kim Il Sung received us.\n".encode("utf-16-le"),
     codecs.BOM_UTF16_BE + "Kim Il Sung received us.\n".encode("utf-16-be")],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_byte_order_marks_are_accepted(tmp_path: Path, data: bytes) -> None:
    assert read_document(write(tmp_path, "bom.txt", data)).text == "Kim Il Sung received us.\n"


# --- bad input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n  ", "empty file"),
        ("nul.txt", b"Kim Il Sung\x00\x00received us", "binary file, not a document"),
        ("junk.bin", random.Random(7).randbytes(2048), "binary file, not a document"),
        ("controls.txt", b"\x01\x02\x03\x04 abc \x05\x06\x07\x08\x0e\x0f", "binary file, not a document"),
        ("latin1.txt", "Károly Nagyvári".encode("latin-1"), r"not UTF-8 text \(byte 0xe1 at offset 1\)"),
        ("cut.txt", "Kim Il Sung visited Sariwon—".encode()[:-1], "truncated: ends inside a UTF-8 character"),
        ("cut16.txt", codecs.BOM_UTF16_LE + "Kim".encode("utf-16-le")[:-1], "truncated"),
        ("cut.html", b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Kim Il Sung", "truncated HTML"),
        ("chrome.txt", b"Search in\n\nget citation\n\nshare document\n\nEnglish HTML\n", "no readable text"),
        ("digits.txt", b"1957 1958 -- 12/4\n", "no readable text"),
        ("scripts.html", b"<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>",
         "no readable text"),
    ],
)
def test_bad_input_raises_document_error_naming_file_and_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(DocumentError, match=reason) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


# --- the seed corpus ---------------------------------------------------------------------


def corpus_paths() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    return collect_paths([CORPUS])


@pytest.mark.corpus
def test_corpus_documents_read_without_chrome() -> None:
    for path in corpus_paths():
        doc = read_document(path)
        assert doc.doc_id == path.stem and doc.source == path.name
        assert "Digital Archive," in doc.text
        for chrome in CHROME:
            assert chrome not in doc.text.split("\n")


def test_export_sections_match_as_written_and_with_a_plural_language():
    import re

    from archivekg.read.sections import SECTIONS_WITH_BODY, section_pattern

    every = re.compile(rf"^(?:{section_pattern()}):$")
    with_body = re.compile(rf"^(?:{section_pattern(SECTIONS_WITH_BODY)}):$")
    assert all(every.match(f"{label}:") for label in ("Citation", "Contents", "Original Languages"))
    assert with_body.match("Summary:") and not with_body.match("Contents:")
    assert not every.match("Citations:")


def test_no_break_and_typographic_spaces_read_as_plain_spaces_one_for_one(tmp_path: Path) -> None:
    raw = "Time:\u00a0 3 May 1962\u202fat\u2009noon\n".encode()
    document = read_document(write(tmp_path, "spaces.txt", raw))
    assert "Time:  3 May 1962 at noon" in document.text
