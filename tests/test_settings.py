"""Settings: precedence, validation, and that every setting is documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from communique.errors import ConfigError
from communique.settings import SETTINGS_HELP, Settings, load_settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_defaults_bind_to_loopback_and_embedded_sqlite() -> None:
    settings = load_settings(env={})
    assert settings.host == "127.0.0.1"
    assert settings.db == "data/communique.db"
    assert settings.api_token is None


def test_precedence_file_then_env_then_overrides(tmp_path: Path) -> None:
    config = tmp_path / "communique.toml"
    config.write_text('[communique]\ndb = "from-file.db"\nport = 9000\nbatch_size = 8\n', encoding="utf-8")
    env = {"COMMUNIQUE_DB": "from-env.db", "COMMUNIQUE_PORT": "9100"}
    settings = load_settings(config_file=config, env=env, overrides={"db": "from-flag.db", "host": None})
    assert settings.db == "from-flag.db"  # flag beats env beats file
    assert settings.port == 9100  # env beats file
    assert settings.batch_size == 8  # file beats default
    assert settings.host == "127.0.0.1"  # a flag that was not given changes nothing


def test_env_names_config_file(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("workers = 3\n", encoding="utf-8")
    assert load_settings(env={"COMMUNIQUE_CONFIG": str(config)}).workers == 3


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"COMMUNIQUE_DATABASE": "x"}, "unknown setting"),
        ({"COMMUNIQUE_PORT": "eighty"}, "port"),
        ({"COMMUNIQUE_NEAR_DUPLICATE_THRESHOLD": "1.5"}, "near_duplicate_threshold"),
        ({"COMMUNIQUE_PREFILTER": "maybe"}, "prefilter"),
    ],
)
def test_bad_values_are_refused_with_the_name(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env)


def test_unknown_key_in_config_file_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("colour = 'blue'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.toml"):
        load_settings(config_file=config, env={})


def test_boolean_strings_are_parsed() -> None:
    assert load_settings(env={"COMMUNIQUE_DETECT_LANGUAGE": "off"}).detect_language is False


def test_replace_validates_like_other_sources() -> None:
    settings = load_settings(env={})
    assert settings.replace(workers=2).workers == 2
    with pytest.raises(ConfigError):
        settings.replace(batch_size=0)


def test_every_setting_has_help_and_is_in_the_docs() -> None:
    names = {f.name for f in dataclasses.fields(Settings)}
    assert names == set(SETTINGS_HELP)
    documented = DOCS.read_text(encoding="utf-8")
    missing = [n for n in names if f"`{n}`" not in documented]
    assert not missing, f"settings missing from docs/settings.md: {missing}"
