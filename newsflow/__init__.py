"""newsflow: news ingestion into clean, partitioned Parquet.

The modules of this package are plain Python (no Prefect): each stage of the
pipeline is a function over a batch of records that a test, a notebook or a
Dask worker can call. Prefect wrappers live in the top-level ``tasks`` package,
flows in ``flows``.
"""

__version__ = "0.1.0"

import os as _os

# Arrow's buffers from the C allocator rather than its default mimalloc pool: a run's commits encode
# many small files from several threads, and mimalloc kept those pages, so a long run's memory rose with
# every commit (newsflow.store.use_system_allocator has the figures). Arrow reads this once, when it is
# first imported; a user's own setting wins.
_os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
