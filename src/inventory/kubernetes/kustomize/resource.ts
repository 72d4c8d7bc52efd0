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
  /** Whether `raw` is this resource's own deep copy (JSON patches and reference fixes take one). */
  owned: boolean;
  /**
   * Otherwise `raw` may share its containers with the parsed files and with other overlays'
   * renderings of the same base: these are the containers already copied for this resource,
   * each referenced from one place in `raw` only. Everything else is copied before it is written.
   */
  mine: object[];
}

export const nameOf = (r: Resource) => (isMap(r.raw.metadata) && typeof r.raw.metadata.name === 'string' ? r.raw.metadata.name : '');
export const namespaceOf = (r: Resource) => (isMap(r.raw.metadata) && typeof r.raw.metadata.namespace === 'string' ? r.raw.metadata.namespace : '');

const isMine = (r: Resource, v: object) => r.owned || r.mine.includes(v);

/** The top level of a resource's data, ready to be written. */
export function writableRoot(r: Resource): Obj {
  if (!isMine(r, r.raw)) {
    r.raw = shallow(r.raw);
    r.mine.push(r.raw);
  }
  return r.raw;
}

/** `holder[key]` as a map of this resource's own (copied the first time, created when missing); `holder` must be its own. */
export function writableMap(r: Resource, holder: Obj, key: string): Obj {
  const v = holder[key];
  if (isMap(v) && isMine(r, v)) return v;
  const c = isMap(v) ? shallow(v) : {};
  holder[key] = c;
  r.mine.push(c);
  return c;
}

/** `holder[key]` as a list of this resource's own, or undefined when it is not a list. */
export function writableList(r: Resource, holder: Obj, key: string): unknown[] | undefined {
  const v = holder[key];
  if (!Array.isArray(v)) return undefined;
  if (isMine(r, v)) return v;
  const c = shallow(v);
  holder[key] = c;
  r.mine.push(c);
  return c;
}

/** The metadata, ready to be written. */
export function metadataOf(r: Resource): Obj {
  return writableMap(r, writableRoot(r), 'metadata');
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
    r.mine = [];
  }
  return r.raw;
}

/** Another user's copy of a shared rendering: nothing is copied until it is written. */
export function copyResource(r: Resource): Resource {
  return { ...r, owned: false, mine: [], names: [...r.names], namespaces: [...r.namespaces] };
}

/** A resource over shared data (a parsed file): nothing is copied until it is written. */
export function newResource(raw: Obj, file: string, line: number): Resource {
  const meta = isMap(raw.metadata) ? raw.metadata : {};
  return { raw, file, line, owned: false, mine: [], names: [String(meta.name ?? '')], namespaces: [typeof meta.namespace === 'string' ? meta.namespace : ''] };
}

/** The pod spec that holds the containers image rules change, by kind: where `writableContainers` looks. */
function podSpecPath(raw: Obj): string[] | undefined {
  const spec = isMap(raw.spec) ? raw.spec : undefined;
  if (raw.kind === 'Pod') return spec ? ['spec'] : undefined;
  if (spec && isMap(spec.jobTemplate) && isMap(spec.jobTemplate.spec)) return isMap(spec.jobTemplate.spec.template) ? ['spec', 'jobTemplate', 'spec', 'template', 'spec'] : undefined;
  if (spec && isMap(spec.template)) return ['spec', 'template', 'spec'];
  return undefined;
}

/**
 * The pod spec's containers, copied for writing (image rules change only those); undefined for
 * a deep-copied resource or when the kind keeps no pod template where image rules look.
 */
export function writableContainers(r: Resource): Obj[] | undefined {
  if (r.owned) return undefined;
  const path = podSpecPath(r.raw);
  if (!path) return undefined;
  let holder = r.raw;
  for (const key of path.slice(0, -1)) holder = holder[key] as Obj;
  if (!isMap(holder[path[path.length - 1]])) return undefined;
  let podSpec = writableRoot(r);
  for (const key of path) podSpec = writableMap(r, podSpec, key);
  const out: Obj[] = [];
  for (const key of ['containers', 'initContainers']) {
    const v = podSpec[key];
    if (!Array.isArray(v)) continue;
    // a plain copy, as image rules always made: the list's own positions give way to its items'
    let list = v;
    if (!isMine(r, v)) {
      list = podSpec[key] = [...v];
      r.mine.push(list);
    }
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (!isMap(c)) continue;
      const mine = isMine(r, c) ? c : shallow(c);
      if (mine !== c) {
        list[i] = mine;
        r.mine.push(mine);
      }
      out.push(mine);
    }
  }
  return out;
}
