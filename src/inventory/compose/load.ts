/**
 * Loading one compose file: interpolation (every substitution recorded, secrets masked),
 * list/map spellings normalised, build contexts resolved, `extends` followed with loop detection,
 * and the file:line of every field kept for the merge.
 */
import { posix } from 'node:path';
import type { ScanContext } from '../context.js';
import type { Loc } from '../diagnostics.js';
import { yamlLine, yamlPosition, yamlTag } from '../../yaml/load.js';
import { isSecretName } from '../secret-names.js';
import { interpolate, parseEnvFile } from './interpolate.js';
import { isMap, mergeService, normaliseService, type Json, type JsonMap } from './merge.js';
import type { Interpolation } from './types.js';

/** One compose file, interpolated and with its services' `extends` resolved. */
export interface LoadedFile {
  path: string;
  /** the top-level `name:` (the project name compose would use) */
  name?: string;
  /** line of the top-level `networks:` key */
  networksLine: number;
  services: Map<string, LoadedService>;
  networks: JsonMap;
  volumes: JsonMap;
}

export interface LoadedService {
  config: JsonMap;
  /** where each field (dotted path) was written */
  locs: Map<string, Loc>;
  file: string;
  line: number;
  /** the parsed YAML it came from (for `!reset` / `!override` tags) */
  raw?: unknown;
}

export interface LoadEnv {
  ctx: ScanContext;
  env: Map<string, string>;
  projectDir: string;
  interpolations: Interpolation[];
  /** files already loaded for this project: an `extends` target is read and interpolated once */
  loaded: Map<string, LoadedFile | undefined>;
}

const secretVariable = (name: string) => isSecretName(name);
// under a secret-like key every variable is masked: `API_KEY: ${KEY:-abc}` must not keep `abc`
const everyVariable = () => true;

/** Interpolates every string of a parsed compose document, recording each substitution. */
function interpolateTree(node: unknown, env: LoadEnv, file: string, path: string, container?: object, key?: string | number): Json {
  if (typeof node === 'string') {
    if (!node.includes('$')) return node;
    const r = interpolate(node, env.env, typeof key === 'string' && isSecretName(key) ? everyVariable : secretVariable);
    const pos = container ? yamlPosition(container, key) : undefined;
    for (const s of r.substitutions) {
      env.interpolations.push({
        variable: s.variable,
        file,
        line: pos?.line ?? 0,
        column: pos?.column ?? 0,
        path,
        source: s.source,
        required: s.required,
        ...(s.defaultLength !== undefined ? { defaultLength: s.defaultLength } : {}),
      });
      if (s.error) env.ctx.diagnose({ file, line: pos?.line, column: pos?.column, severity: 'warning', code: 'compose-required-variable', message: `${s.error} (at ${path}); docker compose refuses to run without it` });
    }
    return r.value;
  }
  if (Array.isArray(node)) return node.map((v, i) => interpolateTree(v, env, file, `${path}[${i}]`, node, i));
  if (isMap(node)) {
    const out: JsonMap = {};
    for (const [k, v] of Object.entries(node)) out[k] = interpolateTree(v, env, file, path ? `${path}.${k}` : k, node, k);
    return out;
  }
  return (node ?? null) as Json;
}

/** Sequences whose items keep their own line (a port added by the prod overlay points there). */
const ITEM_LINES = new Set(['ports', 'expose', 'volumes', 'secrets', 'configs', 'cap_add', 'cap_drop', 'security_opt', 'env_file']);

/** The key under which an item's location is kept: `ports[<item as JSON>]`. */
export const itemKey = (field: string, item: Json): string => `${field}[${JSON.stringify(item)}]`;

/**
 * Field locations of one service as written in one file (three levels deep, env keys and
 * sequence items too). `cfg` is the interpolated copy of `raw`: items are keyed by their final value.
 */
function fieldLocs(raw: unknown, cfg: Json | undefined, file: string, prefix = '', depth = 0, out = new Map<string, Loc>()): Map<string, Loc> {
  if (!isMap(raw)) return out;
  const c = isMap(cfg) ? cfg : {};
  for (const k of Object.keys(raw)) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.set(p, { file, line: yamlLine(raw, k) });
    const v = raw[k];
    if (depth < 3 && isMap(v)) fieldLocs(v, c[k], file, p, depth + 1, out);
    if (!Array.isArray(v)) continue;
    if (depth === 0 && (k === 'environment' || k === 'labels')) {
      v.forEach((item, i) => {
        const name = String(item).split('=')[0];
        out.set(`${p}.${name}`, { file, line: yamlLine(v, i) });
      });
    } else if (depth === 0 && ITEM_LINES.has(k)) {
      const items = Array.isArray(c[k]) ? (c[k] as Json[]) : [];
      items.forEach((item, i) => out.set(itemKey(k, item), { file, line: yamlLine(v, i) }));
    }
  }
  return out;
}

function resolveBuild(config: JsonMap, baseDir: string): JsonMap {
  const b = config.build;
  if (!isMap(b)) return config;
  // an overlay that only adds `args` keeps the base file's context: leave a missing one missing
  if (typeof b.context !== 'string') return config;
  const ctx = b.context;
  if (/^(https?:|git@|git:|github\.com)/.test(ctx)) return { ...config, build: { ...b, remote: true } };
  const context = posix.normalize(posix.join(baseDir || '.', ctx));
  return { ...config, build: { ...b, context: context === '' ? '.' : context } };
}

