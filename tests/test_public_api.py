from __future__ import annotations

import quellenlage

PUBLIC = {
    "Article", "CleanError", "IngestReport", "InputError", "Metadata", "Paragraph", "QuellenlageError",
    "Rejection", "Removed", "RemovedKind", "Role", "SourceDoc", "Store", "StoreError", "UsageError",
    "__version__", "clean", "clean_many", "ingest_paths", "open_store", "process",
}  # fmt: skip


def test_public_surface_is_pinned() -> None:
    assert set(quellenlage.__all__) == PUBLIC
    for name in quellenlage.__all__:
        assert hasattr(quellenlage, name)
