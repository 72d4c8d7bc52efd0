import type { Evidence, Risk, Status } from '../checks/types.js';
import type { StageId } from '../checklist/types.js';
import type { BarResult, GateCause, GateOptions, PolicyNote, ScoredReport, StageResult, Tally, Verdict } from '../score/types.js';

/** Bumped on any incompatible change to the shape below (schemas/report.schema.json). */
export const REPORT_SCHEMA_VERSION = 1;

interface TallyJson {
  score: number | null;
  earned: number;
  possible: number;
  counts: Record<Status, number>;
  waived: number;
}

export interface ReportJson {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  checklist: string;
  verdict: Verdict;
  score: number | null;
  overall: TallyJson;
  sections: (TallyJson & { id: string; ko: string; en: string; ref?: string; items: string[] })[];
  groups: (TallyJson & { id: string; ko: string; en: string; items: string[] })[];
  items: {
    id: string;
    section: string;
    ko: string;
    en: string;
    status: Status;
    judged: Status;
    risk: Risk;
    weight: number;
    stage: StageId;
    groups: string[];
    blocking: boolean;
    attested: boolean;
    attestation?: { by?: string; date?: string; link?: string; until?: string; file: string; line: number };
    waived: boolean;
    waiver?: { reason: string; owner: string; until: string; source: 'config' | 'inline'; file: string; line: number; path?: string };
    missing: boolean;
    points: number | null;
    summary: string;
    evidence: Evidence[];
    remedy?: string;
  }[];
  blocking: string[];
  risks: Record<Risk, { id: string; status: Status; blocking: boolean; waived: boolean }[]>;
  stage: {
    met: StageId | null;
    next: StageId | null;
    stages: (Omit<StageResult, 'bars'> & { bars: BarJson[] })[];
    gaps: BarJson[];
  };
  gate: { passed: boolean; reason: string; causes: GateCause[] } & GateOptions;
  unknownFindings: string[];
  policy: PolicyNote[];
}

type BarJson = Omit<BarResult, 'ko' | 'en'> & { ko: string; en: string };

const tallyJson = (t: Tally): TallyJson => ({ score: t.score, earned: t.earned, possible: t.possible, counts: { ...t.counts }, waived: t.waived });

const barJson = (b: BarResult): BarJson => ({ ...b, raise: b.raise.map((r) => ({ ...r })) });

/** The report as plain data, field by field, so nothing internal leaks into the published shape. */
export function toReportJson(r: ScoredReport): ReportJson {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    checklist: r.checklist,
    verdict: r.verdict,
    score: r.score,
    overall: tallyJson(r.overall),
    sections: r.sections.map((s) => ({ id: s.id, ko: s.ko, en: s.en, ...(s.ref ? { ref: s.ref } : {}), ...tallyJson(s), items: [...s.items] })),
    groups: r.groups.map((g) => ({ id: g.id, ko: g.ko, en: g.en, ...tallyJson(g), items: [...g.items] })),
    items: r.items.map((it) => ({
      id: it.id,
      section: it.section,
      ko: it.ko,
      en: it.en,
      status: it.status,
      judged: it.judged,
      risk: it.risk,
      weight: it.weight,
      stage: it.stage,
      groups: [...it.groups],
      blocking: it.blocking,
      attested: it.attested,
      ...(it.attestation ? { attestation: { ...pick(it.attestation, ['by', 'date', 'link', 'until']), file: it.attestation.evidence.file, line: it.attestation.evidence.line } } : {}),
      waived: it.waived,
      ...(it.waiver ? { waiver: { ...it.waiver } } : {}),
      missing: it.missing,
      points: it.points,
      summary: it.summary,
      evidence: it.evidence.map((e) => ({ file: e.file, line: e.line, ...(e.column ? { column: e.column } : {}), message: e.message, ...(e.ko ? { messageKo: e.ko } : {}) })),
      ...(it.remedy ? { remedy: it.remedy } : {}),
      ...(it.summaryKo ? { summaryKo: it.summaryKo } : {}),
      ...(it.remedyKo ? { remedyKo: it.remedyKo } : {}),
    })),
    blocking: [...r.blocking],
    risks: {
      high: r.risks.high.map(({ id, status, blocking, waived }) => ({ id, status, blocking, waived })),
      medium: r.risks.medium.map(({ id, status, blocking, waived }) => ({ id, status, blocking, waived })),
      low: r.risks.low.map(({ id, status, blocking, waived }) => ({ id, status, blocking, waived })),
    },
    stage: {
      met: r.stage.met,
      next: r.stage.next,
      stages: r.stage.stages.map((s) => ({ id: s.id, ko: s.ko, en: s.en, barsMet: s.barsMet, met: s.met, bars: s.bars.map(barJson), ...(s.targets ? { targets: { ...s.targets } } : {}) })),
      gaps: r.stage.gaps.map(barJson),
    },
    gate: { passed: r.gate.passed, reason: r.gate.reason, ...r.gate.options, causes: structuredClone(r.gate.causes) },
    unknownFindings: [...r.unknownFindings],
    policy: r.policy.map((n) => ({ ...n })),
  };
}

/** The defined members of `o` among `keys` (JSON has no undefined). */
function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** `--format json`: the report, validated by schemas/report.schema.json. */
export function renderJson(r: ScoredReport, pretty = true): string {
  return JSON.stringify(toReportJson(r), null, pretty ? 2 : undefined) + '\n';
}
