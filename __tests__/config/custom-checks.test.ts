import { parseConfig, runConfiguredReview } from '../../src/config/index.js';
import { validateReport } from '../report/validate-report.js';
import { config, day, repo } from './helpers.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: api
          image: example/api:1.0
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  ports: [{port: 80}]
`;

const check = (id: string, select: string, assert: string, extra = '') => `checks:
  - id: ${id}
    en: ${id} title
    ko: ${id} 제목
    section: platform
    risk: high
    remedy: fix ${id}
${select ? `    select: ${select}\n` : ''}    assert: ${assert}
${extra}`;

async function judge(cfg: string, files: Record<string, string>, id: string) {
  const run = await runConfiguredReview(repo(files), config(cfg), { now: day('2026-01-01') });
  const report = run.apps[0].review.report;
  validateReport(report);
  return report.items.find((i) => i.id === id)!;
}

describe('custom checks', () => {
  it('JSON Schema over Kubernetes objects of a kind: scored like a built-in item, evidence at the offending line', async () => {
    const cfg = check('two-replicas', '{objects: kubernetes, kind: Deployment}', '{schema: {properties: {spec: {properties: {replicas: {minimum: 2}}}}}}');
    const item = await judge(cfg, { 'k8s/app.yaml': DEPLOYMENT }, 'two-replicas');
    expect(item).toMatchObject({ status: 'fail', section: 'platform', risk: 'high', weight: 3, en: 'two-replicas title', ko: 'two-replicas 제목', blocking: true, remedy: 'fix two-replicas' });
    expect(item.evidence[0]).toEqual({ file: 'k8s/app.yaml', line: 6, message: 'k8s/app.yaml#Deployment/api: /spec/replicas must be >= 2' });
    const ok = await judge(cfg, { 'k8s/app.yaml': DEPLOYMENT.replace('replicas: 1', 'replicas: 3') }, 'two-replicas');
    expect(ok.status).toBe('pass');
  });

  it('JSON Schema over compose services (the merged production model) and over selected files', async () => {
    const compose = 'services:\n  api:\n    image: example/api:1.0\n  worker:\n    image: example/worker:1.0\n    deploy:\n      resources: {limits: {memory: 256M}}\n';
    const item = await judge(check('limits', '{objects: compose-services}', '{schema: {required: [deploy]}}'), { 'docker-compose.yml': compose }, 'limits');
    expect(item.status).toBe('fail');
    expect(item.evidence.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual(['docker-compose.yml:2 docker-compose.yml#api: / must have required property \'deploy\'', 'docker-compose.yml:4 docker-compose.yml#worker matches the schema']);
    const files = await judge(check('settings', '{files: "config/*.json"}', '{schema: {required: [timeout]}}'), { 'config/a.json': '{"timeout": 5}', 'config/b.json': '{\n  "retries": 2\n}' }, 'settings');
    expect(files).toMatchObject({ status: 'fail', summary: '1 of 2 selected (config/*.json) do not match the schema: config/b.json' });
  });

  it('JSON Schema over workflow jobs and nginx server blocks', async () => {
    const wf = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    steps: [{run: make test}]\n  deploy:\n    runs-on: ubuntu-latest\n    steps: [{run: make deploy}]\n';
    const jobs = await judge(check('job-timeouts', '{objects: workflow-jobs}', '{schema: {required: [timeout-minutes]}}'), { '.github/workflows/ci.yml': wf, 'docker-compose.yml': 'services: {api: {image: a:1}}\n' }, 'job-timeouts');
    expect(jobs.evidence[0]).toEqual({ file: '.github/workflows/ci.yml', line: 7, message: ".github/workflows/ci.yml#deploy: / must have required property 'timeout-minutes'" });
    const conf = 'server {\n  listen 80;\n  server_name a.example.com;\n}\nserver {\n  listen 443 ssl;\n  ssl_certificate /etc/ssl/a.pem;\n}\n';
    const nginx = await judge(check('tls-everywhere', '{objects: nginx-servers}', '{schema: {required: [ssl_certificate]}}'), { 'nginx/conf.d/site.conf': conf, 'docker-compose.yml': 'services: {api: {image: a:1}}\n' }, 'tls-everywhere');
    expect(nginx).toMatchObject({ status: 'fail', summary: expect.stringContaining('1 of 2 selected (nginx-servers)') });
    expect(nginx.evidence[0]).toMatchObject({ file: 'nginx/conf.d/site.conf', line: 1 });
  });

  it('a required file beside each selected file, or anywhere in the app', async () => {
    const cfg = check('chart-readme', '{files: "charts/*/Chart.yaml"}', '{file: README.md}');
    const item = await judge(cfg, { 'charts/a/Chart.yaml': 'name: a\n', 'charts/a/README.md': '# a\n', 'charts/b/Chart.yaml': 'name: b\n' }, 'chart-readme');
    expect(item).toMatchObject({ status: 'fail', evidence: [{ file: 'charts/b/Chart.yaml', line: 0, message: 'no README.md beside charts/b/Chart.yaml' }, { file: 'charts/a/README.md', line: 0, message: 'README.md beside charts/a/Chart.yaml' }] });
    const anywhere = check('codeowners', '', '{file: .github/CODEOWNERS}');
    expect((await judge(anywhere, { 'docker-compose.yml': 'services: {api: {image: a:1}}\n' }, 'codeowners')).status).toBe('fail');
    expect((await judge(anywhere, { '.github/CODEOWNERS': '* @team\n' }, 'codeowners')).status).toBe('pass');
  });

  it('a pattern that must or must not match, at the matching lines', async () => {
    const files = { 'api/Dockerfile': 'FROM node:20-slim\nUSER node\n', 'web/Dockerfile': 'FROM nginx:latest\n' };
    const latest = await judge(check('no-latest', '{files: "**/Dockerfile"}', '{must-not-match: "^FROM \\\\S+:latest"}'), files, 'no-latest');
    expect(latest).toMatchObject({ status: 'fail', evidence: [{ file: 'web/Dockerfile', line: 1 }, { file: 'api/Dockerfile', line: 0 }] });
    const user = await judge(check('non-root', '{files: "**/Dockerfile"}', '{must-match: "^USER "}'), files, 'non-root');
    expect(user).toMatchObject({ status: 'fail', evidence: [{ file: 'web/Dockerfile', line: 0, message: 'does not contain /^USER /' }, { file: 'api/Dockerfile', line: 2 }] });
  });

  it('speaks Korean in Korean reports', async () => {
    const files = { 'api/Dockerfile': 'FROM node:20-slim\nUSER node\n', 'web/Dockerfile': 'FROM nginx:latest\n' };
    const latest = await judge(check('no-latest', '{files: "**/Dockerfile"}', '{must-not-match: "^FROM \\\\S+:latest"}'), files, 'no-latest');
    expect(latest.summaryKo).toBe('선택된 파일 2개 (**/Dockerfile) 중 1개에 /^FROM \\S+:latest/ 포함');
    expect(latest.evidence[0].ko).toBe('/^FROM \\S+:latest/ 포함');
    const none = await judge(check('no-latest', '{files: "**/Dockerfile"}', '{must-not-match: latest}'), { 'README.md': '# x\n' }, 'no-latest');
    expect(none.summaryKo).toBe('선택된 대상 없음: **/Dockerfile');
  });

  it('selecting nothing is not applicable', async () => {
    const item = await judge(check('no-latest', '{files: "**/Dockerfile"}', '{must-not-match: latest}'), { 'docker-compose.yml': 'services: {api: {image: a:1}}\n' }, 'no-latest');
    expect(item).toMatchObject({ status: 'not-applicable', points: null });
  });

  it('a schema that does not compile is an error at the keyword, with the closest keyword', () => {
    const r = parseConfig(check('x', '{objects: compose-services}', '\n      schema:\n        type: object\n        requried: [deploy]'), '.github/readiness.yml');
    expect(r.errors).toEqual([expect.objectContaining({ line: 12, column: 9, field: '/checks/0/assert/schema/requried', message: expect.stringMatching(/unknown keyword: "requried".*did you mean "required"/) })]);
    const wrongType = parseConfig(check('x', '{objects: compose-services}', '\n      schema:\n        type: objekt'), '.github/readiness.yml');
    expect(wrongType.errors[0]).toMatchObject({ line: 11, column: 9, field: '/checks/0/assert/schema/type', message: expect.stringContaining("the check's schema does not compile") });
  });
});
