"""Stage 3: person mentions of many documents -> corpus-wide entities.

Every document-local `Person` is a node; nodes join when one of their names
folds to the same conservative key (romanization, hyphenation, case, diacritics,
possessives), so a bracketed pair `Pak Geum-cheol [Pak Kum Chol]` seen in one
document links both spellings everywhere. Western names with initials are
compared only inside their surname block, and a bare surname joins only when
its block holds a single person: no all-pairs comparison, and two people who
share a surname stay apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from archivekg.extract.chinese import chinese_key
from archivekg.extract.names import (ARABIC_ARTICLES, GIVEN_NAMES, TITLE_MODIFIERS, doubled_letter, initial_sound,
                                    misspelt_surname)
from archivekg.model import DocumentFacts

# Surnames written first (Korean in both romanizations, Chinese pinyin): a name
# starting with one is read surname-first.
EAST_ASIAN_SURNAMES = frozenset(
    """
    kim pak park bak ri rhee lee yi i rim lim im choe choi chae chang jang cho jo
    chong jeong jung chung han hong ho heo hur hyon hyeon kang kwon gwon ko go ku gu
    mun moon nam no noh o oh pang bang paek baek so seo son sin shin song sok seok
    to do yang yu ryu yun yoon won wi ha hwang chon jeon cheon chu ju kye gye ryom
    yom yeom an ahn ma min om eom pyon byeon tak
    zhou mao liu deng zhu peng chen wang zhang li zhao huang wu xu sun hu guo lin
    he gao luo zheng liang xie tang feng dong xiao cao yuan jiang cai pan du
    dai xia zhong tian ren fan shen yao lu jiao qian wei hao ouyang qiao geng
    """.split()
)

_SURNAME_FOLD = {
    "park": "pak", "bak": "pak", "lee": "ri", "yi": "ri", "rhee": "ri", "i": "ri",
    "lim": "rim", "im": "rim", "choi": "choe", "ahn": "an", "noh": "no", "oh": "o",
    "moon": "mun", "yoon": "yun", "shin": "sin", "lyu": "ryu", "jung": "chong",
    "chung": "chong", "hur": "ho",
}
# The heads of offices a person is known by across records (`Premier Zhou`, `Chairman Mao`).
_OFFICE_HEADS = frozenset(
    "premier chairman president minister ambassador marshal general secretary chancellor king shah "
    "emperor prince ".split()
)
_RANKS = frozenset("vice deputy first acting assistant".split())
# Words that may stand before a name without being part of it.
_HONORIFICS = frozenset(
    "cde cde. comrade comrades mr mr. mrs mrs. ms ms. dr dr. tov tov. herr genosse "
    "genossin sir madame mme mme. monsieur ambassador premier chairman minister "
    "president general marshal secretary chancellor counsellor counselor consul "
    "professor prof. colonel col. lieutenant captain admiral generalissimo generalissimus".split()
)
_APOSTROPHES = re.compile(r"[’'`ʼ‘]")
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9]+\.?")
_UNVOICE = str.maketrans({"g": "k", "d": "t", "b": "p"})


@dataclass(frozen=True)
class Entity:
    """One person across the corpus: `id` is the slug in its IRI (id/person/<id>)."""

    id: str
    pref_label: str
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """Which entity each document-local person is."""

    entities: Mapping[str, Entity]
    members: Mapping[tuple[str, str], str]

    def entity(self, doc_id: str, person_key: str) -> Entity:
        return self.entities[self.members[(doc_id, person_key)]]


@dataclass(frozen=True)
class ParsedName:
    """A name reduced to what identity depends on.

    kind: 'ea' (surname first, `given` folded), 'western' (surname last, initials
    of the given names, first given name if written out) or 'single' (one word).
    """

    kind: str
    surname: str
    given: str = ""
    initials: str = ""
    first: str = ""


def slug(text: str) -> str:
    """The IRI-safe id of a label: ascii, lower case, words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-") or "person"


