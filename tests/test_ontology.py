"""The CAMEO ontology table: facts every stage relies on."""

from __future__ import annotations

import pytest

from communique.ontology import cameo, cameo_codes, is_symmetric_root, plover_for


def test_every_root_has_its_quad_class() -> None:
    expected = {1: 1, 5: 1, 6: 2, 8: 2, 9: 3, 13: 3, 14: 4, 20: 4}
    for root, quad in expected.items():
        assert cameo(f"{root:02d}").quad_class == quad


@pytest.mark.parametrize(
    ("code", "plover", "goldstein"),
    [("042", "CONSULT", 1.9), ("057", "SUPPORT", 8.0), ("112", "ACCUSE", -2.0), ("190", "ASSAULT", -10.0)],
)
def test_known_codes_carry_plover_and_goldstein(code: str, plover: str, goldstein: float) -> None:
    assert plover_for(code) == plover
    assert cameo(code).goldstein == goldstein


def test_statements_and_appeals_have_no_plover_type() -> None:
    assert plover_for("010") is None
    assert plover_for("020") is None


def test_unknown_subcode_falls_back_to_root_and_garbage_fails() -> None:
    assert cameo("0499").root == "04"
    with pytest.raises(KeyError):
        cameo("99")


def test_table_is_complete() -> None:
    table = cameo_codes()
    assert len(table) > 300
    assert all(code.startswith(c.root) for code, c in table.items())
    assert {c.root for c in table.values()} == {f"{r:02d}" for r in range(1, 21)}


def test_symmetric_roots() -> None:
    assert is_symmetric_root("04") and not is_symmetric_root("11")
