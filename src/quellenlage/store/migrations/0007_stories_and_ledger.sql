-- Stories and their claim ledgers as tables, written with the story assignment of each ingest run (in
-- the same transaction), so that reads are queries whose cost grows with the answer, not with the
-- corpus. Every text is an offset into articles.text; JSON columns hold short lists only (spans, ids).
CREATE TABLE stories (
    id          TEXT PRIMARY KEY,           -- S000001, in the order stories were opened
    label       TEXT NOT NULL,              -- the member title closest to the story's centroid
    first_seen  TEXT,                       -- ISO 8601, as the members have it
    last_seen   TEXT,
    last_ts     REAL,                       -- last_seen as seconds since the epoch, for filters
    articles    INTEGER NOT NULL,
    outlets     TEXT NOT NULL,              -- JSON array, in the order they joined
    independent TEXT NOT NULL,              -- JSON array: outlets with own (non-wire) reporting
    rules       INTEGER NOT NULL            -- the clustering rules version that made it
);
CREATE TABLE story_members (
    story        TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    article      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    wire         INTEGER NOT NULL,
    duplicate_of TEXT,                      -- the member this one copies (near duplicate)
    PRIMARY KEY (story, position)
);
CREATE UNIQUE INDEX story_members_article ON story_members (article);
CREATE TABLE claims (
    id            TEXT PRIMARY KEY,         -- stable: derives from the origin and its first statement
    story         TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    rank          INTEGER NOT NULL,         -- place in the story's ledger, from 1
    origin        TEXT NOT NULL,
    origin_key    TEXT NOT NULL,            -- the origin as actors are keyed (spellings folded)
    status        TEXT NOT NULL,
    confidence    REAL NOT NULL,
    single_source INTEGER NOT NULL,
    wire_only     INTEGER NOT NULL,
    first_seen    TEXT,
    last_seen     TEXT,
    first_ts      REAL,                     -- first_seen as seconds since the epoch, for filters
    gist_article  TEXT NOT NULL,
    gist          TEXT NOT NULL,            -- JSON spans of the message that says it best
    channels      TEXT NOT NULL             -- JSON array: CNN, Fox News, ...
);
CREATE INDEX claims_story ON claims (story, rank);
CREATE INDEX claims_status ON claims (status, story, rank);
CREATE INDEX claims_origin ON claims (origin_key);
CREATE INDEX claims_first ON claims (first_ts);
-- The outlets' articles that carry a claim, with the statements they hold.
CREATE TABLE claim_carriers (
    claim      TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    outlet     TEXT NOT NULL,
    article    TEXT NOT NULL,
    statements TEXT NOT NULL,               -- JSON array of statement ids
    forms      TEXT NOT NULL,               -- JSON array of statement forms
    messages   TEXT NOT NULL,               -- JSON array, one span list per statement
    wire       INTEGER NOT NULL,
    PRIMARY KEY (claim, position)
);
CREATE INDEX claim_carriers_outlet ON claim_carriers (outlet);
-- Signals: a claim's status evidence (claim set), or a signal of the story that answers no claim.
CREATE TABLE signals (
    story     TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    claim     TEXT REFERENCES claims(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    article   TEXT NOT NULL,
    outlet    TEXT,
    statement TEXT NOT NULL,
    actor     TEXT,
    polarity  TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL
);
CREATE INDEX signals_story ON signals (story, claim, position);
CREATE INDEX signals_claim ON signals (claim);
CREATE TABLE reactions (
    claim     TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    article   TEXT NOT NULL,
    outlet    TEXT,
    statement TEXT NOT NULL,
    actor     TEXT,
    polarity  TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    message   TEXT NOT NULL,                -- JSON spans
    PRIMARY KEY (claim, position)
);
CREATE TABLE dropped_attributions (
    claim    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    article  TEXT NOT NULL,
    outlet   TEXT,
    role     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    PRIMARY KEY (claim, position)
);
-- Claim to claim: a tension (opposing predicates on one topic) or corroboration (another origin says it).
CREATE TABLE claim_links (
    claim    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('tension', 'corroboration')),
    position INTEGER NOT NULL,
    other    TEXT NOT NULL,
    PRIMARY KEY (claim, kind, position)
)
;
-- Actors, accumulated article by article: one row per actor key, its spellings with how many statements
-- use each (0: only named in others' messages), and the actor of each statement.
CREATE TABLE actors (
    key        TEXT PRIMARY KEY,             -- the transliteration key that groups spellings
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,                -- the canonical spelling
    name_key   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    statements INTEGER NOT NULL,
    mentions   INTEGER NOT NULL
);
CREATE INDEX actors_rank ON actors (statements DESC, mentions DESC, name);
CREATE INDEX actors_name_key ON actors (name_key);
CREATE TABLE actor_aliases (
    actor        TEXT NOT NULL REFERENCES actors(key) ON DELETE CASCADE,
    spelling     TEXT NOT NULL,
    spelling_key TEXT NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (actor, spelling)
);
CREATE INDEX actor_aliases_key ON actor_aliases (spelling_key);
CREATE TABLE statement_actors (
    article  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor    TEXT NOT NULL REFERENCES actors(key) ON DELETE CASCADE,
    PRIMARY KEY (article, position)
);
CREATE INDEX statement_actors_actor ON statement_actors (actor, article, position);
-- Stores made before this migration hold stories only in the old snapshot: drop it, so that the next
-- ingest (or 'quellenlage rebuild') recomputes stories and ledgers from the stored articles.
DELETE FROM story_index;
UPDATE article_origins SET placed = 0
