-- Articles, their paragraphs (offsets into the frozen text), removed material, every origin an
-- article was ingested from, and rejected inputs.
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,          -- content hash of the frozen text
    text        TEXT NOT NULL,
    title       TEXT,                      -- copy of the title paragraph, for listings
    outlet      TEXT,
    url         TEXT,
    published   TEXT,                      -- ISO 8601, with offset when the zone is known
    timezone    TEXT,
    language    TEXT NOT NULL,
    authors     TEXT NOT NULL,             -- JSON array
    agencies    TEXT NOT NULL,             -- JSON array
    format      TEXT NOT NULL,
    origin      TEXT NOT NULL,             -- where it was first ingested from
    ingested_at TEXT NOT NULL
);
CREATE TABLE paragraphs (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    role       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE TABLE removed (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE TABLE article_origins (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin     TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, origin)
);
CREATE TABLE rejections (
    id         INTEGER PRIMARY KEY,
    origin     TEXT NOT NULL,
    code       TEXT NOT NULL,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seen       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (origin, code)
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
