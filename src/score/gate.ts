import { describeGate, GATE_EN } from '../i18n/gate.js';
import type { GateCause, GateDecision, GateOptions, ScoredReport } from './types.js';

export const DEFAULT_GATE: GateOptions = { failOn: 'blocking' };

type GateInput = Pick<ScoredReport, 'verdict' | 'score' | 'blocking' | 'stage'>;

/**
 * The gate: passes or fails with one line saying why. failOn picks the conditions that may fail
 * it: 'blocking' = blocking risks; 'score' = minScore and the stage's bars (and every earlier
 * stage's); 'both' = all of them; 'never' = report only. "Nothing to judge" passes: there is
 * nothing to hold back, and the reason says so.
 */
export function decideGate(r: GateInput, options: GateOptions = DEFAULT_GATE): GateDecision {
  const causes: GateCause[] = [];
  if (r.verdict === 'scored' && options.failOn !== 'never') {
    if ((options.failOn === 'blocking' || options.failOn === 'both') && r.blocking.length) {
      causes.push({ kind: 'blocking', ids: [...r.blocking] });
    }
    if (options.failOn === 'score' || options.failOn === 'both') {
      if (options.minScore !== undefined && (r.score ?? 0) < options.minScore) {
        causes.push({ kind: 'min-score', score: r.score, min: options.minScore });
      }
      if (options.stage) {
        const i = r.stage.stages.findIndex((s) => s.id === options.stage);
        if (i < 0) causes.push({ kind: 'unknown-stage', stage: options.stage });
        else if (!r.stage.stages[i].met) {
          // the target's bars and those of every earlier stage, since stages build on each other
          const bars = r.stage.stages.slice(0, i + 1).flatMap((s) => s.bars.filter((b) => !b.met));
          causes.push({ kind: 'stage', stage: options.stage, bars: bars.map((b) => ({ scope: b.scope, current: b.current, required: b.required })) });
        }
      }
    }
  }
  const decision: GateDecision = { passed: causes.length === 0, reason: '', options, causes };
  decision.reason = describeGate(decision, r, GATE_EN);
  return decision;
}