def fold_korean(text: str) -> str:
    """Fold McCune-Reischauer and Revised Romanization spellings onto one form.

    eo/ŏ -> o, eu/ŭ -> u, shi -> si, and the unaspirated consonants RR writes
    voiced (g d b j) onto MR's k t p ch; `ng` is kept as it is a final, not a k.
    """
    text = text.replace("eo", "o").replace("eu", "u").replace("shi", "si")
    text = text.replace("ng", "\0").translate(_UNVOICE).replace("j", "ch")
    return text.replace("\0", "ng")


_RUSSIAN_FOLDS = ((re.compile(r"x"), "ks"), (re.compile(r"^z(?!h)"), "ts"), (re.compile(r"(?<=[aeiou])y(?=e)"), ""),
                  (re.compile(r"sk(?:iy|ii|yi|y)$"), "ski"), (re.compile(r"(?:iy|yi|yy)$"), "y"))


@lru_cache(maxsize=1 << 16)
def fold_russian(surname: str) -> str:
    """Fold the spellings translators give one Russian surname onto one form: `Alexeyev`,
    `Alekseyev`, `Alekseev` -> `alekseev`; `Vyshinskiy`, `Vyshinsky` -> `vyshinski`;
    `Podgornyi` -> `podgorny`; the German `Zedenbal` -> `tsedenbal`. Only surnames of six
    letters or more, where such a spelling is no other name."""
    if len(surname) < 6:
        return surname
    for pattern, replacement in _RUSSIAN_FOLDS:
        surname = pattern.sub(replacement, surname)
    return surname


def _words(name: str) -> list[str]:
    """Lower-case ascii tokens; initials keep their dot, possessives and titles go."""
    text = _POSSESSIVE.sub("", unidecode(name).strip())
    text = _APOSTROPHES.sub("", text).lower().replace(".", ". ")
    tokens = _TOKEN.findall(text)
    # `Prime Minister Nkrumah`, `Foreign Minister Gromyko`: a word that only qualifies the title after it goes too.
    while tokens and (tokens[0] in _HONORIFICS
                      or (tokens[0] in TITLE_MODIFIERS and tokens[1:2] and tokens[1] in _HONORIFICS)):
        tokens.pop(0)
    return tokens


@lru_cache(maxsize=1 << 17)
def parse_name(name: str) -> ParsedName | None:
    """Parse one surface form; None when nothing name-like is left. Cached: a corpus
    repeats the same spellings thousands of times."""
    tokens = _words(name)
    # `Anwar El Sadat`, `Muammar al-Gaddafi`: an Arabic article belongs to the surname, never a given name.
    tokens = [t for t in tokens[:-1] if t not in ARABIC_ARTICLES] + tokens[-1:]
    if not tokens:
        return None
    bare = [t.rstrip(".") for t in tokens]
    if len(tokens) == 1:
        word = bare[0]
        if word in EAST_ASIAN_SURNAMES:
            return ParsedName("single", fold_korean(_SURNAME_FOLD.get(word, word)))
        return ParsedName("single", fold_russian(word))
    if bare[0] in EAST_ASIAN_SURNAMES and not any(t.endswith(".") for t in tokens[:-1]):
        surname = fold_korean(_SURNAME_FOLD.get(bare[0], bare[0]))
        return ParsedName("ea", surname, given=fold_korean("".join(bare[1:])))
    if len(tokens) == 2 and bare[1] in GIVEN_NAMES and bare[0] not in GIVEN_NAMES and "." not in tokens[0]:
        bare.reverse()  # `Pavlov Vladimir`, `Kadar Janos`: a Hungarian record writes the surname first
    given = [t for t in bare[:-1] if t]
    first = given[0] if given and len(given[0]) > 1 and given[0] not in _IOTATED else ""
    return ParsedName("western", fold_russian(bare[-1]), initials="".join(map(_initial, given)), first=first)


