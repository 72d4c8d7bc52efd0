import type { Evidence, Finding, Status } from './types.js';
import type { ReviewView } from './view.js';

/**
 * One checklist item's judgement, ESLint-rule style: its documentation (Scorecard's def.yml
 * fields) sits beside the logic that reads the inventory.
 */
export interface Check {
  /** the checklist item id it judges */
  id: string;
  docs: {
    /** why the item matters in production */
    motivation: string;
    /** what the check reads and how it decides */
    implementation: string;
  };
  judge(view: ReviewView): Judgement;
}

export type Judgement = Omit<Finding, 'id'>;

export function defineCheck(check: Check): Check {
  return check;
}

/** Evidence at a place in the repository. */
export function at(file: string, line: number | undefined, message: string): Evidence {
  return { file, line: line ?? 0, message };
}

/** Evidence about something absent: what was looked for and where. */
export function absent(lookedFor: string, where: string): Evidence {
  return { file: '.', line: 0, message: `not found: ${lookedFor} (looked in ${where})` };
}

function judgement(status: Status, summary: string, evidence: Evidence[], remedy?: string): Judgement {
  return remedy ? { status, summary, evidence, remedy } : { status, summary, evidence };
}

export const pass = (summary: string, evidence: Evidence[]): Judgement => judgement('pass', summary, evidence);
export const partial = (summary: string, evidence: Evidence[], remedy: string): Judgement => judgement('partial', summary, evidence, remedy);
export const fail = (summary: string, evidence: Evidence[], remedy: string): Judgement => judgement('fail', summary, evidence, remedy);
export const unverified = (summary: string, evidence: Evidence[], remedy: string): Judgement => judgement('unverified', summary, evidence, remedy);
export const notApplicable = (summary: string): Judgement => judgement('not-applicable', summary, []);

/** "a, b and 3 more" for remedies and summaries that name many places. */
export function list(names: readonly string[], max = 6): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (shown.length <= 1) return shown.join('');
  const head = shown.slice(0, -1).join(', ');
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : `${head} and ${shown[shown.length - 1]}`;
}
