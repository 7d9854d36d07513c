"""communique.clean — turn a ``RawDocument`` into an ``Article``: normalised text without boilerplate.

Each cleaning rule is a named step (``RULES``); the names of those that fired are recorded in
``Article.removed``. Agency prefixes and datelines are removed from the text and kept as
``agency``/``dateline_place``. See docs/stages.md.
"""

from communique.clean._clean import clean_document, clean_text, content_hash
from communique.clean._language import detect_language
from communique.clean._rules import RULES

__all__ = ["RULES", "clean_document", "clean_text", "content_hash", "detect_language"]
