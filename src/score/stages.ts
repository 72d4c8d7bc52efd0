import type { Stage } from '../checklist/types.js';
import { percent } from './points.js';
import type { BarResult, Raiser, ScoredItem, StageEvaluation, StageResult, Tally } from './types.js';

/** What a bar's scope stands for: the overall score, a group or a section. */
export interface Scope {
  kind: BarResult['kind'];
  ko: string;
  en: string;
  tally: Tally;
  items: readonly ScoredItem[];
}

/** Items that would raise a scope, largest weighted gain first (checklist order on ties). */
export function raisers(items: readonly ScoredItem[]): Raiser[] {
  return items
    .filter((it) => it.points !== null && it.points < 1)
    .map((it) => ({ id: it.id, status: it.status, gain: it.weight * (1 - (it.points ?? 0)) }))
    .sort((a, b) => b.gain - a.gain);
}

/** Judges one bar; a scope where nothing applies has nothing to miss and counts as met. */
export function evaluateBar(scope: string, required: number, s: Scope): BarResult {
  const { earned, possible, score } = s.tally;
  const met = score === null || score >= required;
  const raise = raisers(s.items);
  let enough = 0;
  if (!met) {
    let e = earned;
    for (const r of raise) {
      enough++;
      e += r.gain;
      if ((percent(e, possible) ?? 0) >= required) break;
    }
  }
  return { scope, kind: s.kind, ko: s.ko, en: s.en, required, current: score, met, raise, enough };
}

/** Stages in order; a stage is met when its bars and all earlier stages' bars are met. */
export function evaluateStages(stages: readonly Stage[], resolve: (scope: string) => Scope, judged: boolean): StageEvaluation {
  let allBefore = true;
  const results: StageResult[] = stages.map((st) => {
    const bars = st.bars.map((b) => evaluateBar(b.scope, b.min, resolve(b.scope)));
    const barsMet = judged && bars.every((b) => b.met);
    allBefore = allBefore && barsMet;
    const r: StageResult = { id: st.id, ko: st.ko, en: st.en, barsMet, met: allBefore, bars };
    if (st.targets) r.targets = st.targets;
    return r;
  });
  if (!judged) return { met: null, next: null, stages: results, gaps: [] };
  const metStages = results.filter((r) => r.met);
  const next = results.find((r) => !r.met);
  return {
    met: metStages.length ? metStages[metStages.length - 1].id : null,
    next: next?.id ?? null,
    stages: results,
    gaps: next ? next.bars.filter((b) => !b.met) : [],
  };
}
