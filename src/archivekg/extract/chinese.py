"""One key for a Chinese name in pinyin and in Wade–Giles.

The archive translates Chinese records into pinyin (`Zhou Enlai`, `Deng Xiaoping`) while
American and British records of the same talks keep Wade–Giles (`Chou En-lai`, `Teng
Hsiao-p'ing`, `Mao Tse-tung`), sometimes both in one record: title in pinyin, list of
those present in Wade–Giles. Both spellings reduce to the Wade–Giles syllables without
aspiration marks or umlauts: each pinyin syllable is converted, a name already in
Wade–Giles is only stripped. Only names whose surname is Chinese and whose every
syllable is one of either system get a key, so Korean and Vietnamese names
(`Ri Ju-yeon`, `Ho Chi Minh`) get none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

_PINYIN = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen
    ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong
    cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun
    duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai
    guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia
    jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan
    kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lue
    lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao
    ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo nv o ou pa pai pan pang pao pei
    pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran
    rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao
    she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai
    tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi
    xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan
    yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua
    zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split()
)
# The genre's Chinese family names, in pinyin; their Wade–Giles spellings follow from `_wade_giles`.
_SURNAMES = frozenset(
    """zhou mao liu deng zhu peng chen wang zhang li zhao huang wu xu sun hu guo lin he gao luo zheng liang xie
    tang feng dong xiao cao yuan jiang cai pan du dai xia zhong tian ren fan shen yao lu jiao qian wei hao ouyang
    qiao geng ye tan bo yan xi kong qin shi su hua ji jia lei meng mo niu ou pu qi rao sha tao wen xiang xing xiong
    yin zeng zou zhan cheng ding cui fu fang bai qiu xue duan hou gu gong shao jin kang song yang yu rong ma mei
    lai pei wan ke lian bi shu ni qu""".split()
)
_WHOLE = {
    "zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu", "si": "ssu", "yi": "i",
    "you": "yu", "yue": "yueh", "ye": "yeh", "yan": "yen", "yong": "yung", "er": "erh", "e": "o", "ge": "ko",
    "ke": "ko", "he": "ho", "guo": "kuo", "kuo": "kuo", "huo": "huo", "shuo": "shuo", "gui": "kuei", "kui": "kuei",
}
_INITIALS = (("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"),
             ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"), ("j", "ch"), ("q", "ch"),
             ("x", "hs"), ("r", "j"), ("z", "ts"), ("c", "ts"), ("s", "s"), ("y", "y"), ("w", "w"))
_FINALS = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "ue": "ueh", "ve": "ueh", "uo": "o"}


@lru_cache(maxsize=1024)
def _wade_giles(syllable: str) -> str:
    """A pinyin syllable in Wade–Giles, aspiration marks and umlauts dropped (`qiao` -> `chiao`)."""
    if syllable in _WHOLE:
        return _WHOLE[syllable]
    written, final = "", syllable
    for initial, spelt in _INITIALS:
        if syllable.startswith(initial):
            written, final = spelt, syllable[len(initial):]
            break
    return (written + _FINALS.get(final, final)).replace("v", "u")


_WADE_GILES = frozenset(map(_wade_giles, _PINYIN)) | {"teh"}
_SYLLABLES = _PINYIN | _WADE_GILES
_CHINESE_SURNAMES = _SURNAMES | frozenset(map(_wade_giles, _SURNAMES))
_MARKS = re.compile(r"[’'‘`ʼ]")


def _segments(word: str) -> tuple[str, ...] | None:
    """`enlai` -> (`en`, `lai`), `tsetung` -> (`tse`, `tung`): the fewest syllables of either system."""
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            before = best[start]
            if before is not None and word[start:end] in _SYLLABLES:
                if best[end] is None or len(before) + 1 < len(best[end] or ()):
                    best[end] = (*before, word[start:end])
    return best[-1]


@lru_cache(maxsize=65536)
def chinese_key(name: str) -> str | None:
    """`Zhou Enlai`, `Chou En-lai`, `Chou Enlai` -> `chou en lai`; None for a name that is not
    a Chinese surname followed by a given name of one or two syllables."""
    marked = bool(_MARKS.search(name)) or "-" in name
    words = unidecode(_MARKS.sub("", name)).lower().replace("-", " ").split()
    if len(words) < 2 or words[0] not in _CHINESE_SURNAMES or not all(w.isalpha() for w in words):
        return None
    syllables: list[str] = [words[0]]
    for word in words[1:]:
        parts = _segments(word)
        if parts is None:
            return None
        syllables.extend(parts)
    if len(syllables) > 3:
        return None
    pinyin = not marked and all(s in _PINYIN for s in syllables)
    return " ".join("te" if s == "teh" else s if not pinyin and s in _WADE_GILES else _wade_giles(s)
                    for s in syllables)
