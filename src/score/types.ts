import type { Evidence, Finding, Risk, Status } from '../checks/types.js';
import type { StageId } from '../checklist/types.js';

/** How the gate decides; `failOn` picks which conditions may fail it. */
export interface GateOptions {
  /** the stage whose bars must be met (checked under failOn 'score' and 'both') */
  stage?: StageId;
  /** the lowest overall percentage accepted (checked under failOn 'score' and 'both') */
  minScore?: number;
  /** 'blocking': blocking risks fail; 'score': minScore/stage fail; 'both': either; 'never': report only */
  failOn: 'blocking' | 'score' | 'both' | 'never';
}

/** A statement by a person that an item is in place where files cannot show it (runbooks, firewalls). */
export interface Attestation {
  /** where the attestation is written down, e.g. the configuration file and line */
  evidence: Evidence;
  /** who attests */
  by?: string;
  /** when they attested (YYYY-MM-DD) */
  date?: string;
  /** a link to the evidence (a ticket, a contract, a screenshot) */
  link?: string;
  /** the last day it holds (YYYY-MM-DD) */
  until?: string;
}

/**
 * An excuse for an item that is not met: it does not block and leaves the score (see README,
 * "Configuration"). Where it is written: the configuration file or an inline comment.
 */
export interface Waiver {
  reason: string;
  owner: string;
  /** the last day it holds (YYYY-MM-DD) */
  until: string;
  source: 'config' | 'inline';
  file: string;
  line: number;
  /** the path (glob or folder) it is limited to, when it is */
  path?: string;
}

/**
 * A waiver or attestation that needs attention: expired, expiring within 14 days, matching nothing,
 * or an inline waiver not honoured because the configuration forbids them.
 */
export interface PolicyNote {
  kind: 'waiver' | 'attestation';
  state: 'expired' | 'expiring' | 'unused' | 'forbidden';
  item: string;
  until: string;
  /** whole days from now to the end of `until` (negative once expired) */
  daysLeft: number;
  source: 'config' | 'inline';
  file: string;
  line: number;
  owner?: string;
  path?: string;
}

export interface ScoreOptions {
  /** the inventory found no deployment files at all: the verdict is "nothing to judge" */
  nothingToJudge: boolean;
  /** risk grades whose failures block; default ['high'] */
  blockOn?: Risk[];
  /** attestations by item id; honoured only for items marked `attest: true` */
  attestations?: Record<string, Attestation>;
  /** waivers in force by item id; honoured for items that are not met (fail, partial, unverified) */
  waivers?: Record<string, Waiver>;
  /** waivers and attestations to list in the report (expired, expiring, unused) */
  policy?: PolicyNote[];
  gate?: GateOptions;
}

export type StatusCounts = Record<Status, number>;

/** Weighted points over a set of items; `score` is null when nothing in it applies. */
export interface Tally {
  earned: number;
  possible: number;
  /** percentage with one decimal, rounded down so a bar is never shown as met when it is not */
  score: number | null;
  /** items counted by the status that counts; waived items are counted in `waived` instead */
  counts: StatusCounts;
  /** waived items: left out of earned and possible */
  waived: number;
}

export interface ScoredItem {
  id: string;
  section: string;
  ko: string;
  en: string;
  risk: Risk;
  weight: number;
  stage: StageId;
  groups: string[];
  /** the status that counts (after attestation) */
  status: Status;
  /** the status the check returned */
  judged: Status;
  attested: boolean;
  /** the attestation that made it pass */
  attestation?: Attestation;
  /** excused by a waiver: it does not block and leaves the score (points null) */
  waived: boolean;
  waiver?: Waiver;
  /** no check returned a finding for this item */
  missing: boolean;
  /** status points (pass 1, partial 0.5, ...) or null when excluded */
  points: number | null;
  blocking: boolean;
  summary: string;
  evidence: Evidence[];
  remedy?: string;
  /** the check's summary and remedy in Korean, when it gives them */
  summaryKo?: string;
  remedyKo?: string;
}

export interface ScoredSection extends Tally {
  id: string;
  ko: string;
  en: string;
  ref?: string;
  items: string[];
}

export interface ScoredGroup extends Tally {
  id: string;
  ko: string;
  en: string;
  items: string[];
}

export interface RiskEntry {
  id: string;
  grade: Risk;
  status: Status;
  blocking: boolean;
  /** excused by a waiver: listed, never blocking */
  waived: boolean;
}

/** An item that would raise a bar, and by how many weighted points. */
export interface Raiser {
  id: string;
  status: Status;
  gain: number;
}

export interface BarResult {
  scope: string;
  kind: 'overall' | 'group' | 'section';
  ko: string;
  en: string;
  required: number;
  /** null when nothing in the scope applies (the bar then counts as met) */
  current: number | null;
  met: boolean;
  /** items in the scope that are not passing, largest gain first */
  raise: Raiser[];
  /** how many of `raise`, taken in order, would meet the bar */
  enough: number;
}

export interface StageResult {
  id: StageId;
  ko: string;
  en: string;
  /** its own bars are met */
  barsMet: boolean;
  /** its bars and those of every earlier stage are met */
  met: boolean;
  bars: BarResult[];
  targets?: { 'incident-response-minutes'?: number; 'deployment-success-percent'?: number; 'availability-percent'?: number };
}

export interface StageEvaluation {
  /** the furthest stage met, null when none (or nothing to judge) */
  met: StageId | null;
  /** the first stage not met, null when all are met (or nothing to judge) */
  next: StageId | null;
  stages: StageResult[];
  /** the unmet bars of `next` */
  gaps: BarResult[];
}

/** One condition that failed the gate, as data so each language can word it. */
export type GateCause =
  | { kind: 'blocking'; ids: string[] }
  | { kind: 'min-score'; score: number | null; min: number }
  | { kind: 'stage'; stage: StageId; bars: { scope: string; current: number | null; required: number }[] }
  | { kind: 'unknown-stage'; stage: string };

export interface GateDecision {
  passed: boolean;
  /** one line saying why, in English (renderers word it per language from `causes`) */
  reason: string;
  options: GateOptions;
  /** what failed it; empty when it passed */
  causes: GateCause[];
}

export type Verdict = 'scored' | 'nothing-to-judge';

export interface ScoredReport {
  checklist: string;
  verdict: Verdict;
  /** overall percentage, null when there is nothing to judge */
  score: number | null;
  overall: Tally;
  sections: ScoredSection[];
  groups: ScoredGroup[];
  /** in checklist order */
  items: ScoredItem[];
  risks: Record<Risk, RiskEntry[]>;
  /** ids of blocking items, in the order risks list them */
  blocking: string[];
  stage: StageEvaluation;
  gate: GateDecision;
  /** finding ids that match no checklist item (a check and the checklist disagree) */
  unknownFindings: string[];
  /** waivers and attestations that expired, expire within 14 days, or match nothing any more */
  policy: PolicyNote[];
}

export type { Finding };
