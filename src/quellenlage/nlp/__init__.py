"""Language data (per language, under ``de/``) and small text algorithms that use it."""
