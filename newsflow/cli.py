"""The `newsflow` command: a thin layer over the library and the flows.

Examples::

    newsflow ingest                                   # ./sources.yaml
    newsflow ingest --config sources.yaml --out data/parquet
    newsflow ingest --source ../shared/seeds --aliases my-aliases.csv
    newsflow compact --out data/parquet               # merge small files, move old versions to history

Exit codes: 0 when the run completed (per-document errors are recorded in
OUT/fetch_log, not fatal); 2 with a one-line reason when it could not run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def project_root() -> Path | None:
    """The source checkout this package runs from (editable install), if any."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def prefect_environment() -> None:
    """Offline, quiet Prefect defaults, unless the user set them (e.g. PREFECT_API_URL)."""
    root = project_root()
    home = (root / ".prefect") if root else (Path.home() / ".newsflow" / "prefect")
    os.environ.setdefault("PREFECT_HOME", str(home))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    # The ephemeral server's 20 s default start-up budget is too tight on a busy 2-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow",
        description="Ingest news into clean, partitioned Parquet: fetch, extract, clean, unify names, deduplicate.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ing = sub.add_parser("ingest", help="run the ingest flow once",
                         description="Run the ingest flow once over the configured or given sources. "
                                     "Example: newsflow ingest --source data/samples --out /tmp/news")
    ing.add_argument("--config", metavar="FILE",
                     help="sources file (YAML or TOML); default ./sources.yaml when present")
    ing.add_argument("--source", metavar="PATH_OR_URL", action="append", default=None,
                     help="a local file or folder (.html, .htm, .html.gz, .txt, searched recursively) or a URL; "
                          "may repeat; replaces the sources of --config")
    ing.add_argument("--out", metavar="DIR", help="output folder of the Parquet dataset (default data/parquet)")
    ing.add_argument("--aliases", metavar="CSV", action="append", default=None,
                     help="alias file with header canonical,variant; may repeat")
    ing.add_argument("--allow-private-network", action="store_true", default=None,
                     help="allow fetching from loopback and private addresses (tests, intranets)")
    ing.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                     help="run the CPU-bound batches on this existing Dask cluster")
    ing.add_argument("--json", action="store_true", help="print the run report as JSON instead of text")
    ing.add_argument("--engine", choices=("auto", "prefect", "plain"), default="auto",
                     help="auto (default): the Prefect flow, reporting to PREFECT_API_URL or to a server already "
                          "running on 127.0.0.1:4200 when there is one, else in Prefect's ephemeral mode (offline, "
                          "~11 s start-up); prefect: the same; plain: the same stages without Prefect (quick manual "
                          "runs, no start-up cost, no run record)")
    names = sub.add_parser("names", help="inspect the name index",
                           description="Inspect the name index kept beside the dataset.")
    names_sub = names.add_subparsers(dest="names_command", metavar="NAMES_COMMAND", required=True)
    sug = names_sub.add_parser(
        "suggest", help="list likely spelling variants that no rule joins, as candidate alias rows",
        description="List likely spelling variants no rule joins yet (edit distance, Jaro-Winkler, co-occurrence "
                    "in one story) as candidate canonical,variant rows for a person to approve. Writes nothing. "
                    "Example: newsflow names suggest --out data/parquet --limit 20 > candidates.csv")
    sug.add_argument("--out", metavar="DIR", default="data/parquet",
                     help="the dataset folder whose name index to read (default data/parquet)")
    sug.add_argument("--aliases", metavar="CSV", action="append", default=None,
                     help="alias files already approved (their pairs are not proposed again); may repeat")
    sug.add_argument("--policy", choices=("native", "most_frequent", "ascii"), default="native",
                     help="how a canonical spelling is chosen (default native)")
    sug.add_argument("--limit", type=int, default=50, help="at most this many rows (default 50)")
    sug.add_argument("--format", choices=("csv", "json"), default="csv", help="output format (default csv)")
    comp = sub.add_parser(
        "compact", help="compact the dataset: merge small files, move superseded versions to history",
        description="Merge small Parquet files per partition into files near --target-mb, move superseded article "
                    "versions (and their mentions) to articles_history/ and mentions_history/, and re-derive "
                    "text_normalized and mentions' canonical spellings from the current name index. Atomic per "
                    "partition, safe while an ingest runs, and a second run does nothing. "
                    "Example: newsflow compact --out data/parquet --target-mb 128")
    comp.add_argument("--config", metavar="FILE",
                      help="sources file whose settings (out, aliases, name_policy) to use; default ./sources.yaml")
    comp.add_argument("--out", metavar="DIR", help="the dataset folder (default: the config's, else data/parquet)")
    comp.add_argument("--target-mb", type=float, default=128.0, metavar="MB",
                      help="target size of a compacted file in MiB (default 128)")
    comp.add_argument("--table", action="append", default=None, dest="tables",
                      choices=("articles", "mentions", "fetch_log", "articles_history", "mentions_history"),
                      help="compact only this table; may repeat (default: all, articles before mentions)")
    comp.add_argument("--no-names", action="store_true", help="keep the stored text_normalized and mentions as they are")
    comp.add_argument("--aliases", metavar="CSV", action="append", default=None,
                      help="alias files in addition to the config's; may repeat")
    comp.add_argument("--engine", choices=("auto", "prefect", "plain"), default="auto",
                      help="auto (default) and prefect: the compact flow (a reachable Prefect server, else "
                           "ephemeral mode); plain: the same steps without Prefect (no ~11 s start-up)")
    comp.add_argument("--json", action="store_true", help="print the compaction report as JSON")
    return parser


