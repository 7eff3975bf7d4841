"""The seed article (a real Diplomat piece on Albares and Blinken) must come out right."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.classify import classify_file

SEED = Path(__file__).resolve().parents[1].parent / "shared/seeds/diplomat-albares-blinken.txt"
SIGNATORIES = "Antony Blinken, Josep Borrell, Mélanie Joly and James Cleverly"

# (speaker, start of the quotation, topics): every quotation of six words or more, in order.
# The speaker convention: people by the fullest name the article gives, institutions without
# their article, anonymous sources as written, the joint statement's four signatories as one
# speaker listing them with the article's own conjunction.
EXPECTED = [
    ("José Manuel Albares", "Excellent meeting with my friend", ["venezuela", "ukraine"]),
    ("José Manuel Albares", "We discussed Spain-US relations", ["venezuela", "ukraine"]),
    ("José Manuel Albares", "We also addressed the Russian aggression", ["venezuela", "ukraine"]),
    ("José Manuel Albares", "The US is an indispensable partner", ["venezuela", "ukraine"]),
    ("diplomatic sources", "need for a real and fruitful dialogue", ["venezuela", "haiti"]),
    ("diplomatic sources", "exploring joint activities during", ["venezuela", "haiti"]),
    ("Government of Spain", "Spain will continue to work", ["venezuela"]),
    ("Ministry of Foreign Affairs", "improving the welfare of thousands", ["venezuela"]),
    (SIGNATORIES, "to commit in good faith", ["venezuela"]),
    (SIGNATORIES, "We believe that participation", ["venezuela"]),
    (SIGNATORIES, "We continue to call for", ["venezuela"]),
]


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    return classify_file(SEED)


def test_language(result: dict[str, object]) -> None:
    assert result["language"] == "en"


def test_topics(result: dict[str, object]) -> None:
    topics = result["topics"]
    assert isinstance(topics, dict)
    assert set(topics) == {"venezuela", "ukraine", "haiti"}
    assert topics["venezuela"]["primary"]
    assert not topics["ukraine"]["primary"] and not topics["haiti"]["primary"]
    assert topics["venezuela"]["score"] > topics["ukraine"]["score"] > topics["haiti"]["score"]
    assert (topics["ukraine"]["mentions"], topics["haiti"]["mentions"]) == (2, 1)


def test_statements_speakers_and_topics(result: dict[str, object]) -> None:
    statements = result["statements"]
    assert isinstance(statements, list)
    got = [(s["speaker"], s["text"], s["topics"]) for s in statements]
    assert len(got) == len(EXPECTED)
    for (speaker, text, topics), (want_speaker, start, want_topics) in zip(
        got, EXPECTED, strict=True
    ):
        assert text.startswith(start)
        assert (speaker, topics) == (want_speaker, want_topics), text


def test_short_quotes_are_not_statements(result: dict[str, object]) -> None:
    texts = [s["text"] for s in result["statements"]]  # type: ignore[attr-defined]
    for short in ["prospects", "welcomed", "importance of stabilizing Haiti",
                  "fundamental political issues for coexistence"]:  # fmt: skip
        assert short not in texts
    assert "need for a real and fruitful dialogue" in texts  # seven words: a statement


def test_byline_title_does_not_matter(result: dict[str, object]) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Eduardo González"  # the file's first line is a byline, not a title
    assert all(s["speaker"] != "Eduardo González" for s in result["statements"])  # type: ignore[attr-defined]
