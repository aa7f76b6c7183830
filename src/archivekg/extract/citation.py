"""The Digital Archive citation string: title, date, holding archive, shelf mark, credits.

A citation reads `"Title", Month DD, YYYY, <Program> Digital Archive, <archive and
shelf mark>. Obtained by … and translated by ….` The shelf mark follows each
archive's own conventions (Russian fond/opis/delo/listy, PRC FMA file numbers,
Hungarian boxes, East German signatures, Polish zespół/wiązka/teczka …); this
module turns them into (kind, value) parts with the kinds of `ArchivalReference`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from archivekg.model import ArchivalReference

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE_PATTERN = (
    rf"(?:(?:c\.|ca\.|circa)\s*)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH},?\s+\d{{4}}|\d{{4}})"
)
_DATE = re.compile(
    rf"^(?:(?:c\.|ca\.|circa)\s*)?(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH}),?\s+(?P<y3>\d{{4}})|(?P<y4>\d{{4}}))$",
    re.IGNORECASE,
)
_CITATION = re.compile(
    r"^\s*[\"“](?P<title>.+?),?[\"”],?\s+"
    rf"(?:(?P<date>{DATE_PATTERN}),\s*)?"
    r"(?P<program>[^,]*?Digital Archive)\s*,\s*(?P<rest>.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
# Some exports leave the title unquoted; then the date after it is what ends it.
_UNQUOTED_CITATION = re.compile(
    rf"^\s*(?P<title>[^\"“\s].*?),\s+(?P<date>{DATE_PATTERN}),\s*"
    r"(?P<program>[^,]*?Digital Archive)\s*,\s*(?P<rest>.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
# Where the shelf mark ends and the credits begin (after a full stop, or after one inside a
# quoted box label: `box "BK – Portugal." Obtained by …`, or glued to it: `8.d.Translated by …`).
_CREDITS_START = re.compile(
    r"(?:\.|(?<=\.[\"”]))\s+(?=(?:Obtained|Translated|Contributed|Donated|Provided|Courtesy|Edited|Transcribed|"
    r"Originally|Published|Reprinted|Included|Also|Available|Translation|Source|"
    r"This document|Document\s+(?:obtained|translated|provided|contributed|donated))\b)"
    r"|[,;]\s+(?=(?:copy\s+|document\s+)?(?:obtained|translated|translation|provided|donated|contributed)\b[^,;.]*?\bby\b)"
    r"|,\s+(?=originally\s+accessed\b|compiled\s+by\b)"
    r"|\.(?=(?-i:Obtained|Translated|Contributed|Donated|Provided)\s+by\b)"
    r"|\.?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Citation:
    """A citation string taken apart; absent pieces are None or empty."""

    text: str
    title: str | None = None
    date: str | None = None
    program: str | None = None
    reference: ArchivalReference | None = None
    credits: str = ""


def parse_citation(text: str) -> Citation:
    """Take a Digital Archive citation apart; a string of another shape keeps only its text."""
    match = _CITATION.match(text) or _UNQUOTED_CITATION.match(text)
    if not match:
        return Citation(text=text.strip())
    reference, credits = _holding_and_credits(match["rest"])
    return Citation(
        text=text.strip(),
        title=" ".join(match["title"].split()),
        date=match["date"],
        program=match["program"].strip(),
        reference=reference,
        credits=credits,
    )


def parse_source(text: str) -> Citation:
    """Take apart the newer page's `Source` line: shelf mark, then credit sentences."""
    reference, credits = _holding_and_credits(" ".join(text.split()))
    return Citation(text=text.strip(), reference=reference, credits=credits)


def _holding_and_credits(rest: str) -> tuple[ArchivalReference | None, str]:
    end = _CREDITS_START.search(rest)
    holding = rest[: end.start()] if end else rest
    credits = rest[end.end() :].strip() if end else ""
    reference = split_shelf_mark(holding)
    if reference is not None and not reference.archive and (copy := _ALSO_AT.match(credits)):
        reference = replace(reference, archive=copy["archive"])
    return reference, credits


