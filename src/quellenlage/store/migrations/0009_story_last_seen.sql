-- When each story of the index was last seen, as seconds since the epoch, so that candidate stories far
-- outside the time window are passed over without reading their state. NULL (unknown, or before 1990)
-- never excludes a story; the next write of a story fills it in.
ALTER TABLE index_stories ADD COLUMN last_ts REAL
