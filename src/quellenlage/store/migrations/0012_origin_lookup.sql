-- Whether an origin is stored already (a feed entry seen by an earlier poll): looked up by origin alone.
CREATE INDEX article_origins_origin ON article_origins (origin)
