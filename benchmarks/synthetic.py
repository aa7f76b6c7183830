"""A synthetic corpus in the genre, for benchmarks: invented persons, offices, dates,
meetings and citations in both text layouts (clean export and scraped web page).

Everything is invented from small word lists; a seed gives the same corpus byte
for byte. Usage: `python benchmarks/synthetic.py DIR N [--seed S]`.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# Korean syllables as (Revised Romanization, McCune-Reischauer).
KOREAN_SURNAMES = (("Kim", "Kim"), ("Pak", "Pak"), ("Ri", "Ri"), ("Choe", "Ch'oe"),
                   ("Jeong", "Chong"), ("Kang", "Kang"), ("Han", "Han"), ("Heo", "Ho"),
                   ("Rim", "Rim"), ("Nam", "Nam"), ("Yun", "Yun"), ("Seo", "So"))
KOREAN_SYLLABLES = (("cheol", "chol"), ("geum", "kum"), ("seong", "song"), ("yong", "yong"),
                    ("gwang", "kwang"), ("deok", "tok"), ("jun", "chun"), ("myeong", "myong"),
                    ("bong", "pong"), ("su", "su"), ("hui", "hui"), ("il", "il"), ("gu", "ku"),
                    ("man", "man"), ("sik", "sik"), ("ho", "ho"), ("jin", "chin"), ("ok", "ok"))
RUSSIAN_SURNAMES = ("Volkov", "Sergeyev", "Belousov", "Lavrentyev", "Kuznetsov", "Orlov",
                    "Tarasov", "Grigoryev", "Zaitsev", "Melnikov", "Sorokin", "Fedotov")
CHINESE_SURNAMES = ("Zhang", "Wang", "Chen", "Zhao", "Huang", "Lin", "Xu", "Guo", "Gao", "Luo")
CHINESE_SYLLABLES = ("wei", "ming", "jun", "hua", "qing", "de", "guo", "zhi", "ping", "xiang",
                     "yuan", "lin", "feng", "shan")
GERMAN = (("Werner", "Horst", "Kurt", "Helmut", "Gerhard", "Fritz"),
          ("Baumann", "Schreiber", "Lindner", "Hoffmann", "Krause", "Vogt"))
HUNGARIAN = (("Ferenc", "Istvan", "Laszlo", "Janos", "Sandor", "Gyula"),
             ("Kovacs", "Szabo", "Toth", "Horvath", "Nagy", "Varga"))
ROMANIAN = (("Ion", "Gheorghe", "Vasile", "Nicolae", "Mihai", "Constantin"),
            ("Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Radu", "Marin"))

KOREAN_OFFICES = ("Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs",
                  "Chairman of the State Planning Commission", "Vice Premier",
                  "Director of the International Department", "Minister of Foreign Trade",
                  "Chairman of the Pyongyang City People's Committee", "member of the KWP CC Presidium")
SOVIET_OFFICES = ("Counselor of the Embassy", "First Secretary of the Embassy",
                  "USSR Deputy Minister of Foreign Affairs", "Trade Representative",
                  "Military Attache")
EMBASSIES = {
    "Soviet": ("Russian", "AVPRF", SOVIET_OFFICES),
    "Hungarian": ("Hungarian", "MNL OL", ("Counselor", "Second Secretary", "Press Attache")),
    "East German": ("German", "SAPMO-BArch", ("Counselor", "Third Secretary", "Chargé d'Affaires")),
    "Romanian": ("Romanian", "ANIC", ("Counselor", "First Secretary", "Commercial Attache")),
    "Chinese": ("Chinese", "PRC FMA", ("Counselor", "Political Counselor", "Military Attache")),
}
FUNDERS = ("the MacArthur Foundation", "the Leon Levy Foundation", "the ROK Ministry of Unification",
           "the Korea Foundation", "the Henry Luce Foundation")
TRANSLATORS = ("Gareth Linden", "Sofia Marchetti", "Daniel Ortmann", "Emily Tran", "Paul Sandor",
               "Irina Voss", "Mark Delaney")
TOPICS = (
    "the progress of the five-year plan in heavy industry",
    "deliveries of rolled steel, coke and cotton",
    "the situation in the southern part of the country",
    "the work of the cooperatives during the autumn harvest",
    "preparations for the session of the Supreme People's Assembly",
    "the training of engineers at institutes of the fraternal countries",
    "the reconstruction of the port and the railway lines",
    "the exchange of delegations between the two parties",
)
FILLER = (
    "{a} said that the harvest this year had been better than expected, although the "
    "northern provinces had suffered from early frost and the delivery of fertilizer was late.",
    "According to {a}, the ministries had been instructed to reduce administrative staff "
    "and to send the freed cadres to the factories and to the countryside.",
    "{a} dwelt in detail on {t}, noting that several questions remained open and would "
    "be considered at the next plenum.",
    "In the course of the conversation {a} touched upon {t} and asked that the embassy "
    "inform its government of the views of the Korean comrades.",
    "I expressed gratitude for the information and remarked that the questions raised "
    "deserved careful study by the appropriate organizations.",
    "{a} emphasized that the party organizations were conducting explanatory work among "
    "the population and that the mood of the workers was good.",
    "Answering my question about {t}, {a} replied that a final decision had not yet been "
    "taken and that the matter would be discussed with the specialists.",
)


class _Cast:
    """Invented persons of one document, with every surface form they will be given."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def korean(self) -> tuple[str, str]:
        """(Revised Romanization, McCune-Reischauer) of an invented Korean name."""
        rng = self.rng
        s_rr, s_mr = rng.choice(KOREAN_SURNAMES)
        (a_rr, a_mr), (b_rr, b_mr) = rng.sample(KOREAN_SYLLABLES, 2)
        return f"{s_rr} {a_rr.capitalize()}-{b_rr}", f"{s_mr} {a_mr.capitalize()} {b_mr.capitalize()}"

    def russian(self) -> tuple[str, str]:
        """(initials + surname, surname)."""
        first, middle = self.rng.sample("ABDEGIKLMNPSTV", 2)
        surname = self.rng.choice(RUSSIAN_SURNAMES)
        return f"{first}. {middle}. {surname}", surname

    def chinese(self) -> str:
        a, b = self.rng.sample(CHINESE_SYLLABLES, 2)
        return f"{self.rng.choice(CHINESE_SURNAMES)} {a.capitalize()}{b}"

    def chinese_pair(self) -> tuple[str, str]:
        """(full name, the name used later): Chinese names are repeated in full."""
        name = self.chinese()
        return name, name

    def european(self, pool: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, str]:
        first, last = self.rng.choice(pool[0]), self.rng.choice(pool[1])
        return f"{first} {last}", last


