"""The sources file and run settings: one pydantic model, defaults in one place.

A sources file is YAML (or TOML)::

    settings:
      out: data/parquet
      aliases: [my-aliases.csv]
    sources:
      - name: samples
        kind: local
        location: data/samples

Relative paths (``location`` of local sources, ``out``, ``aliases``) are
resolved against the folder of the sources file. Validation errors name the
file, the entry and the field.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SourceKind = Literal["auto", "feed", "sitemap", "urls", "page", "warc", "local"]
NamePolicy = Literal["native", "most_frequent", "ascii"]


class ConfigError(Exception):
    """A sources file or option that cannot be used; the message is one line for the user."""


class HttpSettings(BaseModel):
    """Politeness and safety limits of the HTTP client (defaults near Media Cloud's)."""

    model_config = ConfigDict(extra="forbid")
    user_agent: str = "newsflow/0.1 (+https://github.com/newsflow/newsflow; news research crawler)"
    max_connections: int = Field(16, ge=1)
    per_host_connections: int = Field(2, ge=1, le=8)
    per_host_delay_s: float = Field(1.0, ge=0)
    connect_timeout_s: float = Field(10.0, gt=0)
    read_timeout_s: float = Field(20.0, gt=0)
    deadline_s: float = Field(60.0, gt=0)
    max_body_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    max_redirects: int = Field(5, ge=0)
    retries: int = Field(3, ge=0)
    backoff_base_s: float = Field(1.0, ge=0)
    backoff_cap_s: float = Field(60.0, ge=0)
    max_crawl_delay_s: float = Field(30.0, ge=0)
    max_feed_bytes: int = Field(50 * 1024 * 1024, ge=1024, description="feeds, sitemaps, URL lists (decompressed)")
    max_warc_bytes: int = Field(4 * 1024**3, ge=1024, description="a WARC file downloaded from a URL")
    warc_deadline_s: float = Field(3600.0, gt=0, description="overall deadline for downloading one WARC file")
    allowed_networks: list[str] = Field(default_factory=list,
                                        description="CIDR networks reachable without allow_private_network, "
                                                    "e.g. an intranet's 10.1.2.0/24")
    retry_failed_after_s: float = Field(3600.0, ge=0,
                                        description="pause before a later run retries a URL that failed transiently "
                                                    "(tripled after each further failure)")

    @field_validator("allowed_networks")
    @classmethod
    def _valid_networks(cls, networks: list[str]) -> list[str]:
        import ipaddress

        for network in networks:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError as exc:
                raise ValueError(f"not a network (CIDR) {network!r}: {exc}") from exc
        return networks


class Settings(BaseModel):
    """Run settings; every default lives here."""

    model_config = ConfigDict(extra="forbid")
    out: str = "data/parquet"
    aliases: list[str] = Field(default_factory=list)
    name_policy: NamePolicy = "native"
    allow_private_network: bool = False
    batch_size: int = Field(25, ge=1)
    commit_every: int = Field(1000, ge=1, description="documents per commit: names, dedup and write run, "
                              "and the rows are stored, every this many documents, so memory stays flat")
    isolate_commits: bool = Field(True, description="plain engine: commit each chunk in a child process forked "
                                  "for it, so the memory a commit allocates goes back to the system")
    workers: int | None = Field(None, ge=1, description="process-pool size; None = number of cores")
    dask_address: str | None = None
    extract_timeout_s: float = Field(10.0, gt=0)
    dedup_window_days: int = Field(30, ge=1)
    http: HttpSettings = Field(default_factory=HttpSettings)


class SourceConfig(BaseModel):
    """One source to ingest."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    kind: SourceKind = "auto"
    location: str = Field(min_length=1)
    language: str | None = None
    max_items: int | None = Field(None, ge=1)
    include: list[str] = Field(default_factory=list, description="regexes; a URL must match one")
    exclude: list[str] = Field(default_factory=list, description="regexes; a URL matching one is skipped")

    @field_validator("include", "exclude")
    @classmethod
    def _valid_regexes(cls, patterns: list[str]) -> list[str]:
        import re

        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc
        return patterns


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")
    settings: Settings = Field(default_factory=Settings)
    sources: list[SourceConfig] = Field(default_factory=list)


def _describe(err: dict, data: dict) -> str:
    loc = list(err.get("loc", ()))
    where = []
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        index = loc[1]
        entry = data.get("sources", [])[index] if isinstance(data.get("sources"), list) else None
        label = f" ({entry.get('name')!r})" if isinstance(entry, dict) and entry.get("name") else ""
        where.append(f"sources[{index}]{label}")
        loc = loc[2:]
    elif loc:
        where.append(str(loc[0]))
        loc = loc[1:]
    field = ".".join(str(part) for part in loc)
    return f"{' '.join(where)}{': field ' + repr(field) if field else ''}: {err.get('msg')}"


def parse_config(data: object, origin: str = "<config>") -> Config:
    """Validate already-parsed data; ConfigError names the origin, the entry and the field."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping with 'settings' and 'sources', got {type(data).__name__}")
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_describe(err, data) for err in exc.errors())
        raise ConfigError(f"{origin}: {problems}") from None


