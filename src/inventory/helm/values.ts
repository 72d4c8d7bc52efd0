/** Values files read as data: a dotted path's value and the line that wrote it. */
import { isMap } from '../kubernetes/objects.js';
import { yamlLine } from '../../yaml/load.js';

export interface HelmValue {
  path: string;
  value: unknown;
  file: string;
  line: number;
}

export function lookup(doc: unknown, path: string): { value: unknown; line: number } | undefined {
  let cur: unknown = doc;
  let parent: unknown;
  let key = '';
  for (const p of path.split('.')) {
    if (!isMap(cur) || !Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    parent = cur;
    key = p;
    cur = cur[p];
  }
  return { value: cur, line: yamlLine(parent, key) };
}

/** Helm's truthiness for `if`: false, 0, nil, "" and empty collections are off. */
export function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
}

/** Values a production values file sets win over the chart defaults, key by key. */
export function effective(path: string, defaults: unknown, prod: unknown): unknown {
  const p = lookup(prod, path);
  return p ? p.value : lookup(defaults, path)?.value;
}