# `2010-367, Act on Access to Information Held by Administrative Organs. Also available at the Diplomatic
# Archives of the Ministry of Foreign Affairs of Japan.`: a disclosure's file, the archive that holds it named after.
_ALSO_AT = re.compile(r"Also\s+available\s+(?:at|in|from)\s+(?:the\s+)?(?P<archive>[^.]*\bArchives?\b[^.]*)\.")


def parse_date(verbatim: str) -> str | None:
    """ISO form (YYYY-MM-DD, YYYY-MM or YYYY) of a citation or heading date."""
    match = _DATE.match(verbatim.strip())
    if not match:
        return None
    year = match["y1"] or match["y2"] or match["y3"] or match["y4"]
    month = match["m1"] or match["m2"] or match["m3"]
    day = match["d1"] or match["d2"]
    if not month:
        return year
    iso = f"{year}-{MONTHS[month.lower()]:02d}"
    return f"{iso}-{int(day):02d}" if day else iso


# --- holding archive -------------------------------------------------------

# Archives whose short name may run straight into the shelf mark without a comma.
KNOWN_ARCHIVES = tuple(
    sorted(
        (
            "PRC FMA", "MNL OL", "MOL", "AVPRF", "AVP RF", "RGANI", "RGASPI", "RGAE", "RGVA",
            "GARF", "GA RF", "TsAMO", "TsAMO RF", "APRF", "AP RF", "TsKhSD", "TsKhDMO", "SAPMO-BArch", "SAPMO-BA",
            "SAPMO", "BArch", "PA AA", "BStU", "AAN", "AMSZ", "AMAE", "ANIC", "TsDA", "AMVnR",
            "NARA", "AMZV", "NAČR", "SÚA", "ABS", "IPN", "AIPN", "ÁBTL", "AMFA",
        ),
        key=len,
        reverse=True,
    )
)
_KNOWN = re.compile(
    r"^(?P<short>" + "|".join(map(re.escape, KNOWN_ARCHIVES)) + r")(?=[\s,.;:]|$)[\s,.;:]*"
)
# `Long Name (SHORT)` or `Long Name, City (SHORT)`: the short name in brackets is the archive, also
# after the name in the archive's own language (`Hungarian National Archives (Magyar Országos Levéltár, MOL)`).
_NAMED = re.compile(
    r"^(?P<long>[^,()]{3,}?(?:,[^,()]{2,40}?)?)\s*\((?:[^(),]{3,60},\s*)?(?P<short>[A-ZÀ-Ž][\w.\- ]{0,22}[A-Z][\w.\-]*)\)[\s,.;:]*"
)
# `Stiftung Archiv … im Bundesarchiv (Archive of the Parties … (Foundation); SAPMO-BArch)`: the name in English, then
# after a semicolon the short name, inside the brackets after the archive's own name.
_GLOSSED = re.compile(
    r"^(?P<long>[^,()]{3,}?)\s*\((?:[^()]|\([^()]*\))+;\s*(?P<short>[A-ZÀ-Ž][\w.\-]{0,22}[A-Z][\w.\-]*)\)[\s,.;:]*")
