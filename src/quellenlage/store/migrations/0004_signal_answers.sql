-- What a signal answers ("bestätigte die Nominierung" -> "die Nominierung"): JSON array of [start, end].
ALTER TABLE statements ADD COLUMN answers TEXT NOT NULL DEFAULT '[]';
