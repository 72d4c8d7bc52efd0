import type { SourceFile } from './source-file.js';
import type { StartCommand } from './commands.js';

export interface EntryModule {
  file: string;
  line: number;
  /** why it counts as an entry: 'creates fastapi app', 'named main.py', 'started by Dockerfile:28' */
  reason: string;
}

const ENTRY_NAMES = new Set(['main.py', 'app.py', 'manage.py', 'wsgi.py', 'asgi.py', 'server.js', 'server.ts', 'server.mjs', 'main.ts', 'main.js', 'app.js', 'app.ts']);

/**
 * Modules the running application starts from: those that create the app object, those with
 * a conventional entry name, and those a start command names (`uvicorn backend.main:app`,
 * `gunicorn app.wsgi`, `python main.py`, `node dist/server.js`).
 */
export function findEntries(sources: readonly SourceFile[], creators: { file: string; line: number; name: string }[], commands: StartCommand[]): EntryModule[] {
  const out = new Map<string, EntryModule>();
  // importing streamlit does not make a module the app: `streamlit run x.py` (a command) or the entry name does
  for (const c of creators) if (c.name !== 'streamlit' && !out.has(c.file)) out.set(c.file, { file: c.file, line: c.line, reason: `creates the ${c.name} app` });
  for (const s of sources) {
    const name = s.path.slice(s.path.lastIndexOf('/') + 1);
    if (ENTRY_NAMES.has(name) && !out.has(s.path)) out.set(s.path, { file: s.path, line: 1, reason: `named ${name}` });
  }
  const byPath = new Set(sources.map((s) => s.path));
  for (const c of commands) {
    for (const target of commandTargets(c.text)) {
      const file = locate(target, c.dir, byPath);
      if (file && !out.has(file)) out.set(file, { file, line: 1, reason: `started by ${c.file}:${c.line}` });
    }
  }
  return [...out.values()];
}

/** Module paths a command runs: `pkg.mod:app` (ASGI/WSGI servers), `python x.py`, `node x.js`, `python -m pkg.mod`. */
function commandTargets(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\s)([A-Za-z_][\w.]*):[A-Za-z_]\w*(?:\(\))?(?=\s|$|["'])/g)) out.push(m[1].replace(/\./g, '/') + '.py');
  for (const m of text.matchAll(/(?:^|\s)-m\s+([A-Za-z_][\w.]*)/g)) if (!/^(uvicorn|gunicorn|hypercorn|flask|pip|http\.server)$/.test(m[1])) out.push(m[1].replace(/\./g, '/') + '.py');
  for (const m of text.matchAll(/(?:^|\s)([\w./-]+\.(?:py|js|mjs|cjs|ts))(?=\s|$|["'])/g)) out.push(m[1].replace(/^\.\//, ''));
  return out;
}

/** paths by base name, built once per path set: a suffix search over every path per command was quadratic */
const BY_NAME = new WeakMap<Set<string>, Map<string, string[]>>();

function byBaseName(paths: Set<string>): Map<string, string[]> {
  let m = BY_NAME.get(paths);
  if (!m) {
    m = new Map();
    for (const p of paths) {
      const n = p.slice(p.lastIndexOf('/') + 1);
      const list = m.get(n);
      if (list) list.push(p);
      else m.set(n, [p]);
    }
    BY_NAME.set(paths, m);
  }
  return m;
}

function locate(target: string, dir: string, paths: Set<string>): string | undefined {
  if (dir && paths.has(`${dir}/${target}`)) return `${dir}/${target}`;
  if (paths.has(target)) return target;
  // compiled output (dist/server.js) started from sources (src/server.ts)
  const ts = target.replace(/^(dist|build|out)\//, 'src/').replace(/\.js$/, '.ts');
  if (dir && paths.has(`${dir}/${ts}`)) return `${dir}/${ts}`;
  for (const p of byBaseName(paths).get(target.slice(target.lastIndexOf('/') + 1)) ?? []) if (p.endsWith('/' + target) && (!dir || p.startsWith(dir + '/'))) return p;
  return undefined;
}