# A long archive name may carry its city: `National Historical and Central Archives, Bucharest, …`.
_ARCHIVE_CITIES = (
    "Berlin", "Bucharest", "Sofia", "Warsaw", "Moscow", "Budapest", "Prague", "Beijing", "Belgrade", "Tirana",
    "Hanoi", "Havana", "Ulaanbaatar", "Ulan Bator", "Seoul", "Tokyo", "Washington", "London", "Paris", "Rome",
    "Bonn", "Koblenz", "Freiburg", "Vienna", "Bern", "Ottawa", "Canberra", "New Delhi", "Taipei", "Bratislava",
    "Brasilia", "Mexico City", "Lisbon", "Madrid", "Cairo", "Jerusalem", "Ljubljana", "Zagreb",
)
_ARCHIVE_COUNTRIES = ("Germany", "Poland", "Hungary", "Romania", "Bulgaria", "Russia", "China", "Czech Republic",
                      "Czechoslovakia", "Albania", "Serbia", "Cuba", "Vietnam", "Mongolia", "Korea", "Brazil", "Mexico",
                      "Portugal", "Spain", "Egypt", "Israel", "Slovenia", "Croatia", "Slovakia", "Austria", "Italy",
                      "France", "Canada", "Australia", "India", "Japan", "Taiwan", "UK", "USA")
_CITY = re.compile(r"^(?P<city>" + "|".join(_ARCHIVE_CITIES) + r")(?=\s*,|\s*$)")
_SEAT = re.compile(r"(?:" + "|".join(_ARCHIVE_CITIES) + r")(?:\s*,\s*(?:" + "|".join(_ARCHIVE_COUNTRIES) + r"))?\s*,\s*")
"""`AMSZ, Warsaw, 6/77, …`, `SAPMO-BArch), Berlin, Germany, DY 30/…`: the archive's seat after its short name
is no part of the shelf mark."""
# … or its state: `Archive of Ministry of Foreign Affairs, Republic of Poland, D-I-R-…`.
_STATE = re.compile(r"^(?P<state>(?:(?:People's|Socialist|Federal|Democratic)\s+)*Republic of(?:\s+[A-Z][a-z]+){1,2})(?=\s*,|\s*$)")
_ACRONYM_WORD = r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?"
_ACRONYM = re.compile(rf"^(?P<short>{_ACRONYM_WORD}(?:\s+{_ACRONYM_WORD})*)(?=[\s,;]|$)[\s,;]*")
# A long archive name may end in a period before the shelf mark: `… Foundation Archive. Fond Nº 2, …`.
_PERIOD_BEFORE_SHELF_MARK = re.compile(
    r"\.\s+(?=(?:Fond|Fonds|Opis|Delo|Collection|Record Group|Series|Box|Folder|File)\b)", re.IGNORECASE
)


# Some citations name the collection first and the holding archive last: `Memcons and Telcons, George Bush
# Presidential Library and Museum` or `…, 6/77 w-82, Polish Foreign Ministry Archive (AMSZ), Warsaw`.
_ARCHIVE_WORD = re.compile(r"\b(?:Archives?|Library|Libraries)\b")
_TRAILING_ARCHIVE = re.compile(
    r",\s*(?P<long>[^,()]*\b(?:Archives?|Library|Libraries)\b[^,()]*?)"
    r"(?:\s*\((?P<short>[^()]+)\))?(?:,\s*(?:" + "|".join(_ARCHIVE_CITIES) + r")"
    r"(?:,\s*(?:" + "|".join(_ARCHIVE_COUNTRIES) + r"))?)?$"
)


# A published edition (`A. Editor, ed., Title (Place: Publisher, 2010), 88-89`) names no archive.
_EDITED_VOLUME = re.compile(r"^[^,()]+,\s*eds?\.,\s")
# … or opens on the volume's title and its imprint: `Polskie dokumenty dyplomatyczne 1958 (Warszawa: Polski
# Instytut …, 2011), Document #74`, `Jianguo Yilai Mao Zedong Wengao, Vol. 6 (Beijing: …, 1992): 213-222`.
_IMPRINT = re.compile(r"^[^,()]+(?:,\s*Vol\.\s*\d+)?\s*\([^():,]+:\s*[^()]+,\s*\d{4}\)")
# `2004-589, Act on Access to Information Held by Administrative Organs`: a disclosure's file number,
# then the law it was released under; no archive is named.
_DISCLOSED = re.compile(r"^(?P<number>\d[\d/-]*\d),\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Act|Law)\s+(?:on|of)\b")