export function loadComposeFile(env: LoadEnv, path: string, stack: string[] = []): LoadedFile | undefined {
  if (env.loaded.has(path)) return env.loaded.get(path);
  const file = readComposeFile(env, path, stack);
  env.loaded.set(path, file);
  return file;
}

function readComposeFile(env: LoadEnv, path: string, stack: string[]): LoadedFile | undefined {
  const parsed = env.ctx.yaml(path);
  if (!parsed) return undefined;
  const doc = parsed.documents[0]?.value;
  const file: LoadedFile = { path, services: new Map(), networks: {}, networksLine: 0, volumes: {} };
  if (doc === null || doc === undefined) return file;
  if (!isMap(doc)) {
    env.ctx.diagnose({ file: path, line: parsed.documents[0].line, severity: 'error', code: 'compose-invalid', message: 'a compose file must be a mapping' });
    return file;
  }
  const rawServices = doc.services;
  const interpolated = interpolateTree(doc, env, path, '') as JsonMap;
  if (typeof interpolated.name === 'string' && interpolated.name) file.name = interpolated.name;
  if (isMap(interpolated.networks)) {
    file.networks = interpolated.networks;
    file.networksLine = yamlLine(doc, 'networks');
  }
  if (isMap(interpolated.volumes)) file.volumes = interpolated.volumes;
  if (rawServices !== undefined && rawServices !== null && !isMap(rawServices)) {
    env.ctx.diagnose({ file: path, line: yamlLine(doc, 'services'), severity: 'error', code: 'compose-invalid', message: '`services` must be a mapping' });
    return file;
  }
  const services = isMap(interpolated.services) ? interpolated.services : {};
  const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
  const resolving = new Set<string>();
  const resolve = (name: string): LoadedService | undefined => {
    const done = file.services.get(name);
    if (done) return done;
    const cfg = services[name];
    const raw = isMap(rawServices) ? rawServices[name] : undefined;
    if (!isMap(cfg)) {
      env.ctx.diagnose({ file: path, line: yamlLine(rawServices, name), severity: 'error', code: 'compose-invalid', message: `service "${name}" must be a mapping` });
      return undefined;
    }
    if (resolving.has(name)) {
      env.ctx.diagnose({ file: path, line: yamlLine(raw, 'extends'), severity: 'error', code: 'compose-extends-loop', message: `service "${name}" extends itself through ${[...resolving].join(' -> ')}` });
      return undefined;
    }
    resolving.add(name);
    // relative paths of the base file and its overlays resolve against the project directory
    let own: LoadedService = {
      config: resolveBuild(normaliseService(cfg), env.projectDir),
      locs: fieldLocs(raw, cfg, path),
      file: path,
      line: yamlLine(rawServices, name),
      raw,
    };
    const ext = cfg.extends;
    if (ext !== undefined) {
      const target = typeof ext === 'string' ? { service: ext } : isMap(ext) ? ext : {};
      const svcName = String(target.service ?? '');
      let base: LoadedService | undefined;
      if (typeof target.file === 'string') {
        const other = posix.normalize(posix.join(dir || '.', target.file));
        if (stack.includes(other) || other === path) {
          env.ctx.diagnose({ file: path, line: yamlLine(raw, 'extends'), severity: 'error', code: 'compose-extends-loop', message: `extends loops back to ${other}` });
        } else if (!env.ctx.exists(other)) {
          env.ctx.diagnose({ file: path, line: yamlLine(raw, 'extends'), severity: 'error', code: 'compose-extends-missing', message: `extends names ${other}, which does not exist` });
        } else {
          base = loadComposeFile({ ...env, projectDir: posix.dirname(other) === '.' ? '' : posix.dirname(other) }, other, [...stack, path])?.services.get(svcName);
          if (!base) env.ctx.diagnose({ file: path, line: yamlLine(raw, 'extends'), severity: 'error', code: 'compose-extends-missing', message: `extends names service "${svcName}" that ${other} does not define` });
        }
      } else {
        base = resolve(svcName);
        if (!base && services[svcName] === undefined) env.ctx.diagnose({ file: path, line: yamlLine(raw, 'extends'), severity: 'error', code: 'compose-extends-missing', message: `extends names service "${svcName}", which is not defined` });
      }
      const { extends: _drop, ...rest } = own.config;
      // the service is declared here, whatever it inherits
      own = base ? { ...mergeLoaded(base, { ...own, config: rest }), file: own.file, line: own.line } : { ...own, config: rest };
    }
    resolving.delete(name);
    file.services.set(name, own);
    return own;
  };
  for (const name of Object.keys(services)) resolve(name);
  return file;
}

/** Merges a later definition of a service onto an earlier one, locations included. */
export function mergeLoaded(base: LoadedService, over: LoadedService): LoadedService {
  const config = mergeService(base.config, over.config, over.raw, yamlTag);
  const locs = new Map(base.locs);
  for (const [k, v] of over.locs) locs.set(k, v);
  // drop the locations of fields a `!reset` removed (`ports[...]` and `deploy.replicas` belong to ports, deploy)
  for (const k of locs.keys()) if (!(/^[^.[]*/.exec(k)![0] in config)) locs.delete(k);
  return { config, locs, file: base.file, line: base.line };
}

/** Reads the project's `.env` (same directory as the base file). */
export function projectEnv(ctx: ScanContext, dir: string): Map<string, string> {
  const p = dir ? `${dir}/.env` : '.env';
  const text = ctx.text(p);
  return text === undefined ? new Map() : parseEnvFile(text).values;
}
