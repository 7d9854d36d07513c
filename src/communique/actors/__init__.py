"""communique.actors — find and resolve the actors of an article (see docs/stages.md).

``ActorResolver`` is the stage; ``KnowledgeBase`` and ``ActorRecord`` are the named-actor tables it
uses (starter data, user overrides, records learned from the corpus).
"""

from communique.actors.knowledge import KnowledgeBase, load_overrides
from communique.actors.records import ActorRecord, RoleSpell
from communique.actors.resolver import ActorResolver

__all__ = ["ActorRecord", "ActorResolver", "KnowledgeBase", "RoleSpell", "load_overrides"]
