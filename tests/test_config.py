from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.config import Settings, load_settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_defaults_work_offline_and_bind_loopback() -> None:
    settings = load_settings({})
    assert settings.host == "127.0.0.1"
    assert settings.port == 7860
    assert settings.backend == "extractive"
    assert settings.chroma_url == ""


def test_environment_variables_map_one_to_one_to_fields() -> None:
    settings = load_settings({"BACKTALK_TOP_K": "7", "BACKTALK_PORT": "8001", "OTHER": "x"})
    assert (settings.top_k, settings.port) == (7, 8001)


def test_settings_are_frozen() -> None:
    settings = load_settings({})
    with pytest.raises(ValidationError):
        settings.top_k = 3  # type: ignore[misc]


@pytest.mark.parametrize(("name", "value"), [
    ("BACKTALK_COLLECTION", "ab"), ("BACKTALK_PORT", "0"), ("BACKTALK_BACKEND", "gpt"),
    ("BACKTALK_TOP_K", "many"),
])
def test_bad_values_are_rejected_with_a_clear_error(name: str, value: str) -> None:
    with pytest.raises(ValidationError, match=name.removeprefix("BACKTALK_").lower()):
        load_settings({name: value})


def test_readme_configuration_table_lists_every_setting() -> None:
    documented = set(re.findall(r"`BACKTALK_([A-Z_]+)`", README.read_text(encoding="utf-8")))
    assert documented == {name.upper() for name in Settings.model_fields}
