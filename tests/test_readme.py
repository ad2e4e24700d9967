"""The README's queries run as written (DuckDB and Polars) on a freshly ingested dataset."""

from __future__ import annotations

import re

import duckdb
import pytest

from newsflow import runners
from newsflow.config import build_config
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    section = README[README.index("## Reading the data"):]
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory, samples_dir):
    out = tmp_path_factory.mktemp("readme-out")
    config = build_config(sources=[str(samples_dir)], out=str(out))
    config = config.model_copy(update={"settings": config.settings.model_copy(update={"workers": 1})})
    report = runners.run_plain(config, "readme-test", progress=False)
    assert report["new"] > 0
    return out


def test_readme_sql_runs_and_counts_the_articles(dataset):
    statements = [s for block in blocks("sql") for s in block.split(";") if re.search(r"\bSELECT\b", s)]
    assert len(statements) >= 3
    con = duckdb.connect()
    results = [con.execute(s.replace("data/parquet", str(dataset))).fetchall() for s in statements]
    assert all(results), "every README query returns rows on the samples"
    per_source_day = results[0]
    total = con.execute(f"SELECT count(*) FROM read_parquet('{dataset}/articles/**/*.parquet')").fetchone()[0]
    assert sum(row[-1] for row in per_source_day) == total
    stories, articles = zip(*[(row[1], row[2]) for row in results[1]])
    assert sum(stories) <= sum(articles) == total


def test_readme_polars_runs(dataset, capsys):
    for block in blocks("python"):
        exec(compile(block.replace("data/parquet", str(dataset)), "README.md", "exec"), {})
    assert "source" in capsys.readouterr().out
