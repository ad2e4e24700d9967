"""newsflow: news ingestion into clean, partitioned Parquet.

The modules of this package are plain Python (no Prefect): each stage of the
pipeline is a function over a batch of records that a test, a notebook or a
Dask worker can call. Prefect wrappers live in the top-level ``tasks`` package,
flows in ``flows``.
"""

__version__ = "0.1.0"
