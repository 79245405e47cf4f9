"""Quellenlage: an offline, German-first news provenance engine.

The public surface is small: the core types, the stages, and the store. Everything else is
internal and may change.
"""

from quellenlage.clean import clean, clean_many
from quellenlage.errors import CleanError, InputError, QuellenlageError, StoreError, UsageError
from quellenlage.model import Article, Metadata, Paragraph, Rejection, Removed, RemovedKind, Role, SourceDoc
from quellenlage.pipeline import IngestReport, ingest_paths, process
from quellenlage.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "CleanError",
    "IngestReport",
    "InputError",
    "Metadata",
    "Paragraph",
    "QuellenlageError",
    "Rejection",
    "Removed",
    "RemovedKind",
    "Role",
    "SourceDoc",
    "Store",
    "StoreError",
    "UsageError",
    "__version__",
    "clean",
    "clean_many",
    "ingest_paths",
    "open_store",
    "process",
]
