"""Filter parameters: validation, and URLs that reproduce the same filters."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.errors import InputError
from communique.model import MODALITIES
from communique.web._params import FilterParams, parse_filters


def test_parse_filters_reads_dyad_dates_and_codes() -> None:
    params = parse_filters(
        {
            "a": ["irn"],
            "b": ["RUS"],
            "date_from": ["2024-03-01"],
            "date_to": ["2024-01-01"],
            "cameo_root": ["04"],
        }
    )
    assert (params.a, params.b, params.cameo_root) == ("IRN", "RUS", "04")
    # Reversed dates are put in order rather than selecting nothing.
    assert (params.date_from, params.date_to) == (dt.date(2024, 1, 1), dt.date(2024, 3, 1))
    flt = params.to_filter()
    assert flt.countries == ("IRN", "RUS")
    assert flt.modality == ("asserted",)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("date_from", "March"),
        ("quad_class", "5"),
        ("cameo_root", "4;DROP"),
        ("modality", "rumoured"),
        ("a", "<x>"),
    ],
)
def test_parse_filters_rejects_malformed_values(name: str, value: str) -> None:
    with pytest.raises(InputError, match=name):
        parse_filters({name: [value]})


def test_modality_any_selects_every_modality() -> None:
    assert parse_filters({"modality": ["any"]}).modality == MODALITIES


@given(
    st.builds(
        FilterParams,
        a=st.sampled_from([None, "IRN", "person:sergei-lavrov"]),
        quad_class=st.sampled_from([None, 1, 4]),
        cameo_root=st.sampled_from([None, "04", "19"]),
        date_from=st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1))),
        topic=st.sampled_from([None, "energy", "a&b=c"]),
        directed=st.booleans(),
        canonical_only=st.booleans(),
    )
)
def test_query_round_trips_through_parse(params: FilterParams) -> None:
    assert parse_filters(parse_qs(params.query())) == params
