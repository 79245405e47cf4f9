-- How likely a statement is right (the attribution model's probability, 0..1); rows stored before the
-- model existed count as certain, as they were shown before.
ALTER TABLE statements ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
