"""A title the editor gave its holder (`Premier [Zhou Enlai],`) is found where the whole pattern finds it."""

from archivekg.extract.offices import _HOLDER_GIVEN, _holders_given

_TEXTS = ("Premier [Zhou Enlai], Chairman [Mao Zedong], Vice Premier Chen Yi",
          "the Chairman  [Liu Shaoqi], and Premier\t[Zhou Enlai],",
          "x_y [Kim Il Sung], [Pak Ho], é [A B C D], of[Ri Su],",
          "no gloss here, [only] a bracket")


def test_holders_are_those_finditer_finds_in_every_window():
    for text in _TEXTS:
        for floor in range(len(text)):
            for pos in range(floor, len(text) + 1, 7):
                expected = [(m.span(), m.group(1)) for m in _HOLDER_GIVEN.finditer(text, floor, pos)]
                assert [(m.span(), m.group(1)) for m in _holders_given(text, floor, pos)] == expected
    assert [m.group(1) for m in _holders_given(_TEXTS[0], 0, len(_TEXTS[0]))] == ["Premier", "Chairman"]
