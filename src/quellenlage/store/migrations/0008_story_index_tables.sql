-- The story index as tables instead of one JSON snapshot: an ingest reads the few rows one article
-- needs (the document frequencies of its terms, the postings of its top terms, candidate stories, the
-- MinHash band entries it falls into and their signatures) and writes what it changed.
DROP TABLE story_index;
CREATE TABLE index_meta (
    key   TEXT PRIMARY KEY,                 -- 'documents': articles the frequencies count
    value INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE index_df (
    term TEXT PRIMARY KEY,                  -- a content-word lemma
    df   INTEGER NOT NULL                   -- articles it occurs in
) WITHOUT ROWID;
CREATE TABLE index_postings (
    term  TEXT NOT NULL,
    seq   INTEGER NOT NULL,                 -- order of posting; only the most recent few are kept
    story TEXT NOT NULL,
    PRIMARY KEY (term, seq)
) WITHOUT ROWID;
CREATE TABLE index_stories (
    id    TEXT PRIMARY KEY,
    state TEXT NOT NULL                     -- JSON: centroid sums (60 terms), members, label, dates
) WITHOUT ROWID;
CREATE TABLE index_bands (
    band    INTEGER NOT NULL,
    hash    BLOB NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (band, hash, article)
) WITHOUT ROWID;
CREATE TABLE index_articles (
    article   TEXT PRIMARY KEY,
    story     TEXT NOT NULL,
    outlet    TEXT,
    signature BLOB NOT NULL                 -- MinHash signature, 64 unsigned 64-bit integers
) WITHOUT ROWID;
-- Stories stored by migration 7 have no index rows: recompute everything on the next run.
DELETE FROM stories;
DELETE FROM actors;
UPDATE article_origins SET placed = 0
