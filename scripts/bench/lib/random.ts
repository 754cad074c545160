import type { IsoDate } from '../../../src/domain/dates';

/** Draws from a seeded generator: the same seed always gives the same sequence. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Between `min` and `max` different items, in the order drawn. */
  some<T>(items: readonly T[], min: number, max: number): T[];
  /** A day in the `days` days starting at `from`. */
  dateIn(from: IsoDate, days: number): IsoDate;
}

/** mulberry32: tiny, fast and good enough for synthetic data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    some(items, min, max) {
      const chosen = new Set<(typeof items)[number]>();
      const count = Math.min(items.length, int(min, max));
      while (chosen.size < count) chosen.add(pick(items));
      return [...chosen];
    },
    dateIn(from, days) {
      const start = Date.UTC(
        Number(from.slice(0, 4)),
        Number(from.slice(5, 7)) - 1,
        Number(from.slice(8, 10)),
      );
      return new Date(start + int(0, days - 1) * 86_400_000).toISOString().slice(0, 10);
    },
  };
}
