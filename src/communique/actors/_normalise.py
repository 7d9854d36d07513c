"""Name normalisation: a lookup key for exact matching and a transliteration skeleton for fuzzy matching.

Hand-written because the variation that matters here is romanisation (Persian, Arabic and Russian
names spelt several ways in English news), which general string libraries do not model; the rules
themselves are data (``data/actors/translit.tsv``). rapidfuzz then compares skeletons.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from importlib import resources

__all__ = ["name_key", "skeleton", "slug", "surname_of"]

_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "seyyed", "sayyid", "seyed", "sheikh", "shaikh", "hojatoleslam"}
)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Cached: the resolver keys the same few thousand phrases over and over (about 700 calls per article).
@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Return the exact-match key of a name or phrase: lower case, no accents, single spaces.

    Args:
        text: a name as written ("Hossein Amir-Abdollahian", "Iran’s").

    Returns:
        The key ("hossein amir-abdollahian", "iran's"): typographic apostrophes and dashes are
        folded to ASCII, other punctuation except hyphens, dots and apostrophes is dropped.
    """
    folded = _ascii(text).replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    folded = re.sub(r"[^\w\s'.+-]", " ", folded.lower())
    return " ".join(folded.split())


@functools.cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = resources.files("communique.data").joinpath("actors/translit.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return tuple((re.compile(row[0]), row[1] if len(row) > 1 else "") for row in rows)


def skeleton(text: str) -> str:
    """Return the transliteration skeleton of a name, used for fuzzy comparison.

    Args:
        text: a name in any common romanisation.

    Returns:
        The skeleton ("Peseshkian" and "Pezeshkiyan" both give "pesesian"), honorifics removed.
    """
    words = [w for w in name_key(text).replace(".", " ").split() if w not in _HONORIFICS]
    out = " ".join(words)
    for pattern, replacement in _rules():
        out = pattern.sub(replacement, out)
    return out


def surname_of(name: str) -> str:
    """Return the last word of a personal name (the one news text repeats), hyphens kept.

    Args:
        name: a full name ("Hossein Amir-Abdollahian").

    Returns:
        The surname key ("amir-abdollahian").
    """
    words = name_key(name).split()
    if len(words) > 1 and re.fullmatch(r"[ivx]+", words[-1]):
        words = words[:-1]  # regnal numbers: "Abdullah II" is called "Abdullah", not "II"
    return words[-1] if words else ""


def slug(text: str) -> str:
    """Return an id-safe slug of a name ("Sergei Lavrov" → "sergei-lavrov").

    Args:
        text: any name.

    Returns:
        Lower-case ASCII words joined by hyphens.
    """
    return "-".join(re.findall(r"[a-z0-9]+", _ascii(text).lower()))