# `A. Ia. Vyshinsky`, `A. Ya. Vyshinsky`, `A. Y. Vyshinsky`: a Russian initial of two letters
# (Я, Ю, Е, Ё) is written in several ways, one letter among them.
_IOTATED = frozenset("ia ya ja iu yu ju ie ye je io yo jo".split())


def _initial(given: str) -> str:
    """The initial a given name or initial stands for, an iotated pair as one letter; J is
    the Y of an English record (`J. Tsedenbal` in a German one, `Yu. Tsedenbal`), as `initial_sound` has it."""
    return "y" if given in _IOTATED else initial_sound(given)


class _UnionFind:
    """Union-find over node indexes that refuses to merge two different known ids."""

    def __init__(self, known_ids: Sequence[str | None]) -> None:
        self.parent = list(range(len(known_ids)))
        self.known = list(known_ids)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ka, kb = self.known[ra], self.known[rb]
        if ka is not None and kb is not None and ka != kb:
            return
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        self.known[low] = ka if ka is not None else kb


@dataclass(frozen=True)
class _Node:
    doc_id: str | None
    key: str
    names: tuple[str, ...]
    known_id: str | None = None
    titles: frozenset[str] = frozenset()
    """The office heads the person holds in the record (`premier` for `Premier Zhou`)."""


def _nodes(
    facts: Sequence[DocumentFacts], known: Mapping[str, Sequence[str]]
) -> list[_Node]:
    """Known entities first (so they win ties), then every person, in a stable order."""
    nodes = [_Node(None, kid, tuple(labels), kid) for kid, labels in sorted(known.items())]
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in facts:
        for role in f.roles:
            if role.kind == "office":
                titles[(f.document.doc_id, role.person)].update(_office_heads(role.title))
    persons = sorted(
        ((f.document.doc_id, p.key, p.names) for f in facts for p in f.persons),
        key=lambda t: (t[0], t[1]),
    )
    nodes.extend(_Node(doc_id, key, names or (key,), None, frozenset(titles.get((doc_id, key), ())))
                 for doc_id, key, names in persons)
    return nodes


def _cluster_western(block: list[tuple[int, ParsedName]], uf: _UnionFind) -> None:
    """Join western names of one surname when their initials are compatible.

    Full initials (two or more) group exactly; a single initial or a first name
    joins the one compatible group, and stays apart when several would fit.
    """
    seeds: dict[str, list[int]] = defaultdict(list)
    loose: list[tuple[int, ParsedName]] = []
    for i, p in block:
        if len(p.initials) >= 2:
            seeds[p.initials].append(i)
        else:
            loose.append((i, p))
    for members in seeds.values():
        for m in members[1:]:
            uf.union(members[0], m)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for initials in sorted(seeds):
        by_initial[initials[0]].append(initials)
    unplaced: dict[str, list[tuple[int, ParsedName]]] = defaultdict(list)
    for i, p in loose:
        fits = [s for s in by_initial.get(p.initials[:1], ()) if s.startswith(p.initials)]
        if len(fits) == 1:
            uf.union(seeds[fits[0]][0], i)
        elif not fits:
            unplaced[p.initials].append((i, p))
    for group in unplaced.values():
        firsts = sorted({_single_letters(p.first) for _, p in group if p.first})
        if len(firsts) <= 1:
            for i, _ in group[1:]:
                uf.union(group[0][0], i)
        else:
            by_first: dict[str, int] = {}
            for i, p in group:
                if p.first:
                    uf.union(by_first.setdefault(_single_letters(p.first), i), i)


def _single_letters(given: str) -> str:
    """`Hafizzulah` and `Hafizullah`: a transliterated given name doubles its letters as each
    translator hears them."""
    return re.sub(r"(.)\1", r"\1", given)


