import { deploymentFigure, incidentFigure, judgeTargets, type RunRecord } from '../../src/operations/figures.js';

const run = (conclusion: string | null, status = 'completed'): RunRecord => ({ workflow: 'deploy.yml', status, conclusion, createdAt: '2026-11-01T00:00:00Z' });

describe('deployment success rate', () => {
  it.each([
    ['all succeeded', [run('success'), run('success')], 100],
    ['one of four failed', [run('success'), run('success'), run('success'), run('failure')], 75],
    ['timed out counts as failed', [run('success'), run('timed_out')], 50],
    ['cancelled and skipped are not counted', [run('success'), run('cancelled'), run('skipped')], 100],
    ['runs still in progress are not counted', [run('success'), run(null, 'in_progress'), run('failure')], 50],
    ['rounded down, never up to a target', [...Array(97).fill(run('success')), run('failure'), run('failure'), run('failure')], 97],
    ['2 of 3 is 66.6, not 66.7', [run('success'), run('success'), run('failure')], 66.6],
  ])('%s', (_, runs, rate) => {
    const f = deploymentFigure(runs as RunRecord[], ['deploy.yml'], 30);
    expect(f.measured && f.rate).toBe(rate);
  });

  it('is not measured without a deployment workflow or without completed runs', () => {
    expect(deploymentFigure([], [], 30)).toMatchObject({ measured: false, reason: 'no-deploy-workflow' });
    expect(deploymentFigure([run('cancelled')], ['deploy.yml'], 30)).toMatchObject({ measured: false, reason: 'no-runs' });
  });
});

describe('incident response', () => {
  const at = (m: number) => new Date(Date.UTC(2026, 10, 1) + m * 60_000).toISOString();
  it('takes the median time to the first response and to close', () => {
    const f = incidentFigure(
      [
        { number: 1, createdAt: at(0), firstResponseAt: at(10), closedAt: at(60) },
        { number: 2, createdAt: at(0), firstResponseAt: at(30), closedAt: at(120) },
        { number: 3, createdAt: at(0), firstResponseAt: null, closedAt: null },
        { number: 4, createdAt: at(0), firstResponseAt: at(5), closedAt: null },
      ],
      'incident',
      30,
    );
    expect(f).toMatchObject({ measured: true, incidents: 4, responded: 3, open: 2, medianResponseMinutes: 10, medianResolveMinutes: 90 });
  });
  it('is not measured without incidents', () => {
    expect(incidentFigure([], 'sev1', 14)).toMatchObject({ measured: false, reason: 'no-incidents', label: 'sev1' });
  });
});

describe('targets of section 7.2', () => {
  const targets = { 'incident-response-minutes': 15, 'deployment-success-percent': 98, 'availability-percent': 99.5 };
  it('compares what is measured and leaves the rest unjudged', () => {
    const deployment = deploymentFigure([...Array(49).fill(run('success')), run('failure')], ['d.yml'], 30);
    const incidents = incidentFigure([{ number: 1, createdAt: '2026-11-01T00:00:00Z', firstResponseAt: '2026-11-01T00:20:00Z', closedAt: null }], 'incident', 30);
    expect(judgeTargets({ deployment, incidents }, targets)).toEqual([
      { metric: 'deployment-success-percent', target: 98, value: 98, met: true },
      { metric: 'incident-response-minutes', target: 15, value: 20, met: false },
      { metric: 'availability-percent', target: 99.5, value: null, met: null },
    ]);
  });
  it('never invents a value', () => {
    const none = { deployment: deploymentFigure([], [], 30), incidents: incidentFigure([], 'incident', 30) };
    expect(judgeTargets(none, targets).every((t) => t.value === null && t.met === null)).toBe(true);
    expect(judgeTargets(none, undefined)).toEqual([]);
  });
});
