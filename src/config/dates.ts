/** Days as the configuration writes them (YYYY-MM-DD, UTC): a waiver holds through its last day. */

const DAY = 86_400_000;

/** Days before `until` when a waiver or attestation starts to be listed as expiring. */
export const EXPIRY_WARNING_DAYS = 14;

/** The first instant after the day, or undefined for a day that does not exist (2027-02-30). */
export function endOfDay(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t + DAY;
}

/** Whole days left until the end of `until`: 0 on the last day, negative once it has passed. */
export function daysLeft(until: string, now: Date): number {
  return Math.floor(((endOfDay(until) ?? 0) - now.getTime()) / DAY);
}

export type Expiry = 'active' | 'expiring' | 'expired';

export function expiry(until: string, now: Date): Expiry {
  const left = daysLeft(until, now);
  if (left < 0) return 'expired';
  return left < EXPIRY_WARNING_DAYS ? 'expiring' : 'active';
}
