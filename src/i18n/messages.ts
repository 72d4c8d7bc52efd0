import type { Risk, Status } from '../checks/types.js';
import type { GateWords } from './gate.js';

export type Lang = 'en' | 'ko';

/** Every word the review renderers print; one object per language. */
export interface Messages {
  title: string;
  readiness: string;
  /** heading of the per-area table */
  byArea: string;
  area: string;
  items: string;
  blockingRisks: string;
  /** tag on a blocking item */
  blocking: string;
  gateWords: GateWords;
  noBlocking: string;
  done: string;
  notDone: string;
  notApplicable: string;
  none: string;
  remedy: string;
  attested: string;
  /** tag on an item excused by a waiver */
  waived: string;
  /** the waiver behind a waived item */
  waivedBy: (w: { owner: string; until: string; reason: string }) => string;
  missingCheck: string;
  /** the per-app table of a monorepo */
  apps: { title: string; app: string; path: string; checklist: string; score: string; stage: string; gate: string; blocking: string; waived: string };
  /** heading of the waivers and attestations that need attention */
  policy: string;
  policyKind: { waiver: string; attestation: string };
  /** why a waiver or attestation is listed */
  policyState: (state: 'expired' | 'expiring' | 'unused' | 'forbidden', daysLeft: number, until: string) => string;
  status: Record<Status, string>;
  grade: Record<Risk, string>;
  risks: string;
  noRisks: string;
  stages: string;
  stageMet: string;
  noStageMet: string;
  allStagesMet: string;
  nextStage: string;
  met: string;
  notMet: string;
  /** what stands between the current and the next stage */
  standsBefore: (stage: string) => string;
  raiseWith: string;
  enough: (n: number) => string;
  targets: string;
  targetLines: (t: { 'incident-response-minutes'?: number; 'deployment-success-percent'?: number; 'availability-percent'?: number }) => string[];
  targetsNote: string;
  gate: string;
  gatePassed: string;
  gateFailed: string;
  nothingToJudge: string;
  nothingToJudgeDetail: string;
  moreEvidence: (n: number) => string;
  truncated: (omitted: number, limit: number) => string;
  /** points a truncated review at the full one (a URL) */
  fullAt: (url: string) => string;
  overall: string;
}
