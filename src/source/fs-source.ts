import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic } from '../inventory/diagnostics.js';
import { fileEntry, type FileEntry, type Listing, type RepoSource } from './types.js';

/** Folders never worth reading: VCS data, dependencies, caches and virtualenvs. */
export const SKIPPED_DIRS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'vendor', '__pycache__', '.venv', 'venv',
  '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.next', '.nuxt', '.cache', '.terraform',
  '.gradle', 'site-packages', '.idea',
]);

interface IgnoreScope {
  base: string; // directory of the .gitignore, relative to the root ('' for the root)
  matcher: Ignore;
}

/** A checkout on disk. Symlinks are followed only when they stay inside the root. */
export class FsSource implements RepoSource {
  readonly label: string;
  private readonly rootReal: string;
  private readonly base: string;
  /** the buffer readTransient reads into, grown to the largest file read */
  private scratch = Buffer.allocUnsafe(64 * 1024);

  constructor(private readonly root: string) {
    this.label = root;
    this.rootReal = realpathSync(root);
    this.base = join(root, '.');
  }

  async list(): Promise<Listing> {
    const files: FileEntry[] = [];
    const diagnostics: Diagnostic[] = [];
    const tracked = this.gitFiles();
    if (tracked) this.stat(tracked, files, diagnostics);
    else this.walk('', [], files, diagnostics);
    return { files, diagnostics };
  }

  /**
   * In a git work tree, git itself says what belongs to the repository: tracked files (also
   * those a later .gitignore would hide, such as a committed .env) plus untracked, unignored ones.
   */
  private gitFiles(): string[] | undefined {
    // only at a repository's top level: a folder inside another repository (a test fixture, an
    // ignored build folder) is walked as it stands
    if (!existsSync(join(this.root, '.git'))) return undefined;
    const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: this.root,
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'utf8',
    });
    if (r.status !== 0 || r.error) return undefined;
    const paths = r.stdout.split('\0').filter(Boolean);
    return [...new Set(paths)].sort();
  }

  private stat(paths: string[], files: FileEntry[], diagnostics: Diagnostic[]): void {
    // git's paths are normalised already: joining them by hand spares path.join's work per file
    const base = this.base;
    for (const rel of paths) {
      if (hasSkippedPart(rel)) continue;
      let st;
      try {
        st = lstatSync(`${base}/${rel}`, { throwIfNoEntry: false });
      } catch {
        st = undefined;
      }
      if (!st) continue; // deleted in the work tree
      if (st.isSymbolicLink()) {
        const target = this.resolveLink(rel, diagnostics);
        if (!target) continue;
        if (target.isDirectory()) {
          diagnostics.push({ file: rel, severity: 'notice', code: 'symlink-dir', message: 'symbolic link to a directory is not followed' });
          continue;
        }
        if (target.isFile()) files.push(fileEntry(rel, target.size));
      } else if (st.isFile()) files.push(fileEntry(rel, st.size));
    }
  }

  async read(paths: readonly string[]): Promise<Map<string, Buffer | Error>> {
    return new Map(paths.map((p) => [p, this.readSync(p)]));
  }

  readSync(path: string): Buffer | Error {
    try {
      // listed paths are normalised already: path.join's work per file is not needed
      return readFileSync(`${this.base}/${path}`);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  readTransient(path: string, size: number): Buffer | Error {
    let fd: number | undefined;
    try {
      fd = openSync(`${this.base}/${path}`, 'r');
      if (this.scratch.length <= size) this.scratch = Buffer.allocUnsafe(Math.max(size + 1, this.scratch.length * 2));
      // to the end, or one byte past the listed size: a file that grew since is read anew
      let n = 0;
      for (let r = 1; r > 0 && n <= size; n += r) r = readSync(fd, this.scratch, n, size + 1 - n, n);
      return n > size ? this.readSync(path) : this.scratch.subarray(0, n);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  private walk(dir: string, scopes: IgnoreScope[], files: FileEntry[], diagnostics: Diagnostic[]): void {
    const abs = dir ? join(this.root, dir) : this.root;
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      diagnostics.push({ file: dir || '.', severity: 'warning', code: 'unreadable-dir', message: `cannot read directory: ${(err as Error).message}` });
      return;
    }
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        const text = readFileSync(join(abs, '.gitignore'), 'utf8');
        scopes = [...scopes, { base: dir, matcher: ignore().add(text) }];
      } catch {
        /* unreadable .gitignore: ignore nothing more */
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(scopes, rel, isDir)) continue;
      let size = -1;
      if (entry.isSymbolicLink()) {
        const target = this.resolveLink(rel, diagnostics);
        if (!target) continue;
        if (target.isDirectory()) {
          // not followed: a link to a folder of the same tree would be read twice, or loop
          diagnostics.push({ file: rel, severity: 'notice', code: 'symlink-dir', message: 'symbolic link to a directory is not followed' });
          continue;
        }
        isFile = target.isFile();
        isDir = false;
        size = target.size;
      }
      if (isDir) {
        this.walk(rel, scopes, files, diagnostics);
      } else if (isFile) {
        if (size < 0) {
          try {
            size = lstatSync(join(this.root, rel)).size;
          } catch {
            size = 0;
          }
        }
        files.push(fileEntry(rel, size));
      }
    }
  }

  /** Stat of a symlink's target, or undefined (with a diagnostic) when it dangles or escapes. */
  private resolveLink(rel: string, diagnostics: Diagnostic[]) {
    const abs = join(this.root, rel);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      diagnostics.push({ file: rel, severity: 'warning', code: 'symlink-dangling', message: 'symbolic link points at nothing' });
      return undefined;
    }
    const inside = relative(this.rootReal, real);
    if (inside.startsWith('..') || inside.startsWith(sep) || /^[a-zA-Z]:/.test(inside)) {
      diagnostics.push({ file: rel, severity: 'warning', code: 'symlink-escapes', message: 'symbolic link points outside the repository and is not followed' });
      return undefined;
    }
    try {
      return statSync(real);
    } catch {
      return undefined;
    }
  }
}

/** Whether a part of the path (a folder, or the name itself) is one of SKIPPED_DIRS. */
function hasSkippedPart(rel: string): boolean {
  for (let from = 0; ; ) {
    const slash = rel.indexOf('/', from);
    if (SKIPPED_DIRS.has(slash < 0 ? rel.slice(from) : rel.slice(from, slash))) return true;
    if (slash < 0) return false;
    from = slash + 1;
  }
}

function isIgnored(scopes: IgnoreScope[], rel: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const sub = scope.base ? rel.slice(scope.base.length + 1) : rel;
    if (scope.matcher.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}