def _join_misspelt(western: Mapping[str, Mapping[int, ParsedName]], uf: _UnionFind) -> None:
    """`Ion Gheorghe Maurer` in one record and `Ion Gheorghe Mauer` in another, `Emil Bodnaras`
    and `Emil Bondaras`: a surname a letter apart names one person when the given names agree
    (the first written out, the initials of all); only names sharing given names are compared.
    A doubled letter stays apart."""
    by_given: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for surname in sorted(western):
        for i, p in sorted(western[surname].items()):
            if p.first:
                by_given[(p.first, p.initials)].setdefault(surname, i)
    for _, group in sorted(by_given.items()):
        surnames = sorted(group)
        for n, a in enumerate(surnames):
            for b in surnames[n + 1:]:
                if misspelt_surname(a, b, shortest=5) and not doubled_letter(a, b):
                    uf.union(group[a], group[b])


def _cluster(nodes: list[_Node]) -> _UnionFind:
    uf = _UnionFind([n.known_id for n in nodes])
    by_key: dict[tuple[str, str, str], int] = {}
    western: dict[str, dict[int, ParsedName]] = defaultdict(dict)
    singles: dict[str, list[int]] = defaultdict(list)
    called: dict[str, list[int]] = defaultdict(list)
    ea_nodes: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        parsed = [p for p in map(parse_name, node.names) if p is not None]
        alone = {p.surname for p in parsed if p.kind == "single"}
        for first in sorted({fold_russian(p.first) for p in parsed if p.kind == "western" and p.first} & alone):
            called[first].append(i)  # `Mengistu Haile Mariam`, called `Mengistu` in the same record
        for name in node.names:
            if (chinese := chinese_key(name)) is not None:  # `Zhou Enlai` here, `Chou En-lai` there
                uf.union(by_key.setdefault(("zh", chinese, ""), i), i)
        for p in parsed:
            if p.kind == "ea":
                uf.union(by_key.setdefault(("ea", p.surname, p.given), i), i)
                ea_nodes[p.surname].append(i)
            elif p.kind == "western":
                current = western[p.surname].get(i)
                if current is None or (len(p.initials), p.first) > (
                    len(current.initials),
                    current.first,
                ):
                    western[p.surname][i] = p
        if parsed and all(p.kind == "single" for p in parsed):
            for surname in sorted({p.surname for p in parsed}):  # `Chou`, `Zhou`: each spelling a single's
                singles[surname].append(i)
    for surname in sorted(western):
        _cluster_western(sorted(western[surname].items()), uf)
    _join_misspelt(western, uf)
    _join_reordered(nodes, uf)
    for surname, members in sorted(singles.items()):
        named = [*western.get(surname, {}), *ea_nodes.get(surname, ()), *called.get(surname, ())]
        roots = {uf.find(i) for i in named}
        if len(roots) <= 1:
            target = min(roots) if roots else members[0]
            for i in members:
                uf.union(target, i)
        else:
            _join_titled(nodes, members, named, uf)
    return uf


def _join_reordered(nodes: list[_Node], uf: _UnionFind) -> None:
    """`Mengistu Haile Mariam` in one record, `Haile Mariam Mengistu` or `H. M. Mengistu` in another: a
    name of three words or more written in another order, or with the name it is called by last and
    the others as initials, names the same person. Not an East Asian name: `Kim Gu-il` and `Kim Il-gu`
    are two."""
    seen: dict[tuple[str, ...], int] = {}
    rotated: dict[tuple[str, str], int] = {}
    for i, node in enumerate(nodes):
        for name in node.names:
            words = _words(name)
            parsed = parse_name(name)
            if (len(words) >= 3 and not any(w.endswith(".") for w in words)
                    and parsed is not None and parsed.kind == "western" and "-" not in name):
                uf.union(seen.setdefault(tuple(sorted(words)), i), i)
                rotated.setdefault((fold_russian(words[0]), "".join(w[0] for w in words[1:])), i)
    for i, node in enumerate(nodes):
        for name in node.names:
            parsed = parse_name(name)
            if parsed is not None and parsed.kind == "western" and len(parsed.initials) >= 2 and not parsed.first:
                j = rotated.get((parsed.surname, parsed.initials))
                if j is not None:
                    uf.union(j, i)


