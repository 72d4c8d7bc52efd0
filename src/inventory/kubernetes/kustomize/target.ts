/** Patch targets: which rendered resources a selector (or a patch's own kind/name) picks. */
import { isMap } from '../objects.js';
import type { Obj } from '../objects.js';
import type { Resource } from './resource.js';

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

/** `app=web,tier!=db,env in (prod,live),canary` against a label map. */
export function matchesSelector(selector: string, labels: Record<string, string>): boolean {
  const parts = selector.match(/[^,(]+(\([^)]*\))?/g) ?? [];
  return parts.every((raw) => {
    const p = raw.trim();
    if (!p) return true;
    let m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p);
    if (m) {
      const set = m[3].split(',').map((x) => x.trim());
      return m[2] === 'in' ? set.includes(labels[m[1]]) : !set.includes(labels[m[1]]);
    }
    m = /^([^!=]+)(!=|==|=)(.*)$/.exec(p);
    if (m) return m[2] === '!=' ? labels[m[1].trim()] !== m[3].trim() : labels[m[1].trim()] === m[3].trim();
    if (p.startsWith('!')) return !(p.slice(1) in labels);
    return p in labels;
  });
}

/**
 * Target patterns, compiled once (every patch is tested against every resource of its
 * kustomization): a pattern without regex syntax (a kind, an escaped name) is the literal itself.
 */
const PATTERNS = new Map<string, RegExp | string>();
const LITERAL = /^(?:[^\\^$.|?*+()[\]{}]|\\[.*+?^${}()|[\]\\/-])*$/;

function compiled(pattern: string): RegExp | string {
  let p = PATTERNS.get(pattern);
  if (p === undefined) {
    if (LITERAL.test(pattern)) p = pattern.replace(/\\(.)/g, '$1');
    else {
      try {
        p = new RegExp(`^(?:${pattern})$`);
      } catch {
        p = pattern;
      }
    }
    PATTERNS.set(pattern, p);
  }
  return p;
}

const anchored = (pattern: string, value: string | undefined): boolean => {
  if (value === undefined) return false;
  const p = compiled(pattern);
  return typeof p === 'string' ? p === value : p.test(value);
};

export function matchesTarget(r: Resource, t: Obj): boolean {
  const raw = r.raw;
  const { group, version } = splitApiVersion(String(raw.apiVersion ?? ''));
  if (typeof t.group === 'string' && t.group !== group) return false;
  if (typeof t.version === 'string' && t.version !== version) return false;
  if (typeof t.kind === 'string' && !anchored(t.kind, String(raw.kind))) return false;
  // kustomize matches a resource by any name it had (before prefixes and suffixes)
  if (typeof t.name === 'string' && !r.names.some((n) => anchored(t.name as string, n))) return false;
  if (typeof t.namespace === 'string' && !r.namespaces.some((n) => anchored(t.namespace as string, n))) return false;
  const meta = isMap(raw.metadata) ? raw.metadata : {};
  const labels = isMap(meta.labels) ? (meta.labels as Record<string, string>) : {};
  const annotations = isMap(meta.annotations) ? (meta.annotations as Record<string, string>) : {};
  if (typeof t.labelSelector === 'string' && !matchesSelector(t.labelSelector, labels)) return false;
  if (typeof t.annotationSelector === 'string' && !matchesSelector(t.annotationSelector, annotations)) return false;
  return true;
}

/** A strategic-merge patch without a target names its own: kind, name, namespace. */
export function targetOfPatch(patch: Obj): Obj {
  const meta = isMap(patch.metadata) ? patch.metadata : {};
  const t: Obj = { kind: String(patch.kind ?? '') };
  if (typeof meta.name === 'string') t.name = meta.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (typeof meta.namespace === 'string') t.namespace = meta.namespace;
  return t;
}
