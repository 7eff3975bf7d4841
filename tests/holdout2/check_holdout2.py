"""Integrity checks for the second held-out set in tests/holdout2/*.yaml.

Run: .venv/bin/python tests/holdout2/check_holdout2.py [--review] [en es ...]

Reuses the devset checker (tests/devset/check_devset.py) pointed at this directory, and adds
holdout2-specific checks: bodies 150-300 words, 12 articles per language, every statement
at least six words long.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "check_devset", HERE.parent / "devset" / "check_devset.py"
)
assert _spec and _spec.loader
cd = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cd)
cd.HERE = HERE  # run the same checks on the holdout2 files

MIN_WORDS = 150
MAX_WORDS = 300
PER_LANG = 12


def extra_checks(langs: list[str]) -> int:
    errors = 0
    for lang in langs:
        arts = yaml.safe_load((HERE / f"{lang}.yaml").read_text(encoding="utf-8"))["articles"]
        if len(arts) != PER_LANG:
            print(f"ERROR {lang}: {len(arts)} articles, expected {PER_LANG}")
            errors += 1
        for a in arts:
            n = cd.words(a["body"])
            if not MIN_WORDS <= n <= MAX_WORDS:
                print(f"ERROR {a['id']}: body has {n} words (not {MIN_WORDS}-{MAX_WORDS})")
                errors += 1
            for s in a["statements"]:
                if cd.words(s["text"]) < 6:
                    print(f"ERROR {a['id']}: statement under six words {s['text']!r}")
                    errors += 1
    return errors


def main() -> int:
    langs = [arg for arg in sys.argv[1:] if arg in cd.LANGS] or cd.LANGS
    rc = cd.main()
    return 1 if (rc or extra_checks(langs)) else 0


if __name__ == "__main__":
    sys.exit(main())
