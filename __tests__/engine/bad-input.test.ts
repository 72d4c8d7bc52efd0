import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsSource } from '../../src/source/fs-source.js';
import { buildInventory } from '../../src/engine/inventory.js';

// Every kind of bad input at once: each becomes a diagnostic with file (and line where there
// is one), and the good files around them are still inventoried.
describe('bad input never crashes the inventory', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rg-bad-'));
    outside = mkdtempSync(join(tmpdir(), 'rg-out-'));
    const w = (p: string, c: string | Buffer) => {
      mkdirSync(join(root, p, '..'), { recursive: true });
      writeFileSync(join(root, p), c);
    };
    w('docker-compose.yml', 'services:\n  ok:\n    image: nginx:1.27\n');
    w('k8s/broken.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n');
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) bomb.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    w('k8s/bomb.yaml', 'apiVersion: v1\nkind: ConfigMap\n' + bomb.join('\n') + '\n');
    w('k8s/deep.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: ' + '['.repeat(300) + ']'.repeat(300) + '\n');
    w('k8s/latin1.yaml', Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf'), Buffer.from([0xe9]), Buffer.from('}\n')]));
    w('logs/huge.log', Buffer.alloc(50 * 1024 * 1024, 0x61));
    w('docs/huge.md', Buffer.alloc(3 * 1024 * 1024, 0x61));
    w('k8s/binary.yaml', Buffer.from([0x00, 0x01, 0x02, 0x03]));
    w('compose/loop/docker-compose.yml', 'services:\n  a:\n    extends: {file: other.yml, service: b}\n');
    w('compose/loop/other.yml', 'services:\n  b:\n    extends: {file: docker-compose.yml, service: a}\n');
    w('k8s/good.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers: [{name: web, image: "web:1.0.0"}]\n');
    writeFileSync(join(outside, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\n');
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'k8s/escape.yaml'));
    symlinkSync(join(root, 'nope.yaml'), join(root, 'k8s/dangling.yaml'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('reports each problem where it is and inventories the rest', async () => {
    const inv = await buildInventory(new FsSource(root));
    const codes = (file: string) => inv.diagnostics.filter((d) => d.file === file).map((d) => d.code);
    expect(codes('k8s/broken.yaml')).toContain('yaml-syntax');
    expect(inv.diagnostics.find((d) => d.file === 'k8s/broken.yaml')!.line).toBeGreaterThan(0);
    expect(inv.diagnostics.find((d) => d.file === 'k8s/bomb.yaml')?.message).toMatch(/alias/);
    expect(codes('k8s/deep.yaml')).toContain('yaml-syntax');
    expect(codes('k8s/latin1.yaml')).toContain('not-utf8');
    expect(codes('docs/huge.md')).toContain('file-too-large');
    expect(codes('k8s/binary.yaml')).toContain('binary-file');
    expect(codes('k8s/escape.yaml')).toContain('symlink-escapes');
    expect(codes('k8s/dangling.yaml')).toContain('symlink-dangling');
    expect(inv.diagnostics.some((d) => d.code === 'compose-extends-loop' && d.line)).toBe(true);
    // the huge log is listed (and judged a leftover) without being read
    expect(inv.secrets.findings).toContainEqual(expect.objectContaining({ kind: 'log-file', file: 'logs/huge.log' }));
    expect(inv.kubernetes.workloads.map((w) => w.name)).toEqual(['web']);
    expect(inv.compose.projects.find((p) => p.dir === '')!.services.map((s) => s.name)).toEqual(['ok']);
    expect(inv.diagnostics.filter((d) => d.code === 'collector-failed')).toEqual([]);
  });
});
