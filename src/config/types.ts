/** The configuration of .github/readiness.yml once validated and resolved, app by app. */
import type { Checklist, StageId } from '../checklist/types.js';
import type { Risk } from '../checks/types.js';
import type { GateOptions } from '../score/types.js';
import type { ValidateFunction } from 'ajv';

export const DEFAULT_CONFIG_PATHS = ['.github/readiness.yml', '.github/readiness.yaml'] as const;

/** Where an entry of the configuration (or an inline comment) was written. */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

/** The gate of one branch pattern (`branches: {'release/*': {stage: mid-term}}`). */
export interface BranchRule extends Partial<Omit<GateOptions, 'stage'>> {
  pattern: string;
  stage?: StageId;
  at: Origin;
}

export interface GateRules {
  base: GateOptions;
  /** in the order written; the first that matches the branch wins */
  branches: BranchRule[];
}

export interface WaiverEntry {
  item: string;
  reason: string;
  owner: string;
  /** YYYY-MM-DD, the last day it holds */
  until: string;
  /** repository-relative path (folder, file or glob) it is limited to */
  path?: string;
  source: 'config' | 'inline';
  at: Origin;
  /** inline waivers: the repository-relative lines of the file it covers */
  lines?: number[];
}

export interface AttestationEntry {
  item: string;
  by: string;
  date: string;
  evidence: string;
  until: string;
  at: Origin;
}

export type ObjectKind = 'compose-services' | 'kubernetes' | 'workflow-jobs' | 'nginx-servers';

/** A custom check written in the configuration: what it selects and what it asserts of it. */
export interface CustomCheck {
  id: string;
  select?: { files?: string[]; objects?: ObjectKind; kind?: string[] };
  /** exactly one of these */
  assert: { schema?: ValidateFunction; file?: string; mustMatch?: RegExp; mustNotMatch?: RegExp };
  remedy: string;
  at: Origin;
}

export interface AppConfig {
  /** `default` for a repository without `apps` */
  name: string;
  /** the app's folder in the repository, '' for the root */
  path: string;
  /** the built-in checklist it extends */
  preset: string;
  /** the preset with items turned off, re-graded and custom checks added */
  checklist: Checklist;
  gate: GateRules;
  notApplicable: Map<string, { reason: string; at: Origin }>;
  /** shared objects for top-level entries, so their use is counted across apps */
  waivers: WaiverEntry[];
  attestations: AttestationEntry[];
  checks: CustomCheck[];
}

export interface ReadinessConfig {
  /** the file it was read from; undefined when there is none (built-in defaults) */
  file?: string;
  inlineWaivers: boolean;
  /** one per app; a repository without `apps` is one app at its root */
  apps: AppConfig[];
}

/** The configuration file as written (after schema validation). */
export interface RawGate {
  stage?: StageId;
  'min-score'?: number;
  'fail-on'?: GateOptions['failOn'];
}

export interface RawItemRule {
  enabled?: boolean;
  risk?: Risk;
  weight?: number;
  'not-applicable'?: string;
}

export interface RawScope extends RawGate {
  extends?: string;
  branches?: Record<string, RawGate>;
  items?: Record<string, RawItemRule>;
  waivers?: { item: string; path?: string; reason: string; owner: string; until: string }[];
  attestations?: { item: string; by: string; date: string; evidence: string; until: string }[];
  checks?: RawCheck[];
}

export interface RawCheck {
  id: string;
  en: string;
  ko?: string;
  section: string;
  risk: Risk;
  weight?: number;
  stage?: StageId;
  groups?: string[];
  remedy: string;
  select?: { files?: string | string[]; objects?: ObjectKind; kind?: string | string[] };
  assert: { schema?: object; file?: string; 'must-match'?: string; 'must-not-match'?: string };
}

export interface RawConfig extends RawScope {
  'inline-waivers'?: boolean;
  apps?: (RawScope & { name: string; path: string })[];
}