_INNER_ARCHIVE = re.compile(
    r",\s*(?P<short>[A-ZÄÖÜ]\w*archiv|" + "|".join(map(re.escape, KNOWN_ARCHIVES)) + r")\s*,\s*")
"""`12. Sitzung des Ministerrates …, Bericht über …, Bundesarchiv, Berlin, Abteilung DDR, …`:
the record's own title in its language comes first, the archive after it."""


def _inner_archive(holding: str) -> ArchivalReference | None:
    """The archive named after the record's original title, when nothing before it names one."""
    match = _INNER_ARCHIVE.search(holding)
    if not match or _ARCHIVE_WORD.search(holding[: match.start()]):
        return None
    reference = holding[match.end():].strip(" ,;")
    return ArchivalReference(archive=match["short"], reference=reference, parts=shelf_mark_parts(reference))


# … or by its known short name, with its city: `KC PZPR, XI A/13, AAN, Warsaw`.
_TRAILING_KNOWN = re.compile(
    r",\s*(?P<short>" + "|".join(map(re.escape, KNOWN_ARCHIVES)) + r")(?:,\s*[A-Z][a-z]+)?$")


def _trailing_archive(holding: str) -> ArchivalReference | None:
    """The archive named last, when nothing before it names one."""
    match = _TRAILING_ARCHIVE.search(holding)
    if not match or _ARCHIVE_WORD.search(holding[: match.start()]):
        return None
    reference = holding[: match.start()].strip(" ,;")
    archive = (match["short"] or match["long"]).strip()
    if archive[:1] in "”\"":  # `… de 1,962//6223,” Ministry of External Relations Archives`: the title's closing quote
        reference, archive = reference + archive[0], archive[1:].strip()
    return ArchivalReference(archive=archive, reference=reference, parts=shelf_mark_parts(reference))


def split_shelf_mark(holding: str) -> ArchivalReference | None:
    """Archive short name plus the rest of the shelf mark, split into parts."""
    holding = holding.strip().rstrip(".").strip()
    holding = _THE.sub("", _HOLDER_NOTES.sub("", holding, count=1), count=1)
    if seat := _SEAT_AFTER_NAME.search(holding):
        holding = holding[:seat.start()]
    if not holding:
        return None
    last = _TRAILING_KNOWN.search(holding)
    if last and not _KNOWN.match(holding) and not _ARCHIVE_WORD.search(holding, 0, last.start()):
        reference = holding[: last.start()].strip(" ,;")
        return ArchivalReference(archive=last["short"], reference=reference, parts=shelf_mark_parts(reference))
    for pattern in (_KNOWN, _NAMED, _GLOSSED, _ACRONYM):
        match = pattern.match(holding)
        if match:
            archive, reference = match["short"].strip(), holding[match.end() :]
            if seat := _SEAT.match(reference):
                reference = reference[seat.end():]
            break
    else:
        if _EDITED_VOLUME.match(holding) or _IMPRINT.match(holding):
            return ArchivalReference(archive="", reference=holding, parts=())
        if disclosed := _DISCLOSED.match(holding):
            return ArchivalReference(archive="", reference=disclosed["number"], parts=())
        if named_later := _trailing_archive(holding) or _inner_archive(holding):
            return named_later
        archive, _, reference = (piece.strip() for piece in holding.partition(","))
        if cut := _PERIOD_BEFORE_SHELF_MARK.search(archive):
            archive, reference = archive[: cut.start()], holding[cut.end() :]
        for place in (_CITY, _STATE):
            if found := place.match(reference):
                archive, reference = f"{archive}, {found[1]}", reference[found.end() :]
    reference = _FORMER_NAME.sub("", reference.strip(" ,;"), count=1).strip(" ,;")
    return ArchivalReference(archive=archive, reference=reference, parts=shelf_mark_parts(reference))


