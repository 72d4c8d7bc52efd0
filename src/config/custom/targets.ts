/** What a custom check selects: files, or objects parsed out of them, each with a way back to its line. */
import type { Inventory } from '../../engine/inventory.js';
import type { ScanContext } from '../../inventory/context.js';
import { loadComposeFile, mergeLoaded, projectEnv, type LoadEnv, type LoadedService } from '../../inventory/compose/load.js';
import { rawOf } from '../../inventory/kubernetes/index.js';
import { parseNginx, type Directive } from '../../inventory/nginx/parse.js';
import { isObj } from '../../inventory/values.js';
import type { FileEntry } from '../../source/types.js';
import { locate } from '../../checklist/validate.js';
import { yamlLine, yamlPosition } from '../../yaml/load.js';
import { pathMatcher } from '../paths.js';
import type { CustomCheck } from '../types.js';

export interface Target {
  /** how the report names it: a file, `file#2` (second document), `compose.yml#api` */
  name: string;
  file: string;
  line: number;
  value: unknown;
  /** the line of a JSON pointer inside `value` */
  lineOf(pointer: string): number;
}

export interface TargetEnv {
  files: readonly FileEntry[];
  ctx: ScanContext;
  inventory: Inventory;
}

export function selectedFiles(globs: readonly string[], files: readonly FileEntry[]): FileEntry[] {
  const matchers = globs.map(pathMatcher);
  return files.filter((f) => matchers.some((m) => m(f.path)));
}

/** The parsed documents or objects a schema assertion is evaluated on. */
export function selectTargets(select: NonNullable<CustomCheck['select']>, env: TargetEnv): Target[] {
  if (select.files) return selectedFiles(select.files, env.files).flatMap((f) => documents(f.path, env.ctx));
  switch (select.objects) {
    case 'compose-services':
      return composeServices(env);
    case 'kubernetes':
      return kubernetesObjects(env, select.kind);
    case 'workflow-jobs':
      return workflowJobs(env);
    case 'nginx-servers':
      return nginxServers(env);
    default:
      return [];
  }
}

// the object as a whole is where it is named (its key), not where its first member starts
const yamlLineOf = (value: unknown, fallback: number) => (pointer: string) => (pointer && yamlPosition(value) ? locate(value, pointer).line : fallback);

function documents(path: string, ctx: ScanContext): Target[] {
  const docs = ctx.yaml(path)?.documents ?? [];
  return docs.map((d, i) => ({ name: docs.length > 1 ? `${path}#${i + 1}` : path, file: path, line: d.line, value: d.value, lineOf: yamlLineOf(d.value, d.line) }));
}

/** Each service of each compose project's production model, merged as compose merges it. */
function composeServices(env: TargetEnv): Target[] {
  const out: Target[] = [];
  for (const p of env.inventory.compose.projects) {
    const load: LoadEnv = { ctx: env.ctx, env: projectEnv(env.ctx, p.dir), projectDir: p.dir, interpolations: [], loaded: new Map() };
    const merged = new Map<string, LoadedService>();
    for (const path of p.productionFiles) {
      const loaded = loadComposeFile(load, path);
      for (const [name, svc] of loaded?.services ?? []) {
        const prev = merged.get(name);
        merged.set(name, prev ? mergeLoaded(prev, svc) : svc);
      }
    }
    for (const [name, svc] of merged) {
      out.push({
        name: `${svc.file}#${name}`,
        file: svc.file,
        line: svc.line,
        value: svc.config,
        // the merge keeps the line of each field by dotted path: the deepest one written wins
        lineOf: (pointer) => {
          const parts = pointer.split('/').slice(1);
          for (let n = parts.length; n > 0; n--) {
            const loc = svc.locs.get(parts.slice(0, n).join('.'));
            if (loc) return loc.line;
          }
          return svc.line;
        },
      });
    }
  }
  return out;
}

function kubernetesObjects(env: TargetEnv, kinds?: string[]): Target[] {
  return env.inventory.kubernetes.objects
    .filter((o) => !kinds || kinds.includes(o.kind))
    .map((o) => {
      const raw = rawOf(o);
      return { name: `${o.file}#${o.kind}/${o.name ?? '?'}`, file: o.file, line: o.line, value: raw, lineOf: yamlLineOf(raw, o.line) };
    });
}

function workflowJobs(env: TargetEnv): Target[] {
  const out: Target[] = [];
  for (const w of env.inventory.workflows.workflows) {
    const doc = env.ctx.yaml(w.file)?.documents[0]?.value;
    const jobs = isObj(doc) ? doc.jobs : undefined;
    if (!isObj(jobs)) continue;
    for (const [id, job] of Object.entries(jobs)) {
      const line = yamlLine(jobs, id) || w.line;
      out.push({ name: `${w.file}#${id}`, file: w.file, line, value: job, lineOf: yamlLineOf(job, line) });
    }
  }
  return out;
}

/**
 * nginx `server` blocks as objects: each directive name maps to the list of its occurrences, a
 * simple directive as its arguments joined by spaces, a block as an object with `args` and its own
 * directives (`{listen: ["443 ssl"], location: [{args: "/api", proxy_pass: ["http://api"]}]}`).
 * Includes are not expanded: a server is judged as written in its file.
 */
function nginxServers(env: TargetEnv): Target[] {
  const out: Target[] = [];
  for (const c of env.inventory.nginx.configs) {
    const text = env.ctx.text(c.file);
    if (text === undefined) continue;
    const walk = (dirs: Directive[]) => {
      for (const d of dirs) {
        if (d.name === 'server' && d.block) {
          const lines = new Map<string, number>();
          const value = blockObject(d.block, '', lines);
          out.push({ name: `${c.file}:${d.line}`, file: c.file, line: d.line, value, lineOf: (pointer) => nearestLine(pointer, lines, d.line) });
        } else if (d.block && (d.name === 'http' || d.name === 'stream')) walk(d.block);
      }
    };
    walk(parseNginx(text, c.file).directives);
  }
  return out;
}

function blockObject(dirs: Directive[], pointer: string, lines: Map<string, number>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const d of dirs) {
    const list = (out[d.name] ??= []);
    const p = `${pointer}/${d.name.replace(/~/g, '~0').replace(/\//g, '~1')}/${list.length}`;
    lines.set(p, d.line);
    list.push(d.block ? { args: d.args.join(' '), ...blockObject(d.block, p, lines) } : d.args.join(' '));
  }
  return out;
}

function nearestLine(pointer: string, lines: Map<string, number>, fallback: number): number {
  const parts = pointer.split('/');
  for (let n = parts.length; n > 1; n--) {
    const l = lines.get(parts.slice(0, n).join('/'));
    if (l) return l;
  }
  return fallback;
}
