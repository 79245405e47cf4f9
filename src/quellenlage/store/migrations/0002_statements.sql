-- Speech events per article. Spans are JSON arrays of [start, end] character offsets into articles.text.
CREATE TABLE statements (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    id         TEXT NOT NULL,
    form       TEXT NOT NULL,
    cue        TEXT NOT NULL,
    message    TEXT NOT NULL,
    source     TEXT,
    actor      TEXT,
    addressee  TEXT,
    medium     TEXT,
    time       TEXT,
    frame      TEXT NOT NULL,
    nested_in  TEXT,
    polarity   TEXT NOT NULL,
    channel    TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX statements_actor ON statements(actor);
