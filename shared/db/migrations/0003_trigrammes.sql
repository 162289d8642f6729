-- Trigram similarity (similarity(), %) for the duplicate detection of bénéficiaires (spec §4: > 0.4).
-- A trusted extension: the database owner may create it on the managed server.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
