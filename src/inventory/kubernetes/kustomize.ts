import { posix } from 'node:path';
import type { ScanContext } from '../context.js';
import { parseYaml, yamlLine } from '../../yaml/load.js';
import { isMap } from '../compose/merge.js';
import { describeObject, expandLists, isManifest, rawOf, type K8sObject } from './objects.js';

type Obj = Record<string, unknown>;

export const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

export interface Kustomization {
  dir: string;
  file: string;
  /** overlays judged as production: the path names prod/production/live */
  production: boolean;
  /** used by another kustomization as a base or component */
  referenced: boolean;
  resources: string[];
  objects: K8sObject[];
}

/** Plain-data deep copy: renders mutate their objects, bases are shared between overlays. */
function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(clone) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = clone((v as Record<string, unknown>)[k]);
  return out as T;
}

/** Files a kustomization uses as patches: they look like manifests but are not resources. */
export function patchFiles(dir: string, k: unknown): string[] {
  if (!isMap(k)) return [];
  const at = (p: string) => posix.normalize(posix.join(dir || '.', p)).replace(/^\.\/?/, '');
  const out: string[] = [];
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
    for (const p of Array.isArray(k[key]) ? (k[key] as unknown[]) : []) {
      if (typeof p === 'string' && !p.includes('\n')) out.push(at(p));
      else if (isMap(p) && typeof p.path === 'string') out.push(at(p.path));
    }
  }
  return out;
}

export function kustomizationFile(ctx: ScanContext, dir: string): string | undefined {
  for (const n of KUSTOMIZATION_NAMES) {
    const p = dir ? `${dir}/${n}` : n;
    if (ctx.exists(p)) return p;
  }
  return undefined;
}

const RENDERED = new WeakMap<ScanContext, Map<string, K8sObject[]>>();

/** Renders a kustomization the way `kubectl kustomize` does for the common cases. */
export function renderKustomization(ctx: ScanContext, dir: string, stack: string[] = [], refs = new Set<string>()): K8sObject[] {
  let memo = RENDERED.get(ctx);
  if (!memo) RENDERED.set(ctx, (memo = new Map()));
  const done = memo.get(dir);
  // a base shared by several overlays is rendered once; each user gets its own copy to transform
  if (done) return done.map(copyObject);
  const out = renderUncached(ctx, dir, stack, refs);
  memo.set(dir, out);
  return out.map(copyObject);
}

function copyObject(o: K8sObject): K8sObject {
  const c = { ...o, labels: { ...o.labels }, annotations: { ...o.annotations } };
  Object.defineProperty(c, 'raw', { value: clone(rawOf(o)), enumerable: false });
  return c;
}

