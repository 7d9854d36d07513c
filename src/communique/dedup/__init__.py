"""communique.dedup — near-duplicate detection and story grouping with MinHash LSH (datasketch).

See docs/stages.md for the contract and ``_index`` for the thresholds and why they are what they are.
"""

from communique.dedup._index import NAMES_THRESHOLD, STORY_THRESHOLD, DuplicateIndex
from communique.dedup._signature import Signature, signature_of

__all__ = ["NAMES_THRESHOLD", "STORY_THRESHOLD", "DuplicateIndex", "Signature", "signature_of"]
