import type { Collector } from '../collector.js';
import type { FileEntry } from '../../source/types.js';
import { findRoutes, type Route } from './routes.js';
import { sourceFile, type SourceFile } from './source-file.js';
import { DATA_SUBJECT, FRAMEWORKS, HEALTH_PATH, METRICS_PATH, VERSIONED, type HintKind } from './signals.js';
import { findHints, registeredNames, type AppHint } from './hints.js';
import { lineAt } from '../../text/line-index.js';
import { importGraph, reachableFrom } from './imports.js';
import { findEntries, type EntryModule } from './entries.js';
import { startCommands } from './commands.js';
import { serversFrom, type ServerHint } from './servers.js';
import { findMigrations, type MigrationSet } from './migrations.js';

export type { Route, HintKind, AppHint, EntryModule, ServerHint, MigrationSet };

export interface AppInventory {
  frameworks: { name: string; file: string; line: number }[];
  /** modules the running app starts from; empty when none could be told (then every module counts as loaded) */
  entries: EntryModule[];
  routes: Route[];
  healthEndpoints: Route[];
  metricsEndpoints: Route[];
  versionedPrefixes: { prefix: string; file: string; line: number }[];
  dataSubjectEndpoints: (Route & { purpose: 'export' | 'erasure' })[];
  hints: AppHint[];
  /** application servers from start commands (Dockerfile CMD, compose command) and dependency files */
  servers: ServerHint[];
  migrations: MigrationSet[];
  /** source files read (capped) */
  filesRead: number;
}

