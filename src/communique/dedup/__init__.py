"""communique.dedup — near-duplicate detection and story grouping with MinHash LSH.

See docs/stages.md for the contract and ``_index`` for the thresholds and why they are what they are.
The LSH buckets live in an ``IndexStorage``: the store's tables during ingest (memory stays flat),
``MemoryStorage`` otherwise.
"""

from communique.dedup._index import NAMES_THRESHOLD, STORY_THRESHOLD, DuplicateIndex
from communique.dedup._signature import Signature, signature_of
from communique.dedup._storage import BandKey, Candidate, IndexStorage, MemoryStorage

__all__ = [
    "NAMES_THRESHOLD",
    "STORY_THRESHOLD",
    "BandKey",
    "Candidate",
    "DuplicateIndex",
    "IndexStorage",
    "MemoryStorage",
    "Signature",
    "signature_of",
]
