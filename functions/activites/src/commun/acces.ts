const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id in a path: anything else names nothing, so it answers 404 like another médiateur's id. */
export const estUuid = (value: string) => UUID.test(value);
