// A small seeded PRNG (sfc32, seeded through splitmix32) so that one seed always gives the same dataset.
// Never use Math.random, Date.now or crypto in the generator: every value, uuids included, comes from here.

export type Weighted<T> = readonly (readonly [T, number])[];

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: Weighted<T>): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A version 4 shaped uuid. */
  uuid(): string;
  /** An independent stream, so that one part of the dataset does not shift when another changes. */
  fork(label: number): Random;
};

const splitmix32 = (state: number) => () => {
  state = (state + 0x9e3779b9) | 0;
  let z = state;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

const hex = (value: number) => value.toString(16).padStart(8, "0");

export const createRandom = (seed: number): Random => {
  const init = splitmix32(seed >>> 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();

  const nextUint32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32();

  const next = () => nextUint32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  const random: Random = {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (entries) => {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let draw = next() * total;
      for (const [value, weight] of entries) {
        draw -= weight;
        if (draw < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    sample: (items, count) => {
      const copy = [...items];
      const size = Math.min(count, copy.length);
      for (let i = 0; i < size; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, size);
    },
    uuid: () => {
      const h = hex(nextUint32()) + hex(nextUint32()) + hex(nextUint32()) + hex(nextUint32());
      const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    fork: (label) => createRandom((nextUint32() ^ Math.imul(label + 1, 0x9e3779b1)) >>> 0),
  };
  return random;
};
