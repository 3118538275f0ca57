"""The sample corpus shipped with chronica: short documents written for the project in its own words."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"


def corpus_path() -> Path:
    """The folder holding the sample documents."""
    return CORPUS


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith((".", "_")))
