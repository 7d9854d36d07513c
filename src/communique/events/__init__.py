"""communique.events — event coding: triggers, roles, modality, attribution, dates and places.

See ``docs/stages.md``: ``EventCoder(*, settings).code(doc, article, mentions)`` returns the
article's ``Event``s and ``Quote``s; ``trigger_lemmas()`` lists every word that can start an event
(the scale stage's cheap pre-filter).
"""

from communique.events._lexicon import trigger_lemmas
from communique.events.coder import EventCoder

__all__ = ["EventCoder", "trigger_lemmas"]
