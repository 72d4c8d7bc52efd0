import type { Risk, Status } from '../../src/checks/types.js';
import { loadBuiltinChecklist } from '../../src/checklist/load.js';
import { decideGate } from '../../src/score/gate.js';
import { percent, POINTS } from '../../src/score/points.js';
import { isBlocking, isRisk } from '../../src/score/risks.js';
import { score } from '../../src/score/score.js';
import type { GateOptions, ScoreOptions } from '../../src/score/types.js';
import { validateReport } from '../report/validate-report.js';
import { findings, mini } from './mini.js';

const run = (spec: Record<string, Status>, opts: Partial<ScoreOptions> = {}, rest: Status | null = 'pass') => {
  const r = score(mini(), findings(spec, rest), { nothingToJudge: false, ...opts });
  validateReport(r);
  return r;
};

describe('points and percentages', () => {
  it.each([
    ['pass', 1],
    ['partial', 0.5],
    ['fail', 0],
    ['unverified', 0],
    ['not-applicable', null],
  ] as const)('%s is worth %p', (status, points) => expect(POINTS[status]).toBe(points));

  it.each([
    [2, 3, 66.6],
    [1, 3, 33.3],
    [7, 10, 70],
    [0.5, 1, 50],
    [11, 14, 78.5],
    [14, 14, 100],
    [0, 5, 0],
    [0, 0, null],
  ])('%p of %p is %p%% (one decimal, rounded down)', (earned, possible, expected) => expect(percent(earned, possible)).toBe(expected));
});

describe('overall score, weighted by item weight (a1 3, a2 2, a3 1, b1 3, b2 5)', () => {
  it.each<[string, Record<string, Status>, Status, number]>([
    ['all pass', {}, 'pass', 100],
    ['all fail', {}, 'fail', 0],
    ['all partial', {}, 'partial', 50],
    ['all unverified', {}, 'unverified', 0],
    ['a1 fails', { a1: 'fail' }, 'pass', 78.5],
    ['a1 unverified', { a1: 'unverified' }, 'pass', 78.5],
    ['b2 partial', { b2: 'partial' }, 'pass', 82.1],
    ['a1 not applicable', { a1: 'not-applicable' }, 'pass', 100],
    ['a1 n/a, b2 fails', { a1: 'not-applicable', b2: 'fail' }, 'pass', 54.5],
    ['a2 partial, a3 fails', { a2: 'partial', a3: 'fail' }, 'pass', 85.7],
  ])('%s', (_, spec, rest, expected) => {
    const r = run(spec, {}, rest);
    expect(r.verdict).toBe('scored');
    expect(r.score).toBe(expected);
  });

  it('scores sections and groups with their counts', () => {
    const r = run({ b1: 'fail', a3: 'not-applicable' });
    expect(r.sections.map((s) => [s.id, s.score, s.earned, s.possible])).toEqual([
      ['a', 100, 5, 5],
      ['b', 62.5, 5, 8],
    ]);
    expect(r.sections[0].counts).toEqual({ pass: 2, partial: 0, fail: 0, unverified: 0, 'not-applicable': 1 });
    expect(r.groups.map((g) => [g.id, g.score, g.items])).toEqual([
      ['basic', 100, ['a1']],
      ['ha', 62.5, ['b1', 'b2']],
    ]);
  });

  it('a section where nothing applies has no score, not 0% or 100%', () => {
    const r = run({ b1: 'not-applicable', b2: 'not-applicable' });
    expect(r.sections[1].score).toBeNull();
    expect(r.score).toBe(100);
  });

  it('counts an item without a finding as unverified and lists findings for unknown ids', () => {
    const fs = findings({}, 'pass', ['a1', 'a3', 'b1', 'b2']);
    fs.push({ id: 'zz', status: 'pass', summary: '', evidence: [] });
    const r = score(mini(), fs, { nothingToJudge: false });
    validateReport(r);
    expect(r.items.find((i) => i.id === 'a2')).toMatchObject({ status: 'unverified', missing: true, summary: 'no check judged this item', points: 0 });
    expect(r.unknownFindings).toEqual(['zz']);
    expect(r.score).toBe(85.7);
  });

  it('keeps remedies only for items still to do', () => {
    const r = run({ a1: 'fail' });
    expect(r.items[0].remedy).toBe('fix a1');
    expect(r.items[1].remedy).toBeUndefined();
  });
});

