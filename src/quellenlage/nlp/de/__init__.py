"""German language data: plain constants and patterns, no algorithms."""
