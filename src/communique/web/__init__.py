"""communique.web — see docs/stages.md for this stage's contract."""
