import type { Risk } from '../checks/types.js';
import type { RiskEntry, ScoredItem } from './types.js';

const GRADES: readonly Risk[] = ['high', 'medium', 'low'];

/**
 * Every `fail` is a risk of its item's grade. A high-risk item we could not verify is a risk too
 * (nothing shows the control exists), but it does not block: the tool cannot prove an absence
 * outside the repository, and an attestation can settle it.
 */
export function isRisk(item: Pick<ScoredItem, 'status' | 'risk'>): boolean {
  return item.status === 'fail' || (item.status === 'unverified' && item.risk === 'high');
}

/** Blocking: a failure whose grade is one of `blockOn` (high by default), unless it is waived. */
export function isBlocking(item: Pick<ScoredItem, 'status' | 'risk'> & { waived?: boolean }, blockOn: readonly Risk[]): boolean {
  return !item.waived && item.status === 'fail' && blockOn.includes(item.risk);
}

/** Risks per grade: blocking first, then heavier items, then checklist order. */
export function collectRisks(items: readonly ScoredItem[]): Record<Risk, RiskEntry[]> {
  const out: Record<Risk, RiskEntry[]> = { high: [], medium: [], low: [] };
  const ranked = items
    .map((it, index) => ({ it, index }))
    .filter(({ it }) => isRisk(it))
    .sort((a, b) => Number(b.it.blocking) - Number(a.it.blocking) || b.it.weight - a.it.weight || a.index - b.index);
  for (const { it } of ranked) out[it.risk].push({ id: it.id, grade: it.risk, status: it.status, blocking: it.blocking, waived: it.waived });
  return out;
}

/** Blocking ids in risk order (grade, then the order above). */
export function blockingIds(risks: Record<Risk, RiskEntry[]>): string[] {
  return GRADES.flatMap((g) => risks[g].filter((r) => r.blocking).map((r) => r.id));
}
