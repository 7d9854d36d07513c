"""communique.evaluate — see docs/stages.md for this stage's contract."""
