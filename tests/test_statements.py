"""Tests for statement extraction (monitor.statements) and speakers (monitor.speakers)."""

from __future__ import annotations

import pytest

from monitor.classify import Lexicon, classify, load_lexicon
from monitor.statements import Statement, count_words, extract_statements, find_quotes


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def said(body: str, lexicon: Lexicon) -> list[tuple[str | None, str]]:
    """(speaker, text) of each statement of an article body."""
    return [(s.speaker, s.text) for s in classify("", body, lexicon).statements]


# ---------------------------------------------------------------- quote styles
@pytest.mark.parametrize(
    "body",
    [
        "“We will keep our embassy open in Caracas,” the minister said.",
        '"We will keep our embassy open in Caracas," the minister said.',
        "«Vamos a mantener abierta la embajada en Caracas», dijo el ministro.",
        "« Nous garderons notre ambassade ouverte à Caracas », a dit le ministre.",
        "„Wir werden unsere Botschaft in Caracas offen halten“, sagte der Minister.",
        "»Wir werden unsere Botschaft in Caracas offen halten«, sagte der Minister.",
        "‘We will keep our embassy open in Caracas,’ the minister said.",
        "‹ Nous garderons notre ambassade ouverte à Caracas ›, a dit le ministre.",
    ],
)
def test_quote_styles(body: str, lex: Lexicon) -> None:
    intro = "Foreign Minister Ana Ruiz spoke in Madrid on Monday.\n\n"
    statements = classify("", intro + body, lex).statements
    assert len(statements) == 1
    assert statements[0].speaker == "Ana Ruiz"
    assert "Caracas" in statements[0].text
    assert statements[0].text[0] not in '“"«„»‘‹ ' and statements[0].topics == ("venezuela",)


def test_apostrophes_are_not_closing_marks(lex: Lexicon) -> None:
    body = "‘Ukraine’s people won’t give up their land to anyone,’ she said of Kyiv’s allies."
    assert said(body, lex) == [(None, "Ukraine’s people won’t give up their land to anyone,")]


def test_multi_paragraph_quote(lex: Lexicon) -> None:
    body = (
        "President Irfaan Ali addressed parliament on Monday:\n\n"
        "“Guyana will defend every inch of the Essequibo with all lawful means.\n\n"
        "“We ask our friends to stand with us against Venezuela’s threats,” he said."
    )
    statements = classify("", body, lex).statements
    assert [(s.speaker, s.text) for s in statements] == [
        (
            "Irfaan Ali",
            "Guyana will defend every inch of the Essequibo with all lawful means. "
            "We ask our friends to stand with us against Venezuela’s threats,",
        )
    ]
    assert statements[0].topics == ("venezuela",)


def test_quotes_found_per_paragraph() -> None:
    quotes = find_quotes(["He said “one two” and “three four five six seven eight”.", "x"])
    assert [q.text for q in quotes] == ["one two", "three four five six seven eight"]


# ---------------------------------------------------------------- what is a statement
def test_six_word_rule(lex: Lexicon) -> None:
    body = (
        "Diplomats praised the “prospects” and the “importance of stabilizing Haiti”, "
        "and agreed on the “need for a real and fruitful dialogue”. "
        "Officials called it “a step in the right direction”."
    )
    texts = [t for _, t in said(body, lex)]
    assert texts == ["need for a real and fruitful dialogue", "a step in the right direction"]


def test_word_count_ignores_punctuation_tokens() -> None:
    assert count_words("one two — three , four") == 4
    assert count_words("Spain-US relations are good now") == 5


def test_indirect_speech_is_not_a_statement(lex: Lexicon) -> None:
    body = "The minister said that Venezuela would hold elections next year and free prisoners."
    assert said(body, lex) == []


# ---------------------------------------------------------------- speakers
def test_pronoun_and_continuation(lex: Lexicon) -> None:
    body = (
        "Volodymyr Zelensky met Olaf Meyer in Kyiv.\n\n"
        "“We need more air defence before the winter comes,” Zelensky said. "
        "“Every system saves hundreds of lives in our cities,” he added."
    )
    assert [s for s, _ in said(body, lex)] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_surname_is_reported_by_the_fullest_name(lex: Lexicon) -> None:
    body = (
        "Albares travelled to Bucharest. “Spain will keep supporting the talks in Mexico,” "
        "Albares said.\n\nForeign Minister José Manuel Albares later met Blinken."
    )
    assert said(body, lex)[0][0] == "José Manuel Albares"


def test_role_noun_resolves_to_the_person_holding_it(lex: Lexicon) -> None:
    body = (
        "Foreign Minister Ana Ruiz met U.S. Secretary of State Tom Baker in Rome.\n\n"
        "“Our partnership is indispensable for the whole region,” the minister declared "
        "through her official account."
    )
    assert said(body, lex)[0][0] == "Ana Ruiz"