describe('risks', () => {
  it.each<[Status, Risk, boolean, boolean]>([
    ['fail', 'high', true, true],
    ['fail', 'medium', true, false],
    ['fail', 'low', true, false],
    ['unverified', 'high', true, false],
    ['unverified', 'medium', false, false],
    ['unverified', 'low', false, false],
    ['partial', 'high', false, false],
    ['pass', 'high', false, false],
    ['not-applicable', 'high', false, false],
  ])('%s of a %s-risk item: risk %p, blocking %p', (status, risk, risky, blocking) => {
    expect(isRisk({ status, risk })).toBe(risky);
    expect(isBlocking({ status, risk }, ['high'])).toBe(blocking);
  });

  it('blocks on other grades when asked', () => expect(isBlocking({ status: 'fail', risk: 'medium' }, ['high', 'medium'])).toBe(true));

  it('groups risks by grade, blocking first then heavier items', () => {
    const r = run({ a1: 'unverified', b1: 'fail', a2: 'fail', b2: 'fail', a3: 'fail' });
    expect(r.risks.high).toEqual([
      { id: 'b1', grade: 'high', status: 'fail', blocking: true, waived: false },
      { id: 'a1', grade: 'high', status: 'unverified', blocking: false, waived: false },
    ]);
    expect(r.risks.medium.map((x) => x.id)).toEqual(['b2', 'a2']);
    expect(r.risks.low.map((x) => x.id)).toEqual(['a3']);
    expect(r.blocking).toEqual(['b1']);
    expect(r.items.filter((i) => i.blocking).map((i) => i.id)).toEqual(['b1']);
  });

  it('blockOn widens what blocks', () => {
    const r = run({ a2: 'fail', b1: 'fail' }, { blockOn: ['high', 'medium'] });
    expect(r.blocking).toEqual(['b1', 'a2']);
  });
});

describe('stages', () => {
  it.each<[string, Record<string, Status>, string | null, string | null, string[]]>([
    ['all pass', {}, 'long-term', null, []],
    ['load balancer fails', { b1: 'fail' }, 'short-term', 'mid-term', ['ha']],
    ['firewall fails', { a1: 'fail' }, null, 'short-term', ['basic']],
    ['manual missing', { a3: 'fail' }, 'mid-term', 'long-term', ['overall']],
    ['everything fails', { a1: 'fail', a2: 'fail', a3: 'fail', b1: 'fail', b2: 'fail' }, null, 'short-term', ['overall', 'basic']],
  ])('%s', (_, spec, met, next, gaps) => {
    const r = run(spec);
    expect(r.stage.met).toBe(met);
    expect(r.stage.next).toBe(next);
    expect(r.stage.gaps.map((g) => g.scope)).toEqual(gaps);
  });

  it('a later stage whose own bars are met is not met before the earlier ones', () => {
    const r = run({ a1: 'fail' });
    const mid = r.stage.stages[1];
    expect(mid).toMatchObject({ id: 'mid-term', barsMet: true, met: false });
  });

  it('names what would raise an unmet bar: current vs required, items by gain, how many are enough', () => {
    const r = run({ b1: 'fail', b2: 'partial' });
    expect(r.stage.gaps[0]).toMatchObject({
      scope: 'ha',
      kind: 'group',
      required: 100,
      current: 31.2,
      met: false,
      raise: [
        { id: 'b1', status: 'fail', gain: 3 },
        { id: 'b2', status: 'partial', gain: 2.5 },
      ],
      enough: 2,
    });
  });

  it('takes the largest gains first for a partial bar', () => {
    const r = run({}, {}, 'fail');
    const overall = r.stage.gaps.find((g) => g.scope === 'overall')!;
    expect(overall.raise.map((x) => x.id)).toEqual(['b2', 'a1', 'b1', 'a2', 'a3']);
    expect(overall.enough).toBe(2); // b2 + a1 = 8/14 = 57.1% >= 50%
  });
});

describe('nothing to judge', () => {
  it.each<[string, Partial<ScoreOptions>, Record<string, Status>, Status]>([
    ['the flag', { nothingToJudge: true }, { a1: 'fail' }, 'unverified'],
    ['every item not applicable', {}, {}, 'not-applicable'],
  ])('%s gives a clear verdict, not 0%% or 100%%', (_, opts, spec, rest) => {
    const r = run(spec, { ...opts, gate: { failOn: 'both', minScore: 80, stage: 'short-term' } }, rest);
    expect(r.verdict).toBe('nothing-to-judge');
    expect(r.score).toBeNull();
    expect(r.stage).toMatchObject({ met: null, next: null, gaps: [] });
    expect(r.blocking).toEqual([]);
    expect(r.risks).toEqual({ high: [], medium: [], low: [] });
    expect(r.gate).toMatchObject({ passed: true, reason: expect.stringContaining('nothing to judge') });
  });
});

describe('attestations', () => {
  const attestation = { evidence: { file: '.readiness-gate.yml', line: 4, message: 'attested by ops' } };
  it.each<[string, Status, boolean, Status]>([
    ['a3', 'unverified', true, 'pass'],
    ['a3', 'partial', true, 'pass'],
    ['a3', 'fail', false, 'fail'],
    ['a1', 'unverified', false, 'unverified'],
  ])('%s %s with an attestation: attested %p, counts as %s', (id, status, attested, counted) => {
    const r = run({ [id]: status }, { attestations: { [id]: attestation } });
    const it = r.items.find((i) => i.id === id)!;
    expect(it).toMatchObject({ status: counted, judged: status, attested });
    if (attested) {
      expect(it.evidence).toContainEqual(attestation.evidence);
      expect(it.remedy).toBeUndefined();
    }
  });
});

