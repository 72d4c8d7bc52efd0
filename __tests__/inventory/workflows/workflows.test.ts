import { fixtureInventory, job, memoryInventory, workflow } from './helpers.js';

describe('workflows inventory: workflows', () => {
  it('lists only .github/workflows files, not other YAML in .github', async () => {
    const inv = await fixtureInventory();
    expect(inv.workflows.workflows.map((w) => w.file.split('/').pop()).sort()).toEqual(['ci.yml', 'codeql.yml', 'deploy.yml', 'image.yml', 'never.yml', 'nightly.yml', 'release.yml', 'reusable-deploy.yml', 'yaml11.yml']);
  });

  it('reads name, triggers with filters, permissions, concurrency and env names', async () => {
    const ci = workflow(await fixtureInventory(), 'ci.yml');
    expect(ci).toMatchObject({ name: 'CI', line: 1, env: ['PYTHONUNBUFFERED', 'CODECOV_TOKEN'], reusable: false });
    expect(ci.triggers).toEqual([
      { event: 'pull_request', file: '.github/workflows/ci.yml', line: 3, pathsIgnore: ['docs/**'] },
      { event: 'push', file: '.github/workflows/ci.yml', line: 5, branches: ['main'] },
    ]);
    expect(ci.permissions).toMatchObject({ kind: 'map', scopes: { contents: 'read' }, line: 7 });
    expect(ci.concurrency).toMatchObject({ group: 'ci-${{ github.ref }}', cancelInProgress: true, line: 9 });
    const image = workflow(await fixtureInventory(), 'image.yml');
    expect(image.permissions).toMatchObject({ kind: 'write-all', line: 6 });
    expect(image.triggers[0]).toMatchObject({ event: 'push', branches: ['main'], tags: ['v*'] });
  });

  it('reads schedule crons, workflow_run, dispatch inputs, release types and workflow_call', async () => {
    const inv = await fixtureInventory();
    expect(workflow(inv, 'nightly.yml').triggers[0]).toMatchObject({ event: 'schedule', cron: ['0 2 * * *', '30 4 * * 0'], line: 3 });
    const deploy = workflow(inv, 'deploy.yml');
    expect(deploy.triggers).toEqual([
      expect.objectContaining({ event: 'workflow_run', workflows: ['Image'], types: ['completed'], branches: ['main'], line: 3 }),
      expect.objectContaining({ event: 'workflow_dispatch', inputs: ['version'], line: 7 }),
    ]);
    expect(deploy.concurrency).toMatchObject({ group: 'deploy-production', line: 15 });
    expect(workflow(inv, 'release.yml').triggers).toEqual([expect.objectContaining({ event: 'release', types: ['published'] })]);
    expect(workflow(inv, 'reusable-deploy.yml')).toMatchObject({ reusable: true, triggers: [expect.objectContaining({ event: 'workflow_call', inputs: ['environment'] })] });
  });

  it('reads jobs: runs-on, needs, if, environment, permissions, matrix, services, timeout', async () => {
    const inv = await fixtureInventory();
    const api = job(workflow(inv, 'ci.yml'), 'api');
    expect(api).toMatchObject({ line: 16, column: 3, name: 'API tests (py${{ matrix.python }})', runsOn: 'ubuntu-latest', timeoutMinutes: 20, services: ['postgres'] });
    expect(api.serviceImages).toEqual([{ name: 'postgres', image: 'postgres:16', line: 21 }]);
    expect(api.matrix).toEqual({ keys: ['python', 'os'], values: { python: ['3.11', '3.12'], os: ['ubuntu-latest'] }, line: 27 });
    const prod = job(workflow(inv, 'deploy.yml'), 'production');
    expect(prod).toMatchObject({ needs: ['staging'], if: "github.event.workflow_run.conclusion == 'success'", environment: { name: 'production', url: 'https://shop.example.com', line: 27 } });
    expect(prod.permissions).toMatchObject({ kind: 'map', scopes: { contents: 'read' } });
    expect(job(workflow(inv, 'deploy.yml'), 'staging').environment).toEqual({ name: 'staging', line: 19 });
    const analyze = job(workflow(inv, 'codeql.yml'), 'analyze');
    expect(analyze.permissions?.scopes).toEqual({ 'security-events': 'write', contents: 'read' });
    expect(job(workflow(inv, 'codeql.yml'), 'dependency-review').if).toBe("github.event_name == 'pull_request'");
  });

  it('reads steps: uses split into action and ref, SHA pinning, inputs, run text, env names, lines', async () => {
    const inv = await fixtureInventory();
    const api = job(workflow(inv, 'ci.yml'), 'api');
    expect(api.steps[0]).toMatchObject({ line: 31, action: 'actions/checkout', ref: 'b4ffde65f46336ab88eb53be808477a3936bae11', pinnedSha: true, refKind: 'sha' });
    expect(api.steps[1]).toMatchObject({ line: 32, action: 'actions/setup-python', ref: 'v5', pinnedSha: false, refKind: 'version', with: { 'python-version': '${{ matrix.python }}' } });
    expect(api.steps[4]).toMatchObject({ name: 'Tests', env: ['DATABASE_URL'], line: 38 });
    expect(api.steps[4].run).toContain('pytest -q api/tests');
    const analyze = job(workflow(inv, 'codeql.yml'), 'analyze');
    expect(analyze.steps[1].with).toEqual({ languages: '${{ matrix.language }}', 'config-file': './.github/codeql/codeql-config.yml' });
    const build = job(workflow(inv, 'image.yml'), 'build');
    const scan = build.steps.find((s) => s.action === 'aquasecurity/trivy-action')!;
    expect(scan).toMatchObject({ name: 'Scan image', ref: '0.24.0', line: 22 });
    expect(scan.with).toMatchObject({ 'scan-type': 'image', format: 'sarif', output: 'trivy.sarif' });
    expect(build.steps.find((s) => s.action === 'github/codeql-action/upload-sarif')).toMatchObject({ if: 'always()', with: { sarif_file: 'trivy.sarif' } });
  });

  it('never keeps a literal secret passed as a step input', async () => {
    const inv = await fixtureInventory();
    const login = job(workflow(inv, 'image.yml'), 'build').steps.find((s) => s.action === 'docker/login-action')!;
    expect(login.with).toEqual({ registry: 'ghcr.io', username: '${{ github.actor }}', password: '***' });
    expect(JSON.stringify(inv.workflows)).not.toContain('hunter2');
  });

  it('classifies jobs: tests, lint, scans with their tool, SARIF, docker, deploys with target, rollback, migrations', async () => {
    const inv = await fixtureInventory();
    const tags = (file: string, id: string) => job(workflow(inv, file), id).tags;
    expect(tags('ci.yml', 'api')).toEqual(expect.arrayContaining(['test', 'lint', 'migrations', 'coverage']));
    expect(tags('ci.yml', 'web')).toEqual(expect.arrayContaining(['test', 'lint', 'security-scan', 'security-scan:npm-audit']));
    expect(tags('codeql.yml', 'analyze')).toEqual(['security-scan', 'security-scan:codeql']);
    expect(tags('codeql.yml', 'dependency-review')).toContain('security-scan:dependency-review');
    expect(tags('codeql.yml', 'secrets')).toContain('security-scan:gitleaks');
    expect(tags('image.yml', 'build')).toEqual(expect.arrayContaining(['docker-build', 'docker-push', 'registry-login', 'security-scan:trivy', 'sarif-upload']));
    expect(tags('image.yml', 'build')).not.toContain('deploy');
    const prod = job(workflow(inv, 'deploy.yml'), 'production');
    expect(prod.deployTarget).toBe('production');
    expect(prod.tags).toEqual(expect.arrayContaining(['deploy', 'deploy:production', 'atomic-deploy', 'migrations', 'rollback']));
    expect(job(workflow(inv, 'deploy.yml'), 'staging')).toMatchObject({ deployTarget: 'staging', tags: expect.arrayContaining(['deploy', 'atomic-deploy']) });
    expect(tags('nightly.yml', 'load')).toContain('load-test');
    expect(tags('nightly.yml', 'e2e')).toEqual(expect.arrayContaining(['e2e', 'lighthouse']));
    expect(tags('nightly.yml', 'backup')).toEqual(['backup']);
  });

  it('records reusable workflow calls, local and remote, and lends the caller the called jobs\' tags', async () => {
    const inv = await fixtureInventory();
    expect(inv.workflows.reusableCalls).toEqual([
      expect.objectContaining({ job: 'preview', target: './.github/workflows/reusable-deploy.yml', local: true, path: '.github/workflows/reusable-deploy.yml', exists: true, line: 7, with: { environment: 'preview' }, secretsInherit: true }),
      expect.objectContaining({ job: 'infra', local: false, ref: '2f1e9a8c3b4d5e6f708192a3b4c5d6e7f8091a2b', pinnedSha: true, line: 12 }),
      expect.objectContaining({ job: 'missing', local: true, exists: false, line: 14 }),
    ]);
    const preview = job(workflow(inv, 'release.yml'), 'preview');
    expect(preview.tags).toEqual(expect.arrayContaining(['deploy', 'atomic-deploy']));
    expect(preview.deployTarget).toBe('development');
    // the called workflow's environment is an expression: no target of its own
    expect(job(workflow(inv, 'reusable-deploy.yml'), 'deploy').deployTarget).toBeUndefined();
  });
});

