"""The lexicon loader: family files merge into one lookup order, and bad rows are named."""

from __future__ import annotations

import pytest

from communique.errors import ConfigError
from communique.events._lexicon import parse_lexicon, triggers_for

HEADER = "pos\tlemma\tconstraint\tcode\tpreps\tflags\n"


def test_a_specific_row_in_a_later_file_precedes_the_general_row() -> None:
    rows = parse_lexicon(
        [
            ("01-a.tsv", HEADER + "V\tcall\t-\t020\ton\t-\n"),
            ("02-b.tsv", "# comment\n" + HEADER + "V\tcall\thas=aggressor\t112\t-\t-\n"),
        ]
    )
    assert [(r.lemma, r.code, r.values("has")) for r in rows] == [
        ("call", "112", frozenset({"aggressor"})),
        ("call", "020", None),
    ]


def test_constraints_joined_by_semicolons_must_all_be_named_and_rank_first() -> None:
    rows = parse_lexicon(
        [
            ("a.tsv", HEADER + "V\tcall\tprt=off\t164\twith\t-\nV\tcall\t-\t020\ton\t-\n"),
            ("b.tsv", HEADER + "V\tcall\tprt=off;obj=protest|strike\t082\t-\tsolo\n"),
        ]
    )
    assert [r.code for r in rows] == ["082", "164", "020"]
    assert rows[0].values("obj") == frozenset({"protest", "strike"})
    assert rows[0].values("lv") is None
    assert rows[0].rule == "V:call[prt+obj]"


def test_adjective_rows_subject_constraints_and_the_recv_flag_parse() -> None:
    rows = parse_lexicon(
        [("a.tsv", HEADER + "A\tpessimistic\t-\t012\tabout\t-\nV\treceive\tsubj=@REB\t072\t-\trecv\n")]
    )
    assert {(r.pos, r.values("subj"), r.flags) for r in rows} == {
        ("A", None, frozenset()),
        ("V", frozenset({"@REB"}), frozenset({"recv"})),
    }


def test_two_general_rows_for_one_lemma_are_refused_with_both_places() -> None:
    with pytest.raises(ConfigError, match=r"b\.tsv:2: second general row .* first at a\.tsv:2"):
        parse_lexicon(
            [
                ("a.tsv", HEADER + "V\tmeet\t-\t040\twith\tsym\n"),
                ("b.tsv", HEADER + "V\tmeet\t-\t043\t-\t-\n"),
            ]
        )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("V\tmeet\t-\t999\t-\t-", "unknown CAMEO code '999'"),
        ("V\tmeet\twhen=now\t040\t-\t-", "bad constraint"),
        ("V\tmeet\tobj=a;obj=b\t040\t-\t-", "bad constraint"),
        ("V\tmeet\tobj=a;\t040\t-\t-", "bad constraint"),
        ("X\tmeet\t-\t040\t-\t-", "bad pos"),
        ("V\tmeet\t-\t040\t-\tloud", "bad pos, lemma or flags"),
        ("V\tmeet\t040", "expected 6 tab-separated cells"),
    ],
)
def test_a_malformed_row_is_named_by_file_and_line(row: str, message: str) -> None:
    with pytest.raises(ConfigError, match=rf"x\.tsv:2: .*{message}"):
        parse_lexicon([("x.tsv", HEADER + row + "\n")])


def test_a_file_without_the_header_is_refused() -> None:
    with pytest.raises(ConfigError, match="header"):
        parse_lexicon([("x.tsv", "V\tmeet\t-\t040\t-\t-\n")])


def test_the_shipped_lexicon_loads_with_specific_rows_first() -> None:
    rows = triggers_for("V", "call")
    assert rows, "the shipped lexicon has rows for 'call'"
    assert all(r.constraints for r in rows[:-1])


@pytest.mark.parametrize(
    ("word", "stem"), [("readmitted", "readmit"), ("shunning", "shun"), ("shelled", "shell")]
)
def test_word_forms_undo_inflection_the_lemmatiser_misses(word: str, stem: str) -> None:
    from communique.events._lexicon import _forms

    assert stem in _forms(word, word)


def test_repeated_has_lists_must_each_hold() -> None:
    (row,) = parse_lexicon([("x.tsv", HEADER + "V\tvow\thas=hunt|pursue;has=militant|rebel\t138\t-\tsolo\n")])
    assert row.constraints == (
        ("has", frozenset({"hunt", "pursue"})),
        ("has", frozenset({"militant", "rebel"})),
    )
