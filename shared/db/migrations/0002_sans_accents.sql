-- Lower-case and accent-free text, for searches that ignore case and accents ("Hélène" finds "helene").
-- Plain SQL (no extension), so that PGlite and the managed PostgreSQL run the same function; accented
-- capitals are mapped explicitly because lower() leaves them alone under the C collation.
CREATE FUNCTION "coop"."sans_accents"(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(replace(replace(replace(replace(translate(value,
    'àâäáãåāçćčèéêëēėęîïíìīįñńôöóòõøōùûüúūÿýžźżšśłđÀÂÄÁÃÅĀÇĆČÈÉÊËĒĖĘÎÏÍÌĪĮÑŃÔÖÓÒÕØŌÙÛÜÚŪŸÝŽŹŻŠŚŁĐ',
    'aaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzzzssldaaaaaaaccceeeeeeeiiiiiinnooooooouuuuuyyzzzssld'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'))
$$;
