"""`Cde. Filippov [Stalin]`: the editor names the man behind a cipher's cover name; two surnames,
one in brackets, are two names of one man, not a surname and its given name (`Tanaka [Kakuei]`)."""

from persons_text import names


def test_a_bracketed_surname_after_a_cover_name_is_another_name_of_the_man():
    found = names("Ciphered Telegram, Roshchin to Cde. Filippov [Stalin]\n\nToday Zhou Enlai visited me.\n")
    assert ("Filippov", "Stalin", "Cde. Filippov") in found.values()


def test_a_bracketed_given_name_still_completes_a_titled_surname():
    assert set(names("Prime Minister Tanaka [Kakuei] met Minister Ohira [Masayoshi].").values()) == {
        ("Tanaka Kakuei",), ("Ohira Masayoshi",)}


def test_the_editors_pseudonym_note_is_no_part_of_the_name():
    found = names("Ciphered Telegram, Roshchin to Cde. Filippov\n\nx/ Pseudonym I.V. Stalin.\n")
    assert ("I. V. Stalin", "I.V. Stalin") in found.values()
