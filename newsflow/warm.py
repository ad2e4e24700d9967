"""Imported by the fork server of a flow's batch pool (runners.batch_pool): loads what the first
document would load, once, so that every worker forked from the server starts warm."""

from newsflow.pipeline import warm_up

warm_up()