def load_config(path: str | Path) -> Config:
    """Read and validate a sources file; relative paths become relative to its folder."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw) if path.suffix == ".toml" else yaml.safe_load(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid {'TOML' if path.suffix == '.toml' else 'YAML'}: {str(exc).splitlines()[0]}") from None
    config = parse_config(data, str(path))
    return resolve_paths(config, path.parent)


def _is_url(location: str) -> bool:
    return "://" in location and not location.startswith("file://")


def resolve_paths(config: Config, base: Path) -> Config:
    """Make relative local paths absolute against ``base``."""
    def fix(p: str) -> str:
        if _is_url(p):
            return p
        candidate = Path(p).expanduser()
        return str(candidate if candidate.is_absolute() else (base / candidate).resolve())

    settings = config.settings.model_copy(update={"out": fix(config.settings.out),
                                                   "aliases": [fix(a) for a in config.settings.aliases]})
    sources = [s.model_copy(update={"location": fix(s.location)}) if s.kind in ("local", "urls", "warc", "auto")
               else s for s in config.sources]
    return config.model_copy(update={"settings": settings, "sources": sources})


def source_from_cli(location: str) -> SourceConfig:
    """A --source argument: a local path, or a URL whose kind is detected from the response."""
    if _is_url(location):
        from urllib.parse import urlsplit

        return SourceConfig(name=urlsplit(location).hostname or location, kind="auto", location=location)
    path = Path(location[7:] if location.startswith("file://") else location).expanduser().resolve()
    kind = "warc" if path.name.endswith((".warc", ".warc.gz")) else "local"
    return SourceConfig(name=path.name or str(path), kind=kind, location=str(path))


DEFAULT_CONFIG_NAME = "sources.yaml"


def build_config(config_path: str | None = None, sources: list[str] | None = None, out: str | None = None,
                 aliases: list[str] | None = None, allow_private_network: bool | None = None,
                 dask_address: str | None = None) -> Config:
    """The run's config from a sources file and command-line overrides.

    --source replaces the file's sources (the file still gives settings);
    --out replaces settings.out; --aliases add to settings.aliases. With
    neither --config nor --source, ./sources.yaml is used when present.
    """
    if config_path is None and not sources and Path(DEFAULT_CONFIG_NAME).is_file():
        config_path = DEFAULT_CONFIG_NAME
    config = load_config(config_path) if config_path else Config()
    if sources:
        config = config.model_copy(update={"sources": [source_from_cli(s) for s in sources]})
    if not config.sources:
        raise ConfigError("no sources: give --source PATH_OR_URL or --config FILE with a 'sources' list")
    updates: dict = {}
    if out:
        updates["out"] = str(Path(out).expanduser().resolve())
    if aliases:
        updates["aliases"] = list(config.settings.aliases) + [str(Path(a).expanduser().resolve()) for a in aliases]
    if allow_private_network is not None:
        updates["allow_private_network"] = allow_private_network
    if dask_address:
        updates["dask_address"] = dask_address
    if updates:
        config = config.model_copy(update={"settings": config.settings.model_copy(update=updates)})
    for alias_file in config.settings.aliases:
        if not Path(alias_file).is_file():
            raise ConfigError(f"no such aliases file: {alias_file}")
    return config
