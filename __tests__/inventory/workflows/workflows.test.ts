import { FsSource } from '../../../src/source/fs-source.js';
import { MemorySource } from '../../../src/source/memory-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import type { Workflow } from '../../../src/inventory/workflows/index.js';

describe('workflows inventory', () => {
  it('reads triggers, jobs, environments, steps and what they do', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/workflows'));
    const w: Record<string, Workflow> = Object.fromEntries(inv.workflows.workflows.map((x) => [x.file.split('/').pop()!, x]));
    expect(Object.keys(w).sort()).toEqual(['ci.yml', 'codeql.yml', 'deploy.yml']);
    expect(w['ci.yml'].triggers.map((t) => t.event)).toEqual(['pull_request', 'push']);
    expect(w['ci.yml'].jobs.map((j) => [j.id, j.tags])).toEqual([
      ['test', ['test']],
      ['web', ['test', 'e2e']],
    ]);
    expect(w['ci.yml'].jobs[0].steps[0]).toMatchObject({ pinnedSha: true, line: 18 });
    expect(w['codeql.yml'].triggers.find((t) => t.event === 'schedule')!.cron).toEqual(['17 3 * * 1']);
    expect(w['codeql.yml'].jobs.flatMap((j) => j.tags)).toEqual(expect.arrayContaining(['security-scan:codeql', 'security-scan:trivy', 'sarif-upload']));
    const prod = w['deploy.yml'].jobs.find((j) => j.id === 'production')!;
    expect(prod.environment).toEqual({ name: 'production', line: 15 });
    expect(prod.tags).toEqual(expect.arrayContaining(['deploy', 'atomic-deploy', 'migrations', 'rollback', 'docker-push']));
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: '.github/workflows/broken.yml', code: 'yaml-syntax' }));
  });

  it('reads dependabot, renovate json5 and the ecosystems in use', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/workflows'));
    expect(inv.workflows.dependabot!.updates.map((u) => [u.ecosystem, u.directory, u.line])).toEqual([['pip', '/api', 3], ['github-actions', '/', 7]]);
    expect(inv.workflows.renovate).toMatchObject({ extends: ['config:recommended'] });
    const eco = Object.fromEntries(inv.workflows.ecosystems.map((e) => [e.ecosystem, e.dirs]));
    expect(eco).toMatchObject({ pip: ['/api'], npm: ['/web'], docker: ['/api'], 'github-actions': ['/'] });
  });

  it('keeps `on` a string key (YAML 1.2) and ignores non-workflow files in .github', async () => {
    const inv = await buildInventory(new MemorySource({ '.github/workflows/a.yml': 'on: push\njobs:\n  b:\n    runs-on: x\n    steps: []\n', '.github/notify.yml': 'notifications: {}\n' }));
    expect(inv.workflows.workflows).toHaveLength(1);
    expect(inv.workflows.workflows[0].triggers).toEqual([{ event: 'push', line: 1 }]);
  });
});
