import type { Status } from '../checks/types.js';
import type { StatusCounts, Tally } from './types.js';

/** Points per status; null = excluded from the sum (the item does not apply). */
export const POINTS: Record<Status, number | null> = {
  pass: 1,
  partial: 0.5,
  fail: 0,
  unverified: 0,
  'not-applicable': null,
};

export const STATUSES: readonly Status[] = ['pass', 'partial', 'fail', 'unverified', 'not-applicable'];

export function emptyCounts(): StatusCounts {
  return { pass: 0, partial: 0, fail: 0, unverified: 0, 'not-applicable': 0 };
}

/**
 * One decimal, rounded down: a bar of 70% is shown as met exactly when it is met
 * (66.66 shows as 66.6, never as a 70.0 that is not there). The epsilon absorbs float noise.
 */
export function percent(earned: number, possible: number): number | null {
  if (possible <= 0) return null;
  return Math.floor((earned * 1000) / possible + 1e-9) / 10;
}

/** Sums weighted points over items; a waived item is counted apart and leaves the sum. */
export function tally(items: Iterable<{ status: Status; weight: number; points: number | null; waived?: boolean }>): Tally {
  const counts = emptyCounts();
  let earned = 0;
  let possible = 0;
  let waived = 0;
  for (const it of items) {
    if (it.waived) {
      waived++;
      continue;
    }
    counts[it.status]++;
    if (it.points === null) continue;
    earned += it.points * it.weight;
    possible += it.weight;
  }
  return { earned, possible, score: percent(earned, possible), counts, waived };
}