describe('workflows inventory: bad and odd input', () => {
  it('reports a malformed workflow with its line and goes on', async () => {
    const inv = await fixtureInventory();
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: '.github/workflows/broken.yml', code: 'yaml-syntax', line: 3 }));
    expect(inv.workflows.workflows.length).toBeGreaterThan(5);
  });

  it('keeps `on` a string key (YAML 1.2), reads a `true:` key written by a YAML 1.1 tool, and flags `on: true`', async () => {
    const inv = await fixtureInventory();
    expect(workflow(inv, 'yaml11.yml').triggers).toEqual([expect.objectContaining({ event: 'push', branches: ['main'], line: 4 })]);
    expect(workflow(inv, 'never.yml').triggers).toEqual([]);
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: '.github/workflows/never.yml', code: 'workflow-no-trigger', line: 2 }));
    const mem = await memoryInventory({ '.github/workflows/a.yml': 'on: push\njobs:\n  b:\n    runs-on: x\n    steps: []\n' });
    expect(mem.workflows.workflows[0].triggers).toEqual([{ event: 'push', file: '.github/workflows/a.yml', line: 1 }]);
    const list = await memoryInventory({ '.github/workflows/a.yaml': 'on: [push, pull_request]\njobs: {}\n' });
    expect(list.workflows.workflows[0].triggers.map((t) => [t.event, t.line])).toEqual([['push', 1], ['pull_request', 1]]);
  });

  it('survives workflows of the wrong shape', async () => {
    const inv = await memoryInventory({
      '.github/workflows/list.yml': '- a\n- b\n',
      '.github/workflows/empty.yml': '',
      '.github/workflows/nojobs.yml': 'on: push\n',
      '.github/workflows/odd.yml': 'on:\n  push: null\n  schedule: nope\njobs:\n  a: 3\n  b:\n    steps: [1, {run: null}, {uses: 7}]\n    needs: a\n    strategy: {matrix: "${{ fromJson(x) }}"}\n    environment: {url: x}\n',
    });
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: '.github/workflows/list.yml', code: 'workflow-not-a-map' }));
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: '.github/workflows/nojobs.yml', code: 'workflow-no-jobs' }));
    const odd = inv.workflows.workflows.find((w) => w.file.endsWith('odd.yml'))!;
    expect(odd.triggers.map((t) => t.event)).toEqual(['push', 'schedule']);
    expect(odd.jobs).toHaveLength(1);
    expect(odd.jobs[0]).toMatchObject({ id: 'b', needs: ['a'], matrix: { keys: [] } });
    expect(odd.jobs[0].environment).toBeUndefined();
    expect(odd.jobs[0].steps.map((s) => s.uses ?? null)).toEqual([null, null]);
  });
});
