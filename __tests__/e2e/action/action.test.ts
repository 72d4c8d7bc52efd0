/**
 * The bundled Action (dist/index.js) run as the Actions runner runs it, against the loopback
 * GitHub API that validates every request against GitHub's OpenAPI description.
 */

import { pullRequestEvent, pushEvent, runAction } from '../runner.js';
import type { FakeGitHub } from '../fake-github/index.js';
import { e2eSuite } from '../suite.js';

const HEAD: Record<string, string> = {
  'docker-compose.yml': [
    'services:',
    '  api:',
    '    build: ./api',
    '    environment:',
    '      JWT_SECRET_KEY: ${JWT_SECRET_KEY:-your-secret-key}',
    '    ports: ["8000:8000"]',
    '  db:',
    '    image: postgres:16',
    '    ports: ["5432:5432"]',
    '',
  ].join('\n'),
  'api/Dockerfile': 'FROM python:3.12-slim\nUSER app\nCMD ["gunicorn", "app:app"]\n',
  'api/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/api/v1/health")\ndef health():\n    return {}\n',
};
// the base had no default secret: the pull request introduces one
const BASE: Record<string, string> = { ...HEAD, 'docker-compose.yml': HEAD['docker-compose.yml'].replace('${JWT_SECRET_KEY:-your-secret-key}', '${JWT_SECRET_KEY:?required}') };

/** The pull request's comments that carry Readiness Gate's marker, read through the API. */
async function markedComments(gh: FakeGitHub, repo: string, n: number): Promise<{ id: number; body: string }[]> {
  const out: { id: number; body: string }[] = [];
  for (let page = 1; page < 20; page++) {
    const res = await fetch(`${gh.url}/repos/${repo}/issues/${n}/comments?per_page=100&page=${page}`, { headers: { authorization: 'token test', 'user-agent': 'test', accept: 'application/vnd.github+json' } });
    const list = (await res.json()) as { id: number; body: string }[];
    out.push(...list);
    if (list.length < 100) break;
  }
  return out.filter((c) => c.body.includes('readiness-gate:comment'));
}


