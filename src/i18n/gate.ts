import type { GateDecision, Verdict } from '../score/types.js';

/** The words a gate line is made of, per language. */
export interface GateWords {
  nothing: string;
  never: (score: string) => string;
  readiness: (score: string) => string;
  noBlocking: string;
  stageMet: (stage: string) => string;
  minMet: (min: number) => string;
  blocking: (n: number, ids: string) => string;
  below: (score: string, min: number) => string;
  stageUnmet: (stage: string, bars: string) => string;
  unknownStage: (stage: string) => string;
  more: (shown: string, rest: number) => string;
}

const pct = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(1)}%`);

/**
 * The one-line reason of a gate decision. `stage` names a stage id (its label in the language,
 * or the id itself); `scope` does the same for bar scopes.
 */
export function describeGate(
  d: GateDecision,
  r: { score: number | null; verdict: Verdict },
  w: GateWords,
  stage: (id: string) => string = (id) => id,
  scope: (id: string) => string = (id) => id,
): string {
  if (r.verdict === 'nothing-to-judge') return w.nothing;
  const o = d.options;
  if (o.failOn === 'never') return w.never(pct(r.score));
  if (d.causes.length) {
    return d.causes
      .map((c) => {
        switch (c.kind) {
          case 'blocking': {
            const shown = c.ids.slice(0, 5).join(', ');
            return w.blocking(c.ids.length, c.ids.length > 5 ? w.more(shown, c.ids.length - 5) : shown);
          }
          case 'min-score':
            return w.below(pct(c.score), c.min);
          case 'stage':
            return w.stageUnmet(stage(c.stage), c.bars.map((b) => `${scope(b.scope)} ${pct(b.current)} < ${b.required}%`).join(', '));
          case 'unknown-stage':
            return w.unknownStage(c.stage);
        }
      })
      .join('; ');
  }
  const parts = [w.readiness(pct(r.score))];
  if (o.failOn !== 'score') parts.push(w.noBlocking);
  if (o.failOn !== 'blocking' && o.stage) parts.push(w.stageMet(stage(o.stage)));
  if (o.failOn !== 'blocking' && o.minScore !== undefined) parts.push(w.minMet(o.minScore));
  return parts.join(', ');
}

export const GATE_EN: GateWords = {
  nothing: 'nothing to judge: the repository has no deployment files',
  never: (s) => `report only (fail-on: never); readiness ${s}`,
  readiness: (s) => `readiness ${s}`,
  noBlocking: 'no blocking risks',
  stageMet: (st) => `stage ${st} met`,
  minMet: (min) => `minimum ${min}% met`,
  blocking: (n, ids) => `${n} blocking risk${n === 1 ? '' : 's'}: ${ids}`,
  below: (s, min) => `readiness ${s} is below the minimum ${min}%`,
  stageUnmet: (st, bars) => `stage ${st} not met: ${bars}`,
  unknownStage: (st) => `stage "${st}" is not in the checklist`,
  more: (shown, rest) => `${shown} and ${rest} more`,
};

export const GATE_KO: GateWords = {
  nothing: '평가 대상 없음: 저장소에 배포 파일이 없습니다',
  never: (s) => `보고 전용 (fail-on: never), 준비도 ${s}`,
  readiness: (s) => `준비도 ${s}`,
  noBlocking: '차단 위험 없음',
  stageMet: (st) => `${st} 목표 달성`,
  minMet: (min) => `최소 ${min}% 충족`,
  blocking: (n, ids) => `차단 위험 ${n}건: ${ids}`,
  below: (s, min) => `준비도 ${s}가 최소 ${min}%에 미달`,
  stageUnmet: (st, bars) => `${st} 목표 미달: ${bars}`,
  unknownStage: (st) => `체크리스트에 없는 단계 "${st}"`,
  more: (shown, rest) => `${shown} 외 ${rest}건`,
};
