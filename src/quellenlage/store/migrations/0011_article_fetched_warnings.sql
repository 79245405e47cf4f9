-- When a page was fetched (a WARC record's date, a URL ingest's time), and what cleaning noticed and did
-- not use (a published date before 1990 or in the future), as a JSON list of sentences.
ALTER TABLE articles ADD COLUMN fetched TEXT;
ALTER TABLE articles ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
