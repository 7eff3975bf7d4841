"""The labelled sets that grade the classifier are themselves checked: a broken label would
make every accuracy figure meaningless."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check_devset", TESTS / "devset" / "check_devset.py")
assert _spec is not None and _spec.loader is not None
check_devset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_devset)


@pytest.mark.parametrize(
    "folder",
    [
        "devset",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
    ],
)
def test_labelled_set_is_consistent(folder: str) -> None:
    seen: set[str] = set()
    for language in check_devset.LANGS:
        errors, stats = check_devset.check_file(language, False, seen, TESTS / folder)
        assert errors == [], f"{folder}/{language}.yaml: {errors[:5]}"
        assert stats["articles"] >= 8
