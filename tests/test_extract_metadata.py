"""Metadata extractor: citation forms, shelf marks of each archive, credits, authors, gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archivekg.extract.citation import (
    PART_KINDS,
    parse_citation,
    parse_credits,
    parse_date,
    parse_editors,
    split_shelf_mark,
)
from archivekg.extract import citation as citation_module
from archivekg.extract.metadata import extract_metadata, normalise_name
from archivekg.model import Document
from archivekg.read import collect_paths, read_document

READ_FIXTURES = Path(__file__).parent / "fixtures" / "read"
SHARED = Path(__file__).parents[2] / "shared"


def doc(text: str) -> Document:
    return Document(doc_id="t", source="t.txt", text=text, sha256="0" * 64)


# --- citation -------------------------------------------------------------------


def test_citation_is_taken_apart() -> None:
    citation = parse_citation(
        '"Journal of Soviet Ambassador to the DPRK P.V. Orlov for 20 November 1960," November 20, 1960, '
        "History and Public Policy Program Digital Archive, AVPRF F. 0215, Op. 9, Delo 4, Listy 61-88. "
        "Translated for NKIDP by Olga Lindqvist."
    )
    assert citation.title == "Journal of Soviet Ambassador to the DPRK P.V. Orlov for 20 November 1960"
    assert citation.date == "November 20, 1960"
    assert citation.program == "History and Public Policy Program Digital Archive"
    assert citation.reference is not None
    assert (citation.reference.archive, citation.reference.reference) == ("AVPRF", "F. 0215, Op. 9, Delo 4, Listy 61-88")
    assert citation.credits == "Translated for NKIDP by Olga Lindqvist."


def test_title_may_quote_inside_and_date_may_be_missing() -> None:
    citation = parse_citation(
        '"Note on the "Chollima" Movement", Wilson Center Digital Archive, PRC FMA 106-01111-03. Translated by Li Wen.'
    )
    assert citation.title == 'Note on the "Chollima" Movement'
    assert citation.date is None
    assert citation.reference is not None and citation.reference.archive == "PRC FMA"


def test_text_of_another_shape_keeps_only_its_text() -> None:
    citation = parse_citation("Kim Il Sung, Works, vol. 3")
    assert (citation.text, citation.title, citation.reference) == ("Kim Il Sung, Works, vol. 3", None, None)


@pytest.mark.parametrize(
    ("verbatim", "iso"),
    [("October 01, 1957", "1957-10-01"), ("1 October 1957", "1957-10-01"), ("March 1962", "1962-03"),
     ("March, 1962", "1962-03"), ("1962", "1962"), ("c. 1950", "1950"), ("sometime", None)],
)
def test_parse_date(verbatim: str, iso: str | None) -> None:
    assert parse_date(verbatim) == iso


SHELF_MARKS = [
    ("AVPRF F. 0311, Op. 22, Delo 3, Listy 140-172", "AVPRF", "F. 0311, Op. 22, Delo 3, Listy 140-172",
     (("fond", "0311"), ("opis", "22"), ("delo", "3"), ("listy", "140-172"))),
    ("RGANI, fond 5, opis 30, delo 335, listy 1-10", "RGANI", "fond 5, opis 30, delo 335, listy 1-10",
     (("fond", "5"), ("opis", "30"), ("delo", "335"), ("listy", "1-10"))),
    ("RGASPI, f. 17, op. 3, d. 1090, ll. 1-5", "RGASPI", "f. 17, op. 3, d. 1090, ll. 1-5",
     (("fond", "17"), ("opis", "3"), ("delo", "1090"), ("listy", "1-5"))),
    ("GARF, fond R-5446, opis 120, delo 1604", "GARF", "fond R-5446, opis 120, delo 1604",
     (("fond", "R-5446"), ("opis", "120"), ("delo", "1604"))),
    ("Sample National Archives (Mintaországi Levéltár, SNA). XIX-J-1-j India, 1975, 12. doboz", "SNA",
     "XIX-J-1-j India, 1975, 12. doboz", (("collection", "XIX-J-1-j India"), ("box", "12"))),
    ("Archive of the President of the Russian Federation (APRF), fond 3, opis 65, delo 826, listy 86-92", "APRF",
     "fond 3, opis 65, delo 826, listy 86-92",
     (("fond", "3"), ("opis", "65"), ("delo", "826"), ("listy", "86-92"))),
    ("TsAMO, fond 5, opis 918795, delo 122", "TsAMO", "fond 5, opis 918795, delo 122",
     (("fond", "5"), ("opis", "918795"), ("delo", "122"))),
    ("PRC FMA 106-00719-06, 49-54", "PRC FMA", "106-00719-06, 49-54", (("file", "106-00719-06"), ("pages", "49-54"))),
    ("PRC FMA 109-01234-02", "PRC FMA", "109-01234-02", (("file", "109-01234-02"),)),
    ("Hungarian National Archives (MOL), XIX-J-1-j Korea, 11. doboz, 24/b, 005991/1957", "MOL",
     "XIX-J-1-j Korea, 11. doboz, 24/b, 005991/1957",
     (("collection", "XIX-J-1-j Korea"), ("box", "11"), ("file", "24/b"), ("number", "005991/1957"))),
    ("MNL OL XIX-J-1-j - 1973 - 72. doboz - 81 - 002010/1973", "MNL OL", "XIX-J-1-j - 1973 - 72. doboz - 81 - 002010/1973",
     (("collection", "XIX-J-1-j"), ("box", "72"), ("number", "002010/1973"))),
    ("SAPMO-BArch, DY 30/IV 2/2.035/137", "SAPMO-BArch", "DY 30/IV 2/2.035/137",
     (("collection", "DY 30"), ("file", "IV 2/2.035/137"))),
    ("PA AA, MfAA, A 5631", "PA AA", "MfAA, A 5631", (("collection", "MfAA"), ("file", "A 5631"))),
    ("Archive of the Romanian Ministry of Foreign Affairs (AMAE), fond Telegrams, Pyongyang, 1967, vol. 76, pp. 2-3",
     "AMAE", "fond Telegrams, Pyongyang, 1967, vol. 76, pp. 2-3",
     (("fond", "Telegrams"), ("folder", "76"), ("pages", "2-3"))),
    ("Polish Foreign Ministry Archive, z. 11, w. 82, t. 1161", "Polish Foreign Ministry Archive", "z. 11, w. 82, t. 1161",
     (("collection", "11"), ("box", "82"), ("folder", "1161"))),
    ("AAN, KC PZPR, XI A/10, k. 5-9", "AAN", "KC PZPR, XI A/10, k. 5-9", (("collection", "KC PZPR"), ("pages", "5-9"))),
    ("AMSZ, z. 23, w. 4, t. 71", "AMSZ", "z. 23, w. 4, t. 71", (("collection", "23"), ("box", "4"), ("folder", "71"))),
    ("TsDA, Fond 1-B, Opis 60, a.e. 245", "TsDA", "Fond 1-B, Opis 60, a.e. 245",
     (("fond", "1-B"), ("opis", "60"), ("delo", "245"))),
    ("NARA, RG 59, Central Decimal File 1960-63, Box 2130", "NARA", "RG 59, Central Decimal File 1960-63, Box 2130",
     (("collection", "59"), ("box", "2130"))),
    ("Political Archive of the Federal Foreign Office, Berlin (PolA AA), MfAA, C 1088/71", "PolA AA", "MfAA, C 1088/71",
     (("collection", "MfAA"), ("file", "C 1088/71"))),
    ("National Historical and Central Archives, Bucharest, Collection: Romanian Communist Party, Folder 41/1975",
     "National Historical and Central Archives, Bucharest", "Collection: Romanian Communist Party, Folder 41/1975",
     (("collection", "Romanian Communist Party"), ("folder", "41/1975"))),
    ("Archive of the Ministry of Foreign Affairs, Sofia, Record 5, File 112", "Archive of the Ministry of Foreign Affairs, Sofia",
     "Record 5, File 112", (("file", "112"),)),
    ("Archive of the Foreign Ministry, Republic of Freedonia, K-I-4-0-17/70, 12",
     "Archive of the Foreign Ministry, Republic of Freedonia", "K-I-4-0-17/70, 12", ()),
    ("AMAE, Folder 812/1977, Issue 220", "AMAE", "Folder 812/1977, Issue 220", (("folder", "812/1977"), ("file", "220"))),
    ("AVPRF fond 0102, opis 11, delo 6, p.21-30", "AVPRF", "fond 0102, opis 11, delo 6, p.21-30",
     (("fond", "0102"), ("opis", "11"), ("delo", "6"), ("pages", "21-30"))),
    ("Archive of the Romanian Ministry of Foreign Affairs, Year 1955; Issue 20", "Archive of the Romanian Ministry of Foreign Affairs",
     "Year 1955; Issue 20", (("file", "20"),)),
    ("Sample Foundation Archive. Fond Nº 4, opis' Nº 2", "Sample Foundation Archive", "Fond Nº 4, opis' Nº 2",
     (("fond", "Nº 4"), ("opis", "Nº 2"))),
    ("Cables from Oslo 1961, 4/12 w-7, Sample Foreign Ministry Archive (SFMA), Warsaw", "SFMA", "Cables from Oslo 1961, 4/12 w-7", ()),
    ("Notes and Letters, Sample Presidential Library and Museum", "Sample Presidential Library and Museum",
     "Notes and Letters", ()),
    ("Ann Lee, ed., Sample Documents 1975 (Warsaw: Sample Press, 2010), 88-89", "",
     "Ann Lee, ed., Sample Documents 1975 (Warsaw: Sample Press, 2010), 88-89", ()),
    ("KC PZPR, XI A/9, AAN, Warsaw", "AAN", "KC PZPR, XI A/9", (("collection", "KC PZPR"),)),
    ("Sample Documents 1961 (Warsaw: Sample Institute, 2012), Document #7, pp.10-12", "",
     "Sample Documents 1961 (Warsaw: Sample Institute, 2012), Document #7, pp.10-12", ()),
    ("1999-120, Act on Access to Information Held by Administrative Organs", "", "1999-120", ()),
    ("Maço “600.(24h)—CUBA de 1,962//6223,” Ministry of External Relations Archives, Brasilia, Brazil",
     "Ministry of External Relations Archives", "Maço “600.(24h)—CUBA de 1,962//6223”", ()),
    ("AMSZ, Warsaw, 6/77, 1963: w-96, t-1368", "AMSZ", "6/77, 1963: w-96, t-1368", (("number", "6/77"),)),
    ("Stiftung Archiv im Bundesarchiv (Archive of the GDR in the Federal Archives (Foundation); SAPMO-BArch), Berlin, "
     "Germany, DY 30/IV A 2/20/442, 57-58", "SAPMO-BArch", "DY 30/IV A 2/20/442, 57-58",
     (("collection", "DY 30"), ("file", "IV A 2/20/442"), ("pages", "57-58"))),
    ("RGANI (formerly Center for Preservation of Contemporary Documentation [TsKhSD]), f. 5, op. 49, d. 235, ll. 107-110",
     "RGANI", "f. 5, op. 49, d. 235, ll. 107-110", (("fond", "5"), ("opis", "49"), ("delo", "235"), ("listy", "107-110"))),
    ("TsAMO RF, fond 5, opis 918795, delo 12, list 42", "TsAMO RF", "fond 5, opis 918795, delo 12, list 42",
     (("fond", "5"), ("opis", "918795"), ("delo", "12"), ("listy", "42"))),
    ("Notes of Georgy Shakhnazarov, Archive of the Gorbachev Foundation, f. 5, op. 1",
     "Archive of the Gorbachev Foundation", "f. 5, op. 1", (("fond", "5"), ("opis", "1"))),
    ("the Gorbachev Foundation Archive, f. 3, op. 1", "Gorbachev Foundation Archive", "f. 3, op. 1",
     (("fond", "3"), ("opis", "1"))),
    ("Archive of the Gorbachev Foundation. Moscow, Russian Federation.", "Archive of the Gorbachev Foundation", "", ()),
    ("Sample Selected Writings, Vol. 4 (Beijing: Sample Press, 1991): 10-18", "",
     "Sample Selected Writings, Vol. 4 (Beijing: Sample Press, 1991): 10-18", ()),
]


@pytest.mark.parametrize(("holding", "archive", "reference", "parts"), SHELF_MARKS, ids=[s[1] + "-" + s[0][:12] for s in SHELF_MARKS])
def test_shelf_mark_forms(holding: str, archive: str, reference: str, parts: tuple) -> None:
    split = split_shelf_mark(holding + ".")
    assert split is not None
    assert (split.archive, split.reference, split.parts) == (archive, reference, parts)


def test_shelf_mark_kinds_are_the_documented_ones() -> None:
    emitted = {kind for *_, parts in SHELF_MARKS for kind, _ in parts}
    assert emitted == set(PART_KINDS)
    assert set(citation_module._PREFIX_KINDS.values()) <= set(PART_KINDS)
    assert set(citation_module._SUFFIX_KINDS.values()) <= set(PART_KINDS)


def test_unquoted_citation_ends_its_title_at_the_date_and_its_shelf_mark_at_the_credits() -> None:
    citation = parse_citation(
        "Record of a Talk, N.S. Orlov with Kim Il, June 12, 1961, History and Public Policy Program Digital Archive, "
        "Russian State Archive of Economy, copy provided by the Hoover Institution; translation by Ann K. Moore."
    )
    assert citation.title == "Record of a Talk, N.S. Orlov with Kim Il"
    assert parse_date(citation.date or "") == "1961-06-12"
    assert citation.reference is not None
    assert (citation.reference.archive, citation.reference.reference) == ("Russian State Archive of Economy", "")
    assert parse_credits(citation.credits) == (("Ann K. Moore",), ())


def test_a_disclosures_file_number_takes_the_archive_it_is_also_available_at() -> None:
    citation = parse_citation(
        '"Cable No. 402, Ambassador Mori to the Foreign Minister," May 02, 1975, Wilson Center Digital Archive, '
        "2008-112, Act on Access to Information Held by Administrative Organs. Also available at the Sample "
        "Diplomatic Archives of the Ministry of Foreign Affairs. Contributed by Ann Lee and translated by Ben Ito."
    )
    assert citation.reference is not None
    assert (citation.reference.archive, citation.reference.reference) == (
        "Sample Diplomatic Archives of the Ministry of Foreign Affairs", "2008-112")
    assert parse_credits(citation.credits)[0] == ("Ben Ito",)


def test_a_translator_named_by_surname_is_the_one_the_credits_named_in_full() -> None:
    assert parse_credits("Obtained by Vera Lukic and Ivan Horvat and translated by Lukic.") == (
        ("Vera Lukic",), ("Vera Lukic", "Ivan Horvat"))


def test_an_address_the_archive_was_first_read_at_is_not_part_of_the_shelf_mark() -> None:
    citation = parse_citation(
        '"Cable, Embassy to State," May 02, 1994, Wilson Center Digital Archive, "Sample Releases," Case Number 2001-7, '
        "Sample Presidential Library, originally accessed at https://example.org/items/4."
    )
    assert citation.reference is not None
    assert (citation.reference.archive, citation.reference.reference) == (
        "Sample Presidential Library", '"Sample Releases," Case Number 2001-7')


def test_a_reprint_may_label_its_citation() -> None:
    meta = extract_metadata(doc(
        "Sample Note\n\nFirst Published: “Note on “the Visit” of A. Lee,” January 31, 1975, Wilson Center Digital "
        "Archive, Ann Lee, ed., Sample Documents (Warsaw: Sample Press, 2010), 8-9. Translated by Ian Doe.\n\nBody text.\n"
    ))
    assert (meta.title, meta.date and meta.date.iso, meta.translators) == (
        "Note on “the Visit” of A. Lee", "1975-01-31", ("Ian Doe",))
    assert meta.reference is not None and meta.reference.archive == ""


def test_the_archive_record_address_wins_over_another_source_address() -> None:
    text = (
        "Citation:\n\n“Cable,” May 02, 1994, Wilson Center Digital Archive, Sample Library, originally accessed at\n\n"
        "<https://example.org/items/4.>\n\n<https://digitalarchive.wilsoncenter.org/document/123>\n\nSummary:\n\nA cable.\n"
    )
    metadata = extract_metadata(doc(text))
    assert (metadata.url, metadata.record_id) == ("https://digitalarchive.wilsoncenter.org/document/123", "123")


def test_program_and_title_are_not_the_archive() -> None:
    citation = parse_citation(
        '"Memorandum, Budapest", May 02, 1958, Wilson Center Digital Archive, MNL OL XIX-J-1-j Korea, 5. doboz. '
        "Obtained and translated by Imre Fekete."
    )
    assert citation.reference is not None and citation.reference.archive == "MNL OL"


def test_credits_begin_at_a_document_obtained_by_sentence() -> None:
    citation = parse_citation(
        '"Minutes of the Session", 1971, Wilson Center Digital Archive, Sample Party Archive, Fond 5, Record 12, '
        'file 3. Document obtained by Dr. Ian Doe; Translated by Ann Lee.'
    )
    assert citation.reference is not None and citation.reference.reference == "Fond 5, Record 12, file 3"
    assert parse_credits(citation.credits) == (("Ann Lee",), ("Ian Doe",))
    included = parse_citation('"Telegram No. 12", 1967, Wilson Center Digital Archive, Fond 5. Obtained and translated '
                              'for CWIHP by Ann Lee and Ian Doe and included in CWIHP Working Paper, "Oil and Arms."')
    assert parse_credits(included.credits) == (("Ann Lee", "Ian Doe"), ("Ann Lee", "Ian Doe"))
    lower = parse_citation('"Minutes", 1967, Wilson Center Digital Archive, KC PZPR, XI A/9, AAN, Warsaw; '
                           'document obtained by Ian Doe; translation for CWIHP by Ann Lee')
    assert lower.reference is not None and lower.reference.archive == "AAN"
    assert parse_credits(lower.credits) == (("Ann Lee",), ("Ian Doe",))


def test_an_academic_rank_is_no_part_of_a_translators_name() -> None:
    assert parse_credits("Obtained by Dr. Ian Doe. Translated by Assistant Professor Ann Lee.") == (
        ("Ann Lee",), ("Ian Doe",))


def test_translation_and_editing_by_names_translators() -> None:
    assert parse_credits("Obtained by Ian Doe; transcribed by Eva Kis; translation and editing by Ann Lee and "
                         "Ida Szabo.") == (("Ann Lee", "Ida Szabo"), ("Ian Doe",))


def test_an_editor_credited_after_the_translator_is_no_part_of_the_translators_name() -> None:
    credits = "Translated by Dr. Vera Kostova, Edited by Dr. Yordan Petrov and Ivo Marin. Obtained by the Sofia Group."
    assert parse_credits(credits) == (("Vera Kostova",), ("the Sofia Group",))
    assert parse_editors(credits) == ("Yordan Petrov", "Ivo Marin")
    assert parse_editors("Translated by Ann Lee and edited by Ian Doe.") == ("Ian Doe",)
    assert parse_editors("Also published in Collected Papers, edited by Ion Pop, (Bucharest, 2005), pp. 9-11.") == ()


def test_credits_begin_after_a_quoted_box_label_ending_in_a_full_stop() -> None:
    citation = parse_citation(
        '"Note on the Visit", May 02, 1988, Wilson Center Digital Archive, Staatsarchiv Wien, Nachlass Gruber, '
        'box "BK – Bonn; BK – Rome." Obtained and translated by Karl Weiss'
    )
    assert citation.reference is not None
    assert citation.reference.reference.endswith('box "BK – Bonn; BK – Rome."')
    assert parse_credits(citation.credits) == (("Karl Weiss",), ("Karl Weiss",))


def test_credits_glued_to_the_shelf_marks_last_full_stop_still_begin() -> None:
    citation = parse_citation(
        '"Report, Legation of Hungary", March 04, 1953, History and Public Policy Program Digital Archive, MOL, '
        'XIX-J-1-j-Korea-11/f-00828/1953 8.d.Translated by Anna Kovacs.'
    )
    assert citation.reference is not None
    assert citation.reference.reference.startswith("XIX-J-1-j-Korea-11/f-00828/1953 8.d")
    assert "Translated" not in citation.reference.reference
    assert parse_credits(citation.credits)[0] == ("Anna Kovacs",)


@pytest.mark.parametrize(
    ("credits", "translators", "obtained"),
    [
        ("Obtained by Lin Haoran and translated by Peter Walsh and Anna Croft.", ("Peter Walsh", "Anna Croft"), ("Lin Haoran",)),
        ("Translated for NKIDP by Gary Goldberg.", ("Gary Goldberg",), ()),
        ("Translated by Olga Lindqvist for NKIDP.", ("Olga Lindqvist",), ()),
        ("Translated by Mark Ellison, Ruth Okafor, and Li Wen.", ("Mark Ellison", "Ruth Okafor", "Li Wen"), ()),
        ("Contributed by Ada Brown.", (), ("Ada Brown",)),
        ("obtained and translated by Radio Sofia, copy provided by Ian Holt; translation by Vera Lund slightly revised",
         ("Radio Sofia", "Vera Lund"), ("Radio Sofia",)),
        ("Contributed and translated by Ada Brown.", ("Ada Brown",), ("Ada Brown",)),
        ("Obtained and translated by Imre Fekete.", ("Imre Fekete",), ("Imre Fekete",)),
        ("Obtained and translated for NKIDP by Imre Fekete and Eva Hollo.", ("Imre Fekete", "Eva Hollo"), ("Imre Fekete", "Eva Hollo")),
        ("Obtained for CWIHP by Sergei V. Markov and translated by Anna Petrova.", ("Anna Petrova",), ("Sergei V. Markov",)),
        ("Translated by Li Wen. Edited by Tom Reyes.", ("Li Wen",), ()),
        ("copy provided by the Hoover Institution, Stanford; translation by Ann K. Moore.", ("Ann K. Moore",), ()),
        ("Obtained by Ian Doe (Sample University) and translated by Ann K. Lee (Other College).", ("Ann K. Lee",), ("Ian Doe",)),
        ("Translated and edited by Dr. Ann Lee and Ian Doe.", ("Ann Lee", "Ian Doe"), ()),
        ("", (), ()),
    ],
)
def test_credit_forms(credits: str, translators: tuple, obtained: tuple) -> None:
    assert parse_credits(credits) == (translators, obtained)


@pytest.mark.parametrize(
    ("line", "funders"),
    [
        ("This document was made possible with support from the ROK Ministry of Unification, Leon Levy Foundation",
         ("ROK Ministry of Unification", "Leon Levy Foundation")),
        ("This document was made possible with support from the Korea Foundation and the MacArthur Foundation",
         ("Korea Foundation", "MacArthur Foundation")),
        ("This document was made possible with support from the John D. and Catherine T. MacArthur Foundation.",
         ("John D. and Catherine T. MacArthur Foundation",)),
        ("Credits:\n\nThis document was made possible with support from Leon Levy Foundation", ("Leon Levy Foundation",)),
        ("This document was made possible with support from Mariam and Karim Haddad", ("Mariam and Karim Haddad",)),
        ("This document was made possible with support from Bilkent University and Hyundai Motor Company",
         ("Bilkent University", "Hyundai Motor Company")),
        ("This document was made possible with support from Sample Studies Institute, Hanbit University",
         ("Sample Studies Institute, Hanbit University",)),
        ("This document was made possible with support from the Sample Foundation, Hanbit University",
         ("Sample Foundation", "Hanbit University")),
        ("No credits here.", ()),
    ],
)
def test_funders(line: str, funders: tuple) -> None:
    assert extract_metadata(doc(line + "\n")).funders == funders


# --- authors --------------------------------------------------------------------------


CITATION = '"{title}", May 02, 1958, Wilson Center Digital Archive, AVPRF F. 0102, Op. 14, Delo 8, Listy 1-9.\n\n'


@pytest.mark.parametrize(
    ("title", "body", "authors"),
    [
        ("Journal of Soviet Ambassador to the DPRK P.V. Orlov for 2 May 1958", "I visited Nam Il.", ("P. V. Orlov",)),
        ("From the Journal of S. P. Lazarev, Record of a Conversation with Kim Il", "Kim Il said.", ("S. P. Lazarev",)),
        ("Record of a Conversation with Premier Kim Il Sung by Counsellor V. I. Pelishenko", "He said.", ("V. I. Pelishenko",)),
        ("Journal of the U.S. Embassy for May 1958", "Nothing.", ()),
        ("Memorandum of Conversation with Mengistu", 'SECRET\nFrom the journal of "11" August 1977\nOrlov, A.P. Issue '
         'No. 284\n\nRECORD OF CONVERSATION\nwith Mengistu', ("Orlov",)),
        ("Journal of Ambassador to the DPRK Puzanov for 2 May 1958", "I visited Nam Il.", ("Puzanov",)),
        ("From the Diary of Yu. P. Chestnoy, Record of a Conversation with Mario Monje, 3 August 1964",
         "Today I met Monje.", ("Yu. P. Chestnoy",)),
        ("Report on a Visit", "We arrived.\n\nIvan Sorokin, Pavel Lebedev, and Lin Mei\n2 May [1958]", ("Ivan Sorokin", "Pavel Lebedev", "Lin Mei")),
        ("Report on a Visit", "We arrived.\n\nIvan Sorokin\n\nPavel Lebedev", ("Ivan Sorokin", "Pavel Lebedev")),
        ("Report on a Visit", "We arrived.\n\nAMBASSADOR OF THE USSR IN THE DPRK /signature/ A. PUZANOV", ("A. Puzanov",)),
        ("Report on a Visit", "We arrived.\n\n[signature]\nPál Szabó\nCounsellor\nPyongyang", ("Pál Szabó",)),
        ("Report on a Visit", "We arrived.\n\nSigned: Lech Nowak and Jan Kos", ("Lech Nowak", "Jan Kos")),
        ("Report on a Visit", "We arrived.\n\nKim Il Sung was present at the conversation.", ()),
        ("Report on a Visit", "We arrived.\n\nTop Secret\nCopy No 2", ()),
        ("Report on a Visit", "We arrived.\n\n[1] Kim Il Sung, Works.", ()),
        ("Report on a Visit", "We arrived.\n\nTranslator's Notes\n\n1. On 2 May the delegation left.", ()),
        ("Report from Ferenc Kardos, 'Information on the Harvest'", "We went.", ("Ferenc Kardos",)),
        ("Cable, Zhou Enlai to Chairman Mao", "Received.", ("Zhou Enlai",)),
        ("Telegram, Rogov to Gromyko", "Received.", ("Rogov",)),
        ("Ciphered Telegram, Rogov to Filippov (Stalin)", "Received.", ("Rogov",)),
        ("Telegram from Pyongyang to Bucharest, No. 061.204", "Received.", ()),
        ("Telegram from the Brazilian Embassy in Warsaw (da Silva), 4 p.m., Monday", "I went.", ("da Silva",)),
        ("Polish Embassy, Buenos Aires (Kowalski), to Polish Foreign Ministry", "I went.", ("Kowalski",)),
        ("Telegram from Brazilian Delegation at the 18th Session of the UN General Assembly (Araujo Castro), New York",
         "I went.", ("Araujo Castro",)),
        ("Telegram, Pyongyang to Bucharest", "Received.", ()),
        ("Report from the President of Electrobrás Jorge Amaral Lins to Foreign Minister Ramos, 'Trip to Lima'",
         "We went.", ("Jorge Amaral Lins",)),
        ("Letter from the Chairman of the State Planning Commission Jan Kos to Minister Lech Nowak", "We went.",
         ("Jan Kos",)),
        ("Report from the Director of the Institute of Oriental Studies to the Ministry", "We went.", ()),
        ("Report from the Romanian Embassy in Pyongyang", "Received.", ()),
        ("Cable from the Chinese Foreign Ministry, 'On Trade'", "Received.", ()),
        ("Col. Tadeusz Wrona, 'Record of a Conversation with the Korean Chief of Staff'", "He said.", ("Tadeusz Wrona",)),
        ("Record of Conversation between Soviet Ambassador to the DPRK Ivan Orlov and Minister Pak", "He said.", ("Ivan Orlov",)),
        ("Memorandum of Conversation between Mao Zedong and Kim Il Sung", "He said.", ()),
        ("Report on a Visit", "We arrived.\n\nBy order of the Minister\nTibor Halmos\nDeputy Head of Department", ("Tibor Halmos",)),
        ("Report on a Visit", "We arrived.\n\nLajos Kerekes\nChargé d'Affaires ad interim", ("Lajos Kerekes",)),
        ("Report on a Visit", "We arrived.\n\nActing Ambassador Ion Marin", ("Ion Marin",)),
        ("Report on a Visit", "We arrived.\n\nAMBASSADOR IN THE DPRK [signature] /P. ORLOV/\n\nThree copies printed\n"
         "1 - Cde. A. A. Gromyko\n2 - to file\nNº 412 - 3 May 1958", ("P. Orlov",)),
        ("Report on a Visit", "from the journal of [stamp: SECRET\n\nS. N. FILATOV Incoming Nº 14]\n\nI received him.",
         ("S. N. Filatov",)),
        ("Journal of Ambassador P.V. Orlov for 2 May 1958", "I went.\n\nAMBASSADOR /signature/ P. ORLOV", ("P. V. Orlov",)),
        ("Record of a Talk with Ambassador Ri", "MINISTRY OF FOREIGN AFFAIRS\n\nFrom the diary of N.K. Sorin\n\nI met Ri.",
         ("N. K. Sorin",)),
        ("Record of a Talk with Ambassador Ri", "Outgoing no. 12\n\nFrom the log of N.K. Sorin\n\nI met Ri.",
         ("N. K. Sorin",)),
        ("Diary of Ilya Bragin-Svetlov on a dinner with Nam Il", "We dined.", ("Ilya Bragin-Svetlov",)),
        ("Diary of Soviet Ambassador Orlov for 2 May 1958", "We dined.", ("Orlov",)),
        ("Untitled report from Jerzy Malinski, Polish Ambassador to the DPRK, on the harvest", "Received.",
         ("Jerzy Malinski",)),
        ("Statement by Petar Dimov on the Visit to Pyongyang", "Comrades.", ("Petar Dimov",)),
        ("Notes from a Conversation between Comrade Hrubes of the Czech Embassy with the Soviet Ambassador",
         "Highly classified!\n\nRecord of c. Hrubes's conversation with the Soviet ambassador\n\nI called on him.",
         ("Hrubes",)),
        ("Memorandum of Conversation, by the Director of the Office of Chinese Affairs (Clubb)", "He said.",
         ("Clubb",)),
        ("Memorandum of Conversation, by the Secretary of State", "He said.", ()),
        ("The Ambassador in Japan (Sebald) to the Secretary of State", "Tokyo, May 2, 1958.", ("Sebald",)),
        ("The Secretary of State to the Embassy in Korea", "Secret.", ()),
        ("Report of Ambassador Ivan Orlov to the Ministry of Foreign Affairs About His Meeting With Nam Il",
         "He said.", ("Ivan Orlov",)),
        ("Report of the Embassy to the Ministry About the Harvest", "We went.", ()),
        ("Reception by Chargé d'Affaires a.i. P. Orlov for Counsellor Cde. Ri Sang-su", "I received Comrade Ri.",
         ("P. Orlov",)),
        ("Reception by Ambassador Cde. Orlov for the Korean Delegation", "Orlov received them.", ()),
        ("Record of Conversation of Counsellor A. Sorin with Vice Minister Ri", "Ri said.", ("A. Sorin",)),
        ("Conversation of Ambassador Orlov with Nam Il", "Nam Il said.", ("Orlov",)),
        ("Record of a Conversation of Cde. Stalin with Kim Il Sung", "Stalin asked.", ()),
        ("Record of Orlov's Conversation with Nam Il", "I called on Nam Il.", ("Orlov",)),
        ("Record of Orlov's Conversation with Nam Il", "Orlov: I greet you.\nNam Il: Thank you.", ()),
        ("Record of Premier Zhou Enlai's Meeting with Nam Il", "Zhou said: I am glad.", ()),
        ("Record of Ri Tae-ho's Conversation with the Delegation", "I received them. Ri Tae-ho said he was glad.", ()),
        ("Record of Orlov's Meeting with Nam Il", "I called on Nam Il.", ()),
        ("Telegram from Rogov to Gromyko and Stalin", "I met Kim.\n\nROGOV", ("Rogov",)),
        ("Ciphered Telegram No. 40512 from Rogov to Filippov", "Kim told Rogov.", ("Rogov",)),
        ("Telegram from Paris to Moscow", "I met the minister in Paris.", ()),
        ("Telegram from Belov to the Foreign Ministry on a Meeting with Mao", "From Belov\nMao asked me to wait.", ("Belov",)),
        ("Telegram from Harbin to the Foreign Ministry", "From Harbin\nThe consul asked me to wait.", ()),
        ("Ciphered telegram from Belov and Dudenko in Pyongyang", "Kim told us.", ("Belov", "Dudenko")),
        ("Ciphered telegram from Moscow and Kiev", "Kim told us.", ()),
        ("Cable Nos. 408-410, Rogov to Gromyko", "Received.", ("Rogov",)),
        ("Note on a Conversation by Wasik, Nowacki and Zelent at the Soviet Embassy in Hanoi", "We met them.",
         ("Wasik", "Nowacki", "Zelent")),
        ("\"Report to the [PB] Presidium,\" from Pál Szabó, Imre Kertész and Géza Tóth", "We went.",
         ("Pál Szabó", "Imre Kertész", "Géza Tóth")),
        ("\"Report to the Presidium,\" from the Ministry of Foreign Affairs", "We went.", ()),
        ("Code Message No. 2210 from Ambassador Wierzbicki in Oslo to Naszkowski", "Lange received me.",
         ("Wierzbicki",)),
        ("Letter from Edward T. Blake to President Carter", "Dear Mr President.", ("Edward T. Blake",)),
        ("Letter to Cde. Karl Brandner from Cde. Wolters on a Meeting with Li Ming", "Li Ming received me.",
         ("Wolters",)),
        ("Telegram to the Foreign Ministry from Ambassador Jan Rossa, on the Harvest", "I visited them.", ("Jan Rossa",)),
        ("Letter to the Editor from the Readers of Trybuna", "We write.", ()),
        ("Note by Ambassador Orlov on a Conversation with Nam Il", "He said.", ("Orlov",)),
        ("From the Journal of Ambassador Pavel Sorin: Memorandum of Conversation with Nam Il", "He said.",
         ("Pavel Sorin",)),
        ("Diary of Soviet Ambassador Orlov", "We dined.", ("Orlov",)),
        ("Journal Entry of Ambassador Sorin: Conversation With Nam Il", "I visited Nam Il.", ("Sorin",)),
        ("Telegram, Embassy of Hungary in Romania", "Dragomir told [me] so.\n– Kertesz – 57 –\n", ("Kertesz",)),
        ("Telegram Shtykov to Vyshinsky on a Luncheon", "I report about the luncheon. Kim Il Sung spoke.", ("Shtykov",)),
        ("Telegram Shtykov to Vyshinsky on a Luncheon", "Kim Il Sung spoke at the luncheon.", ()),
        ("Telegram Moscow to Vyshinsky on a Luncheon", "I report about the luncheon.", ()),
        ("Cable from Moscow to the Foreign Office", "Sir D. Kelly\n\nNo. 608\n\nThe Minister received me last night.",
         ("D. Kelly",)),
        ("Cable from Moscow to the Foreign Office", "Sir D. Kelly\n\nNo. 608\n\nThe Minister received the delegation.",
         ()),
        ("Telegram, Embassy of Hungary in Romania", "Dragomir told [me] so.\n– 232 – Kertesz –\n", ("Kertesz",)),
        ("Telegram, Embassy of Hungary in Romania", "Dragomir told [me] so.\n– 232 – 57 –\n", ()),
        ("Deputy Minister Kowalczyk, 'Record of Conversation with the Ambassador of Sweden'", "He came.", ("Kowalczyk",)),
        ("Telegram from Yugoslav Embassy in Buenos de Aires (Markovic) to Yugoslav Foreign Ministry", "Talks.",
         ("Markovic",)),
        ("Cipher No. 512", "Cipher No. 512\nComrade Nowak\nComrade Wrona in dispatch No. 7 of 2/6/69 states:\nI met him.",
         ("Wrona",)),
        ("Report on a Visit", "We went.\n\nAmbassador of the USSR in the MPR\nORLOV\n", ("Orlov",)),
        ("Cable on a Visit", "I met the admiral.\n\n(Signed) Pedro L. Alves\n\n\n\nA cable received from the "
         "embassy in Lima regarding the visit of the admiral to Brazil, in which the ambassador and the admiral discussed "
         "nu", ("Pedro L. Alves",)),
        ("Report on a Visit", "We went.\n\nCounsellor of the Embassy\n/A. Sorin/\n", ("A. Sorin",)),
        ("Note on a Meeting", "We declared our willingness.\n[Signed] Kranz\nMajor General\n", ("Kranz",)),
        ("Note on a Meeting", "We declared our willingness.\nLieutenant Colonel\n", ()),
        ("Report on a Visit", "We went to Sariwon.\n\nCounsellor of the Embassy\nSariwon\n", ()),
        ("Telegram from Polish Embassy in Sofia (Nowak), 3 May 1958", "I met the minister.", ("Nowak",)),
        ("Cable no. 41 from the Bulgarian Embassy in Tirana (Petrov) to the Ministry", "Received.", ("Petrov",)),
        ("Romanian Embassy in Hanoi (Ionescu), Report on the Harvest", "We went.", ("Ionescu",)),
        ("Cable no. 7 from the Polish Embassy in Hanoi (Jan Wrona)", "Received.", ("Jan Wrona",)),
        ("Albanian Foreign Ministry (Dume), Cable to the Embassy in Sofia", "Received.", ("Dume",)),
        ("Cable No. 31, Ambassador Kato to the Foreign Minister, 'Talks'", "Received.", ("Kato",)),
        ("Director General Nowicki, 'Record of Conversation'", "He came.", ("Nowicki",)),
        ("East German Ambassador in Accra Bauer, 'Note about a Conversation'", "He came.", ("Bauer",)),
        ("Report from the Embassy of Poland in Hanoi (Excerpt)", "We went.", ()),
        ("From the Journal of Sorin: Record of a Conversation with Nam Il", "Nam Il told Sorin.", ("Sorin",)),
        ("From the Diary of Lebedev P.K., 'Record of Conversation with Nam Il'", "I met Nam Il.", ("Lebedev",)),
        ("Excerpts from Dashdorj's diary on his talk with Nam Il", "I asked Nam Il.", ("Dashdorj",)),
        ("Journal of Events: the Harvest in May 1958", "We went.", ()),
        ("Note No. 4/58 on a Talk with Nam Il", "During my [GDR ambassador to the DPRK, Karl Weber] talk Nam Il said.",
         ("Karl Weber",)),
        ("Note on a Talk with Nam Il", "Then I [Ambassador Orlov] asked Nam Il.", ("Orlov",)),
        ("Note on a Talk with Nam Il", "Then I [sic] asked Nam Il.", ()),
        ("Note on a Talk with Nam Il", "Then I [the Embassy] asked Nam Il.", ()),
        ("Note of Comrade Weber, East German Ambassador, with the Polish Ambassador", "He said.", ("Weber",)),
        ("Note of Comrade Weber with the Polish Ambassador, Comrade Nowak", "He said.", ()),
        ("Report on a Visit", "We went.\n\nAmbassador of the USSR in the MPR [Signature] P[avel]. Sorin", ("P. Sorin",)),
        ("Report on a Visit", "To Comrade Gromyko\n\nEnclosed is a record.\n\nAmbassador of the USSR in the PRC\n\n"
         "[Signature] (P. Sorin)\n\nTop Secret\n\nAmbassador Ri visited us.\n", ("P. Sorin",)),
        ("Report on a Visit", "To Comrade Gromyko\n\nEnclosed is a record.\n\nTop Secret\n\n"
         "[Signature] (P. Sorin)\n\nAmbassador Ri visited us.\n", ()),
        ("Urgent Note from the Conversation of Jan Kowal with Ambassador Li Ping", "I told Li Ping we agree.", ("Jan Kowal",)),
        ("Urgent Note from the Conversation of Jan Kowal with Ambassador Li Ping", "Jan Kowal told Li Ping so.", ()),
        ("Record of a Conversation between Li Ping and Jan Kowal", "Li Ping said I was right.", ()),
        ("Legation in Sofia (Nagy), Report on the Harvest", "Official: Anna Kovács\nTyped by: ZS\n\nWe went.",
         ("Anna Kovács",)),
        ("Report on the Harvest", "Official: in charge\n\nWe went.", ()),
        ("Cable No. 12, Charge d'Affairs Sato to the Foreign Minister", "I visited the Director.", ("Sato",)),
        ("Report on the Talks", "The Speaker of the Majlis spoke first.\n\nMajlis Spea", ()),
        ("Report on the Talks", "The Speaker of the Majlis spoke first.\n\nMajlis Sato", ("Majlis Sato",)),
        ("Note on a Conversation with Comrade Nowak", "I informed Comrade Nowak.\nJarck\nActing Ambassador\nCC:\n"
         "2x Far Eastern Department\n1x Embassy", ("Jarck",)),
        ("Protocol number 14 of the Budget Committee", "Committee Members:\nA. (Amos) Levin\n\nNotes by:\nT. Rosen\n\n"
         "A. Levin: I open the session.", ("T. Rosen",)),
        ("Report, Embassy of Hungary to the Foreign Ministry", "12/Top Secret.\nPresenter: Béla Tóth\n\nI went.",
         ("Béla Tóth",)),
        ("Information on a Visit", "To: The Ambassador\nComrade Ivan Kolev\nFrom Petar N. Dimov\nFirst Secretary\n\n"
         "I was received by the deputy minister.", ("Petar N. Dimov",)),
        ("Information on a Visit", "To: The Ambassador\nFrom Petar N. Dimov\n\nThe deputy minister received him.", ()),
        ("Information on a Visit", "From Petar N. Dimov\n\nI was received by the deputy minister.", ()),
        ("Telegram No. 312 from the Embassy, Hanoi", "The minister left for Moscow.\n\nDrugov 0417", ("Drugov",)),
        ("Telegram from the Foreign Ministry", "The embassy reports calm.\n\nKovačević", ("Kovačević",)),
        ("Telegram from the Foreign Ministry", "Kovačević reports calm.\n\nKovačević", ()),
        ("Telegram from the Foreign Ministry", "The embassy reports calm.\n\nMore", ()),
        ("Report from the Embassy", "The embassy reports calm.\n\nDrugov 0417", ()),
        ("Orlov Report, 3 May 1958", "Today I was invited to the session.", ("Orlov",)),
        ("Secret Telegram from Orlov (Saigon) to Belov (Warsaw)", "I met the minister; Orlov's note follows.\n",
         ("Orlov",)),
        ("Secret Telegram from Saigon to Warsaw", "I met the minister; Orlov's note follows.\n", ()),
        ("Letter, KGB Chairman Orlov to Minister for State Security Belov", "Dear Comrade Belov!\nWe agree.\n",
         ("Orlov",)),
        ("Secret Telegram from Orlov (Saigon) to Belov (Warsaw) [Ciphergram No. 12]", "I met the minister.\n", ("Orlov",)),
        ("Report on a Stay", "Minister of Defense Karl Brenner\nto\nComrade Otto Brandl\n\nA delegation under my leadership "
         "went.", ("Karl Brenner",)),
        ("Report on a Stay", "Minister of Defense Karl Brenner\nto\nComrade Otto Brandl\n\nThe delegation went.", ()),
        ("Orlov's Telegram on the Harvest", "I went to Sariwon.", ("Orlov",)),
        ("Orlov Report, 3 May 1958", "Orlov was invited to the session.", ()),
        ("Liaison Report from the Embassy", "I went to Sariwon.", ()),
        ("CDS Report No. 12", "I went to Sariwon.", ()),
        ("Situation Report, 3 May 1958", "I went to Sariwon.", ()),
        ("Report from the Polish Ambassador to Rome, Tadzhek Wrona, on the Harvest", "Received.", ("Tadzhek Wrona",)),
        ("Memo from Bulgarian Ambassador in Hanoi, Petar Dimov, to the Department", "I went.", ("Petar Dimov",)),
        ("Raúl Ortega Vidal to the Cuban Armed Forces Minister [Raúl Castro]", "We arrived.", ("Raúl Ortega Vidal",)),
        ("Delegation Trip to Moscow", "We arrived.", ()),
        ("KLS Report No. 21 from Han Sung Ho to the President", "I visited the Foreign Minister.", ("Han Sung Ho",)),
        ("Letter No. 9 from the President (Pyun Yung Tai) to Minister Han Sung Ho", "Thank you for your report.",
         ("Pyun Yung Tai",)),
        ("Brandlmeier to Hermann Oster", "Brandlmeier, SED CC Department of International Relations,\nto Hermann "
         "Oster, 9 June 1978\n\nComrade Petrov sends greetings.", ("Brandlmeier",)),
        ("Visit to Hermann Oster", "Visit to Hermann Oster, 9 June 1978\n\nComrade Petrov sends greetings.", ()),
        ("Berlin to Hermann Oster", "Berlin, 9 June 1978\n\nComrade Petrov sends greetings from Berlin.", ()),
        ("P. Sorin to the CPSU CC", "We sent a memo.", ("P. Sorin",)),
        ("File Note of Ambassador J. Nowak in New Delhi to Comrade Adam Rapacki", "I went.", ("J. Nowak",)),
        ("Note on the Farewell Visit of the Polish Ambassador, Comrade Nowak, with Comrade Weber on 2 May 1968",
         "Comrade Nowak thanked me for our cooperation.", ("Weber",)),
        ("Note on the Farewell Visit of the Polish Ambassador, Comrade Nowak, with Comrade Weber on 2 May 1968",
         "Comrade Weber said that Comrade Nowak thanked him.", ()),
        ("Memorandum DEM/12, Paulo Ribeiro de Souza Lima, Deputy Chief of the Energy Division, 'Nuclear Talks'",
         "He visited me.", ("Paulo Ribeiro de Souza Lima",)),
        ("Report on the Fair", "Attached you will find a report sent to us by Deputy Minister Comrade Sobota, who "
         "led our delegation. Please forward it.\n\nWhile I was in Cairo the minister received me.", ("Sobota",)),
        ("Report on the Fair", "Attached you will find a report sent to us by Deputy Minister Comrade Sobota. "
         "Please forward it.\n\nThe minister received the delegation.", ()),
        ("Entry from the Journal of Soviet ambassador to Samplia Orlov, Conversation with Secretary-General R.K. Doe",
         "At a reception I met R.K. Doe.", ("Orlov",)),
        ("Aleksander Kowalczyk’s Notes from the 3-4 May Polish-Czechoslovak Talks",
         "Meeting with Comrades Novotny, Siroky on 3 V 58.", ("Aleksander Kowalczyk",)),
        ("Notepad of Giorgi Abashidze, 4 June 1988", "Meeting with Li Peng\n\nM.S.: Welcome.", ("Giorgi Abashidze",)),
        ("Excerpt from the Diary of Pavel Orlov", "Wednesday, 4 May 1988\n\nI spoke with M.S. about it.",
         ("Pavel Orlov",)),
        ("Copy of P.K. Sorin's Notes to the CPSU CC Presidium about His Stay in Burma", "I asked U Nu.", ("P. K. Sorin",)),
        ("Volyn Oblast First Secretary Yu. Orlenko's Report to P. Dmytruk", "On 3 May I met Cde. Hruska.",
         ("Yu. Orlenko",)),
        ("V. Orlenko Reports on a Visit by a Delegation from the CSSR", "On the first day I received the guests.",
         ("V. Orlenko",)),
        ("V. Orlenko Reports on a Visit by a Delegation from the CSSR", "The delegation was received by the Premier.",
         ()),
        ("Record of Premier Zhou's Conversation with Ambassador Keita", "Interpreter: Zhao Min\n"
         "Recorders: Liu Fang, Sun Hong\n\nPremier Zhou: Welcome.", ("Liu Fang", "Sun Hong")),
        ("Record of Premier Zhou's Conversation with Ambassador Keita", "Notetaker: [not given]\n\nPremier Zhou: Welcome.",
         ()),
        ("Summary of the Talks between Premier Zhou and Nehru", "Persons present from our side: Vice Premier Chen Yi and "
         "Liu Fang (interpreter and note taker)\n\nNehru said that he had arrived.", ("Liu Fang",)),
        ("Stasi Note on Meeting Between Minister Koch and KGB Chairman Petrov", "I met Comrade Petrov in Moscow.", ()),
        ("Reception of the British Ambassador on 3 May 1967",
         "Distribute to CPSU CC Politburo members\n5 May 1967 V. Kuznetsov\nSecret\n\nI received the Ambassador.",
         ("V. Kuznetsov",)),
        ("Information from Bulgarian Minister of Foreign Affairs, Petar Ivanov to the Central Committee",
         "We received the Korean Foreign Minister.", ("Petar Ivanov",)),
        ("Memorandum of Conversation with the Ambassador of Poland to the DPRK",
         "From the Diary of the Ambassador of the USSR in the DPRK,\nComrade Petrov A.K.\n\nI met the ambassador.",
         ("Petrov A. K.",)),
        ("Georgy Shakhnazarov, Notes from a Meeting of the Politburo",
         "From Ryzhkov's remarks. We must count the costs.", ("Georgy Shakhnazarov",)),
        ("Reply of the Chairman of the [Presidential] Council [of Bulgaria], T. Zhivkov [to the Letter of March 3, 1979]",
         "Dear Comrade President, I received your letter.", ("T. Zhivkov",)),
        ("Report by the Adviser to the Bulgarian Embassy in Beijing, Ivan Petkov, to the Bulgarian Ambassador, K. Dimov",
         "In recent times there has been much talk among the specialists.", ("Ivan Petkov",)),
        ("Top Secret Cipher Telegram from Anatoly Petrov to CPSU Central Committee", "Today I met Rusk.",
         ("Anatoly Petrov",)),
        ("Ciphered Telegram No. 41, Embassy of Hungary in Pakistan to the Hungarian Foreign Ministry",
         "The naval attaché said the following. Hereby I note that the test was a success.", ()),
        ("Report Sent to General de Gaulle, President of the French Republic, by Pierre Laforge, on his Mission to Hanoi",
         "I arrived in Hanoi on 3 May.", ("Pierre Laforge",)),
        ("The Question of Disarmament in the Talks at the 19th Session of the UN General Assembly (UNGA)",
         "1. Conversation with Stevenson on 4 October. We stressed the importance of the question.", ()),
    ],
)
def test_authors(title: str, body: str, authors: tuple) -> None:
    assert extract_metadata(doc(CITATION.format(title=title) + body + "\n")).authors == authors


@pytest.mark.parametrize(("name", "normal"), [("A.M. PUZANOV", "A. M. Puzanov"), ("A. M. Puzanov", "A. M. Puzanov"),
                                               ("Song Renqiong", "Song Renqiong"), ("V.I.Ivanov", "V. I. Ivanov")])
def test_normalise_name(name: str, normal: str) -> None:
    assert normalise_name(name) == normal


# --- whole documents in each layout -----------------------------------------------------------


def test_clean_export_metadata() -> None:
    document = read_document(READ_FIXTURES / "clean_export.txt")
    meta = extract_metadata(document)
    assert meta.title == "Report on Talks with the Delegation of the Hamhung Chemical Combine"
    assert meta.date is not None and meta.date.iso == "1959-06-04" and meta.date.precision == "day"
    assert meta.date.span is not None
    assert document.text[meta.date.span.start : meta.date.span.end] == "June 04, 1959"
    assert meta.reference is not None and meta.reference.archive == "RGANI"
    assert meta.url == "https://digitalarchive.wilsoncenter.org/document/900777" and meta.record_id == "900777"
    assert meta.original_language == "Russian"
    assert meta.translators == ("Mark Ellison", "Ruth Okafor") and meta.obtained_by == ("Anna Petrova",)
    assert meta.funders == ("John D. and Catherine T. MacArthur Foundation",)
    assert meta.summary == "The delegation describes output at the combine and asks for help with spare parts."
    assert meta.authors == ("Ivan Sorokin", "Pavel Lebedev")
    assert meta.citation is not None and meta.citation.startswith('"Report on Talks') and meta.citation.endswith("Okafor.")


def test_squashed_export_metadata_reads_like_the_clean_export() -> None:
    meta = extract_metadata(read_document(READ_FIXTURES / "squashed_export.txt"))
    assert meta.title == "Journal of Soviet Ambassador to the DPRK P.V. Orlov for 2 May 1958"
    assert meta.date is not None and meta.date.iso == "1958-05-02"
    assert meta.reference is not None
    assert (meta.reference.archive, meta.reference.reference) == ("AVPRF", "F. 0102, Op. 14, Delo 8, Listy 1-9")
    assert (meta.url, meta.record_id, meta.original_language) == (
        "https://digitalarchive.wilsoncenter.org/document/900901", "900901", "Russian")
    assert (meta.translators, meta.funders) == (("Olga Lindqvist",), ("Leon Levy Foundation",))
    assert meta.summary == "Orlov and Nam Il discuss the grain deliveries."
    assert meta.authors == ("P. V. Orlov",)


def test_scraped_page_metadata() -> None:
    meta = extract_metadata(read_document(READ_FIXTURES / "scraped_page.txt"))
    assert meta.title == "Journal of Soviet Ambassador to the DPRK P.V. Orlov for 20 November 1960"
    assert meta.date is not None and meta.date.iso == "1960-11-20"
    assert (meta.url, meta.record_id, meta.original_language) == (None, None, None)
    assert meta.summary == "The ambassador records a call on the Minister of Trade about the grain deliveries."
    assert meta.translators == ("Olga Lindqvist",) and meta.funders == ("Leon Levy Foundation",)
    assert meta.authors == ("P. V. Orlov",)


def test_html_page_metadata() -> None:
    meta = extract_metadata(read_document(READ_FIXTURES / "memorandum.html"))
    assert meta.title == "Memorandum on a Visit to the Sariwon Tractor Station"
    assert meta.reference is not None and meta.reference.archive == "MNL OL"
    assert (meta.url, meta.record_id) == ("https://digitalarchive.wilsoncenter.org/document/900412", "900412")
    assert meta.original_language == "Hungarian"
    assert meta.translators == meta.obtained_by == ("Imre Fekete",)
    assert meta.funders == ("Korea Foundation", "MacArthur Foundation")
    assert meta.authors == ("Károly Nagyvári",)


def test_newer_page_metadata() -> None:
    document = read_document(READ_FIXTURES / "newer_page.txt")
    meta = extract_metadata(document)
    assert meta.title == "Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry"
    assert meta.date is not None and meta.date.iso == "1961-03-03"
    assert meta.reference is not None
    assert (meta.reference.archive, meta.reference.reference) == ("MNL OL", "XIX-J-1-j Korea, 7. doboz, 12/c, 002345/1961")
    assert meta.translators == meta.obtained_by == ("Eszter Halmi",)
    assert meta.funders == ("Korea Foundation",)
    assert meta.summary == "The chargé reports a call at the Korean Foreign Ministry about the spring sowing."
    assert meta.authors == ("Gábor Tarnai",)
    assert meta.citation is not None and meta.citation.startswith("MNL OL, XIX-J-1-j Korea")


def test_newer_page_without_source_label_reads_the_line_under_document_information() -> None:
    text = (
        "Skip to content\n\nJune 2, 1977\n\nTelegram from Pyongyang to Bucharest, No. 066.310\n\n"
        "The ambassador met the Deputy Minister.\n\nAmbassador Ion Marin\n\n"
        "The embassy reports on a meeting at the Foreign Ministry.\n\nDocument Information\n\n"
        "AMAE, Folder 812/1977, Issue 220. Obtained and translated for NKIDP by Radu Ionescu.\n"
    )
    meta = extract_metadata(doc(text))
    assert meta.title == "Telegram from Pyongyang to Bucharest, No. 066.310"
    assert meta.reference is not None and (meta.reference.archive, meta.reference.reference) == (
        "AMAE", "Folder 812/1977, Issue 220")
    assert meta.translators == meta.obtained_by == ("Radu Ionescu",)
    assert meta.summary == "The embassy reports on a meeting at the Foreign Ministry."
    assert meta.authors == ("Ion Marin",)


def test_newer_page_with_empty_tail_keeps_title_summary_and_signature() -> None:
    text = (
        "May 9, 1952\nNote on a Reception\nWe attended the reception.\nBy order of the Minister\nTibor Halmos\n"
        "Deputy Head of Department\nThe embassy attends a reception given by the ministry.\n"
        "Author(s):\nDocument Information\nSource\nOriginal Archive\n"
    )
    meta = extract_metadata(doc(text))
    assert (meta.title, meta.reference, meta.translators) == ("Note on a Reception", None, ())
    assert meta.summary == "The embassy attends a reception given by the ministry."
    assert meta.authors == ("Tibor Halmos",)


def test_a_summary_of_talks_under_an_indented_summary_is_the_title() -> None:
    text = ("April 16, 1955\n\n\n    Summary of the meeting of the three premiers. They discussed the conference.\n"
            "Summary of the Talks between Premier Zhou and Nehru\n\nTime: 16 April 1955\n\nNehru said that he had arrived.\n")
    assert extract_metadata(doc(text)).title == "Summary of the Talks between Premier Zhou and Nehru"


def test_a_journal_entry_after_its_date_is_not_a_title() -> None:
    meta = extract_metadata(doc("1 October 1957\n\nI visited Kim Il Sung at his request.\n"))
    assert meta.title is None


def test_state_department_record_gives_file_number_title_and_writer() -> None:
    text = (
        "611.95/4–1252\n\nMemorandum of Conversation, by the Deputy Director of the Office of Chinese Affairs (Perkins)\n\n"
        "confidential\n\nSubject: Shipping Controls\n\nParticipants: Mr. Lee Han, Korean Embassy\n"
        "Mr. Walter C. Perkins, Deputy Director\n\nMr. Lee called at his own request.\n"
    )
    meta = extract_metadata(doc(text))
    assert meta.title == "Memorandum of Conversation, by the Deputy Director of the Office of Chinese Affairs (Perkins)"
    assert meta.reference is not None
    assert (meta.reference.archive, meta.reference.reference, meta.reference.parts) == (
        "", "611.95/4–1252", (("file", "611.95/4–1252"),))
    assert (meta.authors, meta.date) == (("Walter C. Perkins",), None)


def test_a_bracketed_note_at_the_top_names_the_archive() -> None:
    text = (
        "June 2, 1962\n\nNote on a Talk with the Polish Ambassador\n\n[Foreign Department\n\n"
        "SAPMO-BArch, signature not given]\n\nOn 1 June the ambassador called.\n"
    )
    meta = extract_metadata(doc(text))
    assert meta.reference is not None
    assert (meta.reference.archive, meta.reference.reference) == ("SAPMO-BArch", "")
    numbered = extract_metadata(doc("June 2, 1962\n\n[AAN, KC PZPR, 237/XXII-1104, pp. 3-5]\n\nWe met.\n"))
    assert numbered.reference is not None
    assert (numbered.reference.archive, numbered.reference.reference) == ("AAN", "KC PZPR, 237/XXII-1104, pp. 3-5")
    assert extract_metadata(doc("June 2, 1962\n\n[illegible stamp]\n\nWe met.\n")).reference is None


def test_a_title_may_end_with_its_date_in_dots_and_a_period() -> None:
    meta = extract_metadata(doc("May 4, 1961\n\nNotes on a Talk with Comrade Ri on 3.V.1961.\n\nWe talked.\n"))
    assert meta.title == "Notes on a Talk with Comrade Ri on 3.V.1961."


@pytest.mark.parametrize(
    ("summary", "authors"),
    [
        ("In this report, Hungarian Ambassador to North Korea Lajos Kerekes details a dinner with the Soviet ambassador.",
         ("Lajos Kerekes",)),
        ("Report from Ferenc Kardos, Hungarian Ambassador to the DPRK, on the harvest.", ("Ferenc Kardos",)),
        ("Report from Ferenc Kardos (Counsellor in Pyongyang) in which he lists the harvest.", ("Ferenc Kardos",)),
        ("Detailed report from Minister Ferenc Kardos on his meeting with Nam Il.", ("Ferenc Kardos",)),
        ("Detailed reports from the embassy on the harvest.", ()),
        ("Diary entry of a conversation between N.K. Sorin and Nam Il about the border.", ("N. K. Sorin",)),
        ("Kim Il Sung reports that the delegation will leave for Moscow.", ()),
        ("In this report, the Embassy of Hungary details the harvest.", ()),
        ("Orlov reports on the harvest and on a talk with the Korean minister.", ("Orlov",)),
        ("Orlov addresses the relations between the two parties.", ("Orlov",)),
        ("Nam Il describes the harvest.", ()),
        ("In a conversation recorded by Lebedev, Nam Il discusses the harvest.", ("Lebedev",)),
        ("In a conversation with Lebedev, Nam Il discusses the harvest.", ()),
        ("Unofficial hand-written notes by Ferenc Kardos, Hungarian Ambassador, taken during a briefing.",
         ("Ferenc Kardos",)),
        ("Notes by the embassy on the harvest.", ()),
    ],
)
def test_authors_from_the_summary_when_title_and_signature_say_nothing(summary: str, authors: tuple) -> None:
    text = f'{summary}\n"Report, Embassy of Hungary in North Korea," May 02, 1958, Wilson Center Digital Archive, MOL.\n\n'
    body = "I asked Nam Il to call. Nam Il said he would.\n" if "Orlov" in summary else "We went. I asked Nam Il.\n"
    assert extract_metadata(doc(text + body)).authors == authors


def test_older_page_takes_the_address_after_the_citation() -> None:
    meta = extract_metadata(read_document(READ_FIXTURES / "older_page_filters.txt"))
    assert meta.title == "Telegram from Pyongyang to Bucharest"
    assert (meta.url, meta.record_id) == ("https://digitalarchive.wilsoncenter.org/document/900555", "900555")
    assert meta.reference is not None
    assert (meta.reference.archive, meta.reference.reference) == ("AMAE", "Telegrams, Pyongyang, 1956, vol. 12, pp. 4-5")
    assert meta.translators == meta.obtained_by == ("Radu Ionescu",)
    assert meta.summary == "The embassy reports a reception given by the Korean Foreign Ministry."
    assert meta.authors == ("Ion Marin",)


@pytest.mark.parametrize(
    ("url", "record_id"),
    [("https://digitalarchive.wilsoncenter.org/document/116546", "116546"),
     ("https://digitalarchive.wilsoncenter.org/document/116546/", "116546"),
     ("https://digitalarchive.wilsoncenter.org/document/journal-soviet-ambassador-1-october-1957", None)],
)
def test_url_and_record_id(url: str, record_id: str | None) -> None:
    meta = extract_metadata(doc(f"**A Title**\n\n<{url}>\n\nBody.\n"))
    assert (meta.url, meta.record_id) == (url, record_id)


def test_a_document_without_citation_falls_back_to_heading_and_bold_title() -> None:
    meta = extract_metadata(doc("March 1962\n\n**Notes on a Visit**\n\nWe went.\n"))
    assert meta.title == "Notes on a Visit"
    assert meta.date is not None and (meta.date.iso, meta.date.precision) == ("1962-03", "month")
    assert (meta.citation, meta.reference, meta.authors) == (None, None, ())


def test_date_span_is_a_whole_word() -> None:
    text = '"Note", 1958, Wilson Center Digital Archive, PRC FMA 106-01958-03.\n'
    meta = extract_metadata(doc(text))
    assert meta.date is not None and meta.date.span is not None
    assert (meta.date.iso, meta.date.span.start) == ("1958", text.index(", 1958") + 2)


def test_extraction_is_deterministic() -> None:
    document = read_document(READ_FIXTURES / "clean_export.txt")
    assert extract_metadata(document) == extract_metadata(document)


# --- the seeds against their gold --------------------------------------------------------------


def gold_pairs() -> list[tuple[Path, dict]]:
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip("../shared/corpus and ../shared/gold are not beside the checkout")
    pairs = []
    for path in collect_paths([SHARED / "corpus"]):
        gold_path = SHARED / "gold" / f"{path.stem}.json"
        if gold_path.is_file():
            pairs.append((path, json.loads(gold_path.read_text(encoding="utf-8"))))
    return pairs


@pytest.mark.corpus
def test_seed_metadata_matches_gold() -> None:
    pairs = gold_pairs()
    assert pairs
    for path, gold in pairs:
        expected = gold["metadata"]
        meta = extract_metadata(read_document(path))
        assert meta.reference is not None and meta.date is not None
        found = {
            "title": meta.title,
            "date": meta.date.iso,
            "archive": meta.reference.archive,
            "archival_reference": meta.reference.reference,
            "url": meta.url,
            "original_language": meta.original_language,
            "translators": list(meta.translators),
            "obtained_by": list(meta.obtained_by),
            "funders": list(meta.funders),
        }
        assert found == {key: expected[key] for key in found}, path.name
        assert len(meta.authors) == len(expected["authors"]), path.name
        for name, key in zip(meta.authors, expected["authors"]):
            assert name in gold["persons"][key]["names"], (path.name, name, key)


def test_newer_page_title_naming_its_record_kind_keeps_its_full_stop() -> None:
    text = (
        "Skip to content\n\nMarch 4, 1971\n\n"
        "Report on the Conversation Between President Ivan Petkov and Premier Ali Rahman in Sofia.\n\n"
        "on the talk of the President with the Premier, March 4th, 1971, in Sofia.\n"
    )
    assert extract_metadata(doc(text)).title == (
        "Report on the Conversation Between President Ivan Petkov and Premier Ali Rahman in Sofia.")


def test_a_title_naming_its_record_kind_with_a_capital_preposition_keeps_its_full_stop() -> None:
    text = (
        "Skip to content\n\nMay 2, 1966\n\n"
        "Memorandum On the Visit of the Trade Delegation, led by Comrade Ivan Petkov, with Premier Ali Rahman, "
        "on 28 April 1966, 4:00 p.m. until 5:30 p.m.\n\nCentral Committee, Department of International Relations\n"
    )
    assert extract_metadata(doc(text)).title == (
        "Memorandum On the Visit of the Trade Delegation, led by Comrade Ivan Petkov, with Premier Ali Rahman, "
        "on 28 April 1966, 4:00 p.m. until 5:30 p.m.")


def test_newer_page_first_sentence_after_the_date_is_no_title() -> None:
    text = "Skip to content\n\nMarch 4, 1971\n\nToday I received the Premier at his request.\n\nHe spoke of trade.\n"
    assert extract_metadata(doc(text)).title is None


def test_the_archive_named_after_the_records_own_title_in_its_language() -> None:
    reference = split_shelf_mark(
        "3. Sitzung des Präsidiums vom 4. März 1988, Niederschrift über das Gespräch, Bundesarchiv, Koblenz, "
        "B 136/3001, fol. 12–19")
    assert reference is not None
    assert (reference.archive, reference.reference) == ("Bundesarchiv", "Koblenz, B 136/3001, fol. 12–19")


def test_the_one_whose_negotiations_a_narrated_report_is_on_wrote_it() -> None:
    text = (
        "Skip to content\n\nMay 20, 1983\n\n"
        "Report on the negotiations of Hungarian Deputy Foreign Minister Laszlo Kertesz in Syria\n\n"
        "I conducted consultations in Damascus between 4 and 6 May 1983. My partner was the deputy minister.\n"
    )
    assert extract_metadata(doc(text)).authors == ("Laszlo Kertesz",)


def test_an_editors_source_note_in_brackets_gives_the_archive_and_credits() -> None:
    metadata = extract_metadata(doc(
        "Memorandum of Conversation between Comrade Ian Doe and Comrade Ann Lee, 3 May 1977\n"
        "Comrade Lee thanked Comrade Doe for the information.\n"
        "[Source: SAPMO-BArch, DY30 IV 2/2.035/99; obtained and translated by Ruth K. Okafor.]\n"
    ))
    assert metadata.reference is not None
    assert (metadata.reference.archive, metadata.reference.reference) == ("SAPMO-BArch", "DY30 IV 2/2.035/99")
    assert (metadata.translators, metadata.obtained_by) == (("Ruth K. Okafor",), ("Ruth K. Okafor",))


def test_a_title_in_capitals_above_the_date_wins_over_the_footnote_below_it() -> None:
    metadata = extract_metadata(doc(
        "[handwritten at the top of the first page: distributed]\n"
        "RECEPTION OF A PARLIAMENTARY DELEGATION OF SAMPLIA BY I. V. DOE*\n"
        "6 May 1960\n"
        "* the record of the conversation was not reviewed by Cde. I. V. Doe\n"
        "After mutual greetings I. V. Doe congratulated the delegation.\n"
    ))
    assert metadata.title == "RECEPTION OF A PARLIAMENTARY DELEGATION OF SAMPLIA BY I. V. DOE"


def test_a_journal_head_set_in_columns_names_its_owner_on_a_later_line() -> None:
    metadata = extract_metadata(doc(
        "October 19, 1957\n"
        "Record of a Conversation with Ambassador Ri Sang-ok\n"
        "from the journal SECRET Copy Nº 1\n"
        "of I. V. SAMOILOV 1 November 1957\n"
        "Nº 378\n"
        "19 October 1957\n"
        "I received Ri Sang-ok, who came on a protocol visit.\n"
    ))
    assert metadata.authors == ("I. V. Samoilov",)


def test_a_page_with_its_date_twice_has_its_title_under_the_indented_summary() -> None:
    text = ("March, 1965\n\nMarch, 1965\n\n    Bulgarian and Polish officials discuss trade. They disagree.\n"
            "Transcript of Talks Between Delegations of the BCP CC and the PUWP CC\n\nSofia, March 1965\n")
    assert extract_metadata(doc(text)).title == "Transcript of Talks Between Delegations of the BCP CC and the PUWP CC"
    body_line = text.replace("Transcript of Talks Between Delegations of the BCP CC and the PUWP CC", "Embassy in Sofia")
    assert extract_metadata(doc(body_line)).title is None


def test_an_archival_signature_line_gives_the_shelf_mark_of_a_record_saved_without_its_citation() -> None:
    text = ("Note about Visiting Students\nApril 3, 1961\nNote about a Conversation between Comrades Lange and Kim\n"
            "SED Central Committee\nArchival Signature: SAPMO-BA, DY 30, IV 2/20/140\nN o t e\n"
            "Comrade Kim informed us about the students.\n")
    reference = extract_metadata(doc(text)).reference
    assert reference is not None and (reference.archive, reference.reference) == ("SAPMO-BA", "DY 30, IV 2/20/140")


def test_the_editors_bracket_closing_a_citation_is_no_part_of_the_translators_name():
    credits = "Obtained by Ian Doe. Translated for the Project by Ann Lee.]"
    assert parse_credits(credits) == (("Ann Lee",), ("Ian Doe",))


def test_a_turn_label_closing_a_cut_off_talk_is_no_signature() -> None:
    body = ("Record of a Conversation between Brezhnev and Le Duan\n\n12 May 1970\n\n"
            "Brezhnev. How is the situation in the South?\n\nLe Duan. The situation is good.\n\n"
            "Brezhnev. And in the North?\n\nLe Duan.\n")
    assert extract_metadata(doc(body)).authors == ()


def test_an_envoy_named_over_his_post_and_date_wrote_the_report() -> None:
    head = ("March 3, 1979\n\nCable from the Polish Ambassador on a Talk with Deputy Minister Petrov\n\n"
            "Polish Ambassador to Sofia Tadeusz Wrona\nSofia, 3 March 1979\n\n")
    metadata = extract_metadata(doc(head + "On 2 March I called on Deputy Minister Petrov at his office.\n"))
    assert metadata.authors == ("Tadeusz Wrona",)
    told = extract_metadata(doc(head + "Deputy Minister Petrov received the delegation at his office.\n"))
    assert told.authors == ()


def test_a_surname_before_a_telegrams_quoted_subject_is_its_sender() -> None:
    text = ("December 2, 1985\n\nSecret Telegram from Halász, 'On the Harvest in North Korea in 1985'\n\n"
            "1985 marked a year of poor rains.\n")
    assert extract_metadata(doc(text)).authors == ("Halász",)
    from_city = text.replace("from Halász", "from Pyongyang")
    assert extract_metadata(doc(from_city)).authors == ()


def test_an_editors_note_of_whose_signature_stands_names_the_writer() -> None:
    text = ("November 2, 1988\n\nCredit Talks between the GDR and the FRG\n\nDear Comrade Honecker!\n\n"
            "I enclose the notes on my talks in Bonn.\n\nWith socialist greetings\n[Kaminsky's signature]\n\n"
            "ATTACHMENT\n\nNotes on the talks in Bonn, 1 November 1988\n\nI first repeated our positions on the cred")
    assert extract_metadata(doc(text)).authors == ("Kaminsky",)


def test_an_officials_record_of_conversations_heading_the_body_names_its_writer() -> None:
    text = ("January 9, 1958\n\nRecord of Conversation at a Reception Given by the Dutch Envoy\n\n"
            "January 9, deputy minister Winiewicz’s record of conversations\n\nwith diplomats accredited in Warsaw\n\n"
            "Apart from the host, the Swiss envoy Gygax took part. I made only general statements.\n")
    assert extract_metadata(doc(text)).authors == ("Winiewicz",)
    told = text.replace("I made only general statements.", "The envoy made only general statements.")
    assert extract_metadata(doc(told)).authors == ()


def test_a_stray_by_before_the_programme_leaves_the_translator_alone() -> None:
    assert parse_credits("Obtained and Translated by for NKIDP by Anna Weber.") == (("Anna Weber",), ("Anna Weber",))


def test_the_compiler_of_working_notes_ends_the_shelf_mark_and_wrote_them() -> None:
    citation_text = ('"Working Notes from the Session of the CC Presidium on 5 March 1957" March 05, 1957, History and '
                     'Public Policy Program Digital Archive, TsKhSD, F. 3, Op. 12, D. 2001, Ll. 7-8, compiled by '
                     'P. I. Sorokin. Published in Sample Bulletin 4, p.12.')
    citation = parse_citation(citation_text)
    assert citation.reference is not None and citation.reference.reference == "F. 3, Op. 12, D. 2001, Ll. 7-8"
    meta = extract_metadata(doc(f"Citation:\n\n{citation_text}\n\nThose Taking Part: Petrov, Orlov.\n\nPetrov: we agree.\n"))
    assert meta.authors == ("P. I. Sorokin",)


def test_the_language_a_record_was_translated_from_is_its_original_language() -> None:
    text = ('"Note on a Conversation with Comrade Privalov," December 10, 1964, History and Public Policy Program '
            "Digital Archive, SAPMO-BArch, DY 30/IV A 2/20/442, 1-5. Translated from German by Anna Weber.\n\n"
            "On 11 November I met Comrade Privalov.\n")
    meta = extract_metadata(doc(text))
    assert (meta.original_language, meta.translators) == ("German", ("Anna Weber",))
