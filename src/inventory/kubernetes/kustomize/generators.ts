/**
 * configMapGenerator and secretGenerator: the objects they make, with the content hash suffix
 * kustomize appends. Secret values are read only to compute that hash; the rendered Secret keeps
 * its keys with empty values, so no value can reach the inventory.
 */
import { createHash } from 'node:crypto';
import { isMap } from '../objects.js';
import type { ScanContext } from '../../context.js';
import { yamlLine } from '../../../yaml/load.js';
import { list, str, strMap, type Obj } from '../objects.js';
import { setKeyLoc } from '../provenance.js';
import { resolvePath } from './paths.js';
import { metadataOf, nameOf, namespaceOf, newResource, writableRoot, type Resource } from './resource.js';

/** KEY=VALUE lines of an env file (comments and blank lines skipped). */
function envPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const eq = t.indexOf('=');
    if (eq > 0) out.push([t.slice(0, eq).trim(), t.slice(eq + 1)]);
  }
  return out;
}

function sources(ctx: ScanContext, dir: string, g: Obj, file: string, line: number): Record<string, string> {
  const data: Record<string, string> = {};
  for (const l of list(g.literals)) {
    const s = String(l);
    const eq = s.indexOf('=');
    if (eq > 0) data[s.slice(0, eq)] = s.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2');
  }
  const missing = (p: string) => ctx.diagnose({ file, line, severity: 'warning', code: 'kustomize-missing', message: `generator file ${p} cannot be read` });
  for (const f of list(g.files)) {
    const s = String(f);
    const eq = s.indexOf('=');
    const key = eq > 0 ? s.slice(0, eq) : s.slice(s.lastIndexOf('/') + 1);
    const path = resolvePath(dir, eq > 0 ? s.slice(eq + 1) : s);
    const text = ctx.text(path);
    if (text === undefined) missing(path);
    else data[key] = text;
  }
  for (const e of [...list(g.envs), ...(g.env ? [g.env] : [])]) {
    const path = resolvePath(dir, String(e));
    const text = ctx.text(path);
    if (text === undefined) missing(path);
    else for (const [k, v] of envPairs(text)) data[k] = v;
  }
  return data;
}

export function generate(ctx: ScanContext, dir: string, file: string, k: Obj, into: Resource[]): void {
  const globalOpts = isMap(k.generatorOptions) ? k.generatorOptions : {};
  for (const kind of ['ConfigMap', 'Secret'] as const) {
    const key = kind === 'ConfigMap' ? 'configMapGenerator' : 'secretGenerator';
    const gens = list(k[key]);
    gens.forEach((g, i) => {
      if (!isMap(g) || typeof g.name !== 'string') return;
      const line = yamlLine(gens, i) || 1;
      const values = sources(ctx, dir, g, file, line);
      const opts = { ...globalOpts, ...(isMap(g.options) ? g.options : {}) };
      const behavior = str(g.behavior) ?? 'create';
      const ns = str(g.namespace);
      if (behavior === 'merge' || behavior === 'replace') {
        const existing = into.find((r) => r.raw.kind === kind && r.names.includes(g.name as string) && (!ns || namespaceOf(r) === ns));
        if (!existing) {
          ctx.diagnose({ file, line, severity: 'warning', code: 'kustomize-generator-no-base', message: `${key} ${g.name} has behavior ${behavior} but no ${kind} of that name exists` });
          return;
        }
        const base = behavior === 'merge' ? (existing.hash?.data ?? strMap(existing.raw.data)) : {};
        fill(existing, kind, { ...base, ...values }, file, line);
        return;
      }
      const raw: Obj = { apiVersion: 'v1', kind, metadata: ns ? { name: g.name, namespace: ns } : { name: g.name } };
      if (kind === 'Secret') raw.type = str(g.type) ?? 'Opaque';
      const r = newResource(raw, file, line);
      const meta = metadataOf(r);
      if (isMap(opts.labels)) meta.labels = { ...opts.labels };
      if (isMap(opts.annotations)) meta.annotations = { ...opts.annotations };
      fill(r, kind, values, file, line);
      if (opts.disableNameSuffixHash === true) delete r.hash;
      into.push(r);
    });
  }
}

function fill(r: Resource, kind: 'ConfigMap' | 'Secret', values: Record<string, string>, file: string, line: number): void {
  const data: Obj = {};
  for (const key of Object.keys(values)) {
    // a Secret's values stay out of the rendered object; the hash keeps their base64 form
    data[key] = kind === 'Secret' ? '' : values[key];
    setKeyLoc(data, key, { file, line });
  }
  writableRoot(r).data = data;
  const hashed: Record<string, string> = {};
  for (const key of Object.keys(values)) hashed[key] = kind === 'Secret' ? Buffer.from(values[key]).toString('base64') : values[key];
  r.hash = { data: hashed };
}

/** Go's json.Marshal: sorted keys, and <, >, & escaped. */
function goJson(v: unknown): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${goJson(k)}:${goJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** kustomize's name suffix: sha256 of the encoded object, 10 hex digits with some letters swapped. */
export function contentHash(r: Resource): string {
  const kind = String(r.raw.kind);
  // kustomize encodes the object with an empty name
  const encoded: Record<string, unknown> = { kind, name: '', data: r.hash?.data ?? {} };
  if (kind === 'Secret') encoded.type = String(r.raw.type ?? 'Opaque');
  const hex = createHash('sha256').update(goJson(encoded)).digest('hex').slice(0, 10);
  return hex.replace(/[013ae]/g, (c) => ({ '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' })[c as '0']);
}

export function hashSuffixName(r: Resource): string {
  return `${nameOf(r)}-${contentHash(r)}`;
}
