/**
 * .github/readiness.yml in the Action: errors at their line, waivers and their warnings, branch
 * bars, and a monorepo's check runs and comment with one row per app.
 */

import { pullRequestEvent, pushEvent, runAction } from '../runner.js';
import { e2eSuite } from '../suite.js';

const SERVICE = (secret: string) => ({
  'docker-compose.yml': ['services:', '  api:', '    build: .', '    environment:', `      JWT_SECRET_KEY: ${secret}`, '    ports: ["8000:8000"]', ''].join('\n'),
  Dockerfile: 'FROM python:3.12-slim\nUSER app\nCMD ["gunicorn", "app:app"]\n',
});
const prefixed = (prefix: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [`${prefix}/${k}`, v]));


describe('the configuration in the Action', () => {
  const suite = e2eSuite();
  const push = (name: string, files: Record<string, string>, ref = 'refs/heads/main', inputs: Record<string, string> = {}) => {
    const seeded = suite.gh.seedRepo({ name, files });
    const ws = suite.workspace(files);
    return runAction({ inputs, event: pushEvent({ repo: name, ref, sha: seeded.baseSha }), apiUrl: suite.gh.url, cwd: ws, repository: seeded.fullName, timeoutMs: 120_000 });
  };

  it('fails the step on an invalid configuration, with an annotation at the line and the closest name', async () => {
    const config = ['stage: short-term', 'items:', '  resource-limit: {risk: high}', 'waivers:', '  - item: tls-certificates', '    reason: at the load balancer', '    owner: ops', '    until: 2027-01-31', '    pth: legacy/', ''].join('\n');
    const r = await push('bad-config', { ...SERVICE('${JWT_SECRET_KEY:?set}'), '.github/readiness.yml': config });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.command === 'error' && a.properties.file === '.github/readiness.yml');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.properties.line === '9' && /did you mean "path"/.test(e.message))).toBe(true);
    // nothing was published from a configuration nobody meant
    expect(suite.gh.callsTo('checks/create')).toHaveLength(0);
  }, 180_000);

  it('honours a waiver: the item does not block, it is annotated as a notice, and its expiry is warned', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const config = ['fail-on: blocking', 'waivers:', '  - item: prod-env-config', '    reason: rotated by the platform', '    owner: ops', `    until: ${soon}`, '  - item: no-committed-secrets', '    reason: test key only', '    owner: ops', `    until: ${soon}`, ''].join('\n');
    const files = { ...SERVICE('${JWT_SECRET_KEY:-changeme}'), '.github/readiness.yml': config };
    const without = await push('unwaived', SERVICE('${JWT_SECRET_KEY:-changeme}'), 'refs/heads/main', { 'fail-on': 'blocking' });
    expect(without.outputs['blocking-count']).not.toBe('0');
    const r = await push('waived', files);
    const blockingBefore = Number(without.outputs['blocking-count']);
    expect(Number(r.outputs['blocking-count'])).toBeLessThan(blockingBefore);
    const run = suite.gh.callsTo('checks/create').at(-1)!.body as { output: { annotations: { path: string; annotation_level: string; title: string }[] } };
    const notice = run.output.annotations.find((a) => a.title.startsWith('prod-env-config'));
    expect(notice).toMatchObject({ annotation_level: 'notice', path: 'docker-compose.yml' });
    expect(notice!.title).toMatch(/waived/);
    const warnings = r.annotations.filter((a) => a.command === 'warning' && /prod-env-config/.test(a.message));
    expect(warnings[0].message).toMatch(/expires soon/);
    expect(warnings[0].properties).toMatchObject({ file: '.github/readiness.yml', line: '3' });
    expect(r.summary).toMatch(/waived/i);
  }, 180_000);

  it('points a scanned folder\'s policy warnings at the folder\'s own configuration file', async () => {
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const config = ['waivers:', '  - item: prod-env-config', '    reason: rotated by the platform', '    owner: ops', `    until: ${soon}`, ''].join('\n');
    const files = { ...prefixed('svc', SERVICE('${JWT_SECRET_KEY:-changeme}')), 'svc/.github/readiness.yml': config };
    const r = await push('folder-config', files, 'refs/heads/main', { path: 'svc' });
    const warning = r.annotations.find((a) => a.command === 'warning' && /prod-env-config/.test(a.message));
    expect(warning?.properties).toMatchObject({ file: 'svc/.github/readiness.yml', line: '2' });
  }, 180_000);

  it('applies the bar of the branch: release/* must meet mid-term', async () => {
    const config = ['fail-on: score', 'branches:', '  release/*: {stage: mid-term}', ''].join('\n');
    const files = { ...SERVICE('${JWT_SECRET_KEY:?set}'), '.github/readiness.yml': config };
    const main = await push('branches-main', files, 'refs/heads/main', { 'fail-on': 'never' });
    expect(main.exitCode).toBe(0);
    const release = await push('branches-release', files, 'refs/heads/release/1.2');
    expect(release.exitCode).toBe(1);
    expect(release.annotations.find((a) => a.command === 'error')!.message).toMatch(/mid-term/);
    // the step's input still wins over the file
    const forced = await push('branches-forced', files, 'refs/heads/release/1.2', { 'fail-on': 'never' });
    expect(forced.exitCode).toBe(0);
  }, 180_000);

  it('reviews each app of a monorepo: a check run per app and one comment with a row per app', async () => {
    const config = ['apps:', '  - name: api', '    path: services/api', '  - name: web', '    path: services/web', '    fail-on: never', ''].join('\n');
    const head = { ...prefixed('services/api', SERVICE('${JWT_SECRET_KEY:-changeme}')), ...prefixed('services/web', SERVICE('${JWT_SECRET_KEY:?set}')), '.github/readiness.yml': config };
    const base = { ...head, 'services/api/docker-compose.yml': SERVICE('${JWT_SECRET_KEY:?set}')['docker-compose.yml'] };
    const seeded = suite.gh.seedRepo({ name: 'mono', files: base, pullRequest: { number: 7, files: head } });
    const ws = suite.workspace(head);
    const before = suite.gh.callsTo('checks/create').length;
    const r = await runAction({ event: pullRequestEvent({ repo: 'mono', number: 7, headSha: seeded.headSha!, baseSha: seeded.baseSha, mergeSha: seeded.mergeSha } as Parameters<typeof pullRequestEvent>[0]), apiUrl: suite.gh.url, cwd: ws, repository: seeded.fullName, timeoutMs: 180_000 });
    expect(r.exitCode).toBe(1);
    const runs = suite.gh.callsTo('checks/create').slice(before).map((c) => c.body as { name: string; conclusion: string; output: { annotations?: { path: string }[] } });
    expect(runs.map((c) => [c.name, c.conclusion])).toEqual([
      ['Readiness Gate / api', 'failure'],
      ['Readiness Gate / web', 'success'],
    ]);
    // annotations carry repository paths
    expect(runs[0].output.annotations!.map((a) => a.path)).toContain('services/api/docker-compose.yml');
    const apps = JSON.parse(r.outputs.apps) as { name: string; passed: boolean }[];
    expect(apps.map((a) => [a.name, a.passed])).toEqual([
      ['api', false],
      ['web', true],
    ]);
    const comments = suite.gh.callsTo('issues/create-comment').map((c) => (c.body as { body: string }).body).filter((b) => b.includes('readiness-gate:comment'));
    const body = comments.at(-1)!;
    expect(body).toContain('1 of 2 apps below the bar');
    expect(body).toMatch(/\| api \| `services\/api` \|.*→.*\| ❌ \|/);
    expect(body).toMatch(/\| web \| `services\/web` \|.*\| ✅ \|/);
    expect(r.summary).toContain('services/web');
    expect(suite.gh.violations).toEqual([]);
  }, 240_000);
});