_HOLDER_NOTES = re.compile(
    r"^(?:Notes|Papers|Diary|Diaries)\s+of\s+[A-Z][^,]{2,40},\s+(?=(?:the\s+)?[^,]*\bArchives?\b)")
"""`Notes of Anatoly Chernyaev, Archive of the Gorbachev Foundation, f. 2, op. 2`: whose papers they are, before the
archive that keeps them."""
_THE = re.compile(r"^the\s+(?=[A-Z])")
_SEAT_AFTER_NAME = re.compile(r"(?<=[a-z])\.\s+(?:" + "|".join(_ARCHIVE_CITIES) + r")(?:\s*,\s*[A-Z][\w ]{2,30})?$")
"""`Archive of the Gorbachev Foundation. Moscow, Russian Federation`: the seat after a full stop, no shelf mark."""
_FORMER_NAME = re.compile(r"^\((?:formerly|previously)\b[^()]*\)")
"""`RGANI (formerly Center for Preservation of Contemporary Documentation [TsKhSD]), f. 5`: the
archive's older name is no part of the shelf mark."""


# --- shelf-mark parts -------------------------------------------------------

# The kinds ArchivalReference.parts may carry (the RDF stage maps each to a property).
PART_KINDS = ("fond", "opis", "delo", "listy", "file", "pages", "collection", "box", "folder", "number")

# Keyword before the value: `F. 0102`, `opis 30`, `opis' 1` (soft sign), `ll. 1-10`, `z. 11`, `a.e. 245`.
_PREFIX_KINDS = {
    "fond": "fond", "f": "fond", "fonds": "fond",
    "opis": "opis", "op": "opis", "dans": "opis", "inv": "opis", "inventory": "opis",
    "delo": "delo", "d": "delo", "a.e": "delo", "ae": "delo", "kh/n": "delo", "sprava": "delo",
    "listy": "listy", "list": "listy", "listi": "listy", "ll": "listy", "l": "listy",
    "pages": "pages", "page": "pages", "pp": "pages", "p": "pages", "str": "pages", "k": "pages",
    "papka": "folder", "folder": "folder", "t": "folder", "teczka": "folder", "vol": "folder",
    "volume": "folder", "tom": "folder", "mappe": "folder",
    "box": "box", "karton": "box", "kart": "box", "w": "box", "doboz": "box", "carton": "box",
    "file": "file", "dosar": "file", "dossier": "file", "issue": "file", "item": "file",
    "z": "collection", "collection": "collection", "rg": "collection",
    "record group": "collection", "series": "collection",
    "nr": "number", "no": "number", "number": "number", "sygn": "number", "document": "number",
    "doc": "number", "dok": "number", "reel": "number", "rolik": "number",
}
_PREFIX = re.compile(
    r"^(?P<kw>"
    + "|".join(re.escape(k) for k in sorted(_PREFIX_KINDS, key=len, reverse=True))
    + r")['’]?(?:\.\s*|:\s*|\s+|(?=\d))(?P<value>\S.*)$",
    re.IGNORECASE,
)
# Keyword after the value, as Hungarian citations write it: `11. doboz`, `5. tétel`.
_SUFFIX_KINDS = {"doboz": "box", "tétel": "file", "csomó": "box", "dosszié": "folder"}
_SUFFIX = re.compile(r"^(?P<value>\S+?)\.?\s+(?P<kw>doboz|tétel|csomó|dosszié)$", re.IGNORECASE)
_PRC_FILE = re.compile(r"^\d{3}-\d{5}-\d{2}$")
_SAPMO_SIGNATURE = re.compile(
    r"^(?P<collection>(?:DY|DC|DQ|DO|DA|DE|DK|DL|DN|DR|NY|SgY|BY)\s*\d+)\s*(?:/\s*|\s+)(?P<file>\S.*)$"
)
_CODE_COLLECTION = re.compile(r"^[A-Z]{1,5}(?:-[A-Za-z0-9]+)+(?:\s+\S.*)?$")
_WORD_COLLECTION = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*[A-Z][A-Za-z]*)*$")
_LETTER_FILE = re.compile(r"^[A-Z]\s?\d+(?:/\d+)?$")
_ITEM = re.compile(r"^\d+[a-z]?/[a-z]+$")
_NUMBER = re.compile(r"^\d+/\d+$|^\d{5,}$")
_PAGES = re.compile(r"^\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?$")
_SEGMENTS = re.compile(r"\s*[,;]\s*|\s+[-–]\s+")


