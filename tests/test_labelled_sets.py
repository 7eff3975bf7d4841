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


LABELLED_SETS = ["devset", *sorted(p.name for p in TESTS.glob("holdout*") if p.is_dir())]


def test_every_held_out_set_is_checked() -> None:
    assert len(LABELLED_SETS) >= 13  # devset and holdout .. holdout12


@pytest.mark.parametrize("folder", LABELLED_SETS)
def test_labelled_set_is_consistent(folder: str) -> None:
    seen: set[str] = set()
    for language in check_devset.LANGS:
        errors, stats = check_devset.check_file(language, False, seen, TESTS / folder)
        assert errors == [], f"{folder}/{language}.yaml: {errors[:5]}"
        assert stats["articles"] >= 8