def cmd_names(args: argparse.Namespace) -> int:
    """`newsflow names suggest`: print candidate alias rows; never changes data."""
    import csv

    from newsflow.names import suggest_rows

    out = Path(args.out)
    if not (out / "_state").is_dir():
        print(f"newsflow: error: no name index under {out} (run newsflow ingest first)", file=sys.stderr)
        return 2
    for alias in args.aliases or []:
        if not Path(alias).is_file():
            print(f"newsflow: error: no such aliases file: {alias}", file=sys.stderr)
            return 2
    rows = suggest_rows(out, alias_files=args.aliases or (), policy=args.policy, limit=args.limit)
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return 0
    columns = ["canonical", "variant", "score", "jaro_winkler", "edit_distance", "cooccurrence",
               "canonical_count", "variant_count"]
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return 0


def print_summary(report: dict, out: str) -> None:
    """The short human summary of one run."""
    print(f"newsflow: {report['documents']} documents ({report.get('fetched', report['documents'])} read) "
          f"from {report['sources']} source(s): "
          f"{report['new']} new, {report['updated']} updated, {report['unchanged']} unchanged, "
          f"{sum(report['errors'].values())} errors")
    if report["new_per_source"]:
        print("rows written per source:")
        for source, count in report["new_per_source"].items():
            print(f"  {source:<30} {count}")
    else:
        print("rows written per source: none (nothing new)")
    if report.get("fetch"):
        print("fetch attempts by outcome: " + ", ".join(f"{k}={v}" for k, v in sorted(report["fetch"].items())))
    if report["errors"]:
        print("errors by outcome: " + ", ".join(f"{k}={v}" for k, v in sorted(report["errors"].items())))
    print(f"boilerplate lines removed: {report['boilerplate_lines_removed']}, "
          f"names unified: {report['names_unified']}, exact duplicates: {report['exact_duplicates']}, "
          f"near-duplicates: {report['near_duplicates']}")
    if report.get("timings_s"):
        print("seconds per stage: " + ", ".join(f"{k} {v:.2f}" for k, v in report["timings_s"].items()))
    if report.get("engine"):
        print(f"engine: {report['engine']}")
    print(f"data: {out}")
    print("look at it:")
    print(f"  duckdb -c \"SELECT source, count(*) FROM read_parquet('{out}/articles/**/*.parquet', "
          f"hive_partitioning=true) GROUP BY source\"")


