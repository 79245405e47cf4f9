-- statements(actor) served no query: `statements --actor` matches a part of the name (LIKE '%…%'), which
-- no index serves, and an actor's statements are read through statement_actors. Each stored article
-- wrote about five entries at random places in it.
DROP INDEX IF EXISTS statements_actor
