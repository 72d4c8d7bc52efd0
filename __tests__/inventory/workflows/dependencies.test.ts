import { json5ToJson } from '../../../src/inventory/workflows/json5.js';
import { fixtureInventory, memoryInventory } from './helpers.js';

describe('workflows inventory: dependency updates and ecosystems', () => {
  it('reads dependabot updates with ecosystem, directories, schedule and lines', async () => {
    const d = (await fixtureInventory()).workflows.dependabot!;
    expect(d.file).toBe('.github/dependabot.yml');
    expect(d.updates.map((u) => [u.ecosystem, u.directories, u.schedule, u.line, u.scheduleLine])).toEqual([
      ['pip', ['/api'], 'weekly', 3, 5],
      ['github-actions', ['/'], 'monthly', 7, 9],
      ['docker', ['/api', '/worker'], 'weekly', 11, 13],
    ]);
    expect(d.updates[2]).toMatchObject({ directory: '/api', targetBranch: 'develop' });
  });

  it('reads renovate.json5 with comments, single quotes, bare keys and trailing commas', async () => {
    expect((await fixtureInventory()).workflows.renovate).toEqual({ file: 'renovate.json5', line: 1, extends: ['config:recommended', ':semanticCommits'], enabledManagers: ['npm', 'dockerfile'], enabled: true });
  });

  it('finds renovate in package.json, prefers a renovate.json, and reports an unreadable one', async () => {
    const pkg = await memoryInventory({ 'package.json': '{\n  "name": "x",\n  "renovate": {"extends": ["config:base"], "enabled": false}\n}\n' });
    expect(pkg.workflows.renovate).toEqual({ file: 'package.json', line: 3, extends: ['config:base'], enabled: false });
    const both = await memoryInventory({ 'package.json': '{"renovate": {}}', '.github/renovate.json': '{"extends": ["a"]}' });
    expect(both.workflows.renovate?.file).toBe('.github/renovate.json');
    const bad = await memoryInventory({ '.renovaterc': '{ extends: [' });
    expect(bad.workflows.renovate).toMatchObject({ file: '.renovaterc', unreadable: true });
    expect(bad.diagnostics).toContainEqual(expect.objectContaining({ file: '.renovaterc', code: 'renovate-unreadable' }));
  });

  it('json5ToJson keeps // inside strings and handles escapes', () => {
    const text = "{\n  // c\n  url: 'https://x.example/a//b', q: 'it\\'s \"quoted\"', list: [1, 2,],\n}";
    expect(JSON.parse(json5ToJson(text))).toEqual({ url: 'https://x.example/a//b', q: 'it\'s "quoted"', list: [1, 2] });
  });

  it('records the ecosystems used with their directories, skipping vendored and fixture folders', async () => {
    const eco = Object.fromEntries((await fixtureInventory()).workflows.ecosystems.map((e) => [e.ecosystem, e.dirs]));
    expect(eco).toEqual({ 'github-actions': ['/'], docker: ['/', '/api'], pip: ['/api'], terraform: ['/infra'], npm: ['/web'] });
    const inv = await memoryInventory({ 'go.mod': 'module x', 'svc/pom.xml': '<project/>', 'app/build.gradle.kts': '', 'rs/Cargo.toml': '', 'php/composer.json': '{}', 'rb/Gemfile': '', 'net/App.csproj': '<Project/>', 'vendor/x/go.mod': '', 'deploy/compose.prod.yaml': 'services: {}\n' });
    expect(Object.fromEntries(inv.workflows.ecosystems.map((e) => [e.ecosystem, e.dirs]))).toEqual({ gomod: ['/'], maven: ['/svc'], gradle: ['/app'], cargo: ['/rs'], composer: ['/php'], bundler: ['/rb'], nuget: ['/net'], docker: ['/deploy'] });
  });

  it('reads CodeQL config files', async () => {
    expect((await fixtureInventory()).workflows.codeql).toEqual([{ file: '.github/codeql/codeql-config.yml', line: 1, name: 'shop codeql', queries: ['security-extended'], paths: ['api', 'web/src'], pathsIgnore: ['**/tests/**'] }]);
  });

  it('describes workflows, dependabot coverage and ecosystems in file:line lines', async () => {
    const { workflowsCollector } = await import('../../../src/inventory/workflows/index.js');
    const lines = workflowsCollector.describe((await fixtureInventory()).workflows);
    expect(lines).toContain('.github/workflows/deploy.yml:1 Deploy — workflow_run(main), workflow_dispatch; jobs: staging [deploy→staging, atomic-deploy], production [deploy→production, migrations, atomic-deploy, rollback]; permissions map');
    expect(lines.find((l) => l.startsWith('.github/workflows/codeql.yml:1'))).toContain('analyze [security-scan(codeql)]');
    expect(lines).toContain('.github/dependabot.yml:2 dependabot does not cover: terraform, npm');
  });
});