def _date(rng: random.Random) -> date:
    return date(1949, 1, 1) + timedelta(days=rng.randrange(0, 48 * 365))


def _long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _us(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"


def _reference(rng: random.Random, archive: str, year: int) -> str:
    if archive == "AVPRF":
        return (f"F. 0{rng.randint(100, 199)}, Op. {rng.randint(1, 60)}, "
                f"Delo {rng.randint(1, 90)}, Listy {rng.randint(1, 200)}-{rng.randint(201, 400)}")
    if archive == "PRC FMA":
        return f"{rng.randint(100, 119)}-{rng.randint(0, 1999):05d}-{rng.randint(1, 20):02d}, {rng.randint(1, 40)}-{rng.randint(41, 90)}"
    if archive == "MNL OL":
        return f"XIX-J-1-j Korea, {rng.randint(1, 80)}. doboz, {rng.randint(1, 30)}/b, 00{rng.randint(100, 999)}/{year}"
    if archive == "SAPMO-BArch":
        return f"DY 30/IV 2/20/{rng.randint(100, 299)}"
    return f"fond CC RCP - Foreign Relations Section, file {rng.randint(1, 300)}/{year}, f. {rng.randint(1, 90)}"


def _paragraph(rng: random.Random, speaker: str, sentences: int) -> str:
    return " ".join(rng.choice(FILLER).format(a=speaker, t=rng.choice(TOPICS))
                    for _ in range(sentences))


def _document(rng: random.Random, index: int) -> str:
    """One journal-style record: citation block in one of two layouts, then dated entries."""
    cast = _Cast(rng)
    embassy = rng.choice(sorted(EMBASSIES))
    language, archive, staff_offices = EMBASSIES[embassy]
    compatriot: Callable[[], tuple[str, str]]
    if embassy == "Soviet":
        compatriot = cast.russian
    elif embassy == "Chinese":
        compatriot = cast.chinese_pair
    else:
        pool = {"Hungarian": HUNGARIAN, "East German": GERMAN, "Romanian": ROMANIAN}[embassy]
        compatriot = partial(cast.european, pool)
    author, author_short = compatriot()
    aide = compatriot()[0]
    koreans = [cast.korean() for _ in range(rng.randint(3, 6))]
    start = _date(rng)
    title = f"Journal of {embassy} Ambassador to the DPRK {author} for {_long(start)}"
    translator = rng.choice(TRANSLATORS)
    funder = rng.choice(FUNDERS)
    summary = (f"{koreans[0][0]} and the {embassy} ambassador discuss "
               f"{rng.choice(TOPICS)} and {rng.choice(TOPICS)}.")
    reference = _reference(rng, archive, start.year)
    citation = (f'"{title}", {_us(start)}, History and Public Policy Program Digital Archive, '
                f"{archive} {reference}. Translated by {translator}.")
    url = f"https://digitalarchive.example.org/document/{100000 + index}"

    body: list[str] = []
    day = start
    for entry in range(rng.randint(4, 6)):
        host_rr, host_mr = koreans[entry % len(koreans)]
        office = rng.choice(KOREAN_OFFICES)
        other_rr, other_mr = koreans[(entry + 1) % len(koreans)]
        body.append(_long(day))
        opening = rng.choice((
            f"I visited {host_rr} [{host_mr}], {office}, at the ministry.",
            f"{office} {host_rr} [{host_mr}] received me at my request.",
            f"{host_rr} [{host_mr}] ({office}) had lunch with me at the embassy.",
        ))
        body.append(f"{opening} {aide} ({rng.choice(staff_offices)}) was present at the "
                    f"conversation; Comrade {other_rr} acted as interpreter.")
        surname = host_rr.split()[0]
        body.append(_paragraph(rng, host_rr, rng.randint(3, 5)))
        body.append(_paragraph(rng, surname, rng.randint(2, 4)))
        follow = rng.choice((
            f"{surname} said that he hopes to meet {author_short} again next month.",
            f"Later that day {host_rr} telephoned me and conveyed the agreement of {other_rr}.",
            f"Present from the Korean side were: {host_rr}, {other_rr} and {koreans[-1][0]}.",
            f"{other_rr} [{other_mr}] is planning to visit the embassy this coming autumn.",
        ))
        body.append(follow)
        day += timedelta(days=rng.randint(1, 6))
    body.append(f"{embassy} Ambassador to the DPRK\n{author.upper()}")
    text = "\n\n".join(body)

    credits = f"This document was made possible with support from {funder}"
    if rng.random() < 0.5:
        head = (f"\n\n{_us(start)}\n**{title}**\n\nCitation:\n\n{citation}\n\n<{url}>\n\n"
                f"Summary:\n\n{summary}\n\nCredits:\n\n{credits}\n\nOriginal Language:\n\n"
                f"{language}\n\nContents:\n\nTranslation - English\n\n")
    else:
        stamp = _long(start + timedelta(days=rng.randint(20, 40)))
        head = (f"Search in\n\nDigital Archive International History Declassified\n\n"
                f"{_us(start)}\n\n\n{credits}\n\n  • Citation\n\n    get citation\n\n"
                f"    {summary}\n    {citation}\n  • share document\n\n\nEnglish HTML\n\n"
                f"Incoming Nº {rng.randint(1000, 9999)}s\n\n{stamp}\n\n")
    return head + text + "\n"


def write_corpus(directory: Path, n: int, seed: int = 0) -> list[Path]:
    """Write n documents named NNNNNN_synthetic.txt into directory; same seed, same bytes."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        rng = random.Random(f"archivekg-synthetic-{seed}-{i}")
        path = directory / f"{i:06d}_synthetic.txt"
        path.write_text(_document(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = write_corpus(args.directory, args.n, args.seed)
    print(f"wrote {len(paths)} documents to {args.directory}")


if __name__ == "__main__":
    main()
