"""Character- and layout-level normalisation: Unicode, quotes, spaces, line breaks, paragraphs.

The cleaner works on paragraphs; these functions turn raw text into that list and back. All of it
runs before any offset is taken, so changing characters here is safe: offsets are computed on the
text the cleaner returns.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["join_paragraphs", "normalise_characters", "split_paragraphs"]

# Typographic quotes and dashes become their ASCII forms so quote detection downstream sees one
# kind of quote mark; each replacement is one character for one character.
_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
    }
)
# Every Unicode line or paragraph separator is a line break.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Zero-width and soft-hyphen characters are invisible in the source and break words apart.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[^\S\n]+")


# Control characters (except tab and newline), lone surrogates and private-use characters carry
# no text. (Unassigned code points are kept: they may be assigned in a newer Unicode.)
_NOISE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]")


def normalise_characters(text: str) -> str:
    """NFC-normalise, map typographic quotes, drop invisible and control characters, unify spaces.

    Args:
        text: raw text.

    Returns:
        Text whose only line break is "\\n" and whose only space is " ".
    """
    text = _NOISE.sub("", _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text)))
    # NFC after the removals, so characters they brought together are composed too.
    text = unicodedata.normalize("NFC", text).translate(_CHAR_MAP)
    # NBSP, thin spaces, tabs...: one plain space each run (newlines kept for paragraph structure).
    return _SPACES.sub(" ", text)


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?:;…][\"')\]]*$", line))


def split_paragraphs(text: str) -> list[str]:
    """Split normalised text into paragraphs.

    Blank lines separate paragraphs. Inside a block, a line is joined to the next one only when the
    next starts in lower case (a hard-wrapped sentence); otherwise each line is its own paragraph,
    which is how scraped pages print headlines, datelines and link lists.

    Args:
        text: output of ``normalise_characters``.

    Returns:
        Non-empty, stripped paragraphs.
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current = ""
        for raw_line in block.split("\n"):
            line = raw_line.strip()
            if not line:
                continue
            if current and line[0].islower() and not _ends_sentence(current):
                current = f"{current} {line}"
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def join_paragraphs(paragraphs: list[str]) -> str:
    """Join paragraphs with one blank line between them (the form every later stage sees)."""
    return "\n\n".join(paragraphs)
