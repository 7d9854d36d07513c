"""MinHash signatures of an article, and their byte form as the store keeps it.

Three signatures per article, because the questions differ:

* **copy** — MinHash of word 3-shingles of the text. Shingles keep word order, so only a copy of
  the same text (re-published, lightly edited) scores high.
* **topic** — MinHash of the set of content words of title and text (function words and reporting
  verbs removed). Two independent write-ups of one meeting share subject words but almost no
  3-word sequence.
* **names** — MinHash of the capitalised words inside sentences (people, places, organisations).
  Reports of one happening name the same people and places; reports in the same genre share
  vocabulary ("ministers", "talks", "cooperation") but not the same names, so topic alone
  over-merges formulaic news and names keep such stories apart.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import numpy as np
import numpy.typing as npt
from datasketch import MinHash

from communique.errors import CommuniqueError

__all__ = ["NUM_PERM", "HashValues", "Signature", "is_empty", "signature_of", "similarity"]

NUM_PERM = 128
_SHINGLE = 3
_SEED = 1  # fixed: signatures from different runs must be comparable
# Named explicitly: stored signatures are only comparable with ones made by the same scheme.
_SCHEME = "affine32"
# What every value of a MinHash of the empty set is (datasketch starts from the largest hash).
_EMPTY_VALUE = np.uint32(2**32 - 1)
_MAGIC = b"CQMH"
_VERSION = 2
_PARTS = 3  # copy, topic, names
_HEADER = struct.Struct("<4sBH")  # magic, version, number of permutations
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[^\W\d_][\w'-]*")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?:;\"])\s+|\n+")

HashValues = npt.NDArray[np.uint32]


def _word_list(name: str) -> frozenset[str]:
    text = files("communique.data").joinpath("clean").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _stopwords() -> frozenset[str]:
    return _word_list("stopwords.txt")


@cache
def _not_names() -> frozenset[str]:
    # Function words plus titles and offices ("Foreign Minister"), which every article capitalises.
    return _stopwords() | _word_list("title_words.txt")


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash signatures of one article (``hashvalues`` arrays of ``NUM_PERM`` uint32)."""

    copy: HashValues
    topic: HashValues
    names: HashValues

    def to_bytes(self) -> bytes:
        """Serialise: a small header, then both arrays as little-endian uint32 (the affine32 range)."""
        header = _HEADER.pack(_MAGIC, _VERSION, NUM_PERM)
        return header + b"".join(part.astype("<u4").tobytes() for part in (self.copy, self.topic, self.names))

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        """Deserialise what ``to_bytes`` wrote.

        Args:
            data: the stored bytes.

        Returns:
            The signature.

        Raises:
            CommuniqueError: the bytes are not a signature of this version and size.
        """
        size = _HEADER.size + _PARTS * 4 * NUM_PERM
        if len(data) != size:
            raise CommuniqueError(f"dedup signature has {len(data)} bytes, expected {size}")
        magic, version, perms = _HEADER.unpack_from(data)
        if magic != _MAGIC or version != _VERSION or perms != NUM_PERM:
            raise CommuniqueError("dedup signature of an unknown format or version")
        values = np.frombuffer(data, dtype="<u4", offset=_HEADER.size).astype(np.uint32)
        copy, topic, names = (values[i * NUM_PERM : (i + 1) * NUM_PERM].copy() for i in range(_PARTS))
        return cls(copy=copy, topic=topic, names=names)

    def minhashes(self) -> tuple[MinHash, MinHash, MinHash]:
        """Rebuild datasketch ``MinHash`` objects (for inserting into and querying an LSH index)."""
        return _new_minhash(self.copy), _new_minhash(self.topic), _new_minhash(self.names)


def is_empty(values: HashValues) -> bool:
    """Whether a signature was made from an empty set (every value still at its initial maximum)."""
    return bool(np.all(values == _EMPTY_VALUE))


def similarity(a: HashValues, b: HashValues) -> float:
    """Estimated Jaccard similarity of two MinHash signatures (share of equal hash values).

    Signatures of empty sets are equal to each other, but two texts with nothing in common are
    not similar: they score 0.
    """
    if is_empty(a) or is_empty(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


@cache
def _permutations() -> Any:
    # Drawing the permutation parameters is most of the cost of a new MinHash; they depend only on
    # (seed, num_perm, scheme), so they are drawn once and shared.
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _new_minhash(values: HashValues | None = None) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, seed=_SEED, hashvalues=values, permutations=_permutations(), scheme=_SCHEME
    )


def _minhash(items: set[str]) -> HashValues:
    minhash = _new_minhash()
    if items:
        minhash.update_batch([item.encode("utf-8") for item in sorted(items)])
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def _names(text: str, stop: frozenset[str]) -> set[str]:
    # Capitalised words that do not start a sentence: a cheap, language-model-free stand-in for
    # named entities (the first word of a sentence is capitalised whatever it is).
    names: set[str] = set()
    for sentence in _SENTENCE_SPLIT.split(text):
        for index, match in enumerate(_TOKEN.finditer(sentence)):
            token = match.group()
            if index and token[0].isupper() and token.casefold() not in stop:
                names.add(token.casefold())
    return names


def signature_of(text: str, *, title: str | None = None) -> Signature:
    """Compute the signatures of an article.

    Args:
        text: the cleaned article text.
        title: the title, which adds to the topic words (it names the happening most concisely).

    Returns:
        The ``Signature``.
    """
    words = _WORD.findall(text.casefold())
    if len(words) >= _SHINGLE:
        shingles = {" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
    else:
        shingles = set(words)
    stop = _stopwords()
    all_words = words + _WORD.findall(title.casefold()) if title else words
    topic = {word for word in all_words if len(word) > 2 and word not in stop and not word.isdigit()}
    return Signature(
        copy=_minhash(shingles), topic=_minhash(topic), names=_minhash(_names(text, _not_names()))
    )
