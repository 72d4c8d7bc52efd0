/**
 * Where each value of a rendered object was written. Parsed YAML knows its file and lines; a
 * kustomize rendering mixes containers from a base file, a patch file and inline patches in the
 * kustomization. Inline patches therefore remember the kustomization and how far their text is
 * shifted inside it, and values a patch or transformer sets remember that place per key.
 */
import { copyYamlMeta, yamlFile, yamlLine } from '../../yaml/load.js';
import { hidden } from '../../yaml/hidden.js';
import type { Loc } from '../diagnostics.js';

interface Origin {
  file: string;
  /** lines to add: an inline patch's text starts below its key in the kustomization */
  shift: number;
}

const ORIGIN = hidden<Origin>();
const KEY_LOCS = hidden<Map<string, Loc>>();

/** Deep copy of plain data that keeps positions and records the file of every container. */
export function track<T>(v: T, file: string, shift = 0): T {
  return copy(v, { file, shift });
}

/** Deep copy that keeps whatever positions and origins the source had. */
export function clone<T>(v: T): T {
  return copy(v, undefined);
}

function copy<T>(v: T, origin: Origin | undefined): T {
  if (v === null || typeof v !== 'object') return v;
  let out: object;
  if (Array.isArray(v)) out = v.map((x) => copy(x, origin));
  else {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = copy((v as Record<string, unknown>)[k], origin);
    out = o;
  }
  copyYamlMeta(v as object, out);
  const from = origin ?? ORIGIN.get(v as object);
  if (from) ORIGIN.set(out, from);
  const keys = KEY_LOCS.get(v as object);
  if (keys && !origin) KEY_LOCS.set(out, new Map(keys));
  return out as T;
}

/** Records that `container[key]` was set at `loc` (a patch line, an `images:` entry ...). */
export function setKeyLoc(container: object, key: string | number, loc: Loc): void {
  let m = KEY_LOCS.get(container);
  if (!m) KEY_LOCS.set(container, (m = new Map()));
  m.set(String(key), loc);
}

/** The file a container was written in: the parsed file, or the kustomization of an inline patch. */
export function originFile(container: unknown): string | undefined {
  return container !== null && typeof container === 'object' ? (ORIGIN.get(container)?.file ?? yamlFile(container)) : undefined;
}

/** Where a container or one of its members was written; `fallback` for containers made while rendering. */
export function locOf(container: unknown, key: string | number | undefined, fallback: Loc): Loc {
  if (container === null || typeof container !== 'object') return fallback;
  if (key !== undefined) {
    const set = KEY_LOCS.get(container)?.get(String(key));
    if (set) return set;
    // a list item that is itself a container knows its own place, even after merges moved it
    if (Array.isArray(container) && typeof key === 'number') {
      const item: unknown = container[key];
      if (item !== null && typeof item === 'object' && yamlLine(item)) return locOf(item, undefined, fallback);
    }
  }
  const shifted = ORIGIN.get(container);
  const file = shifted?.file ?? yamlFile(container);
  const line = yamlLine(container, key);
  if (!line) return file !== undefined ? { file, line: fallback.file === file ? fallback.line : 1 } : fallback;
  return { file: file ?? fallback.file, line: line + (shifted?.shift ?? 0) };
}

/** Gives a rebuilt container (directives stripped ...) the positions and origin of its source. */
export function inherit<T extends object>(from: object, to: T): T {
  copyYamlMeta(from, to);
  const o = ORIGIN.get(from);
  if (o) ORIGIN.set(to, o);
  return to;
}

/** One level of copy (members shared) that keeps positions, origin and set lines. */
export function shallow<T extends object>(v: T): T {
  const out = (Array.isArray(v) ? [...v] : { ...v }) as T;
  copyYamlMeta(v, out);
  const o = ORIGIN.get(v);
  if (o) ORIGIN.set(out, o);
  const keys = KEY_LOCS.get(v);
  if (keys) KEY_LOCS.set(out, new Map(keys));
  return out;
}
