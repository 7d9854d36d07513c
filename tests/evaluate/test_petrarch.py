"""The PETRARCH validation reader, on a small file written for these tests and on the dev file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.errors import EvaluationError
from communique.evaluate import read_gold
from communique.evaluate._codes import ActorCode, parse_cameo_actor

DATA = Path(__file__).parent / "data"
DEV_FILE = Path(__file__).resolve().parents[3] / "shared" / "data" / "dev" / "petr2_gsr_validation.xml"


def test_records_become_items_with_cameo_events() -> None:
    gold = read_gold(DATA / "petrarch_sample.xml")
    items = {i.id: i for i in gold.items}
    assert list(items) == ["CQ_AFP_1", "CQ_AFP_2", "CQ_AFP_3", "CQ_GOLD_1", "CQ_GOLD_2", "CQ_TEST_2"]
    first = items["CQ_AFP_1"]
    assert first.category == "AFP"
    assert first.published == dt.date(2019, 3, 12)
    assert first.text.startswith("Turkish President Recep Tayyip Erdogan flew to Baku")
    assert "\n" not in first.text
    (event,) = first.events
    assert (event.label, event.cameo, event.source_country, event.source_sector, event.target_country) == (
        "04",
        "042",
        "TUR",
        "GOV",
        "AZE",
    )


def test_noevents_and_missing_codings_expect_no_event() -> None:
    items = {i.id: i for i in read_gold(DATA / "petrarch_sample.xml").items}
    assert items["CQ_AFP_3"].events == ()
    assert items["CQ_GOLD_2"].events == ()


def test_unknown_actor_country_and_igo_codes() -> None:
    items = {i.id: i for i in read_gold(DATA / "petrarch_sample.xml").items}
    attack, support = items["CQ_GOLD_1"].events
    assert (attack.source_country, attack.source_sector, attack.target_country, attack.target_sector) == (
        None,
        "REB",
        "MLI",
        "MIL",
    )
    assert (support.source_country, support.source_sector) == ("IGO", "MIL")
    assert '"fully supports"' in items["CQ_GOLD_1"].text


def test_bad_dates_codes_and_unevaluated_records_are_reported_or_left_out() -> None:
    gold = read_gold(DATA / "petrarch_sample.xml")
    items = {i.id: i for i in gold.items}
    assert "CQ_TEST_1" not in items  # evaluate="false"
    assert items["CQ_GOLD_2"].published is None
    assert [e.cameo for e in items["CQ_TEST_2"].events] == ["112"]
    assert any("CQ_GOLD_2" in n and "140319" in n for n in gold.notices)
    assert any("CQ_TEST_2" in n and "999" in n for n in gold.notices)


def test_categories_filter_items() -> None:
    gold = read_gold(DATA / "petrarch_sample.xml", categories=["gold", "AFP"])
    assert {i.category for i in gold.items} == {"AFP", "GOLD"}
    assert len(gold.items) == 5
    # Problems of records outside the kept categories raise no notices.
    assert len(gold.notices) == 1 and "CQ_GOLD_2" in gold.notices[0]


def test_file_without_records_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "empty.xml"
    bad.write_text("<Validation><Sentences></Sentences></Validation>", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no <Sentence> records"):
        read_gold(bad)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USA", ActorCode("USA", None)),
        ("IRQGOVMIL", ActorCode("IRQ", "GOV")),
        ("PSEGZACVL", ActorCode("PSE", "CVL")),
        ("---MIL", ActorCode(None, "MIL")),
        ("IGOEUREEC", ActorCode("IGO", None)),
        ("SOMUAF", ActorCode("SOM", "UAF")),
        ("EGYOPPMUS", ActorCode("EGY", "OPP")),
        ("---", None),
        ("", None),
    ],
)
def test_cameo_actor_codes_split_into_country_and_sector(code: str, expected: ActorCode | None) -> None:
    assert parse_cameo_actor(code) == expected


@pytest.fixture
def dev_file() -> Path:
    if not DEV_FILE.is_file():
        pytest.skip("../shared/data/dev/petr2_gsr_validation.xml not present")
    return DEV_FILE


def test_shared_dev_file_reads_every_record(dev_file: Path) -> None:
    gold = read_gold(dev_file)
    assert len(gold.items) == 77  # one record has an empty <Text>: skipped with a notice
    assert any("abc12_3" in n and "empty" in n for n in gold.notices)
    real_news = read_gold(dev_file, categories=["AFP", "GOLD"])
    assert len(real_news.items) == 28
    no_event = [i for i in real_news.items if not i.events]
    assert len(no_event) >= 5
    assert all(e.label.isdigit() and len(e.label) == 2 for i in gold.items for e in i.events)
    assert all(i.text for i in gold.items)
