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

/**
 * A sentence of a judgement: plain English, or English with its Korean wording. Dynamic parts
 * (counts, names, paths, code) appear unchanged in both.
 */
export type Text = string | { en: string; ko: string };

export function t(en: string, ko: string): Text {
  return { en, ko };
}

export const english = (x: Text): string => (typeof x === 'string' ? x : x.en);
/** undefined for a plain English string: no Korean was written for it */
export const korean = (x: Text): string | undefined => (typeof x === 'string' ? undefined : x.ko);

/** Evidence at a place in the repository; a Korean message goes to `ko`. */
export function at(file: string, line: number | undefined, message: Text): Evidence {
  const ko = korean(message);
  return { file, line: line ?? 0, message: english(message), ...(ko !== undefined ? { ko } : {}) };
}

/** Evidence about something absent: what was looked for and where (Korean when either part has it). */
export function absent(lookedFor: Text, where: Text): Evidence {
  const en = `not found: ${english(lookedFor)} (looked in ${english(where)})`;
  if (korean(lookedFor) === undefined && korean(where) === undefined) return at('.', 0, en);
  return at('.', 0, t(en, `찾지 못함: ${korean(lookedFor) ?? english(lookedFor)} (확인한 곳: ${korean(where) ?? english(where)})`));
}

function judgement(status: Status, summary: Text, evidence: Evidence[], remedy?: Text): Judgement {
  const j: Judgement = remedy ? { status, summary: english(summary), evidence, remedy: english(remedy) } : { status, summary: english(summary), evidence };
  const koSummary = korean(summary);
  const koRemedy = remedy === undefined ? undefined : korean(remedy);
  // a Korean remedy under an English-only summary still reaches Korean readers; the summary then stays English
  if (koSummary !== undefined || koRemedy !== undefined) j.ko = { summary: koSummary ?? j.summary, ...(koRemedy !== undefined ? { remedy: koRemedy } : {}) };
  return j;
}

/** Joins the parts that are not false in each language: the lists of gaps inside sentences. */
export function joinText(parts: readonly (Text | false | 0 | '' | undefined)[], sep = ', ', koSep = sep): { en: string; ko: string } {
  const kept = parts.filter((p): p is Text => !!p);
  return { en: kept.map(english).join(sep), ko: kept.map((p) => korean(p) ?? english(p)).join(koSep) };
}

export const pass = (summary: Text, evidence: Evidence[]): Judgement => judgement('pass', summary, evidence);
export const partial = (summary: Text, evidence: Evidence[], remedy: Text): Judgement => judgement('partial', summary, evidence, remedy);
export const fail = (summary: Text, evidence: Evidence[], remedy: Text): Judgement => judgement('fail', summary, evidence, remedy);
export const unverified = (summary: Text, evidence: Evidence[], remedy: Text): Judgement => judgement('unverified', summary, evidence, remedy);
export const notApplicable = (summary: Text): Judgement => judgement('not-applicable', summary, []);

function head(names: readonly string[], max: number): { shown: readonly string[]; rest: number } {
  const shown = names.slice(0, max);
  return { shown, rest: names.length - shown.length };
}

/** "a, b and 3 more" for remedies and summaries that name many places. */
export function list(names: readonly string[], max = 6): string {
  const { shown, rest } = head(names, max);
  if (shown.length <= 1) return shown.join('');
  const first = shown.slice(0, -1).join(', ');
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : `${first} and ${shown[shown.length - 1]}`;
}

/** The Korean `list()`: "a, b 외 3개". */
export function listKo(names: readonly string[], max = 6): string {
  const { shown, rest } = head(names, max);
  return rest > 0 ? `${shown.join(', ')} 외 ${rest}개` : shown.join(', ');
}
