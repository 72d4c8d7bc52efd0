import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { findRoutes, type Route, type SourceFile } from './routes.js';
import { DATA_SUBJECT, FRAMEWORKS, HEADER_SETTERS, HEALTH_PATH, METRICS_PATH, VERSIONED, WIRED_USES, type HintKind } from './signals.js';

export type { Route, HintKind };

export interface AppHint {
  kind: HintKind;
  name: string;
  file: string;
  line: number;
  /** registered in the running app (called, added as middleware), not only defined */
  wired: boolean;
}

export interface AppInventory {
  frameworks: { name: string; file: string; line: number }[];
  routes: Route[];
  healthEndpoints: Route[];
  metricsEndpoints: Route[];
  versionedPrefixes: { prefix: string; file: string; line: number }[];
  dataSubjectEndpoints: (Route & { purpose: 'export' | 'erasure' })[];
  hints: AppHint[];
  migrations: { tool: string; dir: string; versions: number }[];
  /** source files read (capped) */
  filesRead: number;
}

const SRC_EXT = new Set(['.py', '.js', '.ts', '.mjs', '.cjs']);
const MAX_FILES = 4000;
const MAX_BYTES = 256 * 1024;

function isSource(f: FileEntry): boolean {
  if (!SRC_EXT.has(f.ext) || f.size > MAX_BYTES) return false;
  const p = f.path;
  if (/(^|\/)(tests?|__tests__|spec|specs|e2e|fixtures?|migrations|alembic|versions|dist|build|coverage|\.next|static|public|scripts?)\//i.test(p)) return false;
  return !/(\.test|\.spec|\.d|\.min)\.[cm]?[jt]s$/.test(p) && !/(^|\/)(test_|conftest)[^/]*\.py$/.test(p) && !/(^|\/)(jest|vite|webpack|rollup|babel|eslint)\.config\./.test(p);
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export const appCollector: Collector<'app', AppInventory> = {
  key: 'app',
  wants: (f) => isSource(f) || f.name === 'requirements.txt' || f.name === 'package.json' || f.name === 'pyproject.toml',
  collect(ctx) {
    const sources: SourceFile[] = [];
    for (const f of ctx.files) {
      if (sources.length >= MAX_FILES) break;
      if (!isSource(f)) continue;
      const text = ctx.text(f.path);
      if (text !== undefined) sources.push({ path: f.path, text });
    }
    const inv: AppInventory = { frameworks: [], routes: [], healthEndpoints: [], metricsEndpoints: [], versionedPrefixes: [], dataSubjectEndpoints: [], hints: [], migrations: [], filesRead: sources.length };
    // registrations anywhere: add_middleware(X), app.use(x), Talisman(app) — what makes a definition wired
    const registered = new Set<string>();
    for (const s of sources) {
      if (s.text.includes('add_middleware') || s.text.includes('.use(') || s.text.includes('.middleware(')) {
        for (const m of s.text.matchAll(/add_middleware\(\s*(\w+)|\.use\(\s*(\w+)|@app\.middleware\(/g)) registered.add(m[1] ?? m[2] ?? '@app.middleware');
      }
      for (const fw of FRAMEWORKS) {
        const m = fw.re.exec(s.text);
        if (m) inv.frameworks.push({ name: fw.name, file: s.path, line: lineAt(s.text, m.index) });
      }
      for (const u of WIRED_USES) {
        if (u.needle && !s.text.includes(u.needle)) continue;
        const m = u.re.exec(s.text);
        if (m) inv.hints.push({ kind: u.kind, name: u.name, file: s.path, line: lineAt(s.text, m.index), wired: true });
      }
      for (const h of HEADER_SETTERS) {
        const m = h.re.exec(s.text);
        if (!m) continue;
        // which definition does it sit in: a class (wired if registered) or an @app.middleware function (wired)
        const before = s.text.slice(0, m.index);
        const cls = [...before.matchAll(/^class\s+(\w+)/gm)].pop();
        const fn = [...before.matchAll(/^(@\w+\.middleware\([^)]*\)\s*\n)?\s*(?:async\s+)?def\s+(\w+)|^(?:export\s+)?(?:async\s+)?function\s+(\w+)|^(?:export\s+)?const\s+(\w+)\s*=/gm)].pop();
        const clsAt = cls?.index ?? -1;
        const fnAt = fn?.index ?? -1;
        let name: string;
        let wired: boolean;
        if (fn && fnAt > clsAt && fn[1]) {
          name = fn[2];
          wired = true;
        } else if (cls && clsAt >= fnAt) {
          name = cls[1];
          wired = registered.has(name);
        } else {
          name = fn?.[2] ?? fn?.[3] ?? fn?.[4] ?? 'inline';
          wired = registered.has(name);
        }
        inv.hints.push({ kind: h.kind, name, file: s.path, line: lineAt(s.text, m.index), wired });
      }
    }
    // a class or function defined in one module and registered in another
    for (const h of inv.hints) if (!h.wired && registered.has(h.name)) h.wired = true;
    inv.routes = findRoutes(sources);
    inv.healthEndpoints = inv.routes.filter((r) => HEALTH_PATH.test(r.path));
    inv.metricsEndpoints = inv.routes.filter((r) => METRICS_PATH.test(r.path));
    const prefixes = new Map<string, Route>();
    for (const r of inv.routes) {
      const m = /^(.*?\/v\d+)(\/|$)/.exec(r.path);
      if (m && VERSIONED.test(r.path) && !prefixes.has(m[1])) prefixes.set(m[1], r);
    }
    inv.versionedPrefixes = [...prefixes].map(([prefix, r]) => ({ prefix, file: r.file, line: r.line }));
    for (const r of inv.routes) {
      const d = DATA_SUBJECT.find((x) => x.re.test(r.path) || (x.kind === 'erasure' && r.method === 'DELETE' && /\/(me|users?\/\{?\w*\}?|account)\/?$/.test(r.path)));
      if (d) inv.dataSubjectEndpoints.push({ ...r, purpose: d.kind });
    }
    // production servers and migrations, from dependency files and the listing
    for (const f of ctx.files) {
      if (f.name === 'requirements.txt' || f.name === 'pyproject.toml') {
        const t = ctx.text(f.path) ?? '';
        const m = /^\s*(gunicorn|uvicorn\[standard\]|hypercorn)\b/im.exec(t);
        if (m && m[1] === 'gunicorn') inv.hints.push({ kind: 'production-server', name: 'gunicorn', file: f.path, line: lineAt(t, m.index), wired: false });
      }
    }
    inv.migrations = findMigrations(ctx.files);
    return inv;
  },
  describe(inv) {
    const out: string[] = [];
    for (const f of inv.frameworks) out.push(`${f.file}:${f.line} ${f.name} app`);
    out.push(`${inv.routes.length} routes in ${inv.filesRead} source files${inv.versionedPrefixes.length ? `; versioned prefixes ${inv.versionedPrefixes.map((p) => p.prefix).join(', ')}` : ''}`);
    for (const r of inv.healthEndpoints) out.push(`${r.file}:${r.line} health endpoint ${r.method} ${r.path}`);
    for (const r of inv.metricsEndpoints) out.push(`${r.file}:${r.line} metrics endpoint ${r.method} ${r.path}`);
    for (const r of inv.dataSubjectEndpoints) out.push(`${r.file}:${r.line} data-subject ${r.purpose} endpoint ${r.method} ${r.path}`);
    for (const h of inv.hints) out.push(`${h.file}:${h.line} ${h.kind}: ${h.name} — ${h.wired ? 'wired' : 'present, NOT wired into the app'}`);
    for (const m of inv.migrations) out.push(`${m.dir}: ${m.tool} migrations (${m.versions} versions)`);
    return out;
  },
};

function findMigrations(files: readonly FileEntry[]): AppInventory['migrations'] {
  const found = new Map<string, { tool: string; dir: string; versions: number }>();
  const add = (tool: string, dir: string) => {
    const k = `${tool}:${dir}`;
    const e = found.get(k) ?? { tool, dir, versions: 0 };
    e.versions++;
    found.set(k, e);
  };
  for (const f of files) {
    if (/(^|\/)alembic\/versions$/.test(f.dir) && f.ext === '.py') add('alembic', f.dir);
    else if (/(^|\/)migrations$/.test(f.dir) && /^\d{4}_.*\.py$/.test(f.name)) add('django', f.dir);
    else if (/(^|\/)prisma\/migrations\//.test(f.path) && f.name === 'migration.sql') add('prisma', f.dir.replace(/\/[^/]+$/, ''));
    else if (/^V\d+(_\d+)*__.+\.sql$/.test(f.name)) add('flyway', f.dir);
    else if (/(^|\/)db\/migrate$/.test(f.dir)) add('rails', f.dir);
    else if (/(^|\/)migrations$/.test(f.dir) && /^\d{8,}[-_].+\.(js|ts|sql)$/.test(f.name)) add('knex/typeorm/sql', f.dir);
    else if (f.name === 'changelog.xml' || /db\.changelog/.test(f.name)) add('liquibase', f.dir);
  }
  return [...found.values()];
}
