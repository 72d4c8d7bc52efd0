import type { StageId } from '../checklist/types.js';
import type { GateOptions } from '../score/types.js';
import { issueWords } from '../report/issue/words.js';

export type Mode = 'check' | 'report' | 'aggregate' | 'list';

export interface ActionInputs {
  token: string;
  /** what this run does; `auto` picks `report` on schedule / workflow_dispatch, `check` otherwise */
  mode: Mode | 'auto';
  path: string;
  /** scan this repository through the API (`owner/name[@ref]`) instead of the workspace */
  repository?: string;
  config?: string;
  /** the bar as set by the step; what it leaves out comes from the configuration file */
  gateOverrides: Partial<GateOptions>;
  comment: 'on-change' | 'always' | 'never';
  checkName: string;
  language: 'en' | 'ko';
  sarifFile?: string;
  /** report mode: whether to keep the report issue (off in an organisation's matrix jobs) */
  issue: boolean;
  issueTitle: string;
  issueLabels: string[];
  issueAssignees: string[];
  incidentLabel: string;
  deployWorkflows: string[];
  windowDays: number;
  /** list mode: repositories written out, or an owner whose repositories are listed */
  repositories: string[];
  owner?: string;
  /** aggregate mode: folder of the scan records to aggregate */
  records?: string;
}

export class InputError extends Error {}

/** Comma- or newline-separated values, trimmed, empty ones dropped. */
export function listInput(text: string): string[] {
  return text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

/** action.yml's default title; a report in another language uses its own words instead */
export const DEFAULT_ISSUE_TITLE = issueWords('en').title;

/** Reads and validates the inputs of action.yml; a wrong value names the input and what it accepts. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const one = <T extends string>(name: string, allowed: readonly T[], def: T): T => {
    const v = (get(name) || def).trim() as T;
    if (!allowed.includes(v)) throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${v}")`);
    return v;
  };
  // empty: left to .github/readiness.yml (whose own default is short-term, fail on both)
  const optional = <T extends string>(name: string, allowed: readonly T[]): T | undefined => (get(name).trim() ? one<T>(name, allowed, '' as T) : undefined);
  const stage = optional<StageId>('stage', ['short-term', 'mid-term', 'long-term']);
  const failOn = optional('fail-on', ['blocking', 'score', 'both', 'never'] as const);
  const number = (name: string, min: number, max: number): number | undefined => {
    const raw = get(name).trim();
    if (!raw) return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new InputError(`input "${name}" must be a number from ${min} to ${max} (got "${raw}")`);
    return n;
  };
  const minScore = number('min-score', 0, 100);
  const windowDays = number('window-days', 1, 400) ?? 30;
  const bool = (name: string, def: boolean): boolean => {
    const v = get(name).trim().toLowerCase();
    if (!v) return def;
    if (v === 'true' || v === 'false') return v === 'true';
    throw new InputError(`input "${name}" must be true or false (got "${v}")`);
  };
  const repository = get('repository').trim() || undefined;
  if (repository && !/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+(@.+)?$/.test(repository)) {
    throw new InputError(`input "repository" must be owner/name or owner/name@ref (got "${repository}")`);
  }
  return {
    token: get('token'),
    mode: one('mode', ['auto', 'check', 'report', 'aggregate', 'list'] as const, 'auto'),
    path: get('path') || '.',
    repository,
    config: get('config') || undefined,
    gateOverrides: { ...(stage ? { stage } : {}), ...(minScore !== undefined ? { minScore } : {}), ...(failOn ? { failOn } : {}) },
    comment: one('comment', ['on-change', 'always', 'never'] as const, 'on-change'),
    checkName: get('check-name') || 'Readiness Gate',
    language: one('language', ['en', 'ko'] as const, 'en'),
    sarifFile: get('sarif-file') || undefined,
    issue: bool('issue', true),
    issueTitle: get('issue-title').trim() || DEFAULT_ISSUE_TITLE,
    issueLabels: listInput(get('issue-labels') || 'readiness-report'),
    issueAssignees: listInput(get('issue-assignees')),
    incidentLabel: get('incident-label').trim() || 'incident',
    deployWorkflows: listInput(get('deploy-workflows')),
    windowDays,
    repositories: listInput(get('repositories')),
    owner: get('owner').trim() || undefined,
    records: get('records').trim() || undefined,
  };
}

/** The mode a run takes: scheduled and manual runs keep the report issue, the rest check. */
export function resolveMode(inputs: Pick<ActionInputs, 'mode'>, eventName: string): Mode {
  if (inputs.mode !== 'auto') return inputs.mode;
  return eventName === 'schedule' || eventName === 'workflow_dispatch' ? 'report' : 'check';
}