def shelf_mark_parts(reference: str) -> tuple[tuple[str, str], ...]:
    """(kind, value) pairs of a shelf mark, in citation order; unknown pieces are left out."""
    parts: list[tuple[str, str]] = []
    for segment in _SEGMENTS.split(reference.strip().rstrip(".")):
        if segment:
            parts.extend(_segment_parts(segment, parts))
    return tuple(parts)


def _segment_parts(segment: str, before: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kinds = {kind for kind, _ in before}
    if match := _PREFIX.match(segment):
        return [(_PREFIX_KINDS[match["kw"].lower()], match["value"].strip())]
    if match := _SUFFIX.match(segment):
        return [(_SUFFIX_KINDS[match["kw"].lower()], match["value"])]
    if _PRC_FILE.match(segment):
        return [("file", segment)]
    if match := _SAPMO_SIGNATURE.match(segment):
        return [("collection", match["collection"]), ("file", match["file"])]
    if not before and (_CODE_COLLECTION.match(segment) or _WORD_COLLECTION.match(segment)):
        return [("collection", segment)]
    if _LETTER_FILE.match(segment):
        return [("file", segment)]
    if _ITEM.match(segment) and "file" not in kinds:
        return [("file", segment)]
    if _NUMBER.match(segment):
        return [("number", segment)]
    if _PAGES.match(segment) and kinds & {"file", "delo", "folder", "number"} and "pages" not in kinds:
        return [("pages", segment)]
    return []


# --- credits -----------------------------------------------------------------

_CREDIT = re.compile(
    r"\b(?P<verb>(?:obtained|contributed|donated) and translated|"
    r"translat(?:ed|ion)\s+and\s+(?:edited|editing|annotated|annotation)|obtained|translated|translation|contributed|donated|"
    r"(?<!copy )provided)"
    r"(?:\s+(?:for|from)\s+(?:the\s+)?[^,]*?)?\s+by\s+(?:(?:for|from)\s+(?:the\s+)?[^,]*?\s+by\s+)?"
    r"(?P<names>.+?)"
    r"(?=,?\s+and\s+(?:was\s+)?(?:obtained|translated|included|published|reprinted|edited)\b|"
    r",\s*(?:copy\s+)?(?:obtained|translated|provided|donated|edited)\b|"
    r";\s|[;.]?$)",
    re.IGNORECASE,
)
"""`Obtained for NKIDP by A and translated for CWIHP by B`; a stray `by` before the programme is
skipped (`Obtained and Translated by for NKIDP by B`)."""
# `Ann Lee (Troy University)`: the bracketed affiliation is not part of the name.
_AFFILIATION = re.compile(r"\s*\([^()]*\)")
# `Dr. Jordan Baev`, `Assistant Professor Kalina Bratanova`: nor is the degree or the academic rank.
_DOCTOR = re.compile(r"\b(?:Dr\.|Prof\.|(?:(?:Assistant|Associate)\s+)?Professor)\s+")
# `translation by A. Zaemsky slightly revised`: what was done to the translation after.
_REVISED = re.compile(r"\s+(?:(?:slightly|partly|partially|further|lightly)\s+)?(?:revised|edited|corrected|amended)\b.*$")
_FOR_ORGANISATION = re.compile(r"\s+(?:for|from|at|of)\s+(?:the\s+)?\S.*$", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)
# A sentence ends at a period after a word of two letters or more (not after an initial).
_ENDS_WITH_INITIAL = re.compile(r"\b[A-Z]\.?$")
_SENTENCE_END = re.compile(r"(?<=[a-z\]\)]{2})\.(?=\s|$)|(?<=[A-Z]{2})\.(?=\s+[A-Z]|$)")


def _credited_names(names: str) -> list[str]:
    """The persons a credit names, without their degrees, affiliations and the body they worked for."""
    return split_names(_FOR_ORGANISATION.sub("", _AFFILIATION.sub("", _DOCTOR.sub("", names))))


def parse_credits(credits: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(translators, obtained_by) named in a citation's credit sentences."""
    translators: list[str] = []
    obtained: list[str] = []
    for sentence in _SENTENCE_END.split(credits):
        for match in _CREDIT.finditer(sentence.strip() + "."):
            names = _credited_names(_REVISED.sub("", match["names"]))
            verb = match["verb"].lower()
            if "translat" in verb:
                translators.extend(names)
            if not verb.startswith("translat"):
                obtained.extend(names)
    return _unique([_in_full(name, obtained) for name in translators]), _unique(obtained)


def _in_full(name: str, named: list[str]) -> str:
    """`Obtained by Svetozar Rajak and Ljubomir Dimić and translated by Rajak`: a surname alone is the one the
    credits named in full."""
    if " " in name:
        return name
    full = [other for other in named if other.split()[-1] == name]
    return full[0] if len(full) == 1 else name


_EDITED = re.compile(
    r"(?:^|[,;]\s*|\band\s+)edited\s+by\s+(?P<names>.+?)(?=,\s*(?:and\s+)?(?:obtained|translated|provided|donated)\b|"
    r";\s|[;.]?$)", re.IGNORECASE)
_PUBLISHED = re.compile(r"^(?:also\s+)?(?:published|reprinted|in)\b", re.IGNORECASE)


def parse_editors(credits: str) -> tuple[str, ...]:
    """Who edited the translation (`Translated by A, Edited by Dr. Jordan Baev and B`); the editor of
    a book the record was also printed in (`Also published in …, edited by C`) is no credit of this one."""
    names: list[str] = []
    for sentence in _SENTENCE_END.split(credits):
        sentence = sentence.strip()
        if _PUBLISHED.match(sentence):
            continue
        for match in _EDITED.finditer(sentence + "."):
            names.extend(_credited_names(match["names"]))
    return _unique(names)


# `Ll. 4-4ob, compiled by V. N. Malin.`: who took the working notes down, their author.
_COMPILED = re.compile(r"^compiled\s+by\s+(?P<names>.+?)[;.]?$", re.IGNORECASE)


def parse_compilers(credits: str) -> tuple[str, ...]:
    """Who compiled the record, named in a citation's credit sentences."""
    names: list[str] = []
    for sentence in _SENTENCE_END.split(credits):
        if match := _COMPILED.match(sentence.strip()):
            names.extend(split_names(match["names"]))
    return _unique(names)


# `… Translated for CWIHP by Madalina Cristoloveanu.]`: the editor's bracket closing the citation, opened before it.
_UNOPENED = re.compile(r"^(?P<name>[^\[\]]+)\]$")


def split_names(text: str) -> list[str]:
    """`A, B and C` -> [A, B, C]; an entry ending in an initial (`John D.`) joins the next."""
    pieces = [_UNOPENED.sub(r"\g<name>", p.strip()).strip(".").strip() for p in _NAME_SEPARATORS.split(text.strip())]
    names: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if names and _ENDS_WITH_INITIAL.search(names[-1]) and " " in names[-1]:
            names[-1] = f"{names[-1]}. and {piece}"
        else:
            names.append(piece)
    return names


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())
