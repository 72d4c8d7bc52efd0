import { parseConfig, runConfiguredReview } from '../../src/config/index.js';
import { validateReport } from '../report/validate-report.js';
import { renderJson } from '../../src/report/review-json.js';
import { COMPOSE, config, day, repo } from './helpers.js';

const ATTEST_DNS = `attestations:
  - item: domain-dns
    by: jane@example.com
    date: 2026-01-10
    evidence: https://tickets.example.com/OPS-42
    until: 2026-03-31
`;

async function dns(now: string) {
  const run = await runConfiguredReview(repo({ 'docker-compose.yml': COMPOSE }), config(ATTEST_DNS), { now: day(now) });
  const report = run.apps[0].review.report;
  validateReport(report);
  return { run, report, item: report.items.find((i) => i.id === 'domain-dns')! };
}

describe('attestations', () => {
  it('turn an item the repository cannot show into a pass, with who, when and the link', async () => {
    const { item, report } = await dns('2026-02-01');
    expect(item).toMatchObject({ status: 'pass', judged: 'unverified', attested: true, attestation: { by: 'jane@example.com', date: '2026-01-10', link: 'https://tickets.example.com/OPS-42', until: '2026-03-31' } });
    expect(item.evidence).toContainEqual({ file: '.github/readiness.yml', line: 2, message: 'attested by jane@example.com on 2026-01-10, until 2026-03-31: https://tickets.example.com/OPS-42' });
    expect(JSON.parse(renderJson(report)).items.find((i: { id: string }) => i.id === 'domain-dns').attestation).toEqual({ by: 'jane@example.com', date: '2026-01-10', link: 'https://tickets.example.com/OPS-42', until: '2026-03-31', file: '.github/readiness.yml', line: 2 });
    expect(report.policy).toEqual([]);
  });

  it('are listed when they expire within 14 days', async () => {
    const { item, run } = await dns('2026-03-25');
    expect(item.status).toBe('pass');
    expect(run.attestations.expiring).toEqual([expect.objectContaining({ kind: 'attestation', item: 'domain-dns', owner: 'jane@example.com', daysLeft: 6 })]);
  });

  it('fall back to unverified once expired', async () => {
    const { item, report, run } = await dns('2026-04-01');
    expect(item).toMatchObject({ status: 'unverified', attested: false });
    expect(report.policy).toEqual([expect.objectContaining({ kind: 'attestation', state: 'expired', item: 'domain-dns' })]);
    expect(run.attestations.expired).toHaveLength(1);
  });

  it('cannot be written for an item the repository shows', () => {
    const r = parseConfig(ATTEST_DNS.replace('domain-dns', 'ci-tests'), '.github/readiness.yml');
    expect(r.errors).toEqual([expect.objectContaining({ line: 2, column: 5, message: expect.stringContaining('"ci-tests" cannot be attested') })]);
  });
});