function renderUncached(ctx: ScanContext, dir: string, stack: string[], refs: Set<string>): K8sObject[] {
  const file = kustomizationFile(ctx, dir);
  if (!file) return [];
  if (stack.includes(dir)) {
    ctx.diagnose({ file, line: 1, severity: 'error', code: 'kustomize-loop', message: `kustomization resources loop: ${[...stack, dir].join(' -> ')}` });
    return [];
  }
  const k = ctx.yaml(file)?.documents[0]?.value;
  if (!isMap(k)) return [];
  const at = (p: string) => posix.normalize(posix.join(dir || '.', p)).replace(/^\.\/?/, '');
  let objects: K8sObject[] = [];
  const load = (entry: unknown, list: unknown[], i: number) => {
    const rel = String(entry);
    if (/^(https?:|git@|github\.com|ssh:)/.test(rel) || rel.includes('?ref=')) {
      ctx.diagnose({ file, line: yamlLine(list, i), severity: 'notice', code: 'kustomize-remote', message: `remote resource not fetched: ${rel}` });
      return;
    }
    const p = at(rel);
    if (kustomizationFile(ctx, p)) {
      refs.add(p);
      objects.push(...renderKustomization(ctx, p, [...stack, dir], refs));
    } else if (ctx.exists(p)) {
      for (const d of ctx.yaml(p)?.documents ?? []) if (isManifest(d.value)) for (const o of expandLists(d.value)) objects.push(describeObject(clone(o), p, yamlLine(o, 'kind') || d.line, dir));
    } else ctx.diagnose({ file, line: yamlLine(list, i), severity: 'error', code: 'kustomize-missing', message: `resource ${rel} does not exist` });
  };
  for (const key of ['resources', 'bases']) {
    const list = Array.isArray(k[key]) ? (k[key] as unknown[]) : [];
    list.forEach((e, i) => load(e, list, i));
  }
  const components = Array.isArray(k.components) ? (k.components as unknown[]) : [];
  components.forEach((c, i) => {
    const p = at(String(c));
    refs.add(p);
    const ck = kustomizationFile(ctx, p);
    const cv = ck ? ctx.yaml(ck)?.documents[0]?.value : undefined;
    if (isMap(cv)) {
      // a component adds its resources and applies its patches to ours
      const extra = renderKustomization(ctx, p, [...stack, dir], refs).filter((o) => !objects.some((x) => x.kind === o.kind && x.name === o.name));
      objects.push(...extra);
      objects = applyTransforms(ctx, p, cv, objects);
    } else ctx.diagnose({ file, line: yamlLine(components, i), severity: 'error', code: 'kustomize-missing', message: `component ${c} does not exist` });
  });
  const rendered = applyTransforms(ctx, dir, k, objects);
  for (const o of rendered) o.via = dir;
  return rendered;
}

