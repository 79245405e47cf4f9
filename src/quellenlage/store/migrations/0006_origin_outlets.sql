-- Every origin keeps its own outlet, URL and published time: the same text published by a second outlet
-- is one article with two origins, and stories and the ledger count both outlets. ``placed`` says
-- whether the story index has counted this origin's outlet yet (a killed run leaves it 0; the next
-- run places it). Origins stored before this migration take their article's metadata.
ALTER TABLE article_origins ADD COLUMN outlet TEXT;
ALTER TABLE article_origins ADD COLUMN url TEXT;
ALTER TABLE article_origins ADD COLUMN published TEXT;
ALTER TABLE article_origins ADD COLUMN feed TEXT;
ALTER TABLE article_origins ADD COLUMN placed INTEGER NOT NULL DEFAULT 1;
UPDATE article_origins SET
    outlet = (SELECT outlet FROM articles WHERE articles.id = article_origins.article_id),
    url = (SELECT url FROM articles WHERE articles.id = article_origins.article_id),
    published = (SELECT published FROM articles WHERE articles.id = article_origins.article_id);
CREATE INDEX article_origins_waiting ON article_origins (placed) WHERE placed = 0
