"""Aggregates: dyad names, and SQL that SQLAlchemy's linter accepts (no cartesian products)."""

from __future__ import annotations

import warnings

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import SAWarning

from communique.model import Actor
from communique.store import Store, queries
from communique.store import schema as s
from tests.store.factories import IRAN, LAVROV, Spec, make_article, other_article, visit_article

RUSSIA_COUNTRY = Actor(id="RUS", name="Russia", country="RUS", kind="country")


def test_country_dyads_are_named_after_countries_not_participants(store: Store) -> None:
    # Only people and organisations take part; no country actor "RUS" or "IRN" is stored.
    text = "Sergei Lavrov warned Iran about the talks."
    store.save(
        make_article(
            "a-warn",
            text,
            mentions=((LAVROV, "Sergei Lavrov"), (IRAN, "Iran")),
            specs=(Spec("warned", "130", (LAVROV, "Sergei Lavrov"), (IRAN, "Iran")),),
        )
    )
    (dyad,) = queries.top_dyads(store)
    assert (dyad["source"], dyad["target"]) == ("RUS", "IRN")
    # The actor stage's country names ("Russia", not a participant, not "Russian Federation").
    assert (dyad["source_name"], dyad["target_name"]) == ("Russia", "Iran")
    (people,) = queries.top_dyads(store, level="actor")
    assert (people["source_name"], people["target_name"]) == ("Sergei Lavrov", "Iranian government")


def test_a_stored_country_actor_names_its_country_dyad(store: Store) -> None:
    text = "Russia warned Iran about the talks."
    store.save(
        make_article(
            "a-warn",
            text,
            mentions=((RUSSIA_COUNTRY, "Russia"), (IRAN, "Iran")),
            specs=(Spec("warned", "130", (RUSSIA_COUNTRY, "Russia"), (IRAN, "Iran")),),
        )
    )
    (dyad,) = queries.top_dyads(store)
    assert dyad["source_name"] == "Russia"
    assert queries.country_name("KOR") == "South Korea" and queries.country_name("IGO") == "IGO"
    assert queries.country_name("ALA")  # a code outside the actor table falls back to pycountry


def test_corpus_stats_and_the_memo_version_query_raise_no_sqlalchemy_warnings(store: Store) -> None:
    store.save(visit_article())
    store.save(other_article())
    with warnings.catch_warnings():
        warnings.simplefilter("error", SAWarning)
        stats = queries.corpus_stats(store)  # through Store.memo: its version query too
        again = queries.corpus_stats(store)
        queries.top_dyads(store, level="actor")
        queries.event_facets(store)
    assert stats == again and stats["articles"] == 2 and stats["top_dyads"]


def test_sqlalchemy_warnings_fail_store_tests(store: Store) -> None:
    # The guard itself (tests/conftest.py): a cartesian product must not pass silently.
    cartesian = select(func.max(s.articles.c.pk), func.max(s.events.c.pk))
    with pytest.raises(SAWarning, match="cartesian product"), store.connect() as conn:
        conn.execute(cartesian)