describe('gate', () => {
  const failingLb = () => run({ b1: 'fail' }); // 78.5%, blocking b1, short-term met
  it.each<[string, GateOptions, boolean, string]>([
    ['blocking', { failOn: 'blocking' }, false, '1 blocking risk: b1'],
    ['never', { failOn: 'never' }, true, 'report only (fail-on: never); readiness 78.5%'],
    ['score over the minimum', { failOn: 'score', minScore: 70 }, true, 'readiness 78.5%, minimum 70% met'],
    ['score under the minimum', { failOn: 'score', minScore: 80 }, false, 'readiness 78.5% is below the minimum 80%'],
    ['stage met', { failOn: 'score', stage: 'short-term' }, true, 'readiness 78.5%, stage short-term met'],
    ['stage not met', { failOn: 'score', stage: 'mid-term' }, false, 'stage mid-term not met: ha 62.5% < 100%'],
    ['both, blocking fails', { failOn: 'both', minScore: 70 }, false, '1 blocking risk: b1'],
    ['both, both fail', { failOn: 'both', minScore: 90, stage: 'long-term' }, false, '1 blocking risk: b1; readiness 78.5% is below the minimum 90%; stage long-term not met: ha 62.5% < 100%, overall 78.5% < 100%'],
  ])('%s', (_, gate, passed, reason) => {
    expect(decideGate(failingLb(), gate)).toMatchObject({ passed, reason, options: gate });
  });

  it('passes a complete repository with every condition named', () => {
    const r = run({}, { gate: { failOn: 'both', minScore: 100, stage: 'long-term' } });
    expect(r.gate).toMatchObject({ passed: true, reason: 'readiness 100.0%, no blocking risks, stage long-term met, minimum 100% met' });
  });

  it('lists at most five blocking ids', () => {
    const r = score(loadBuiltinChecklist(), [], { nothingToJudge: false });
    const fails = [...loadBuiltinChecklist().items.keys()].map((id) => ({ id, status: 'fail' as const, summary: '', evidence: [] }));
    const g = decideGate(score(loadBuiltinChecklist(), fails, { nothingToJudge: false }), { failOn: 'blocking' });
    expect(g.reason).toMatch(/^\d+ blocking risks: (\S+, ){4}\S+ and \d+ more$/);
    expect(r.gate.passed).toBe(true); // no findings: unverified, which never blocks
  });
});

describe('the built-in checklist', () => {
  const c = loadBuiltinChecklist();
  const all = (status: Status) => [...c.items.keys()].map((id) => ({ id, status, summary: status, evidence: [] }));

  it('scores 100% and meets every stage when everything passes', () => {
    const r = score(c, all('pass'), { nothingToJudge: false });
    validateReport(r);
    expect(r).toMatchObject({ score: 100, blocking: [], stage: { met: 'long-term', next: null } });
    expect(r.sections.every((s) => s.score === 100)).toBe(true);
  });

  it('blocks on every high-risk item when everything fails', () => {
    const r = score(c, all('fail'), { nothingToJudge: false });
    validateReport(r);
    const high = [...c.items.values()].filter((i) => i.risk === 'high').map((i) => i.id);
    expect(r.score).toBe(0);
    expect([...r.blocking].sort()).toEqual([...high].sort());
    expect(r.stage).toMatchObject({ met: null, next: 'short-term' });
    expect(r.stage.gaps.map((g) => [g.scope, g.current, g.required])).toEqual([
      ['overall', 0, 80],
      ['basic-monitoring', 0, 100],
      ['basic-security', 0, 70],
    ]);
  });
});

describe('waivers', () => {
  const waiver = { reason: 'accepted', owner: 'ops', until: '2027-01-31', source: 'config' as const, file: '.github/readiness.yml', line: 3 };

  it.each([
    ['b1', 'fail', true],
    ['a2', 'partial', true],
    ['a1', 'unverified', true],
    ['a2', 'pass', false],
    ['a3', 'not-applicable', false],
  ] as const)('%s %s with a waiver: waived %p', (id, status, waived) => {
    const r = run({ [id]: status }, { waivers: { [id]: waiver } });
    const it = r.items.find((i) => i.id === id)!;
    expect(it).toMatchObject({ status, judged: status, waived, blocking: false });
    if (waived) {
      expect(it.points).toBeNull();
      expect(it.evidence).toContainEqual({ file: '.github/readiness.yml', line: 3, message: 'waived until 2027-01-31 by ops: accepted' });
    }
  });

  it('leaves the score and the bars: a waived failure neither lowers nor raises them', () => {
    const plain = run({ b1: 'fail' });
    const waived = run({ b1: 'fail' }, { waivers: { b1: waiver } });
    expect(plain.overall).toMatchObject({ earned: 11, possible: 14, waived: 0 });
    expect(waived.overall).toMatchObject({ earned: 11, possible: 11, waived: 1, score: 100 });
    expect(waived.overall.counts.fail).toBe(0);
    expect(waived.groups.find((g) => g.id === 'ha')).toMatchObject({ possible: 5, waived: 1 });
    expect(plain.blocking).toEqual(['b1']);
    expect(waived.blocking).toEqual([]);
    expect(waived.risks.high).toEqual([{ id: 'b1', grade: 'high', status: 'fail', blocking: false, waived: true }]);
  });
});
