/** Manifest documents as objects: identity, labels, category; the parsed data kept aside. */
import { yamlLine } from '../../yaml/load.js';
import { hidden } from '../../yaml/hidden.js';
import { categoryOf } from './categories.js';
import { originFile } from './provenance.js';
import type { K8sObject } from './types.js';

import type { Obj } from '../values.js';
export type { Obj };
export { isObj as isMap } from '../values.js';
import { isObj as isMap } from '../values.js';

export const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));
export const strMap = (v: unknown): Record<string, string> => {
  if (!isMap(v)) return {};
  const out: Record<string, string> = {};
  for (const k of Object.keys(v)) out[k] = String(v[k]);
  return out;
};
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const maps = (v: unknown): Obj[] => list(v).filter(isMap);

export function isManifest(v: unknown): v is Obj {
  return isMap(v) && typeof v.apiVersion === 'string' && typeof v.kind === 'string';
}

/** Expands `List` kinds (v1 List, DeploymentList ...) into their items. */
export function expandLists(doc: Obj): Obj[] {
  const kind = doc.kind as string;
  if (kind.endsWith('List') && Array.isArray(doc.items)) return doc.items.filter(isManifest);
  return [doc];
}

const RAW = hidden<Obj>();

/** The parsed object behind a record (kept out of JSON output: a Secret's data is in it). */
export function rawOf(o: K8sObject): Obj {
  return RAW.get(o) ?? {};
}

export function describeObject(o: Obj, file: string, fallbackLine: number, via?: string): K8sObject {
  const meta = isMap(o.metadata) ? o.metadata : {};
  const obj: K8sObject = {
    apiVersion: String(o.apiVersion),
    kind: String(o.kind),
    name: str(meta.name),
    namespace: str(meta.namespace),
    file: originFile(o) ?? file,
    line: yamlLine(o, 'kind') || fallbackLine,
    labels: strMap(meta.labels),
    annotations: strMap(meta.annotations),
  };
  if (via !== undefined) obj.via = via;
  const cat = categoryOf(obj.apiVersion, obj.kind);
  if (cat) obj.category = cat;
  if (obj.kind === 'Secret') {
    const keys = [...Object.keys(isMap(o.data) ? o.data : {}), ...Object.keys(isMap(o.stringData) ? o.stringData : {})];
    if (keys.length) obj.secretKeys = keys;
  } else if (obj.kind === 'ConfigMap') {
    obj.configMapKeys = [...Object.keys(isMap(o.data) ? o.data : {}), ...Object.keys(isMap(o.binaryData) ? o.binaryData : {})];
  }
  RAW.set(obj, o);
  return obj;
}
