import { startFakeGitHub, gitHash, type FakeGitHub, type SeededRepo } from './index.js';
import { jest } from '@jest/globals';
import { createClient } from '../../../src/github/client.js';

const HEADERS = {
  authorization: 'token ghs_test',
  accept: 'application/vnd.github.v3+json',
  'user-agent': 'readiness-gate-test',
  'content-type': 'application/json; charset=utf-8',
};

let gh: FakeGitHub;
let repo: SeededRepo;

async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = HEADERS) {
  const res = await fetch(path.startsWith('http') ? path : `${gh.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, data: text ? JSON.parse(text) : undefined };
}

const R = () => `/repos/${repo.fullName}`;

// the OpenAPI description is read once per process: pay for it outside the tests' own timeouts
beforeAll(async () => (await startFakeGitHub()).close(), 60_000);

beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.seedRepo({
    files: { 'README.md': '# service\n', 'deploy/k8s/app.yaml': 'kind: Deployment\n', 'Dockerfile': 'FROM node:20\n' },
    pullRequest: { number: 7, files: { 'README.md': '# service\n', 'deploy/k8s/app.yaml': 'kind: Deployment\nreplicas: 2\n' } },
  });
});

afterEach(async () => {
  // whatever the test provoked, the fake's own answers keep GitHub's documented shapes
  expect(gh.violations.filter((v) => v.kind === 'response' || v.kind === 'unimplemented')).toEqual([]);
  await gh.close();
});

describe('fake GitHub: requests against the OpenAPI description', () => {
  it('creates, updates, lists and deletes issue comments with no violation', async () => {
    const created = await api('POST', `${R()}/issues/7/comments`, { body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.data.user.login).toBe('github-actions[bot]');
    expect(created.headers.get('x-ratelimit-remaining')).toBe('4999');
    const updated = await api('PATCH', `${R()}/issues/comments/${created.data.id}`, { body: 'edited' });
    expect(updated.data.body).toBe('edited');
    expect((await api('DELETE', `${R()}/issues/comments/${created.data.id}`)).status).toBe(204);
    expect((await api('DELETE', `${R()}/issues/comments/${created.data.id}`)).status).toBe(404);
    expect((await api('GET', `${R()}/issues/7/comments`)).data).toEqual([]);
    expect(gh.violations).toEqual([]);
    expect(gh.callsTo('issues/create-comment')).toHaveLength(1);
  });

  it('refuses an annotation with a bad level as GitHub does, and records the violation', async () => {
    const res = await api('POST', `${R()}/check-runs`, {
      name: 'readiness',
      head_sha: repo.headSha,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: [{ path: 'Dockerfile', start_line: 1, end_line: 1, annotation_level: 'error', message: 'm' }] },
    });
    expect(res.status).toBe(422);
    expect(res.data.message).toMatch(/^Invalid request\.\n\nFor 'output\/annotations\/0\/annotation_level', "error" is not a member of \["notice","warning","failure"\]/);
    expect(gh.violations).toEqual([expect.objectContaining({ kind: 'body', operationId: 'checks/create' })]);
  });

  it('records unknown routes, wrong methods, unknown query parameters and missing headers', async () => {
    expect((await api('GET', `${R()}/no-such-thing`)).status).toBe(404);
    expect((await api('PUT', `${R()}/issues/7/comments`, { body: 'x' })).status).toBe(404);
    expect((await api('GET', `${R()}/issues/7/comments?perpage=100`)).status).toBe(200);
    expect((await api('GET', `${R()}/issues/7/comments`, undefined, { 'user-agent': 'x', accept: 'application/json' })).status).toBe(401);
    expect((await api('GET', `${R()}/issues?state=closedish`)).status).toBe(422);
    expect(gh.violations.map((v) => v.kind)).toEqual(['unknown-route', 'unknown-route', 'query', 'headers', 'params']);
  });

  it('paginates 250 comments with per_page capped at 100 and a Link header', async () => {
    gh.seedComments(repo.fullName, 7, 250);
    const first = await api('GET', `${R()}/issues/7/comments?per_page=500`);
    expect(first.data).toHaveLength(100);
    const link = first.headers.get('link')!;
    expect(link).toContain('rel="next"');
    expect(link).toMatch(/page=3>; rel="last"/);
    let next: string | undefined = `${gh.url}${R()}/issues/7/comments?per_page=100`;
    const ids: number[] = [];
    while (next) {
      const page = await api('GET', next);
      ids.push(...page.data.map((c: { id: number }) => c.id));
      next = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1];
    }
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(gh.violations.filter((v) => v.kind !== 'query')).toEqual([]);
  });

  it('enforces the 65,536 character body limit with GitHub error shape', async () => {
    expect((await api('POST', `${R()}/issues/7/comments`, { body: 'x'.repeat(65_536) })).status).toBe(201);
    const res = await api('POST', `${R()}/issues/7/comments`, { body: 'x'.repeat(65_537) });
    expect(res.status).toBe(422);
    expect(res.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: expect.stringContaining('docs.github.com'),
      status: '422',
    });
    expect((await api('POST', `${R()}/issues`, { title: 'x', body: 'y'.repeat(65_537) })).data.errors[0]).toMatchObject({ resource: 'Issue', field: 'body' });
  });

  it('refuses 51 annotations and appends batches of 50 on update', async () => {
    const ann = (n: number) => Array.from({ length: n }, (_, i) => ({ path: 'Dockerfile', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', message: `m${i}` }));
    const base = { name: 'readiness', head_sha: repo.headSha!, status: 'completed', conclusion: 'neutral', completed_at: new Date().toISOString() };
    expect((await api('POST', `${R()}/check-runs`, { ...base, output: { title: 't', summary: 's', annotations: ann(51) } })).status).toBe(422);
    const run = await api('POST', `${R()}/check-runs`, { ...base, output: { title: 't', summary: 's', annotations: ann(50) } });
    expect(run.status).toBe(201);
    await api('PATCH', `${R()}/check-runs/${run.data.id}`, { output: { title: 't', summary: 's', annotations: ann(20) } });
    expect(gh.state.get(repo.fullName).annotations.get(run.data.id)).toHaveLength(70);
    const listed = await api('GET', `${R()}/commits/${repo.headSha}/check-runs`);
    expect(listed.data).toMatchObject({ total_count: 1, check_runs: [{ id: run.data.id, output: { annotations_count: 70 }, pull_requests: [{ number: 7 }] }] });
    expect((await api('PATCH', `${R()}/check-runs/${run.data.id}`, { output: { summary: 'x'.repeat(65_536) } })).status).toBe(422);
    expect((await api('POST', `${R()}/check-runs`, { ...base, head_sha: 'f'.repeat(40) })).data.message).toMatch(/No commit found/);
  });

  it('serves the base commit as tree and blobs with real git hashes', async () => {
    const tree = await api('GET', `${R()}/git/trees/${repo.baseSha}?recursive=1`);
    expect(tree.data.truncated).toBe(false);
    const paths = tree.data.tree.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['Dockerfile', 'README.md', 'deploy', 'deploy/k8s', 'deploy/k8s/app.yaml']);
    const readme = tree.data.tree.find((e: { path: string }) => e.path === 'README.md');
    expect(readme.sha).toBe(gitHash('blob', Buffer.from('# service\n')));
    const blob = await api('GET', `${R()}/git/blobs/${readme.sha}`);
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('# service\n');
    const commit = await api('GET', `${R()}/git/commits/${repo.headSha}`);
    expect(commit.data.parents[0].sha).toBe(repo.baseSha);
    const content = await api('GET', `${R()}/contents/deploy/k8s/app.yaml?ref=${repo.headSha}`);
    expect(Buffer.from(content.data.content, 'base64').toString()).toContain('replicas: 2');
    const files = await api('GET', `${R()}/pulls/7/files`);
    expect(files.data.map((f: { filename: string; status: string }) => `${f.status} ${f.filename}`)).toEqual(['removed Dockerfile', 'modified deploy/k8s/app.yaml']);
    const pr = await api('GET', `${R()}/pulls/7`);
    expect(pr.data).toMatchObject({ number: 7, head: { sha: repo.headSha }, base: { sha: repo.baseSha, ref: 'main' }, changed_files: 2 });
    expect(gh.violations).toEqual([]);
  });

  it('lists issues by label, state and creator, and workflow runs by created and status', async () => {
    await api('POST', `${R()}/issues`, { title: 'Readiness', labels: ['readiness'] });
    await api('POST', `${R()}/issues`, { title: 'Other' });
    const found = await api('GET', `${R()}/issues?labels=readiness&state=open&creator=github-actions[bot]`);
    expect(found.data.map((i: { title: string }) => i.title)).toEqual(['Readiness']);
    await api('PATCH', `${R()}/issues/${found.data[0].number}`, { state: 'closed', state_reason: 'not_planned' });
    expect((await api('GET', `${R()}/issues?labels=readiness`)).data).toEqual([]);
    expect((await api('GET', `${R()}/labels/readiness`)).status).toBe(200);
    expect((await api('POST', `${R()}/labels`, { name: 'readiness', color: 'ff0000' })).data.errors[0].code).toBe('already_exists');
    gh.seedWorkflowRuns(repo.fullName, [
      { path: '.github/workflows/deploy.yml', created_at: '2025-01-01T10:00:00Z', conclusion: 'failure' },
      { path: '.github/workflows/deploy.yml', created_at: '2025-02-01T10:00:00Z' },
      { path: '.github/workflows/ci.yml', created_at: '2025-02-02T10:00:00Z' },
    ]);
    const runs = await api('GET', `${R()}/actions/workflows/deploy.yml/runs?created=>=2025-01-15&status=success`);
    expect(runs.data.total_count).toBe(1);
    expect((await api('GET', `${R()}/actions/runs?status=failure`)).data.workflow_runs).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });
});

describe('fake GitHub: scenarios', () => {
  it('answers a primary rate limit as GitHub does', async () => {
    gh.addScenario({ kind: 'primary-rate-limit', status: 429, resetInSeconds: 30 });
    const res = await api('GET', `${R()}/issues/7/comments`);
    expect(res.status).toBe(429);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 25);
    expect(res.data.message).toMatch(/API rate limit exceeded/);
    expect((await api('GET', `${R()}/issues/7/comments`)).status).toBe(200);
  });

  it('runs out of quota for real', async () => {
    const small = await startFakeGitHub({ rateLimit: 2 });
    small.seedRepo();
    const get = () => fetch(`${small.url}/repos/octo-org/service`, { headers: HEADERS });
    expect((await get()).status).toBe(200);
    expect((await get()).headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await get()).status).toBe(403);
    await small.close();
  });

  it('answers a secondary rate limit with retry-after', async () => {
    gh.addScenario({ kind: 'secondary-rate-limit', retryAfter: 3, match: { operationId: 'issues/create-comment' } });
    expect((await api('GET', `${R()}/issues/7/comments`)).status).toBe(200);
    const res = await api('POST', `${R()}/issues/7/comments`, { body: 'x' });
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.data.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(gh.state.get(repo.fullName).comments.size).toBe(0);
  });

  it('answers 5xx for the next N calls, then recovers', async () => {
    gh.addScenario({ kind: 'server-error', status: 502, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api('GET', `${R()}/pulls/7`)).status);
    expect(statuses).toEqual([502, 502, 200]);
    expect(gh.calls.map((c) => c.status)).toEqual([502, 502, 200]);
  });

  it('delays answers and can hang until the client gives up', async () => {
    gh.addScenario({ kind: 'delay', ms: 150 });
    const t0 = Date.now();
    await api('GET', `${R()}/pulls/7`);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    gh.addScenario({ kind: 'hang' });
    await expect(fetch(`${gh.url}${R()}/pulls/7`, { headers: HEADERS, signal: AbortSignal.timeout(100) })).rejects.toThrow();
  });

  it('refuses every write of a read-only token with 403', async () => {
    gh.readOnly = true;
    const res = await api('POST', `${R()}/issues/7/comments`, { body: 'x' });
    expect(res.status).toBe(403);
    expect(res.data.message).toBe('Resource not accessible by integration');
    expect((await api('POST', `${R()}/check-runs`, { name: 'n', head_sha: repo.headSha })).status).toBe(403);
    expect((await api('GET', `${R()}/issues/7/comments`)).status).toBe(200);
  });

  it('lets two concurrent creates both succeed', async () => {
    gh.addScenario({ kind: 'delay', ms: 50, times: 2, match: { method: 'GET' } });
    const [a, b] = await Promise.all([api('GET', `${R()}/issues/7/comments`), api('GET', `${R()}/issues/7/comments`)]);
    expect([a.data, b.data]).toEqual([[], []]);
    const created = await Promise.all([api('POST', `${R()}/issues/7/comments`, { body: 'a' }), api('POST', `${R()}/issues/7/comments`, { body: 'b' })]);
    expect(created.map((c) => c.status)).toEqual([201, 201]);
    expect(created[0].data.id).not.toBe(created[1].data.id);
    expect((await api('GET', `${R()}/issues/7/comments`)).data).toHaveLength(2);
  });

  it("is understood by the Action's client: secondary limits waited out, 5xx retried", async () => {
    process.env.GITHUB_API_URL = gh.url;
    const log = { info: jest.fn<(m: string) => void>(), warning: jest.fn<(m: string) => void>() };
    const client = createClient('ghs_test', log);
    gh.addScenario({ kind: 'secondary-rate-limit', retryAfter: 1 }, { kind: 'server-error', status: 503 });
    const { data } = await client.rest.issues.createComment({ owner: repo.owner, repo: repo.name, issue_number: 7, body: 'hi' });
    expect(data.body).toBe('hi');
    expect(gh.calls.map((c) => c.status)).toEqual([403, 503, 201]);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/secondary rate limit/));
    gh.addScenario({ kind: 'primary-rate-limit', resetInSeconds: 3600 });
    await expect(client.rest.pulls.get({ owner: repo.owner, repo: repo.name, pull_number: 7 })).rejects.toMatchObject({ status: 403 });
    expect(log.warning).toHaveBeenCalledWith(expect.stringMatching(/primary rate limit .* giving up/));
    delete process.env.GITHUB_API_URL;
  }, 20_000);
});
