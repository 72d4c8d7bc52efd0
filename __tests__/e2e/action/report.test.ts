/**
 * The scheduled report issue, the operational figures and the organisation scan, run as the
 * bundled Action against the loopback GitHub API.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runAction, scheduleEvent, workflowDispatchEvent } from '../runner.js';
import type { FakeGitHub } from '../fake-github/index.js';
import { e2eSuite } from '../suite.js';
import { readHistory } from '../../../src/report/issue/history.js';

const FILES: Record<string, string> = {
  'docker-compose.yml': ['services:', '  api:', '    build: ./api', '    environment:', '      JWT_SECRET_KEY: ${JWT_SECRET_KEY:-your-secret-key}', '    ports: ["8000:8000"]', '  db:', '    image: postgres:16', '    ports: ["5432:5432"]', ''].join('\n'),
  'api/Dockerfile': 'FROM python:3.12-slim\nUSER app\nCMD ["gunicorn", "app:app"]\n',
  'api/app.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/api/v1/health")\ndef health():\n    return {}\n',
  '.github/workflows/deploy.yml': ['name: Deploy', 'on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    environment: production', '    steps:', '      - uses: actions/checkout@v4', '      - run: kubectl apply -f k8s/', ''].join('\n'),
};

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');


interface Issue {
  number: number;
  state: string;
  title: string;
  body: string;
  labels: { name: string }[];
  assignees: { login: string }[];
  comments: number;
}

async function api<T>(gh: FakeGitHub, path: string): Promise<T> {
  const res = await fetch(`${gh.url}${path}`, { headers: { authorization: 'token test', 'user-agent': 'test', accept: 'application/vnd.github+json' } });
  return (await res.json()) as T;
}

const reports = async (gh: FakeGitHub, repo: string) => (await api<Issue[]>(gh, `/repos/${repo}/issues?state=all&per_page=100`)).filter((i) => i.body?.includes('readiness-gate:report'));

describe('scheduled report issues', () => {
  const suite = e2eSuite();

  const repoWith = (name: string, files = FILES) => {
    const seeded = suite.gh.seedRepo({ name, files });
    const run = (o: { files?: Record<string, string>; sha?: string; inputs?: Record<string, string>; dispatch?: boolean; env?: Record<string, string> } = {}) => {
      const ws = suite.workspace(o.files ?? files);
      const sha = o.sha ?? seeded.baseSha;
      const event = o.dispatch ? workflowDispatchEvent({ repo: name, sha }) : scheduleEvent({ repo: name, sha });
      return runAction({ inputs: o.inputs ?? {}, event, apiUrl: suite.gh.url, cwd: ws, repository: seeded.fullName, env: o.env, timeoutMs: 120_000 });
    };
    return { seeded, run };
  };

  it('creates the report issue, then updates it in place and extends the history', async () => {
    const { seeded, run } = repoWith('weekly');
    const first = await run({ inputs: { language: 'ko', 'issue-labels': 'readiness-report, ops', 'issue-assignees': 'platform-lead' } });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0); // the issue is the signal of a scheduled run, not a red job
    expect(first.outputs.passed).toBe('false');
    let list = await reports(suite.gh, seeded.fullName);
    expect(list).toHaveLength(1);
    const issue = list[0];
    expect(first.outputs['issue-number']).toBe(String(issue.number));
    expect(issue.labels.map((l) => l.name)).toEqual(['readiness-report', 'ops']);
    expect(issue.assignees.map((a) => a.login)).toEqual(['platform-lead']);
    expect(issue.title).toMatch(/^프로덕션 배포 준비 상태: octo-org\/weekly — \d+\.\d%$/);
    // the review's own structure, in Korean
    for (const h of ['## 1. 평가 개요', '## 2. 영역별 준비 상태', '## 3. 위험 평가', '### 3.1 기술적 위험', '## 4. 배포 체크리스트', '## 5. 성공 지표', '### 5.2 운영적 지표', '## 6. 권장사항', '## 7. 추이']) expect(issue.body).toContain(h);
    expect(issue.body).toContain('첫 번째 보고서입니다');
    // each finding links to its file and line at the scanned commit
    expect(issue.body).toContain(`/octo-org/weekly/blob/${seeded.baseSha}/docker-compose.yml#L5`);
    expect(issue.body).toMatch(/- \[ \] .+ — 미완료/);
    expect(readHistory(issue.body).entries).toHaveLength(1);

    // a week later, on a new commit: the secret default is gone
    const fixed = { ...FILES, 'docker-compose.yml': FILES['docker-compose.yml'].replace('${JWT_SECRET_KEY:-your-secret-key}', '${JWT_SECRET_KEY:?set it}') };
    const sha = suite.gh.commit(seeded.fullName, fixed, { parents: [seeded.baseSha], branch: 'main' });
    const second = await run({ files: fixed, sha, inputs: { language: 'ko' } });
    expect(second.exitCode).toBe(0);
    list = await reports(suite.gh, seeded.fullName);
    expect(list).toHaveLength(1);
    expect(list[0].number).toBe(issue.number);
    const h = readHistory(list[0].body);
    expect(h.entries.map((e) => e.sha)).toEqual([seeded.baseSha.slice(0, 7), sha.slice(0, 7)]);
    expect(list[0].body).toContain('```mermaid\nxychart-beta');
    expect(list[0].body).toMatch(/지난 보고 \(\d{4}-\d\d-\d\d\) 이후/);
    expect(list[0].body).toMatch(/개선된 항목 \(\d+\):[\s\S]*`prod-env-config`/);
    expect(suite.gh.callsTo('issues/create')).toHaveLength(1);
    expect(suite.gh.violations).toEqual([]);
  }, 240_000);

  it('closes the issue with a comment when the bar is met, and reopens it when it is missed again', async () => {
    const { seeded, run } = repoWith('closing');
    await run();
    const [issue] = await reports(suite.gh, seeded.fullName);
    expect(issue.state).toBe('open');
    const met = await run({ inputs: { 'fail-on': 'never' }, dispatch: true });
    expect(met.outputs.passed).toBe('true');
    let [after] = await reports(suite.gh, seeded.fullName);
    expect(after).toMatchObject({ number: issue.number, state: 'closed' });
    const comments = await api<{ body: string }[]>(suite.gh, `/repos/${seeded.fullName}/issues/${issue.number}/comments`);
    expect(comments.at(-1)!.body).toMatch(/meets the required stage/);
    // passing again: no new issue, the closed one keeps the history
    await run({ inputs: { 'fail-on': 'never' } });
    expect(await reports(suite.gh, seeded.fullName)).toHaveLength(1);
    await run();
    [after] = await reports(suite.gh, seeded.fullName);
    expect(after).toMatchObject({ number: issue.number, state: 'open' });
    expect(readHistory(after.body).entries.length).toBe(1); // same commit, same day: one data point
    expect(suite.gh.violations).toEqual([]);
  }, 240_000);

  it('leaves one open report issue when two scheduled runs race', async () => {
    const { seeded, run } = repoWith('racing');
    await Promise.all([run(), run()]);
    const list = await reports(suite.gh, seeded.fullName);
    expect(list.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(suite.gh.violations).toEqual([]);
  }, 240_000);

  it('measures deployment success rate and incident response from the API and holds them to the stage targets', async () => {
    const { seeded, run } = repoWith('operations');
    const deploy = (conclusion: string, minutesAgo: number) => ({ path: '.github/workflows/deploy.yml', name: 'Deploy', conclusion, created_at: ago(minutesAgo) });
    suite.gh.seedWorkflowRuns(seeded.fullName, [
      ...Array.from({ length: 18 }, (_, i) => deploy('success', 100 + i * 60)),
      deploy('failure', 50),
      deploy('cancelled', 40),
      // outside the 30-day window: not counted
      deploy('failure', 60 * 24 * 45),
      // another workflow: not a deployment
      { path: '.github/workflows/ci.yml', name: 'CI', conclusion: 'failure', created_at: ago(30) },
    ]);
    const oncall = { login: 'oncall', id: 6100, type: 'User' as const };
    const bot = { login: 'pager[bot]', id: 6200, type: 'Bot' as const };
    // responses after 10, 20 and 40 minutes: median 20
    suite.gh.seedIssue(seeded.fullName, { title: 'API down', labels: ['incident'], createdAt: ago(600), closedAt: ago(500), comments: [{ user: bot, at: ago(599) }, { user: oncall, at: ago(590) }] });
    suite.gh.seedIssue(seeded.fullName, { title: 'Slow DB', labels: ['incident'], createdAt: ago(400), closedAt: ago(300), comments: [{ user: oncall, at: ago(380) }] });
    suite.gh.seedIssue(seeded.fullName, { title: 'Login errors', labels: ['incident'], createdAt: ago(200), comments: [{ user: oncall, at: ago(160) }] });
    suite.gh.seedIssue(seeded.fullName, { title: 'Not an incident', labels: ['bug'], createdAt: ago(100), comments: [{ user: oncall, at: ago(99) }] });
    const r = await run();
    expect(r.exitCode).toBe(0);
    const [issue] = await reports(suite.gh, seeded.fullName);
    // 18 of 19 completed runs (the cancelled one is not counted): 94.7% misses the short-term 95%
    expect(issue.body).toMatch(/\| Deployment success rate \| 94\.7% \| ≥ 95% ❌ \| ≥ 98% ❌ \| ≥ 99% ❌ \|/);
    expect(issue.body).toContain('18 of 19 completed runs of `.github/workflows/deploy.yml` succeeded in the last 30 days (1 cancelled or skipped, not counted)');
    // median first response 20 min: meets short term (30), misses mid term (15)
    expect(issue.body).toMatch(/\| Incident response time \| 20 min \| ≤ 30 min ✅ \| ≤ 15 min ❌ \| ≤ 5 min ❌ \|/);
    expect(issue.body).toContain('3 issues labelled `incident`');
    expect(issue.body).toMatch(/System availability \| not measurable/);
    expect(suite.gh.violations).toEqual([]);
  }, 240_000);

  it('without issue permissions or with a failing API: a notice or warning, the report still in the summary and the record', async () => {
    const { seeded, run } = repoWith('locked');
    suite.gh.readOnly = true;
    try {
      const r = await run({ env: { RUNNER_TEMP: suite.tempDir() } });
      expect(r.exitCode).toBe(0);
      expect(r.summary).toContain('Readiness');
      expect(r.annotations.filter((a) => a.command === 'notice' && /issues: write/.test(a.message))).toHaveLength(1);
      expect(JSON.parse(readFileSync(r.outputs['record-json'], 'utf8'))).toMatchObject({ repository: seeded.fullName, passed: false });
    } finally {
      suite.gh.readOnly = false;
    }
    // the first write and its retries fail
    suite.gh.addScenario({ kind: 'server-error', status: 502, times: 4, match: { method: 'POST' } });
    try {
      const r = await run();
      expect(r.exitCode).toBe(0);
      expect(r.annotations.some((a) => a.command === 'warning' && /report issue could not be kept/.test(a.message))).toBe(true);
      expect(r.outputs['record-json']).toBeTruthy();
    } finally {
      suite.gh.scenarios.clear();
    }
  }, 240_000);

  it('keeps one issue per app, with the deployments of the root workflows', async () => {
    const app = (dir: string) => Object.fromEntries(Object.entries(FILES).filter(([k]) => !k.startsWith('.github/')).map(([k, v]) => [`${dir}/${k}`, v]));
    const files = { ...app('services/api'), ...app('services/web'), '.github/workflows/deploy.yml': FILES['.github/workflows/deploy.yml'], '.github/readiness.yml': 'apps:\n  - name: api\n    path: services/api\n  - name: web\n    path: services/web\n' };
    const { seeded, run } = repoWith('monorepo-report', files);
    suite.gh.seedWorkflowRuns(seeded.fullName, [1, 2, 3].map((i) => ({ path: '.github/workflows/deploy.yml', name: 'Deploy', conclusion: 'success', created_at: ago(100 * i) })));
    const r = await run();
    expect(r.exitCode).toBe(0);
    const list = await reports(suite.gh, seeded.fullName);
    expect(list.map((i) => i.title).sort()).toEqual([expect.stringContaining('octo-org/monorepo-report (services/api)'), expect.stringContaining('octo-org/monorepo-report (services/web)')]);
    for (const issue of list) expect(issue.body).toMatch(/\| Deployment success rate \| 100% \|/);
    expect(suite.gh.violations).toEqual([]);
  }, 240_000);

  it('says what it cannot measure instead of inventing a number', async () => {
    const noDeploy = { ...FILES };
    delete noDeploy['.github/workflows/deploy.yml'];
    const { seeded, run } = repoWith('unmeasured', noDeploy);
    await run();
    const [issue] = await reports(suite.gh, seeded.fullName);
    expect(issue.body).toMatch(/\| Deployment success rate \| not measurable \|/);
    expect(issue.body).toContain('no workflow deploys');
    expect(issue.body).toContain('no issue labelled `incident` was opened in the last 30 days');
  }, 240_000);
});

describe('organisation scans', () => {
  const suite = e2eSuite();

  it('lists the repositories, scans each through the API, and files one issue worst first', async () => {
    const good = { ...FILES, 'docker-compose.yml': 'services:\n  api:\n    image: example/api:1.2.3\n    deploy:\n      replicas: 2\n      resources:\n        limits: {cpus: "1", memory: 512M}\n' };
    suite.gh.seedRepo({ owner: 'acme', name: 'alpha', files: FILES });
    suite.gh.seedRepo({ owner: 'acme', name: 'beta', files: good });
    suite.gh.seedRepo({ owner: 'acme', name: 'gamma', files: { 'README.md': '# docs only\n' } });
    suite.gh.seedRepo({ owner: 'acme', name: 'hub', files: { 'README.md': '# hub\n' } });
    const ws = suite.tempDir();
    const event = scheduleEvent({ owner: 'acme', repo: 'hub' });
    const step = (inputs: Record<string, string>, env: Record<string, string> = {}) => runAction({ inputs, event, apiUrl: suite.gh.url, cwd: ws, repository: 'acme/hub', env, timeoutMs: 120_000 });

    const listed = await step({ mode: 'list', owner: 'acme', repositories: 'acme/missing' });
    const repos = JSON.parse(listed.outputs.repositories) as string[];
    expect(repos).toEqual(['acme/missing', 'acme/alpha', 'acme/beta', 'acme/gamma', 'acme/hub']);

    // the matrix: one job per repository, each writing its record to its own RUNNER_TEMP
    const records = join(ws, 'records');
    for (const repo of repos) {
      const temp = join(ws, 'tmp', repo.replace('/', '_'));
      mkdirSync(temp, { recursive: true });
      const r = await step({ mode: 'report', repository: repo, issue: 'false' }, { RUNNER_TEMP: temp });
      expect(r.outputs['record-json']).toBeTruthy();
      if (repo === 'acme/missing') expect(r.exitCode).toBe(1);
      else expect(r.exitCode).toBe(0);
      // actions/upload-artifact + download-artifact: one folder per artifact
      expect(dirname(r.outputs['record-json'])).toBe(join(temp, 'readiness-records'));
      const dest = join(records, repo.replace('/', '_'));
      mkdirSync(dest, { recursive: true });
      for (const f of readdirSync(join(temp, 'readiness-records'))) writeFileSync(join(dest, f), readFileSync(join(temp, 'readiness-records', f)));
    }
    // no repository was cloned: the trees and blobs came through the API, and no issue was filed in them
    expect(suite.gh.callsTo('git/get-tree').length).toBeGreaterThanOrEqual(4);
    expect(suite.gh.callsTo('issues/create')).toHaveLength(0);

    const agg = await step({ mode: 'aggregate', records: 'records', owner: 'acme' });
    expect(agg.exitCode).toBe(0);
    expect(agg.outputs['repository-count']).toBe('5');
    const issues = await api<Issue[]>(suite.gh, '/repos/acme/hub/issues?state=all');
    const org = issues.filter((i) => i.body.includes('readiness-gate:report org:acme'));
    expect(org).toHaveLength(1);
    const rows = org[0].body.split('\n').filter((l) => l.startsWith('| [') || l.startsWith('| acme'));
    expect(rows.map((l) => /acme\/(\w+)/.exec(l)![1])).toEqual(['missing', 'alpha', 'beta', 'gamma', 'hub']);
    expect(rows[0]).toMatch(/not scanned/);
    expect(rows[1]).toMatch(/❌/);
    expect(org[0].title).toMatch(/acme — 5 repositories/);
    expect(suite.gh.violations).toEqual([]);
  }, 600_000);
});
