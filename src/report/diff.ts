import type { ScoredReport } from '../score/types.js';

/** What a pull request changes in the review: judged from the base commit and the head. */
export interface ReviewDiff {
  before: number | null;
  after: number | null;
  newlyFailing: string[];
  newlyFixed: string[];
  newBlocking: string[];
  resolvedBlocking: string[];
}

const ok = (s: string) => s === 'pass' || s === 'not-applicable';

export function diffReviews(base: ScoredReport, head: ScoredReport): ReviewDiff {
  const was = new Map(base.items.map((i) => [i.id, i.status]));
  const newlyFailing: string[] = [];
  const newlyFixed: string[] = [];
  for (const i of head.items) {
    const before = was.get(i.id);
    if (!before || before === i.status) continue;
    if (ok(before) && !ok(i.status)) newlyFailing.push(i.id);
    else if (!ok(before) && i.status === 'pass') newlyFixed.push(i.id);
    else if (before === 'partial' && (i.status === 'fail' || i.status === 'unverified')) newlyFailing.push(i.id);
  }
  const baseBlocking = new Set(base.blocking);
  const headBlocking = new Set(head.blocking);
  return {
    before: base.score,
    after: head.score,
    newlyFailing,
    newlyFixed,
    newBlocking: head.blocking.filter((b) => !baseBlocking.has(b)),
    resolvedBlocking: base.blocking.filter((b) => !headBlocking.has(b)),
  };
}
