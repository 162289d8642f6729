/**
 * An enumeration declared once: its values (in declaration order) and the French label of each.
 * The database enums, the validators, the site and the exports all read from here.
 */
export type EnumDefinition<V extends string> = {
  readonly values: readonly [V, ...V[]];
  readonly labels: Readonly<Record<V, string>>;
  readonly label: (value: V) => string;
  readonly options: ReadonlyArray<{ value: V; label: string }>;
  readonly is: (value: unknown) => value is V;
};

export const defineEnum = <const L extends Record<string, string>>(
  labels: L,
): EnumDefinition<Extract<keyof L, string>> => {
  type V = Extract<keyof L, string>;
  const values = Object.keys(labels) as V[];
  if (values.length === 0) throw new Error("An enumeration needs at least one value");
  const valueSet = new Set<string>(values);
  return {
    values: values as [V, ...V[]],
    labels,
    label: (value) => labels[value] as string,
    options: values.map((value) => ({ value, label: labels[value] as string })),
    is: (value): value is V => typeof value === "string" && valueSet.has(value),
  };
};

/** Structure enumerations of the national lieux standard: the stored value is the French label itself. */
export const defineLabelEnum = <const V extends string>(values: readonly [V, ...V[]]): EnumDefinition<V> =>
  defineEnum(Object.fromEntries(values.map((value) => [value, value]))) as unknown as EnumDefinition<V>;

export type EnumValue<E> = E extends EnumDefinition<infer V> ? V : never;
