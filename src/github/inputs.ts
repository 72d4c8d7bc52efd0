import type { StageId } from '../checklist/types.js';
import type { GateOptions } from '../score/types.js';

export interface ActionInputs {
  token: string;
  path: string;
  config?: string;
  gate: GateOptions;
  comment: 'on-change' | 'always' | 'never';
  checkName: string;
  language: 'en' | 'ko';
  sarifFile?: string;
}

export class InputError extends Error {}

/** Reads and validates the inputs of action.yml; a wrong value names the input and what it accepts. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const one = <T extends string>(name: string, allowed: readonly T[], def: T): T => {
    const v = (get(name) || def).trim() as T;
    if (!allowed.includes(v)) throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${v}")`);
    return v;
  };
  const stage = one<StageId>('stage', ['short-term', 'mid-term', 'long-term'], 'short-term');
  const failOn = one('fail-on', ['blocking', 'score', 'both', 'never'] as const, 'both');
  const minRaw = get('min-score').trim();
  let minScore: number | undefined;
  if (minRaw) {
    minScore = Number(minRaw);
    if (!Number.isFinite(minScore) || minScore < 0 || minScore > 100) throw new InputError(`input "min-score" must be a number from 0 to 100 (got "${minRaw}")`);
  }
  return {
    token: get('token'),
    path: get('path') || '.',
    config: get('config') || undefined,
    gate: { stage, minScore, failOn },
    comment: one('comment', ['on-change', 'always', 'never'] as const, 'on-change'),
    checkName: get('check-name') || 'Readiness Gate',
    language: one('language', ['en', 'ko'] as const, 'en'),
    sarifFile: get('sarif-file') || undefined,
  };
}
