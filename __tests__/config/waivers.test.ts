import { runConfiguredReview } from '../../src/config/index.js';
import { validateReport } from '../report/validate-report.js';
import { renderText } from '../../src/report/review-text.js';
import { renderMarkdown } from '../../src/report/review-markdown.js';
import { COMPOSE, config, day, repo } from './helpers.js';

const WAIVE_TLS = `waivers:
  - item: tls-certificates
    reason: TLS ends at the cloud load balancer
    owner: platform-team
    until: 2026-06-30
`;

async function review(cfg: string, now: string, files: Record<string, string> = { 'docker-compose.yml': COMPOSE }) {
  const run = await runConfiguredReview(repo(files), config(cfg), { now: day(now) });
  const report = run.apps[0].review.report;
  validateReport(report);
  return { run, report, item: (id: string) => report.items.find((i) => i.id === id)! };
}

describe('a waiver from the configuration', () => {
  it('excuses an unmet item: shown as waived, not blocking, out of the score', async () => {
    const before = await review('{}', '2026-01-01');
    const { report, item } = await review(WAIVE_TLS, '2026-01-01');
    expect(before.report.blocking).toContain('tls-certificates');
    expect(item('tls-certificates')).toMatchObject({ status: 'fail', waived: true, blocking: false, points: null, waiver: { owner: 'platform-team', until: '2026-06-30', source: 'config', file: '.github/readiness.yml', line: 2 } });
    expect(report.blocking).not.toContain('tls-certificates');
    // left out of earned and possible: a failing item no longer drags the score down
    expect(report.overall.waived).toBe(1);
    expect(report.overall.possible).toBe(before.report.overall.possible - 3);
    expect(report.score!).toBeGreaterThan(before.report.score!);
    expect(report.risks.high.find((r) => r.id === 'tls-certificates')).toMatchObject({ waived: true, blocking: false });
    expect(report.policy).toEqual([]);
    expect(renderText(report)).toMatch(/tls-certificates .*waived/);
    expect(renderMarkdown(report, 'ko')).toMatch(/tls-certificates.*예외 승인/);
  });

  it('warns within 14 days of its end, in the report and the run', async () => {
    const { run, report, item } = await review(WAIVE_TLS, '2026-06-20');
    expect(item('tls-certificates').waived).toBe(true);
    expect(report.policy).toEqual([expect.objectContaining({ kind: 'waiver', state: 'expiring', item: 'tls-certificates', daysLeft: 10, line: 2 })]);
    expect(run.waivers.expiring.map((n) => n.item)).toEqual(['tls-certificates']);
    expect(renderText(report)).toMatch(/Waivers and attestations to review\n.*tls-certificates.*expires on 2026-06-30 \(in 10 days\)/);
  });

  it('holds through its last day, then expires and the item is judged again', async () => {
    expect((await review(WAIVE_TLS, '2026-06-30')).item('tls-certificates').waived).toBe(true);
    const { run, report, item } = await review(WAIVE_TLS, '2026-07-01');
    expect(item('tls-certificates')).toMatchObject({ waived: false, blocking: true });
    expect(report.blocking).toContain('tls-certificates');
    expect(report.policy).toEqual([expect.objectContaining({ state: 'expired', daysLeft: -1 })]);
    expect(run.waivers.expired).toHaveLength(1);
    expect(renderMarkdown(report)).toMatch(/### Waivers and attestations to review\n\n- waiver tls\\-certificates .*platform\\-team.* — expired on 2026\\-06\\-30/);
  });

  it('lists a waiver that matches nothing: a passing or inapplicable item, or a path without evidence', async () => {
    const cfg = `waivers:
  - {item: api-versioning, reason: no public API, owner: a, until: 2027-01-01}
  - {item: resource-limits, path: legacy/, reason: old stack, owner: b, until: 2027-01-01}
`;
    const { run, item } = await review(cfg, '2026-01-01');
    expect(item('resource-limits').waived).toBe(false);
    expect(run.waivers.unused.map((n) => [n.item, n.line])).toEqual([
      ['api-versioning', 2],
      ['resource-limits', 3],
    ]);
  });

  it('with a path, excuses an item whose evidence is there', async () => {
    const cfg = `waivers:\n  - {item: resource-limits, path: "deploy/*.yml", reason: sized by the host, owner: b, until: 2027-01-01}\n`;
    const { run, item } = await review(cfg, '2026-01-01', { 'deploy/docker-compose.yml': COMPOSE });
    expect(item('resource-limits')).toMatchObject({ waived: true, waiver: { path: 'deploy/*.yml' } });
    expect(run.waivers.unused).toEqual([]);
  });
});

const INLINE = COMPOSE.replace('  api:\n', '  api:  # readiness-gate: waive resource-limits reason="sized by the platform" owner=ops until=2026-12-31\n');

describe('inline waivers', () => {
  it('excuse the item whose evidence is on their line', async () => {
    const { run, item } = await review('{}', '2026-01-01', { 'docker-compose.yml': INLINE });
    expect(item('resource-limits')).toMatchObject({ waived: true, waiver: { source: 'inline', file: 'docker-compose.yml', line: 2, owner: 'ops', reason: 'sized by the platform' } });
    expect(run.errors).toEqual([]);
  });

  it('cover the next line when the comment stands alone', async () => {
    const alone = COMPOSE.replace('  api:\n', '  # readiness-gate: waive resource-limits reason="x y" owner=ops until=2026-12-31\n  api:\n');
    expect((await review('{}', '2026-01-01', { 'docker-compose.yml': alone })).item('resource-limits').waived).toBe(true);
  });

  it('are not honoured when the configuration forbids them, and say so', async () => {
    const { run, report, item } = await review('inline-waivers: false\n', '2026-01-01', { 'docker-compose.yml': INLINE });
    expect(item('resource-limits').waived).toBe(false);
    expect(report.policy).toEqual([expect.objectContaining({ state: 'forbidden', item: 'resource-limits', file: 'docker-compose.yml', line: 2 })]);
    expect(run.waivers.forbidden).toHaveLength(1);
  });

  it('need the same fields as configured ones, and name a known item', async () => {
    const bad = COMPOSE.replace('  api:\n', '  api:  # readiness-gate: waive resource-limit reason="x" owner=ops until=2026-12-31\n').replace('  db:\n', '  db:  # readiness-gate: waive healthchecks reason="x" until=2026-12-31\n');
    const { run } = await review('{}', '2026-01-01', { 'docker-compose.yml': bad });
    expect(run.passed).toBe(false);
    expect(run.errors).toEqual([
      expect.objectContaining({ file: 'docker-compose.yml', line: 2, column: 33, message: 'unknown item "resource-limit" (did you mean "resource-limits"?)' }),
      expect.objectContaining({ file: 'docker-compose.yml', line: 5, message: 'inline waiver of "healthchecks" needs owner=' }),
    ]);
  });
});