const SRC_EXT = new Set(['.py', '.js', '.ts', '.mjs', '.cjs']);
const MAX_FILES = 4000;
const MAX_BYTES = 256 * 1024;
/** folders whose code never runs in production or is not the project's own */
const SKIP_DIRS = ['test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'fixtures', 'fixture', 'migrations', 'alembic', 'versions', 'dist', 'build', 'coverage', '.next', 'static', 'public', 'node_modules', 'vendor', 'venv', '.venv', 'site-packages', 'third_party'];
/** a folder of SKIP_DIRS anywhere in a directory path: one test per file instead of splitting every path */
const SKIPPED = new RegExp(`(?:^|/)(?:${SKIP_DIRS.map((d) => d.replace(/\./g, '\\.')).join('|')})(?:/|$)`);
const DEP_FILES = new Set(['requirements.txt', 'pyproject.toml', 'Pipfile', 'package.json']);

function isSource(f: FileEntry): boolean {
  if (!SRC_EXT.has(f.ext) || f.size > MAX_BYTES) return false;
  if (f.dir && SKIPPED.test(f.dir)) return false;
  const n = f.name;
  if (n.includes('.test.') || n.includes('.spec.') || n.endsWith('.d.ts') || n.includes('.min.') || n.includes('.config.')) return false;
  return !(f.ext === '.py' && (n.startsWith('test_') || n === 'conftest.py' || n.endsWith('_test.py')));
}

export const appCollector: Collector<'app', AppInventory> = {
  key: 'app',
  wants: (f) => isSource(f) || DEP_FILES.has(f.name),
  collect(ctx, earlier) {
    const sources: SourceFile[] = [];
    for (const f of ctx.files) {
      if (sources.length >= MAX_FILES) break;
      if (!isSource(f)) continue;
      const code = ctx.code(f.path);
      if (code !== undefined) sources.push(sourceFile(f.path, code));
    }
    const frameworks: AppInventory['frameworks'] = [];
    for (const s of sources) {
      const python = s.path.endsWith('.py');
      for (const fw of FRAMEWORKS) {
        if (fw.python !== python || !s.has(fw.needle)) continue;
        const m = fw.re.exec(s.code);
        if (m) frameworks.push({ name: fw.name, file: s.path, line: lineAt(s.code, m.index) });
      }
    }
    const commands = startCommands(earlier);
    const entries = findEntries(sources, frameworks, commands);
    const graph = importGraph(sources);
    // with no entry to start from, nothing can be called dead code: every module counts as loaded
    const loaded = entries.length ? reachableFrom(entries.map((e) => e.file), graph) : new Set(sources.map((s) => s.path));
    const hints = findHints(sources, loaded, registeredNames(sources, loaded));
    const routes = findRoutes(sources);
    const prefixes = new Map<string, Route>();
    for (const r of routes) {
      const m = /^(.*?\/v\d+)(\/|$)/.exec(r.path);
      if (m && VERSIONED.test(r.path) && !prefixes.has(m[1])) prefixes.set(m[1], r);
    }
    const dataSubjectEndpoints: AppInventory['dataSubjectEndpoints'] = [];
    for (const r of routes) {
      const d = DATA_SUBJECT.find((x) => x.re.test(r.path) || (x.kind === 'erasure' && r.method === 'DELETE' && /\/(me|users?\/[{:<]?\w*[}>]?|account)\/?$/.test(r.path)));
      if (d) dataSubjectEndpoints.push({ ...r, purpose: d.kind });
    }
    const servers = [...serversFrom(commands), ...dependencyServers(ctx.files, (p) => ctx.text(p))];
    return {
      frameworks,
      entries,
      routes,
      healthEndpoints: routes.filter((r) => HEALTH_PATH.test(r.path)),
      metricsEndpoints: routes.filter((r) => METRICS_PATH.test(r.path)),
      versionedPrefixes: [...prefixes].map(([prefix, r]) => ({ prefix, file: r.file, line: r.line })),
      dataSubjectEndpoints,
      hints,
      servers,
      migrations: findMigrations(ctx.files),
      filesRead: sources.length,
    };
  },
  describe(inv) {
    const out: string[] = [];
    for (const f of inv.frameworks) out.push(`${f.file}:${f.line} ${f.name} app`);
    for (const e of inv.entries) out.push(`${e.file}:${e.line} entry module (${e.reason})`);
    out.push(`${inv.routes.length} routes in ${inv.filesRead} source files${inv.versionedPrefixes.length ? `; versioned prefixes ${inv.versionedPrefixes.map((p) => p.prefix).join(', ')}` : ''}`);
    for (const r of inv.healthEndpoints) out.push(`${r.file}:${r.line} health endpoint ${r.method} ${r.path}`);
    for (const r of inv.metricsEndpoints) out.push(`${r.file}:${r.line} metrics endpoint ${r.method} ${r.path}`);
    for (const r of inv.dataSubjectEndpoints) out.push(`${r.file}:${r.line} data-subject ${r.purpose} endpoint ${r.method} ${r.path}`);
    for (const h of inv.hints) out.push(`${h.file}:${h.line} ${h.kind}: ${h.name} — ${h.wired ? 'wired' : 'present, NOT wired into the app'}`);
    for (const s of inv.servers) out.push(`${s.file}:${s.line} server ${s.name}${s.workers !== undefined ? ` (${s.workers || 'auto'} workers)` : ''}${s.dev ? ' in development mode' : ''}${s.wired ? '' : ' (dependency only)'}`);
    for (const m of inv.migrations) out.push(`${m.dir}: ${m.tool} migrations (${m.versions} versions)`);
    return out;
  },
};

/** gunicorn & co. listed as dependencies: present, started or not */
function dependencyServers(files: readonly FileEntry[], text: (p: string) => string | undefined): ServerHint[] {
  const out: ServerHint[] = [];
  for (const f of files) {
    if (f.name !== 'requirements.txt' && f.name !== 'pyproject.toml' && f.name !== 'Pipfile') continue;
    const t = text(f.path);
    if (!t || !/gunicorn|hypercorn|waitress/.test(t)) continue;
    const m = /^\s*["']?(gunicorn|hypercorn|waitress)\b/im.exec(t);
    if (m) out.push({ name: m[1].toLowerCase(), file: f.path, line: lineAt(t, m.index), wired: false, dev: false });
  }
  return out;
}