function applyTransforms(ctx: ScanContext, dir: string, k: Obj, input: K8sObject[]): K8sObject[] {
  const file = kustomizationFile(ctx, dir) ?? dir;
  const at = (p: string) => posix.normalize(posix.join(dir || '.', p)).replace(/^\.\/?/, '');
  let objects = input;
  const patches: { patch: Obj[] | Obj; target?: Obj; line: number; file: string; json: boolean }[] = [];
  const addPatchText = (text: string | undefined, target: Obj | undefined, line: number, pfile: string) => {
    if (text === undefined) return;
    const trimmed = text.trim();
    const docs = trimmed.startsWith('-') || trimmed.startsWith('[') ? [ctxParse(ctx, pfile, text)] : ctxParseAll(ctx, pfile, text);
    for (const d of docs) if (d !== undefined) patches.push({ patch: d as Obj, target, line, file: pfile, json: Array.isArray(d) });
  };
  const list = (key: string) => (Array.isArray(k[key]) ? (k[key] as unknown[]) : []);
  list('patches').forEach((p, i) => {
    const line = yamlLine(list('patches'), i);
    if (typeof p === 'string') addPatchText(ctx.text(at(p)), undefined, line, at(p));
    else if (isMap(p)) {
      const target = isMap(p.target) ? p.target : undefined;
      if (typeof p.path === 'string') addPatchText(ctx.text(at(p.path)), target, line, at(p.path));
      else if (typeof p.patch === 'string') addPatchText(p.patch, target, line, file);
    }
  });
  list('patchesStrategicMerge').forEach((p, i) => addPatchText(typeof p === 'string' && !p.includes('\n') ? ctx.text(at(p)) : String(p), undefined, yamlLine(list('patchesStrategicMerge'), i), typeof p === 'string' && !p.includes('\n') ? at(p) : file));
  list('patchesJson6902').forEach((p, i) => {
    if (isMap(p) && typeof p.path === 'string') addPatchText(ctx.text(at(p.path)), isMap(p.target) ? p.target : undefined, yamlLine(list('patchesJson6902'), i), at(p.path));
  });
  for (const p of patches) {
    const matches = objects.filter((o) => matchesTarget(o, p.target ?? (isMap(p.patch) ? targetOfPatch(p.patch) : undefined)));
    if (matches.length === 0) {
      ctx.diagnose({ file: p.file, line: p.line, severity: 'warning', code: 'kustomize-patch-no-target', message: 'patch matches no resource' });
      continue;
    }
    for (const o of matches) {
      const raw = rawOf(o);
      if (p.json) applyJson6902(raw, p.patch as unknown as Obj[]);
      else strategicMerge(raw, p.patch as Obj);
    }
  }
  const ns = typeof k.namespace === 'string' ? k.namespace : undefined;
  const prefix = typeof k.namePrefix === 'string' ? k.namePrefix : '';
  const suffix = typeof k.nameSuffix === 'string' ? k.nameSuffix : '';
  const labels = { ...(isMap(k.commonLabels) ? k.commonLabels : {}) } as Obj;
  for (const l of list('labels')) if (isMap(l) && isMap(l.pairs)) Object.assign(labels, l.pairs);
  const images = list('images').filter(isMap);
  const replicas = list('replicas').filter(isMap);
  for (const o of objects) {
    const raw = rawOf(o);
    const meta = (raw.metadata = isMap(raw.metadata) ? raw.metadata : {}) as Obj;
    if (ns && o.kind !== 'Namespace' && !/^Cluster/.test(o.kind)) meta.namespace = ns;
    if (prefix || suffix) if (o.kind !== 'Namespace' && o.kind !== 'CustomResourceDefinition') meta.name = `${prefix}${meta.name ?? ''}${suffix}`;
    if (Object.keys(labels).length) {
      meta.labels = { ...(isMap(meta.labels) ? meta.labels : {}), ...labels };
      const spec = isMap(raw.spec) ? raw.spec : undefined;
      const tmpl = spec && isMap(spec.template) ? spec.template : undefined;
      if (tmpl) {
        const tm = (tmpl.metadata = isMap(tmpl.metadata) ? tmpl.metadata : {}) as Obj;
        tm.labels = { ...(isMap(tm.labels) ? tm.labels : {}), ...labels };
      }
    }
    for (const c of allContainers(raw)) {
      const img = String(c.image ?? '');
      const repo = img.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
      const rule = images.find((im) => im.name === repo || im.name === img);
      if (!rule) continue;
      const newName = rule.newName ? String(rule.newName) : repo;
      c.image = rule.digest ? `${newName}@${rule.digest}` : `${newName}:${rule.newTag ?? (img.includes(':') ? img.slice(img.lastIndexOf(':') + 1) : 'latest')}`;
    }
    const r = replicas.find((x) => x.name === (isMap(raw.metadata) ? raw.metadata.name : undefined) || x.name === o.name);
    if (r && isMap(raw.spec) && /^(Deployment|StatefulSet|ReplicaSet|ReplicationController|Rollout)$/.test(o.kind)) raw.spec.replicas = Number(r.count);
  }
  return objects.map((o) => reDescribe(o));
}

function reDescribe(o: K8sObject): K8sObject {
  const d = describeObject(rawOf(o), o.file, o.line, o.via);
  d.line = o.line;
  return d;
}

function ctxParse(ctx: ScanContext, file: string, text: string): unknown {
  return ctxParseAll(ctx, file, text)[0];
}

function ctxParseAll(ctx: ScanContext, file: string, text: string): unknown[] {
  const cached = ctx.text(file) === text ? ctx.yaml(file) : undefined;
  if (cached) return cached.documents.map((d) => clone(d.value));
  // inline patches: parsed on their own, errors reported at the kustomization
  const r = parseYaml(text, file);
  for (const e of r.errors) ctx.diagnose({ file, line: e.line, severity: 'error', code: 'yaml-syntax', message: `invalid inline patch: ${e.message}` });
  return r.documents.map((d) => d.value);
}


function targetOfPatch(p: Obj): Obj {
  const meta = isMap(p.metadata) ? p.metadata : {};
  return { kind: p.kind, name: meta.name };
}

