"""Serve newsflow's deployments on their schedules from one process, without a Prefect server to run.

    make serve                      # = .venv/bin/python -m flows.serve
    python -m flows.serve --port 4300

The deployments (names, entrypoints, parameters, cron schedules, concurrency limits) are
read from prefect.yaml, so `make serve` and `prefect deploy --all` schedule the same runs.

Which API records the runs:
1. PREFECT_API_URL when it is set (your server);
2. else a Prefect server already answering on 127.0.0.1:PORT;
3. else one started inside this process (a thread; SQLite under PREFECT_HOME), with the
   scheduler service that creates the cron runs. Prefect's ephemeral mode cannot do this: it
   runs no scheduler. While it runs, `newsflow ingest` in another terminal finds it on
   127.0.0.1:4200 and reports to it too (and starts in a second instead of eleven).

Ctrl-C stops serving (Prefect pauses the schedules) and the server thread.
"""

from __future__ import annotations

import argparse
import importlib
import os
import socket
import sys
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PREFECT_YAML = ROOT / "prefect.yaml"


def _free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def start_local_server(port: int, timeout_s: float = 120) -> tuple[str, object]:
    """A Prefect server (API and services, no UI) in a thread of this process; returns (api_url, server)."""
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    import uvicorn
    from prefect.server.api.server import create_app

    app = create_app(final=True)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="on"))
    thread = threading.Thread(target=server.run, name="prefect-server", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/api"
    from newsflow.runners import local_server_url

    deadline = time.monotonic() + timeout_s
    while local_server_url(port, timeout_s=1) is None:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the Prefect server did not start on 127.0.0.1:{port}")
        time.sleep(0.2)
    return url, server


def deployments_from_yaml(path: Path = PREFECT_YAML, parameters: dict | None = None) -> list:
    """RunnerDeployments for serve(), from the deployments of prefect.yaml (same names and schedules)."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig
    from prefect.schedules import Cron

    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = []
    for entry in spec["deployments"]:
        file, func = entry["entrypoint"].split(":")
        module = importlib.import_module(file.removesuffix(".py").replace("/", "."))
        flow = getattr(module, func)
        limit = entry.get("concurrency_limit")
        result.append(flow.to_deployment(
            name=entry["name"],
            description=entry.get("description"),
            tags=entry.get("tags"),
            parameters={**(entry.get("parameters") or {}), **(parameters or {})},
            schedules=[Cron(s["cron"], timezone=s.get("timezone", "UTC")) for s in entry.get("schedules") or []],
            concurrency_limit=ConcurrencyLimitConfig(**limit) if isinstance(limit, dict) else limit,
        ))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PREFECT_SERVER_API_PORT") or 4200),
                        help="port of the local Prefect server to use or start (default 4200)")
    args = parser.parse_args(argv)

    os.chdir(ROOT)  # the deployments' relative paths (sources.yaml) are relative to the checkout
    from newsflow.cli import prefect_environment
    from newsflow.runners import local_server_url

    prefect_environment()
    api_url = os.environ.get("PREFECT_API_URL") or local_server_url(args.port)
    if api_url:
        print(f"newsflow serve: using the Prefect API at {api_url}", flush=True)
    else:
        if not _free(args.port):
            raise SystemExit(f"newsflow serve: port {args.port} is taken by something that is not a Prefect "
                             "server; give --port")
        api_url, _server = start_local_server(args.port)
        print(f"newsflow serve: started a Prefect server in this process at {api_url}", flush=True)
    os.environ["PREFECT_API_URL"] = api_url  # for the flow-run processes serve() starts

    from prefect import serve
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api_url}):
        deployments = deployments_from_yaml()
        names = ", ".join(f"{d.flow_name}/{d.name}" for d in deployments)
        print(f"newsflow serve: serving {names}; Ctrl-C to stop", flush=True)
        serve(*deployments, print_starting_message=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