describe('the Action on pull requests', () => {
  const suite = e2eSuite();

  const pr = (number: number, opts: { fork?: boolean } = {}) => {
    const seeded = suite.gh.seedRepo({ name: `svc-${number}`, files: BASE, pullRequest: { number, files: HEAD, ...(opts.fork ? { headRepo: 'someone/fork' } : {}) } });
    const ws = suite.workspace(HEAD);
    const event = pullRequestEvent({ number, headSha: seeded.headSha!, baseSha: seeded.baseSha, mergeSha: seeded.mergeSha, headRepoFork: opts.fork } as Parameters<typeof pullRequestEvent>[0]);
    const run = (inputs: Record<string, string> = {}) => runAction({ inputs, event, apiUrl: suite.gh.url, cwd: ws, repository: seeded.fullName, timeoutMs: 120_000 });
    return { seeded, run };
  };
  const comments = (repo: string, n: number) => markedComments(suite.gh, repo, n);

  it('posts one comment and a check run on the head commit, and fails on blocking risks', async () => {
    const { seeded, run } = pr(1);
    const r = await run();
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.command === 'error')?.message).toMatch(/Readiness Gate: .*blocking/);
    expect(r.outputs).toMatchObject({ passed: 'false', 'blocking-count': expect.stringMatching(/^[1-9]/), 'comment-url': expect.stringContaining('#issuecomment-'), 'check-run-url': expect.any(String) });
    expect(Number(r.outputs.score)).toBeGreaterThan(0);
    expect(r.summary).toContain('no-committed-secrets');
    const list = await comments(seeded.fullName, 1);
    expect(list).toHaveLength(1);
    expect(list[0].body).toMatch(/What this pull request changes/);
    expect(list[0].body).toMatch(/New blocking risks: .*no-committed-secrets/);
    const runs = suite.gh.callsTo('checks/create') as { body: any }[];
    expect(runs.at(-1)!.body).toMatchObject({ head_sha: seeded.headSha, conclusion: 'failure', name: 'Readiness Gate' });
    expect(runs.at(-1)!.body.head_sha).not.toBe(seeded.mergeSha);
    const ann = (runs.at(-1)!.body.output as { annotations: { path: string; start_line: number }[] }).annotations;
    expect(ann).toContainEqual(expect.objectContaining({ path: 'docker-compose.yml', start_line: 5, annotation_level: 'failure' }));
    expect(suite.gh.violations).toEqual([]);
  }, 180_000);

  it('updates the same comment on the next run instead of adding one', async () => {
    const { seeded, run } = pr(2);
    await run({ comment: 'always' });
    const first = await comments(seeded.fullName, 2);
    await run({ comment: 'always' });
    const second = await comments(seeded.fullName, 2);
    expect(second).toHaveLength(1);
    expect(second[0].id).toBe(first[0].id);
    expect(suite.gh.callsTo('issues/update-comment').length).toBeGreaterThan(0);
    expect(suite.gh.violations).toEqual([]);
  }, 180_000);

  it('leaves one comment when two runs race', async () => {
    const { seeded, run } = pr(3);
    suite.gh.seedComments(seeded.fullName, 3, 230);
    await Promise.all([run(), run()]);
    expect(await comments(seeded.fullName, 3)).toHaveLength(1);
    expect(suite.gh.violations).toEqual([]);
  }, 240_000);

  it('with a read-only token (a fork): no crash, report in the summary and outputs, one notice, the gate decides', async () => {
    const { run } = pr(4, { fork: true });
    suite.gh.readOnly = true;
    try {
      const r = await run();
      expect(r.exitCode).toBe(1);
      expect(r.outputs.passed).toBe('false');
      expect(r.summary).toContain('Readiness');
      const notices = r.annotations.filter((a) => a.command === 'notice' && /could not post/.test(a.message));
      expect(notices).toHaveLength(1);
      expect(notices[0].message).toMatch(/workflow_run/);
    } finally {
      suite.gh.readOnly = false;
    }
  }, 180_000);

  it('survives 5xx answers and a secondary rate limit', async () => {
    const { seeded, run } = pr(5);
    suite.gh.addScenario({ kind: 'server-error', status: 503, times: 1, match: { method: 'POST' } }, { kind: 'secondary-rate-limit', retryAfter: 1, times: 1, match: { method: 'GET' } });
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(await comments(seeded.fullName, 5)).toHaveLength(1);
    expect(r.outputs['check-run-url']).toBeTruthy();
  }, 180_000);

  it('keeps a huge report under the comment limit', async () => {
    const services = Array.from({ length: 400 }, (_, i) => `  svc${i}:\n    image: example/s${i}:latest\n    container_name: s${i}\n    ports: ["${10000 + i}:80"]\n`).join('');
    const huge = { ...HEAD, 'docker-compose.yml': `services:\n${services}` };
    const seeded = suite.gh.seedRepo({ name: 'huge', files: huge, pullRequest: { number: 6, files: huge } });
    const ws = suite.workspace(huge);
    const r = await runAction({ event: pullRequestEvent({ number: 6, headSha: seeded.headSha!, baseSha: seeded.baseSha, mergeSha: seeded.mergeSha }), apiUrl: suite.gh.url, cwd: ws, repository: seeded.fullName, timeoutMs: 120_000 });
    expect(r.exitCode).toBe(1);
    const c = await comments(seeded.fullName, 6);
    expect(c).toHaveLength(1);
    expect(c[0].body.length).toBeLessThanOrEqual(65_536);
    // evidence lists are capped per item, so even 400 services fit; a cut would point at the job summary
    if (c[0].body.includes('Truncated:')) expect(c[0].body).toMatch(/\[job summary\]\(https:\/\/github\.com\/.*\/actions\/runs\/\d+\)/);
    const creates = suite.gh.callsTo('checks/create').at(-1)! as { body: any };
    expect((creates.body.output as { annotations: unknown[] }).annotations.length).toBeLessThanOrEqual(50);
    expect(suite.gh.violations).toEqual([]);
  }, 180_000);
});

describe('the Action on push (release-branch protection)', () => {
  const suite = e2eSuite();

  it('posts the check run on the pushed commit and no comment', async () => {
    const ws = suite.workspace(HEAD);
    const seeded = suite.gh.seedRepo({ name: 'rel', files: HEAD });
    const r = await runAction({ event: pushEvent({ ref: 'refs/heads/release/1.0', sha: seeded.baseSha }), apiUrl: suite.gh.url, cwd: ws, repository: seeded.fullName, inputs: { 'fail-on': 'never' }, timeoutMs: 120_000 });
    expect(r.exitCode).toBe(0);
    expect((suite.gh.callsTo('checks/create')[0] as { body: any }).body).toMatchObject({ head_sha: seeded.baseSha });
    expect(suite.gh.callsTo('issues/create-comment')).toEqual([]);
    expect(suite.gh.violations).toEqual([]);
  }, 120_000);
});
