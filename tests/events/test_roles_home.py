"""Acts done at home: protests, strikes, concessions to one's own dissent, truces with unnamed
rebels and states of emergency are aimed at the doer's own country when no one else is named
(team gold convention); a purpose clause saying how a summons is aimed is part of it."""

from __future__ import annotations

from tests.events._coded import coded
from tests.events.conftest import Coder


def test_strike_without_a_named_adversary_is_at_home(code: Coder) -> None:
    events, _ = code("Port workers in Rotterdam went on strike on Monday against the government's budget.")
    assert ("143", "NLD", "NLD") in coded(events)


def test_calling_off_own_rallies_eases_dissent_at_home(code: Coder) -> None:
    events, _ = code("Zambian opposition leader Hakainde Hichilema called off the planned rallies on Friday.")
    assert ("082", "ZMB", "ZMB") in coded(events)


def test_government_bowing_to_protests(code: Coder) -> None:
    events, _ = code("Chile's government bowed to months of student protests and scrapped the tuition fees.")
    assert ("083", "CHL", "CHL") in coded(events)


def test_state_of_emergency_is_declared_at_home(code: Coder) -> None:
    events, _ = code("Thailand's army declared a state of emergency in three provinces.")
    assert ("1724", "THA", "THA") in coded(events)


def test_truce_with_unnamed_militias_is_with_own_rebels(code: Coder) -> None:
    events, _ = code("Ethiopia's government declared a truce with ethnic militias.")
    assert ("0871", "ETH", "ETH") in coded(events)


def test_release_of_unnamed_prisoners_stays_without_target(code: Coder) -> None:
    events, _ = code("Belarus freed 14 political prisoners.")
    assert ("0841", "BLR", None) in coded(events)


def test_protest_at_a_named_foreign_target_is_not_at_home(code: Coder) -> None:
    events, _ = code("Thousands of Serbians protested against NATO on Sunday.")
    assert not any(e.cameo_root == "14" and e.target and e.target.country == "SRB" for e in events)


def test_summoning_to_protest_is_one_act_aimed_at_the_summoned(code: Coder) -> None:
    events, _ = code(
        "Lithuania summoned the Russian charge d'affaires to protest against a violation of its airspace."
    )
    assert coded(events) == {("114", "LTU", "RUS")}


def test_urging_to_protest_keeps_object_control(code: Coder) -> None:
    events, _ = code("The EU urged Serbia to protest against the vote.")
    assert ("020", "IGO", "SRB") in coded(events)
    assert not any(e.cameo_root == "14" and e.source and e.source.country == "IGO" for e in events)


def test_strike_by_a_demonym_and_a_coordinated_body_is_at_home(code: Coder) -> None:
    events, _ = code("Chilean miners and port workers went on strike on Tuesday.")
    assert ("143", "CHL", "CHL") in coded(events)


def test_chemical_attack_on_a_town_of_the_doers_country(code: Coder) -> None:
    events, _ = code("A Syrian air force helicopter dropped a chlorine cylinder on a school in Idlib.")
    assert any(e.cameo_root == "20" and e.target and e.target.country == "SYR" for e in events)


def test_civilians_killed_by_a_countrys_fighters_are_its_victims(code: Coder) -> None:
    events, _ = code("RSF fighters killed more than 100 civilians in villages near Nyala.")
    assert any(e.cameo_root in {"18", "20"} and e.target and e.target.country == "SDN" for e in events)


def test_town_tagged_as_an_organisation_is_still_a_place(code: Coder) -> None:
    # The tagger reads "Djibo" as an organisation; the gazetteer knows the town.
    events, _ = code("Gunmen killed five soldiers near Djibo on Sunday.")
    assert any(e.cameo_root in {"18", "19"} and e.target and e.target.country == "BFA" for e in events)


def test_sending_own_troops_into_another_country_is_not_an_act_on_them(code: Coder) -> None:
    events, _ = code("Turkey sends troops into northern Syria.")
    assert not any(e.target and e.target.country == "TUR" for e in events)


def test_sending_own_forces_is_not_an_act_on_them(code: Coder) -> None:
    events, _ = code("China sent 30 warplanes near Taiwan.")
    assert ("150", "CHN", "TWN") in coded(events)
    assert not any(e.target and e.target.country == "CHN" for e in events)
