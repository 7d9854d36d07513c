"""The knowledge base: variants, dated roles, layered precedence, learned records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.actors import ActorRecord, ActorResolver, KnowledgeBase
from communique.actors._normalise import name_key, skeleton, surname_of
from communique.actors._tables import organization_records, person_records, read_tsv
from communique.errors import InputError
from communique.settings import Settings


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_every_starter_entry_names_its_source() -> None:
    for record in (*person_records(), *organization_records()):
        assert record.source, record.id
        assert record.country, record.id


@pytest.mark.parametrize(
    "spelling", ["Masoud Pezeshkian", "Massoud Peseshkian", "Masoud Pezeshkiyan", "Pezeshkian", "Peseshkian"]
)
def test_transliteration_variants_resolve_to_one_actor(kb: KnowledgeBase, spelling: str) -> None:
    record = kb.find(spelling)
    assert record is not None and record.id == "person:masoud-pezeshkian"


def test_unlisted_spelling_matches_by_skeleton_similarity(kb: KnowledgeBase) -> None:
    assert skeleton("Sergey Lavrov") == skeleton("Sergei Lavrov")
    record = kb.find("Sergej Lavrow")
    assert record is not None and record.id == "person:sergei-lavrov"


def test_variant_match_refused_when_the_country_contradicts(kb: KnowledgeBase) -> None:
    assert kb.find("Sergej Lavrow", country="RUS") is not None
    assert kb.find("Sergej Lavrow", country="FRA") is None


def test_role_held_on_the_article_date_is_chosen(kb: KnowledgeBase) -> None:
    putin = kb.find("Vladimir Putin")
    assert putin is not None
    assert putin.state_on(dt.date(2010, 6, 1))[2] == "Prime Minister"
    assert putin.state_on(dt.date(2021, 6, 1))[2] == "President"
    maas = kb.find("Heiko Maas")
    assert maas is not None
    assert maas.state_on(dt.date(2015, 1, 1))[1:] == ("GOV", "Justice Minister", False)
    assert maas.state_on(dt.date(2023, 1, 1))[1:] == ("GOV", "Foreign Minister", True)


def test_bare_name_resolves_for_the_article_date(resolver: ActorResolver) -> None:
    maas = resolver.resolve_phrase("Heiko Maas", date=dt.date(2019, 3, 1))
    morrison = resolver.resolve_phrase("Scott Morrison", date=dt.date(2020, 2, 1))
    assert maas is not None and (maas.country, maas.sector, maas.role) == ("DEU", "GOV", "Foreign Minister")
    assert morrison is not None and (morrison.country, morrison.role) == ("AUS", "Prime Minister")


def test_user_overrides_take_precedence(tmp_path: Path, settings: Settings) -> None:
    overrides = tmp_path / "actors.yaml"
    overrides.write_text(
        "- id: person:sergei-lavrov\n"
        "  name: Sergei Lavrov\n"
        "  country: RUS\n"
        "  roles: [[Special Envoy, GOV, 2030-01-01, null]]\n"
        "- name: Ayesha Rahmani\n"
        "  country: AFG\n"
        "  variants: [A. Rahmani]\n"
        "  roles: [[Ambassador, GOV, 2020-01-01, null]]\n",
        encoding="utf-8",
    )
    resolver = ActorResolver(settings=settings.replace(actor_overrides=str(overrides)))
    lavrov = resolver.resolve_phrase("Sergei Lavrov", date=dt.date(2031, 1, 1))
    assert lavrov is not None and lavrov.role == "Special Envoy"
    rahmani = resolver.resolve_phrase("Ayesha Rahmani", date=dt.date(2021, 1, 1))
    assert rahmani is not None and (rahmani.id, rahmani.country) == ("person:ayesha-rahmani", "AFG")


def test_learned_records_fill_gaps_but_never_shadow_curated_names(kb: KnowledgeBase) -> None:
    local = KnowledgeBase(starter=list(kb))
    added = local.learn(
        [
            {
                "id": "a1",
                "name": "Nadia Ferhat",
                "country": "DZA",
                "sector": "GOV",
                "role": "Minister",
                "variants": ["N. Ferhat"],
                "first_seen": "2024-01-01",
                "article_count": 3,
            },
            {"id": "a2", "name": "Sergei Lavrov", "country": "FRA", "sector": "BUS"},
        ]
    )
    assert added == 1
    learned = local.find("Nadia Ferhat")
    assert learned is not None and (learned.country, learned.sector) == ("DZA", "GOV")
    lavrov = local.find("Sergei Lavrov")
    assert lavrov is not None and lavrov.country == "RUS"


def test_resolver_accepts_extra_records(settings: Settings) -> None:
    record = ActorRecord(id="person:x", name="Tomasz Wielgosz", country="POL", sector="GOV")
    resolver = ActorResolver(settings=settings, extra_records=[record])
    actor = resolver.resolve_phrase("Tomasz Wielgosz")
    assert actor is not None and actor.country == "POL"


def test_malformed_record_is_an_input_error() -> None:
    with pytest.raises(InputError):
        ActorRecord.from_mapping({"name": "X", "roles": [["Minister", "GOV", "not-a-date", None]]})
    with pytest.raises(InputError):
        ActorRecord.from_mapping({"country": "IRN"})


def test_organisation_sector_follows_the_article_date(resolver: ActorResolver) -> None:
    before = resolver.resolve_phrase("the Taliban", date=dt.date(2019, 6, 1))
    after = resolver.resolve_phrase("the Taliban", date=dt.date(2023, 6, 1))
    assert before is not None and (before.country, before.sector) == ("AFG", "REB")
    assert after is not None and (after.country, after.sector) == ("AFG", "GOV")


def test_starter_knowledge_base_is_consistent(kb: KnowledgeBase) -> None:
    sectors = {r["code"] for r in read_tsv("actors/sectors.tsv")}
    owners: dict[str, str] = {}
    for record in kb:
        if record.kind == "person":
            assert record.roles, record.id
        for spell in record.roles:
            assert spell.sector in sectors, (record.id, spell)
            assert spell.start is None or spell.end is None or spell.start <= spell.end, (record.id, spell)
        for name in record.names:
            key = name_key(name)
            assert owners.setdefault(key, record.id) == record.id, f"{name!r} names two actors"


def test_regnal_numbers_are_not_surnames(kb: KnowledgeBase) -> None:
    assert surname_of("Abdullah II") == "abdullah"
    assert kb.by_surname("II") is None and kb.by_surname("III") is None
    charles = kb.by_surname("Charles", day=dt.date(2023, 1, 1))
    assert charles is not None and charles.country == "GBR"


def test_learning_skips_table_derived_actors(kb: KnowledgeBase) -> None:
    local = KnowledgeBase(starter=list(kb))
    rows = [
        {"id": "IRN:GOV", "name": "Iran government", "country": "IRN", "sector": "GOV"},
        {"id": "group:IRN+RUS", "name": "Iran and Russia", "kind": "group"},
        {
            "id": "person:amal-haddad",
            "name": "Amal Haddad",
            "country": "LBN",
            "sector": "MED",
            "kind": "person",
        },
    ]
    assert local.learn(rows) == 1
    assert local.get("IRN:GOV") is None and local.get("person:amal-haddad") is not None


def test_missing_overrides_file_is_a_clear_input_error(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(InputError, match="cannot read actor overrides"):
        ActorResolver(settings=settings.replace(actor_overrides=str(tmp_path / "absent.yaml")))


_names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=12)
_dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 1, 1))


@given(
    name=_names,
    variants=st.lists(_names, max_size=3),
    start=_dates,
    days=st.integers(min_value=0, max_value=5000),
    sector=st.sampled_from(["GOV", "MIL", "LEG"]),
)
def test_record_mapping_round_trip(
    name: str, variants: list[str], start: dt.date, days: int, sector: str
) -> None:
    spell = {
        "role": "Minister",
        "sector": sector,
        "start": start.isoformat(),
        "end": (start + dt.timedelta(days=days)).isoformat(),
    }
    record = ActorRecord.from_mapping(
        {"name": name, "country": "irn", "variants": variants, "roles": [spell]}
    )
    assert ActorRecord.from_mapping(record.to_mapping()) == record
    assert record.country == "IRN" and name not in record.variants
    assert record.state_on(start) == ("IRN", sector, "Minister", False)


def test_variant_match_refused_when_the_role_contradicts(kb: KnowledgeBase) -> None:
    assert kb.find("Sergej Lavrow", role="Foreign Minister") is not None
    assert kb.find("Sergej Lavrow", role="Chief Justice") is None


def test_office_holder_ignores_offices_taken_later(resolver: ActorResolver) -> None:
    # Suga became Prime Minister in September 2020; in June it was still Abe.
    actor = resolver.resolve_phrase("the Japanese Prime Minister", date=dt.date(2020, 6, 1))
    assert actor is not None and actor.id == "person:shinzo-abe"
