import { posix } from 'node:path';
import type { ScanContext } from '../context.js';
import type { Loc } from '../diagnostics.js';
import { yamlLine, yamlPosition, yamlTag } from '../../yaml/load.js';
import { isSecretName } from '../secret-names.js';
import { interpolate, parseEnvFile } from './interpolate.js';
import { isMap, mergeService, normaliseService, type Json, type JsonMap } from './merge.js';

export interface Interpolation {
  variable: string;
  file: string;
  line: number;
  column: number;
  /** where it is used: `services.backend.environment.JWT_SECRET_KEY` */
  path: string;
  source: 'env-file' | 'default' | 'unset';
  required: boolean;
  /** length of the default written in the compose file, used or not (the default itself is never kept) */
  defaultLength?: number;
}

/** One compose file, interpolated and with its services' `extends` resolved. */
export interface LoadedFile {
  path: string;
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
  seen: Set<string>;
}

const mask = (name: string) => isSecretName(name);

/** Interpolates every string of a parsed compose document, recording each substitution. */
function interpolateTree(node: unknown, env: LoadEnv, file: string, path: string, container?: object, key?: string | number): Json {
  if (typeof node === 'string') {
    if (!node.includes('$')) return node;
    const r = interpolate(node, env.env, mask);
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
      if (s.error) env.ctx.diagnose({ file, line: pos?.line, column: pos?.column, severity: 'error', code: 'compose-required-variable', message: `${s.error} (at ${path})` });
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

/** Field locations of one service as written in one file (three levels deep, env keys too). */
function fieldLocs(raw: unknown, file: string, prefix = '', depth = 0, out = new Map<string, Loc>()): Map<string, Loc> {
  if (!isMap(raw)) return out;
  for (const k of Object.keys(raw)) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.set(p, { file, line: yamlLine(raw, k) });
    const v = raw[k];
    if (depth < 3 && isMap(v)) fieldLocs(v, file, p, depth + 1, out);
    if (Array.isArray(v) && (k === 'environment' || k === 'labels')) {
      v.forEach((item, i) => {
        const name = String(item).split('=')[0];
        out.set(`${p}.${name}`, { file, line: yamlLine(v, i) });
      });
    }
  }
  return out;
}

function resolveBuild(config: JsonMap, baseDir: string): JsonMap {
  const b = config.build;
  if (!isMap(b)) return config;
  const ctx = typeof b.context === 'string' ? b.context : '.';
  if (/^(https?:|git@|git:|github\.com)/.test(ctx)) return { ...config, build: { ...b, remote: true } };
  const context = posix.normalize(posix.join(baseDir || '.', ctx));
  return { ...config, build: { ...b, context: context === '' ? '.' : context } };
}

export function loadComposeFile(env: LoadEnv, path: string, stack: string[] = []): LoadedFile | undefined {
  const parsed = env.ctx.yaml(path);
  if (!parsed) return undefined;
  const doc = parsed.documents[0]?.value;
  const file: LoadedFile = { path, services: new Map(), networks: {}, volumes: {} };
  if (doc === null || doc === undefined) return file;
  if (!isMap(doc)) {
    env.ctx.diagnose({ file: path, line: parsed.documents[0].line, severity: 'error', code: 'compose-invalid', message: 'a compose file must be a mapping' });
    return file;
  }
  const rawServices = doc.services;
  const interpolated = interpolateTree(doc, env, path, '') as JsonMap;
  if (isMap(interpolated.networks)) file.networks = interpolated.networks;
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
      locs: fieldLocs(raw, path),
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
      own = base ? mergeLoaded(base, { ...own, config: rest }) : { ...own, config: rest };
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
  const tagOf = (_c: JsonMap, key: string) => (isMap(over.raw) ? yamlTag(over.raw, key) : undefined);
  const config = mergeService(base.config, over.config, tagOf);
  const locs = new Map(base.locs);
  for (const [k, v] of over.locs) locs.set(k, v);
  for (const k of locs.keys()) if (!(k.split('.')[0] in config)) locs.delete(k);
  return { config, locs, file: base.file, line: base.line };
}

/** Reads the project's `.env` (same directory as the base file). */
export function projectEnv(ctx: ScanContext, dir: string): Map<string, string> {
  const p = dir ? `${dir}/.env` : '.env';
  const text = ctx.text(p);
  return text === undefined ? new Map() : parseEnvFile(text).values;
}
