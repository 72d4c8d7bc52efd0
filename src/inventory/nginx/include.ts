/**
 * Where an `include` lands in the repository. nginx resolves a relative path against its prefix
 * (the directory of the main nginx.conf); configurations in repositories are usually mounted into
 * /etc/nginx, so an absolute `/etc/nginx/conf.d/*.conf` is looked up under the conf root, then
 * beside the including file, then as a path suffix anywhere among the repository's files.
 */
import { posix } from 'node:path';
import type { FileEntry } from '../../source/types.js';

const IMAGE_PREFIXES = ['/etc/nginx/', '/usr/local/nginx/conf/', '/usr/local/openresty/nginx/conf/', '/opt/bitnami/nginx/conf/', '/usr/local/etc/nginx/', '/etc/openresty/'];

function globBody(g: string): string {
  return g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
}

const globRe = (g: string) => new RegExp('^' + globBody(g) + '$');

const hasGlob = (s: string) => s.includes('*') || s.includes('?');

export class IncludeResolver {
  private readonly byDir = new Map<string, FileEntry[]>();
  private readonly cache = new Map<string, string[]>();

  /** `suffixPool`: the files a suffix lookup may pick (nginx candidates, not the whole tree) */
  constructor(files: readonly FileEntry[], private readonly suffixPool: readonly string[]) {
    for (const f of files) {
      const list = this.byDir.get(f.dir);
      if (list) list.push(f);
      else this.byDir.set(f.dir, [f]);
    }
  }

  resolve(pattern: string, fromFile: string, confRoot: string): string[] {
    const key = `${pattern}\0${fromFile}\0${confRoot}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.lookup(pattern, posix.dirname(fromFile), confRoot);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private lookup(pattern: string, fromDir: string, confRoot: string): string[] {
    let rel = pattern;
    let absolute = false;
    if (pattern.startsWith('/')) {
      absolute = true;
      const prefix = IMAGE_PREFIXES.find((p) => pattern.startsWith(p));
      rel = prefix ? pattern.slice(prefix.length) : pattern.slice(1);
    }
    const bases = [confRoot, fromDir].filter((b, i, a) => a.indexOf(b) === i);
    for (const base of bases) {
      const found = this.match(posix.normalize(posix.join(base === '.' ? '' : base, rel)));
      if (found.length) return found;
    }
    // a mounted path: match the tail (`conf.d/*.conf`, or the last two segments of an unknown prefix)
    const tail = absolute && !IMAGE_PREFIXES.some((p) => pattern.startsWith(p)) ? rel.split('/').slice(-2).join('/') : rel;
    const re = new RegExp('(^|/)' + globBody(posix.normalize(tail)) + '$');
    const found = this.suffixPool.filter((p) => re.test(p));
    if (found.length <= 1) return found;
    // several candidates: keep those closest to the including file
    const score = (p: string) => commonPrefix(p, fromDir);
    const best = Math.max(...found.map(score));
    return found.filter((p) => score(p) === best).sort();
  }

  private match(path: string): string[] {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    const dirs = hasGlob(dir) ? [...this.byDir.keys()].filter((d) => globRe(dir).test(d)) : [dir];
    const out: string[] = [];
    for (const d of dirs) {
      const list = this.byDir.get(d);
      if (!list) continue;
      if (!hasGlob(name)) {
        const f = list.find((x) => x.name === name);
        if (f) out.push(f.path);
        continue;
      }
      const re = globRe(name);
      // nginx's glob skips dot files
      for (const f of list) if (!f.name.startsWith('.') && re.test(f.name)) out.push(f.path);
    }
    return out.sort();
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
