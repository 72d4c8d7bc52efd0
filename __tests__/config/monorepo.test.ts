import { loadConfig, runConfiguredReview } from '../../src/config/index.js';
import { FsSource } from '../../src/source/fs-source.js';
import { validateReport } from '../report/validate-report.js';
import { day } from './helpers.js';

const ROOT = '__tests__/fixtures/config/monorepo';

async function run(branch?: string, now = '2026-01-01') {
  const source = new FsSource(ROOT);
  const loaded = await loadConfig(source);
  if (!loaded.config) throw new Error(JSON.stringify(loaded.errors));
  return runConfiguredReview(source, loaded.config, { now: day(now), ...(branch ? { branch } : {}) });
}

describe('a monorepo with two apps', () => {
  it('reviews each app in its folder, with its own checklist, item rules and bar', async () => {
    const r = await run();
    expect(r.apps.map((a) => [a.name, a.path, a.preset, a.review.report.checklist])).toEqual([
      ['api', 'apps/api', 'insitechart', 'insitechart'],
      ['web', 'apps/web', 'kubernetes-service', 'kubernetes-service'],
    ]);
    for (const a of r.apps) validateReport(a.review.report);
    const [api, web] = r.apps.map((a) => a.review);
    // evidence is relative to the app's folder
    expect(api.report.items.find((i) => i.id === 'resource-limits')).toMatchObject({ risk: 'high', weight: 3, status: 'fail', evidence: [expect.objectContaining({ file: 'docker-compose.yml', line: 2 })] });
    expect(web.report.items.find((i) => i.id === 'resource-limits')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ file: 'k8s/deployment.yaml' })] });
    expect(api.inventory.files.list.map((f) => f.path)).toEqual(['docker-compose.yml']);
    // top-level rules reach every app whose checklist has the item
    expect(api.report.items.find((i) => i.id === 'api-versioning')).toMatchObject({ status: 'not-applicable', summary: 'not applicable: internal service, no public API' });
    expect(web.report.items.some((i) => i.id === 'api-versioning')).toBe(false);
    expect(api.report.items.find((i) => i.id === 'tls-certificates')?.waived).toBe(true);
    expect(web.report.items.find((i) => i.id === 'tls-certificates')?.waived).toBe(true);
    expect(r.waivers.unused).toEqual([]);
    expect(r.apps.map((a) => a.gate)).toEqual([
      { failOn: 'blocking', stage: 'short-term' },
      { failOn: 'blocking', stage: 'short-term' },
    ]);
  });

  it('a release branch raises the bar of the app that says so', async () => {
    const r = await run('refs/heads/release/2.0');
    expect(r.apps.map((a) => a.gate)).toEqual([
      { failOn: 'blocking', stage: 'short-term' },
      { failOn: 'both', stage: 'mid-term' },
    ]);
    expect(r.apps[1].review.report.gate.causes.some((c) => c.kind === 'stage' && c.stage === 'mid-term')).toBe(true);
  });
});
