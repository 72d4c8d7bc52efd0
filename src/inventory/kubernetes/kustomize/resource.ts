/** A resource while a kustomization renders it: its data plus the names it had on the way. */
import { isMap } from '../objects.js';
import type { Obj } from '../objects.js';
import { clone, shallow } from '../provenance.js';

export interface Resource {
  raw: Obj;
  /** where it was written (a generator's kustomization for generated ones) */
  file: string;
  line: number;
  /** every name it had, oldest first: patches and references match any of them */
  names: string[];
  namespaces: string[];
  /** ConfigMaps and Secrets from generators get a content hash suffix at the very end */
  hash?: { data: Record<string, string> };
  /**
   * Whether `raw` is this resource's own deep copy. Parsed files and bases shared by many
   * overlays are copied only along the paths that are written: the built-in transformers' paths
   * (metadata, selectors, template metadata, containers) and those a strategic merge patch
   * reaches; JSON patches and reference fixes take a deep copy first.
   */
  owned: boolean;
  /** how much of a shared `raw` was already copied for writing (see `writable`) */
  split: 0 | 1 | 2;
}

export const nameOf = (r: Resource) => (isMap(r.raw.metadata) && typeof r.raw.metadata.name === 'string' ? r.raw.metadata.name : '');
export const namespaceOf = (r: Resource) => (isMap(r.raw.metadata) && typeof r.raw.metadata.namespace === 'string' ? r.raw.metadata.namespace : '');

/** The metadata, ready to be written. */
export function metadataOf(r: Resource): Obj {
  const raw = writable(r, 'meta');
  if (!isMap(raw.metadata)) raw.metadata = {};
  return raw.metadata as Obj;
}

export function rename(r: Resource, name: string): void {
  metadataOf(r).name = name;
  if (!r.names.includes(name)) r.names.push(name);
}

/** Deep-copies a resource's data before a change that may reach anywhere into it. */
export function own(r: Resource): Obj {
  if (!r.owned) {
    r.raw = clone(r.raw);
    r.owned = true;
  }
  return r.raw;
}

/** Copies `holder[key]` one level (shared data must not change under other overlays). */
function split(holder: Obj, key: string): Obj | undefined {
  const v = holder[key];
  if (!isMap(v)) return undefined;
  const c = shallow(v);
  holder[key] = c;
  return c;
}

/** Metadata-like maps: the map and its label and annotation maps. */
function splitMeta(holder: Obj, key: string): void {
  const m = split(holder, key);
  if (!m) return;
  split(m, 'labels');
  split(m, 'annotations');
  split(m, 'matchLabels');
}

/**
 * Makes a resource's own copy of what a built-in transformer writes, copied only when first
 * written: 'meta' for name, namespace, labels and annotations; 'spec' adds replicas, selectors
 * and the pod template's metadata. Patches and image rules take a deep copy (`own`).
 */
export function writable(r: Resource, level: 'meta' | 'spec'): Obj {
  const want = level === 'meta' ? 1 : 2;
  if (r.owned || r.split >= want) return r.raw;
  if (r.split === 0) {
    r.raw = shallow(r.raw);
    splitMeta(r.raw, 'metadata');
    if (Array.isArray(r.raw.subjects)) r.raw.subjects = clone(r.raw.subjects);
  }
  if (want === 2) {
    const spec = split(r.raw, 'spec');
    if (spec) {
      splitMeta(spec, 'selector');
      splitMeta(spec, 'podSelector');
      const jt = split(spec, 'jobTemplate');
      const js = jt ? split(jt, 'spec') : undefined;
      for (const holder of [spec, js]) {
        const t = holder ? split(holder, 'template') : undefined;
        if (t) splitMeta(t, 'metadata');
      }
      if (jt) splitMeta(jt, 'metadata');
    }
  }
  r.split = want;
  return r.raw;
}

/** Another user's copy of a shared rendering: nothing is copied until it is written. */
export function copyResource(r: Resource): Resource {
  return { ...r, owned: false, split: 0, names: [...r.names], namespaces: [...r.namespaces] };
}

/** A resource over shared data (a parsed file): nothing is copied until it is written. */
export function newResource(raw: Obj, file: string, line: number): Resource {
  const meta = isMap(raw.metadata) ? raw.metadata : {};
  return { raw, file, line, owned: false, split: 0, names: [String(meta.name ?? '')], namespaces: [typeof meta.namespace === 'string' ? meta.namespace : ''] };
}

/** The top level of a resource's data, ready to be written; anything below is still shared. */
export function writableRoot(r: Resource): Obj {
  if (!r.owned && r.split === 0) r.raw = shallow(r.raw);
  return r.raw;
}

/** The pod spec's containers, copied for writing (image rules change only those). */
export function writableContainers(r: Resource): Obj[] | undefined {
  const raw = writable(r, 'spec');
  if (r.owned) return undefined;
  const spec = isMap(raw.spec) ? raw.spec : undefined;
  let holder: Obj | undefined;
  if (raw.kind === 'Pod') holder = spec;
  else if (spec && isMap(spec.jobTemplate) && isMap(spec.jobTemplate.spec)) holder = isMap(spec.jobTemplate.spec.template) ? spec.jobTemplate.spec.template : undefined;
  else if (spec && isMap(spec.template)) holder = spec.template;
  if (!holder) return undefined;
  // template is already this resource's copy (writable 'spec'); copy its spec and containers
  const podSpec = raw.kind === 'Pod' ? holder : split(holder, 'spec');
  if (!podSpec) return undefined;
  const out: Obj[] = [];
  for (const key of ['containers', 'initContainers']) {
    const list = podSpec[key];
    if (!Array.isArray(list)) continue;
    const copy = shallow(list).map((c: unknown) => (isMap(c) ? shallow(c) : c));
    podSpec[key] = copy;
    out.push(...copy.filter(isMap));
  }
  return out;
}