def test_institution_and_back_reference(lex: Lexicon) -> None:
    body = (
        "In Washington, the State Department said it was concerned. “The detention of "
        "activists undermines every commitment made,” the department said."
    )
    assert said(body, lex)[0][0] == "State Department"


def test_anonymous_sources(lex: Lexicon) -> None:
    body = (
        "Diplomatic sources told reporters that the talks had stalled. “Nobody wants to send "
        "troops to a mission without money,” the same sources said."
    )
    assert said(body, lex)[0][0] == "diplomatic sources"


@pytest.mark.parametrize(
    "body",
    [
        "Según Delcy Rodríguez, «el país no aceptará ninguna injerencia extranjera».",
        "«El país no aceptará ninguna injerencia extranjera», según Delcy Rodríguez.",
        "« Le pays n'acceptera aucune ingérence étrangère », a déclaré Jean Dupont.",
        "“O país não aceitará nenhuma ingerência estrangeira”, disse João Silva.",
        "„Das Land wird keine Einmischung von außen dulden“, sagte Anna Schmidt.",
        "„Das Land wird keine Einmischung von außen dulden“, so Anna Schmidt.",
        "« Le pays n'acceptera aucune ingérence étrangère », a-t-il ajouté.",
    ],
)
def test_attribution_in_each_language(body: str, lex: Lexicon) -> None:
    names = {"Delcy Rodríguez", "Jean Dupont", "João Silva", "Anna Schmidt"}
    intro = "Jean Dupont a parlé à la presse.\n\n" if "a-t-il" in body else ""
    result = said(intro + body, lex)
    assert len(result) == 1 and result[0][0] in names


def test_signatories_are_one_speaker_with_the_article_conjunction(lex: Lexicon) -> None:
    body = (
        "« Le peuple haïtien ne peut plus attendre des élections », écrivent Jean Pierre, "
        "Marie Louis et Frantz Joseph, qui représentent trois partis."
    )
    assert said(body, lex)[0][0] == "Jean Pierre, Marie Louis et Frantz Joseph"


def test_name_in_apposition_and_unnamed_speakers(lex: Lexicon) -> None:
    body = (
        "«Las obras en la avenida terminarán en marzo de este año», aseguró el gerente de "
        "Movilidad de la municipalidad, Álvaro Cárdenas.\n\n"
        "«Salimos una hora antes y aun así no llegamos», dijo una estudiante de Derecho."
    )
    assert [s for s, _ in said(body, lex)] == ["Álvaro Cárdenas", "estudiante de Derecho"]


def test_names_inside_quotes_are_not_speakers(lex: Lexicon) -> None:
    body = "“I had an excellent meeting with my friend Secretary Blinken,” Albares said."
    assert said(body, lex)[0][0] == "Albares"


# ---------------------------------------------------------------- statement topics
def test_statement_topics_own_then_paragraph(lex: Lexicon) -> None:
    body = (
        "The crisis in Haiti dominated the summit. “We cannot wait any longer for elections,” "
        "a diplomat said.\n\n"
        "“Ukraine and Venezuela also need our full attention this year,” she added.\n\n"
        "“We will meet again in the spring to review progress,” she said."
    )
    statements = classify("", body, lex).statements
    assert [s.topics for s in statements] == [("haiti",), ("venezuela", "ukraine"), ()]
    assert [s.position for s in statements] == [0, 1, 2]


def test_extract_statements_directly() -> None:
    paragraphs = ["“We will rebuild every school in Port-au-Prince,” said Ariel Henry."]
    assert extract_statements(paragraphs) == (
        Statement("Ariel Henry", "We will rebuild every school in Port-au-Prince,", ("haiti",), 0),
    )


def test_plural_references_and_unnamed_officials(lex: Lexicon) -> None:
    body = (
        "Los presidentes Luiz Inácio Lula da Silva y Gustavo Petro firmaron una declaración.\n\n"
        "«La paz en la región depende de que se respete la voluntad popular», señalaron ambos "
        "mandatarios en el texto difundido por el Palacio de Planalto.\n\n"
        "Fuentes diplomáticas señalaron que el texto se negoció durante semanas. «Nadie quería "
        "romper puentes con Caracas, pero el silencio ya no era posible», explicaron las mismas "
        "fuentes.\n\n"
        "A secretária de Estado das Migrações, Ana Paula Costa, falou depois. “Ninguém será "
        "obrigado a regressar a um país em guerra”, afirmou a governante."
    )
    assert [s for s, _ in said(body, lex)] == [
        "Luiz Inácio Lula da Silva y Gustavo Petro",
        "fuentes diplomáticas",
        "Ana Paula Costa",
    ]


def test_a_place_after_the_verb_is_not_the_speaker(lex: Lexicon) -> None:
    body = (
        "El canciller venezolano, Yván Gil, rechazó el documento. «Venezuela no acepta tutelas "
        "de ningún gobierno extranjero», escribió en la red social X."
    )
    assert said(body, lex)[0][0] == "Yván Gil"
