"""The sources file: validation errors name the file, the entry and the field."""

from pathlib import Path

import pytest

from newsflow.config import ConfigError, build_config, load_config, parse_config


def write(tmp_path: Path, text: str, name: str = "sources.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_resolves_paths_against_its_folder(tmp_path):
    (tmp_path / "news").mkdir()
    cfg = load_config(write(tmp_path, "settings:\n  out: out\nsources:\n  - {name: a, kind: local, location: news}\n"))
    assert cfg.sources[0].location == str((tmp_path / "news").resolve())
    assert cfg.settings.out == str((tmp_path / "out").resolve())


def test_error_names_file_entry_and_field(tmp_path):
    path = write(tmp_path, "sources:\n  - {name: ok, kind: local, location: x}\n"
                           "  - {name: broken, kind: rss-ish, location: y}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert str(path) in message and "sources[1]" in message and "'broken'" in message and "'kind'" in message


def test_unknown_key_is_an_error_not_silently_ignored(tmp_path):
    with pytest.raises(ConfigError, match="max_itmes"):
        load_config(write(tmp_path, "sources:\n  - {name: a, kind: local, location: x, max_itmes: 3}\n"))


def test_bad_regex_and_bad_yaml_are_clear(tmp_path):
    with pytest.raises(ConfigError, match="invalid regular expression"):
        load_config(write(tmp_path, "sources:\n  - {name: a, kind: local, location: x, include: ['(']}\n"))
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(write(tmp_path, "sources: [\n"))
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "missing.yaml")


def test_toml_is_accepted(tmp_path):
    cfg = load_config(write(tmp_path, '[[sources]]\nname = "a"\nkind = "local"\nlocation = "x"\n', "s.toml"))
    assert cfg.sources[0].name == "a"


def test_cli_overrides(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    aliases = write(tmp_path, "canonical,variant\nSaraqib,Saraqeb\n", "aliases.csv")
    cfg = build_config(sources=[str(tmp_path)], out="o", aliases=[str(aliases)])
    assert cfg.sources[0].kind == "local" and cfg.settings.out == str(tmp_path / "o")
    assert cfg.settings.aliases == [str(aliases)]
    with pytest.raises(ConfigError, match="no such aliases file"):
        build_config(sources=[str(tmp_path)], aliases=[str(tmp_path / "nope.csv")])
    with pytest.raises(ConfigError, match="no sources"):
        build_config()


def test_not_a_mapping():
    with pytest.raises(ConfigError, match="expected a mapping"):
        parse_config(["a"], "x.yaml")