def cmd_ingest(args: argparse.Namespace) -> int:
    from newsflow.config import ConfigError, build_config
    from newsflow.paths import check_writable

    try:
        config = build_config(args.config, args.source, args.out, args.aliases,
                              args.allow_private_network, args.dask_address)
        for source in config.sources:
            if source.kind == "local" and not Path(source.location).exists():
                raise ConfigError(f"no such source: {source.location}")
        check_writable(config.settings.out)
    except (ConfigError, OSError) as exc:
        print(f"newsflow: error: {exc}", file=sys.stderr)
        return 2

    prefect_environment()
    from newsflow import runners

    try:
        engine, reason = runners.choose_engine(args.engine, config.settings)
    except ValueError as exc:
        print(f"newsflow: error: {exc}", file=sys.stderr)
        return 2
    if engine == "plain":
        import uuid

        report = runners.run_plain(config, str(uuid.uuid4()))
        global _FAST_EXIT
        _FAST_EXIT = True
    else:
        # The batches' process pool is forked now, before Prefect starts its threads (fork is
        # not safe after), so its workers start with newsflow already imported; the flow uses it.
        workers = 1 if config.settings.dask_address else runners.cpu_workers(config.settings)
        with runners.process_pool(workers) as pool:
            runners.warm_up(pool)
            from flows.ingest import ingest

            with runners.shared_pool(pool):
                report = ingest(config_path=args.config, sources=args.source, out=config.settings.out,
                                aliases=args.aliases, allow_private_network=args.allow_private_network,
                                dask_address=args.dask_address)
    report["engine"] = f"{engine} ({reason})"
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print_summary(report, config.settings.out)
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    """`newsflow compact`: the compact flow (or its plain steps) over one dataset."""
    from newsflow.config import DEFAULT_CONFIG_NAME, Config, ConfigError, load_config
    from newsflow.paths import check_writable

    config_path = args.config
    if config_path is None and not args.out and Path(DEFAULT_CONFIG_NAME).is_file():
        config_path = DEFAULT_CONFIG_NAME
    try:
        settings = (load_config(config_path) if config_path else Config()).settings
        out = str(Path(args.out).expanduser().resolve()) if args.out else settings.out
        if not Path(out).is_dir():
            raise ConfigError(f"no dataset at {out}")
        check_writable(out)
        if args.target_mb <= 0:
            raise ConfigError("--target-mb must be positive")
    except (ConfigError, OSError) as exc:
        print(f"newsflow: error: {exc}", file=sys.stderr)
        return 2

    prefect_environment()
    from newsflow import runners

    try:
        engine, reason = runners.choose_engine(args.engine, settings)
    except ValueError as exc:
        print(f"newsflow: error: {exc}", file=sys.stderr)
        return 2
    aliases = [str(Path(a).expanduser().resolve()) for a in (args.aliases or [])]
    if engine == "plain":
        from newsflow import compact

        report = compact.compact(out, args.tables, target_bytes=int(args.target_mb * 1024 * 1024),
                                 renormalize=not args.no_names, alias_files=list(settings.aliases) + aliases,
                                 name_policy=settings.name_policy)
    else:
        from flows.compact import compact as compact_flow

        report = compact_flow(config_path=config_path, out=out, target_mb=args.target_mb, tables=args.tables,
                              rematerialise_names=not args.no_names, aliases=aliases)
    report["engine"] = f"{engine} ({reason})"
    if args.json:
        print(json.dumps(report, indent=2, default=str))
        return 0
    print(f"newsflow: compacted {out} in {report['seconds']} s (target {args.target_mb:g} MiB; "
          f"names re-derived: {'yes' if report['names_rematerialised'] else 'no'})")
    for name, t in report["tables"].items():
        print(f"  {name:<17} partitions rewritten {t['partitions_rewritten']}/{t['partitions']}, "
              f"files {t['files_before']} -> {t['files_after']}, moved to history {t['moved_to_history']}, "
              f"names re-derived {t['renormalized']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {"ingest": cmd_ingest, "names": cmd_names, "compact": cmd_compact}
    return handlers[args.command](args)


def entry() -> None:
    """The `newsflow` command: main(), then exit without tearing the interpreter down.

    By then every file is written, fsynced and renamed, the worker pool is shut down and the report is
    printed; freeing a run's objects and modules one by one only delays the exit (about 0.2 s after a
    905-page ingest). The exit handlers still run (logging), and the output is flushed first. Only after
    a plain-engine ingest: any other command exits the normal way (Prefect's engine may still have
    threads to finish, which a normal exit joins).
    """
    import atexit

    code = main()
    if not _FAST_EXIT:
        sys.exit(code)
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


# set by a plain-engine ingest that completed (see entry)
_FAST_EXIT = False


if __name__ == "__main__":
    entry()