def _office_heads(title: str) -> set[str]:
    """`Vice Premier` -> {`vice premier`}, `Premier` -> {`premier`}: the heads a title gives, with
    the rank before them, so that a vice premier is not taken for the premier."""
    words = title.lower().replace("-", " ").split()
    return {(f"{words[i - 1]} {word}" if i and words[i - 1] in _RANKS else word)
            for i, word in enumerate(words) if word in _OFFICE_HEADS}


def _join_titled(nodes: list[_Node], singles: list[int], named: list[int], uf: _UnionFind) -> None:
    """`Premier Zhou` where the corpus has Zhou Enlai and Zhou Hanshi: a bare surname joins the one
    full name of that surname (`named`: the persons given it in full) whose holder has held the same
    office (a premier) in some record."""
    held: dict[int, set[str]] = defaultdict(set)
    for i in named:
        held[uf.find(i)] |= nodes[i].titles
    for i in singles:
        fits = sorted(root for root, titles in held.items() if nodes[i].titles & titles)
        if len(fits) == 1:
            uf.union(fits[0], i)


def _preferred_label(members: list[_Node], names: list[str]) -> str:
    """A full form (not a bare surname) most often preferred, then most used, not
    shouting, fullest, then alphabetical: deterministic whatever the input order."""
    preferred = Counter(m.names[0] for m in members)
    used = Counter(names)
    return min(
        used,
        key=lambda n: (
            len(_words(n)) < 2, -preferred[n], -used[n], n.isupper(), -len(_words(n)), n
        ),
    )


def _entities(
    nodes: list[_Node], uf: _UnionFind
) -> tuple[dict[str, Entity], dict[tuple[str, str], str]]:
    clusters: dict[int, list[_Node]] = defaultdict(list)
    for i, node in enumerate(nodes):
        clusters[uf.find(i)].append(node)
    labelled: list[tuple[str, str | None, tuple[str, ...], list[_Node]]] = []
    for root, members in clusters.items():
        known_id = uf.known[root]
        names = [n for m in members for n in m.names]
        if known_id is not None:
            pref = next(m.names[0] for m in members if m.known_id == known_id)
        else:
            pref = _preferred_label(members, names)
        alts = tuple(sorted(set(names) - {pref}))
        labelled.append((pref, known_id, alts, members))
    taken = {kid for _, kid, _, _ in labelled if kid is not None}
    entities: dict[str, Entity] = {}
    members_of: dict[tuple[str, str], str] = {}
    order = sorted(labelled, key=lambda c: (c[1] is None, slug(c[0]), c[0], _first(c[3])))
    for pref, known_id, alts, members in order:
        eid = known_id or _free_id(slug(pref), taken)
        taken.add(eid)
        entities[eid] = Entity(eid, pref, alts)
        for m in members:
            if m.doc_id is not None:
                members_of[(m.doc_id, m.key)] = eid
    return dict(sorted(entities.items())), dict(sorted(members_of.items()))


def _first(members: Iterable[_Node]) -> tuple[str, str]:
    return min((m.doc_id or "", m.key) for m in members)


def _free_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def resolve(
    facts: Sequence[DocumentFacts], known: Mapping[str, Sequence[str]] | None = None
) -> Resolution:
    """Cluster persons across documents; `known` maps existing entity ids to their labels
    (preferred first) so that ids and preferred labels already in a store stay stable."""
    nodes = _nodes(facts, {k: v for k, v in (known or {}).items() if v})
    uf = _cluster(nodes)
    entities, members = _entities(nodes, uf)
    return Resolution(entities, members)
