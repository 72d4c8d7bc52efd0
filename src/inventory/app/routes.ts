import { posix } from 'node:path';
import { lineCursor } from '../../text/line-index.js';
import type { SourceFile } from './source-file.js';
import { fromCode } from '../../text/code.js';

export interface Route {
  method: string;
  path: string;
  file: string;
  line: number;
}

export type { SourceFile };


const join = (a: string, b: string) => ('/' + [a, b].map((x) => x.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')).replace(/\/+/g, '/');

/**
 * Routes with full paths where the prefix is visible: decorators (`@app.get("/health")`,
 * `@router.post(...)`), router prefixes (`APIRouter(prefix=...)`, `Blueprint(url_prefix=...)`),
 * `app.include_router(x, prefix="/api/v1")` resolved through the entry module's imports, and
 * Express/Fastify `app.get('/x')` / `app.use('/api/v1', router)`.
 */
export function findRoutes(files: SourceFile[]): Route[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  // routes per file per router variable, with the router's own prefix
  const local = new Map<string, { variable: string; method: string; path: string; line: number }[]>();
  const ownPrefix = new Map<string, string>();
  for (const f of files) {
    const list: { variable: string; method: string; path: string; line: number }[] = [];
    const lineOf = lineCursor(f.code);
    // each language's routing where it can be: routers and decorators in Python, Express-style calls elsewhere
    if (!f.path.endsWith('.py')) {
      if (/\.(get|post|put|delete|patch|all)\(\s*['"`]\//.test(f.code)) for (const m of f.code.matchAll(/\b(\w+)\.(get|post|put|delete|patch|all)\(\s*['"`](\/[^'"`]*)['"`]/g)) {
        if (/^(os|requests|httpx|client|session|axios|http|self|cache|redis|r|dict|config|settings|environ|params|headers|map|store)$/i.test(m[1])) continue;
        list.push({ variable: m[1], method: m[2].toUpperCase(), path: m[3], line: lineOf(m.index) });
      }
      local.set(f.path, list);
      continue;
    }
    if (f.has('APIRouter(') || f.has('Blueprint(')) for (const m of f.code.matchAll(/(?:APIRouter|Blueprint)\(([^)]*)\)/g)) {
      // the variable assigned: looked for behind the call, since a pattern starting with \w+ tries every word of the file
      const v = /(\w+)\s*=\s*$/.exec(f.code.slice(Math.max(0, m.index - 200), m.index));
      const p = v && /(?:url_)?prefix\s*=\s*["']([^"']*)["']/.exec(m[1]);
      if (p) ownPrefix.set(`${f.path}#${v[1]}`, p[1]);
    }
    if (f.code.includes('@')) for (const m of f.code.matchAll(/@(\w+)\.(get|post|put|delete|patch|head|options|api_route|route|websocket)\(\s*["']([^"']*)["']/g)) {
      list.push({ variable: m[1], method: m[2] === 'route' || m[2] === 'api_route' ? 'ANY' : m[2].toUpperCase(), path: m[3], line: lineOf(m.index) });
    }
    local.set(f.path, list);
  }
  const routes: Route[] = [];
  const mounted = new Set<string>();
  for (const f of files) {
    // Python: include_router(name, prefix=...) with name imported from a module of the repository
    if (f.path.endsWith('.py')) {
      if (f.has('include_router')) for (const m of f.code.matchAll(/\.include_router\(\s*(\w+)(?:\.router)?\s*(?:,([^)]*))?\)/g)) {
        const prefix = /prefix\s*=\s*["']([^"']*)["']/.exec(m[2] ?? '')?.[1] ?? '';
        const target = resolveImport(f, m[1], byPath);
        if (!target) continue;
        for (const r of local.get(target.file) ?? []) {
          if (r.variable !== target.variable) continue;
          mounted.add(`${target.file}#${r.variable}`);
          routes.push({ method: r.method, path: join(join(prefix, ownPrefix.get(`${target.file}#${r.variable}`) ?? ''), r.path), file: target.file, line: r.line });
        }
      }
      continue;
    }
    // Express: app.use('/api/v1', router) where router comes from require/import
    for (const m of f.code.matchAll(/\.use\(\s*['"`](\/[^'"`]*)['"`]\s*,\s*(\w+)\s*\)/g)) {
      const target = resolveImport(f, m[2], byPath);
      if (!target) continue;
      for (const r of local.get(target.file) ?? []) {
        mounted.add(`${target.file}#${r.variable}`);
        routes.push({ method: r.method, path: join(m[1], r.path), file: target.file, line: r.line });
      }
    }
  }
  for (const [file, list] of local) {
    for (const r of list) {
      if (mounted.has(`${file}#${r.variable}`)) continue;
      routes.push({ method: r.method, path: join(ownPrefix.get(`${file}#${r.variable}`) ?? '', r.path), file, line: r.line });
    }
  }
  for (const r of routes) r.path = fromCode(r.path);
  return routes;
}

/** `from .api.routes import router as api_router` / `import x from './routes'` -> file and name. */
function resolveImport(f: SourceFile, name: string, byPath: Map<string, SourceFile>): { file: string; variable: string } | undefined {
  const dir = posix.dirname(f.path);
  for (const m of f.code.matchAll(/from\s+(\.*)([\w.]*)\s+import\s+([^\n]+)/g)) {
    const names = m[3].replace(/[()]/g, '').split(',').map((s) => s.trim().split(/\s+as\s+/));
    const hit = names.find((n) => (n[1] ?? n[0]) === name);
    if (!hit) continue;
    const dots = m[1].length;
    let base = dots ? dir : '';
    for (let i = 1; i < dots; i++) base = posix.dirname(base);
    const mod = m[2].replace(/\./g, '/');
    for (const cand of [posix.join(base, mod) + '.py', posix.join(base, mod, fromCode(hit[0])) + '.py', posix.join(base, mod, '__init__.py')]) {
      const c = cand.replace(/^\.\//, '');
      if (byPath.has(c)) return { file: c, variable: c.endsWith(`/${fromCode(hit[0])}.py`) ? 'router' : hit[0] };
    }
    // absolute imports resolve from any source root: try suffix match
    const suffix = `${mod}.py`;
    for (const p of byPath.keys()) if (p.endsWith(suffix)) return { file: p, variable: hit[0] };
  }
  for (const m of f.code.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+(\w+)\s+from\s+['"](\.[^'"]+)['"]/g)) {
    const [v, spec] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    if (v !== name) continue;
    const base = posix.normalize(posix.join(dir, fromCode(spec))).replace(/\.(js|ts)$/, '');
    for (const ext of ['.js', '.ts', '.mjs', '/index.js', '/index.ts']) if (byPath.has(base + ext)) return { file: base + ext, variable: 'router' };
  }
  return undefined;
}
