import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FsSource } from '../../src/source/fs-source.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rg-src-'));
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), content);
  }
  return root;
}

describe('FsSource', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('walks files, skipping dependency and VCS folders and what .gitignore ignores', async () => {
    const root = tree({
      'a.yml': 'x: 1',
      'node_modules/pkg/index.js': '',
      '.git/config': '',
      'build/out.txt': '',
      'sub/.gitignore': 'secret.txt\n',
      'sub/secret.txt': '',
      'sub/keep.txt': '',
      '.gitignore': 'build/\n*.tmp\n',
      'x.tmp': '',
    });
    made.push(root);
    const { files } = await new FsSource(root).list();
    expect(files.map((f) => f.path)).toEqual(['.gitignore', 'a.yml', 'sub/.gitignore', 'sub/keep.txt']);
    expect(files[1]).toMatchObject({ name: 'a.yml', dir: '', ext: '.yml', size: 4 });
  });

  it('follows symlinks inside the repository, never outside, and reports dangling ones', async () => {
    const outside = tree({ 'secret.txt': 'nope' });
    const root = tree({ 'real/file.txt': 'ok' });
    made.push(outside, root);
    symlinkSync(join(root, 'real/file.txt'), join(root, 'inside-link.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'));
    symlinkSync(join(root, 'missing.txt'), join(root, 'dangling.txt'));
    symlinkSync(join(root, 'real'), join(root, 'dirlink'));
    const { files, diagnostics } = await new FsSource(root).list();
    expect(files.map((f) => f.path)).toEqual(['inside-link.txt', 'real/file.txt']);
    const codes = Object.fromEntries(diagnostics.map((d) => [d.file, d.code]));
    expect(codes).toEqual({ 'escape.txt': 'symlink-escapes', 'dangling.txt': 'symlink-dangling', dirlink: 'symlink-dir' });
  });

  it('in a git work tree lists tracked files even when a .gitignore would hide them', async () => {
    const root = tree({ '.env': 'A=1', '.gitignore': '.env\n', 'untracked-ignored.log': '', 'b.txt': '' });
    made.push(root);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root });
    git('init', '-q');
    git('add', '-f', '.env', '.gitignore');
    writeFileSync(join(root, '.gitignore'), '.env\n*.log\n');
    const { files } = await new FsSource(root).list();
    expect(files.map((f) => f.path)).toEqual(['.env', '.gitignore', 'b.txt']);
  });

  it('reads files and reports unreadable ones as errors, not exceptions', async () => {
    const root = tree({ 'a.txt': 'hello' });
    made.push(root);
    const read = await new FsSource(root).read(['a.txt', 'nope.txt']);
    expect(read.get('a.txt')!.toString()).toBe('hello');
    expect(read.get('nope.txt')).toBeInstanceOf(Error);
  });
});

describe('FsSource.readTransient', () => {
  it('reads a file of the listed size, and anew one that grew or shrank since the listing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-transient-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'hello');
      writeFileSync(join(dir, 'big.txt'), 'x'.repeat(200_000));
      const source = new FsSource(dir);
      const files = new Map((await source.list()).files.map((f) => [f.path, f.size]));
      expect(String(source.readTransient('a.txt', files.get('a.txt')!))).toBe('hello');
      // a larger file than the buffer so far, then a small one: the buffer grows and is reused
      expect((source.readTransient('big.txt', files.get('big.txt')!) as Buffer).length).toBe(200_000);
      expect(String(source.readTransient('a.txt', 5))).toBe('hello');
      writeFileSync(join(dir, 'a.txt'), 'hello, world');
      expect(String(source.readTransient('a.txt', 5))).toBe('hello, world');
      writeFileSync(join(dir, 'a.txt'), 'hi');
      expect(String(source.readTransient('a.txt', 5))).toBe('hi');
      expect(source.readTransient('gone.txt', 3)).toBeInstanceOf(Error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
