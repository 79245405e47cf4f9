-- The story index as one JSON snapshot (document frequencies, story centroids, MinHash signatures),
-- so clustering carries on incrementally from one ingest to the next.
CREATE TABLE story_index (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL
);
