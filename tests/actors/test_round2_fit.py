"""A description links to an actor it fits: a junta is not the state acting on it, and people
counted "from seven countries including A and B" are of A and B, not of the expelling state."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import Mention


def _actor(mentions: tuple[Mention, ...], text: str) -> str | None:
    return next((m.actor.id for m in mentions if m.text == text), None)


def test_a_junta_is_not_the_state_that_cuts_contact_with_it(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of(
        "Australia froze the assets of Myanmar's top generals, while Ireland said it had ended all "
        "military cooperation with the junta."
    )
    assert _actor(mentions, "junta") == "MMR:MIL"


def test_a_regime_talked_to_is_not_the_talking_state(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Syria's army shelled Idlib. Norway said it would not negotiate with the regime.")
    assert _actor(mentions, "regime") == "SYR:GOV"


def test_a_junta_that_acts_keeps_its_own_country(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of(
        "Mali's military rulers expelled the Danish envoy. The junta said he had ignored a warning."
    )
    assert _actor(mentions, "junta") == "MLI:MIL"


def test_troops_a_state_sends_stay_its_own(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    # not a ruling power: "it ... its troops" are the acting state's
    mentions = mentions_of("Kenya said it had deployed troops to the border.")
    assert _actor(mentions, "troops") == "KEN:MIL"


def test_diplomats_from_listed_countries_are_of_those_countries(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Belarus expelled envoys from five countries including Lithuania and Latvia.")
    envoys = next(m for m in mentions if m.text == "envoys")
    assert sorted(a.country or "" for a in envoys.members) == ["LTU", "LVA"]
    assert all(a.sector == "GOV" for a in envoys.members)


def test_diplomats_of_countries_listed_with_such_as(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("Iran expelled diplomats of several European states, such as Germany and Austria.")
    diplomats = next(m for m in mentions if m.text == "diplomats")
    assert sorted(a.country or "" for a in diplomats.members) == ["AUT", "DEU"]


def test_diplomats_of_unnamed_countries_are_not_the_expelling_state(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Moldova expelled diplomats from three countries on Friday.")
    assert _actor(mentions, "diplomats") is None


def test_soldiers_from_states_of_a_federation_are_not_foreign(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    # "states" without a list may be provinces: the ordinary reading stays
    mentions = mentions_of("Nigeria deployed soldiers from three states to the north.")
    assert _actor(mentions, "soldiers") == "NGA:MIL"


def test_a_regime_of_rules_is_no_actor(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("Spain seized a yacht. Portugal said it would tighten the visa regime.")
    assert _actor(mentions, "visa regime") is None
    assert not any("regime" in m.text for m in mentions)


def test_a_regime_criticised_by_a_state_is_the_other_state(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Belarus forced a plane to land. Sweden condemned the regime.")
    assert _actor(mentions, "regime") == "BLR:GOV"


def test_a_state_moving_its_troops_is_its_military(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("Ethiopia massed thousands of soldiers near its border with Eritrea.")
    ethiopia = next(m.actor for m in mentions if m.text == "Ethiopia")
    assert (ethiopia.country, ethiopia.sector) == ("ETH", "MIL")


def test_a_state_putting_its_air_force_on_alert_is_its_military(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Greece put its air force on high alert on Tuesday.")
    assert next(m.actor.sector for m in mentions if m.text == "Greece") == "MIL"


def test_a_state_asked_to_withdraw_its_troops_is_its_military(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Mali's rulers told Denmark to withdraw its 100 soldiers immediately.")
    assert next(m.actor.id for m in mentions if m.text == "Denmark") == "DNK:MIL"


def test_a_state_sending_police_is_its_police(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("Spain sent riot police to the port.")
    assert next(m.actor.sector for m in mentions if m.text == "Spain") == "COP"


def test_a_state_sending_aid_or_diplomats_keeps_no_sector(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    # not a force: "sent aid", "sent diplomats"; "praised its police" is no command
    for text, name in (
        ("Norway sent aid to Sudan.", "Norway"),
        ("Chile sent diplomats to Lima.", "Chile"),
        ("Kenya praised its police.", "Kenya"),
        ("Canada moved its embassy to a new building.", "Canada"),
    ):
        mentions = mentions_of(text)
        assert next(m.actor.sector for m in mentions if m.text == name) is None, text


def test_a_state_doing_more_than_moving_troops_keeps_no_sector(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Turkey closed its airspace and deployed troops to the border.")
    assert next(m.actor.sector for m in mentions if m.text == "Turkey") is None


def test_a_state_deploying_another_countrys_troops_keeps_no_sector(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Belarus moved Russian troops closer to the border.")
    assert next(m.actor.sector for m in mentions if m.text == "Belarus") is None


def test_a_town_in_the_story_is_not_a_big_city_abroad(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    # GeoNames knows only the Spanish Palma (over 400,000 people): a "town" in a story on
    # Mozambique is Mozambique's
    mentions = mentions_of("Insurgents attacked the coastal town of Palma in northern Mozambique.")
    assert _actor(mentions, "Palma") == "MOZ"


def test_a_city_abroad_named_plainly_keeps_its_country(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Police in Palma arrested two men, Kenya's foreign ministry said.")
    police = next(m.actor for m in mentions if m.text.endswith("Police"))
    assert police.country == "ESP"


def test_supporters_of_a_leader_are_not_the_leader(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of(
        "Hundreds of supporters of former President Evo Morales blocked roads near La Paz."
    )
    supporters = next(m.actor for m in mentions if m.text == "supporters")
    assert (supporters.country, supporters.sector) == ("BOL", "CVL")
    assert any(m.actor.kind == "person" and "Morales" in m.text for m in mentions)


def test_sports_supporters_alone_are_no_actor(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("The supporters sang loudly as the home side scored twice.")
    assert not any("supporters" in m.text for m in mentions)


def test_a_country_whose_act_its_own_leader_reports_is_its_government(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of(
        "Armenia is ready to sign a peace treaty with Azerbaijan, Prime Minister Nikol Pashinyan said."
    )
    assert next(m.actor.id for m in mentions if m.text == "Armenia") == "ARM:GOV"


def test_a_country_reported_by_a_foreign_leader_or_the_opposition_keeps_no_sector(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    for text, name in (
        ("Russia will lose the war, Ukrainian President Volodymyr Zelenskiy said.", "Russia"),
        ("Kenya will default on its debt, opposition leader Raila Odinga said.", "Kenya"),
    ):
        mentions = mentions_of(text)
        assert next(m.actor.sector for m in mentions if m.text == name) is None, text


def test_a_defence_force_is_military(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("Botswana's defence force said it had arrested two poachers.")
    assert next(m.actor.id for m in mentions if "defence force" in m.text) == "BWA:MIL"


def test_a_flag_of_registry_yields_to_the_owners_country(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Pirates boarded a Panama-flagged Japanese tanker off Somalia.")
    assert next(m.actor.country for m in mentions if m.text.endswith("tanker")) == "JPN"


def test_a_flag_alone_gives_the_vessel_its_country(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("Pirates boarded a Maltese-flagged tanker off Somalia.")
    assert next(m.actor.country for m in mentions if m.text.endswith("tanker")) == "MLT"