function matchesTarget(o: K8sObject, t: Obj | undefined): boolean {
  if (!t) return false;
  if (t.kind && t.kind !== o.kind) return false;
  if (t.name && !new RegExp(`^${String(t.name)}$`).test(o.name ?? '')) return false;
  if (t.namespace && t.namespace !== o.namespace) return false;
  if (typeof t.labelSelector === 'string') {
    for (const pair of t.labelSelector.split(',')) {
      const [lk, lv] = pair.split('=');
      if (o.labels[lk.trim()] !== lv?.trim()) return false;
    }
  }
  return true;
}

function allContainers(raw: Obj): Obj[] {
  const out: Obj[] = [];
  const walk = (v: unknown) => {
    if (!isMap(v)) return;
    for (const key of ['containers', 'initContainers']) if (Array.isArray(v[key])) out.push(...(v[key] as unknown[]).filter(isMap));
    for (const [key, x] of Object.entries(v)) if (key !== 'containers' && key !== 'initContainers' && isMap(x)) walk(x);
  };
  walk(raw.spec);
  return out;
}

const MERGE_BY_NAME = new Set(['containers', 'initContainers', 'env', 'volumes', 'volumeMounts', 'ports', 'imagePullSecrets']);

/** Strategic merge for the common cases: maps merge, named lists merge by name, `$patch`. */
export function strategicMerge(target: Obj, patch: Obj): void {
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch') continue;
    if (isMap(v) && v.$patch === 'delete') {
      delete target[k];
      continue;
    }
    if (isMap(v) && v.$patch === 'replace') {
      const { $patch: _p, ...rest } = v;
      target[k] = rest;
      continue;
    }
    const cur = target[k];
    if (Array.isArray(v) && Array.isArray(cur) && MERGE_BY_NAME.has(k)) {
      for (const item of v) {
        if (!isMap(item)) continue;
        const key = 'name' in item ? 'name' : 'containerPort' in item ? 'containerPort' : 'mountPath' in item ? 'mountPath' : 'name';
        const idx = cur.findIndex((c) => isMap(c) && c[key] === item[key]);
        if (item.$patch === 'delete') {
          if (idx >= 0) cur.splice(idx, 1);
        } else if (idx >= 0) strategicMerge(cur[idx] as Obj, item);
        else cur.push(item);
      }
    } else if (isMap(v) && isMap(cur)) strategicMerge(cur, v);
    else target[k] = v;
  }
}

/** JSON patch (RFC 6902) on plain data. */
export function applyJson6902(target: Obj, ops: Obj[]): void {
  const parse = (p: string) => p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const parent = (path: string[]): [unknown, string] => {
    let cur: unknown = target;
    for (const seg of path.slice(0, -1)) cur = Array.isArray(cur) ? cur[Number(seg)] : isMap(cur) ? cur[seg] : undefined;
    return [cur, path[path.length - 1]];
  };
  const get = (path: string[]) => {
    const [p, last] = parent(path);
    return Array.isArray(p) ? p[Number(last)] : isMap(p) ? p[last] : undefined;
  };
  const set = (path: string[], value: unknown, insert: boolean) => {
    const [p, last] = parent(path);
    if (Array.isArray(p)) {
      const i = last === '-' ? p.length : Number(last);
      if (insert) p.splice(i, 0, value);
      else p[i] = value;
    } else if (isMap(p)) (p as Obj)[last] = value;
  };
  const remove = (path: string[]) => {
    const [p, last] = parent(path);
    if (Array.isArray(p)) p.splice(Number(last), 1);
    else if (isMap(p)) delete p[last];
  };
  for (const op of ops) {
    if (!isMap(op) || typeof op.path !== 'string') continue;
    const path = parse(op.path);
    switch (op.op) {
      case 'add':
        set(path, clone(op.value as unknown), true);
        break;
      case 'replace':
        set(path, clone(op.value as unknown), false);
        break;
      case 'remove':
        remove(path);
        break;
      case 'copy':
        set(path, clone(get(parse(String(op.from)))), true);
        break;
      case 'move': {
        const from = parse(String(op.from));
        const v = get(from);
        remove(from);
        set(path, v, true);
        break;
      }
    }
  }
}
