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
   * Whether `raw` is this resource's own deep copy. A base shared by many overlays is copied
   * only along the paths the built-in transformers write (metadata, selectors, template
   * metadata); patches, image rules and reference fixes take a deep copy first.
   */
  owned: boolean;
}

export const nameOf = (r: Resource) => (isMap(r.raw.metadata) && typeof r.raw.metadata.name === 'string' ? r.raw.metadata.name : '');
export const namespaceOf = (r: Resource) => (isMap(r.raw.metadata) && typeof r.raw.metadata.namespace === 'string' ? r.raw.metadata.namespace : '');

export function metadataOf(r: Resource): Obj {
  if (!isMap(r.raw.metadata)) r.raw.metadata = {};
  return r.raw.metadata as Obj;
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

/** The copy a user of a shared rendering transforms: the transformers' paths copied, the rest shared. */
/**
 * A view of a shared resource that copies nothing yet: fit for reading, and for changes made
 * through `own()` (which deep-copies first).
 */
export function viewResource(r: Resource): Resource {
  return { ...r, owned: false };
}

export function copyResource(r: Resource): Resource {
  const raw = shallow(r.raw);
  splitMeta(raw, 'metadata');
  if (Array.isArray(raw.subjects)) raw.subjects = clone(raw.subjects);
  const spec = split(raw, 'spec');
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
  return { ...r, raw, owned: false, names: [...r.names], namespaces: [...r.namespaces], hash: r.hash ? { data: r.hash.data } : undefined };
}

export function newResource(raw: Obj, file: string, line: number): Resource {
  const meta = isMap(raw.metadata) ? raw.metadata : {};
  return { raw, file, line, owned: true, names: [String(meta.name ?? '')], namespaces: [typeof meta.namespace === 'string' ? meta.namespace : ''] };
}
