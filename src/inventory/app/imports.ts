import { posix } from 'node:path';
import type { SourceFile } from './source-file.js';
import { fromCode } from '../../text/code.js';

/**
 * Which repository modules each source file imports: Python `from x import y` / `import x`
 * (relative or absolute, resolved against any source root) and JS/TS relative `require`/`import`.
 * Enough to tell whether a module is loaded by an entry module at all.
 */
export function importGraph(files: readonly SourceFile[]): Map<string, string[]> {
  const paths = new Set(files.map((f) => f.path));
  // dotted module suffixes -> files: `backend.api.routes`, `api.routes`, `routes`
  const bySuffix = new Map<string, string[]>();
  for (const p of paths) {
    if (!p.endsWith('.py')) continue;
    const parts = p.slice(0, -3).split('/');
    if (parts[parts.length - 1] === '__init__') parts.pop();
    for (let i = Math.max(0, parts.length - 4); i < parts.length; i++) {
      const k = parts.slice(i).join('.');
      const list = bySuffix.get(k);
      if (list) list.push(p);
      else bySuffix.set(k, [p]);
    }
  }
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const out = new Set<string>();
    if (f.path.endsWith('.py')) pythonImports(f, paths, bySuffix, out);
    else jsImports(f, paths, out);
    out.delete(f.path);
    graph.set(f.path, [...out]);
  }
  return graph;
}

/**
 * `from x import y` (groups 1-3) and `import x, y` (group 4), in one pass over the file. Lines
 * start after `\n` rather than at a multiline `^`, which the regex engine finds several times faster.
 */
const PY_IMPORTS = /(?:^|\n)[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+\(?([^\n)]*)|import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*))/g;

function pythonImports(f: SourceFile, paths: Set<string>, bySuffix: Map<string, string[]>, out: Set<string>): void {
  const dir = posix.dirname(f.path);
  const add = (mod: string) => {
    const hit = nearest(bySuffix.get(mod), f.path);
    if (hit) out.add(hit);
    return !!hit;
  };
  const plain: string[] = [];
  for (const m of f.code.matchAll(PY_IMPORTS)) {
    if (m[4] !== undefined) {
      plain.push(m[4]);
      continue;
    }
    const dots = m[1].length;
    const names = m[3].split(',').map((s) => s.trim().split(/\s+/)[0]).filter((s) => /^\w+$/.test(s));
    if (dots) {
      let base = dir === '.' ? '' : dir;
      for (let i = 1; i < dots; i++) base = base.includes('/') ? posix.dirname(base) : '';
      const mod = posix.join(base, m[2].replace(/\./g, '/'));
      for (const cand of [`${mod}.py`, `${mod}/__init__.py`]) if (paths.has(cand)) out.add(cand);
      // `from . import routes` / `from .api import routes`: submodules
      for (const n of names) if (paths.has(posix.join(mod, `${n}.py`))) out.add(posix.join(mod, `${n}.py`));
    } else if (m[2]) {
      add(m[2]);
      for (const n of names) add(`${m[2]}.${n}`);
    }
  }
  for (const list of plain) for (const mod of list.split(',')) add(mod.trim());
}

/** of several files with the same module name, the one closest to the importer */
function nearest(cands: string[] | undefined, from: string): string | undefined {
  if (!cands?.length) return undefined;
  if (cands.length === 1) return cands[0];
  let best = cands[0];
  let bestScore = -1;
  for (const c of cands) {
    let i = 0;
    while (i < c.length && i < from.length && c[i] === from[i]) i++;
    if (i > bestScore) [best, bestScore] = [c, i];
  }
  return best;
}

const JS_IMPORT = /(?:require\(\s*|import\(\s*|from\s+|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const JS_EXT = ['', '.js', '.ts', '.mjs', '.cjs', '.jsx', '.tsx', '/index.js', '/index.ts'];

function jsImports(f: SourceFile, paths: Set<string>, out: Set<string>): void {
  const dir = posix.dirname(f.path);
  for (const m of f.code.matchAll(JS_IMPORT)) {
    const base = posix.normalize(posix.join(dir, fromCode(m[1])));
    const stem = base.replace(/\.(js|mjs|cjs)$/, '');
    for (const ext of JS_EXT) {
      if (paths.has(base + ext)) {
        out.add(base + ext);
        break;
      }
      // TypeScript sources imported with a .js suffix
      if (ext && paths.has(stem + ext)) {
        out.add(stem + ext);
        break;
      }
    }
  }
}

/** Every module loaded, directly or not, by one of the entries. */
export function reachableFrom(entries: Iterable<string>, graph: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const q of graph.get(p) ?? []) if (!seen.has(q)) stack.push(q);
  }
  return seen;
}
