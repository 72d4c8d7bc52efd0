/**
 * Strategic merge patches for the common cases, as kustomize applies them: maps merge, lists of
 * named items merge by their key (containers and env by name, volumeMounts by mountPath, ports
 * by port), other lists are replaced, `null` and `$patch: delete` remove, `$patch: replace`
 * replaces. Every value a patch sets remembers the patch line.
 */
import { isMap } from '../objects.js';
import type { Obj } from '../objects.js';
import { inherit, locOf, setKeyLoc } from '../provenance.js';

/** Merge keys of the Kubernetes API's associative lists, by field name. */
const MERGE_KEYS: Record<string, string[]> = {
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  env: ['name'],
  volumes: ['name'],
  imagePullSecrets: ['name'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  ports: ['containerPort', 'port'],
  hostAliases: ['ip'],
  topologySpreadConstraints: ['topologyKey'],
  conditions: ['type'],
};

function keyOf(field: string, items: unknown[]): string | undefined {
  const keys = MERGE_KEYS[field];
  if (!keys) return undefined;
  for (const k of keys) if (items.some((i) => isMap(i) && k in i)) return k;
  return undefined;
}

function withoutDirectives(v: Obj): Obj {
  if (!Object.keys(v).some((k) => k.startsWith('$'))) return v;
  const out: Obj = {};
  for (const k of Object.keys(v)) if (!k.startsWith('$')) out[k] = v[k];
  return inherit(v, out);
}

/** Whether a patch document asks to delete the whole object. */
export function deletesObject(patch: Obj): boolean {
  return patch.$patch === 'delete';
}

export function strategicMerge(target: Obj, patch: Obj, fallback: { file: string; line: number }): void {
  for (const k of Object.keys(patch)) {
    if (k.startsWith('$')) continue;
    const v = patch[k];
    const here = () => locOf(patch, k, fallback);
    if (v === null || (isMap(v) && v.$patch === 'delete')) {
      delete target[k];
      continue;
    }
    if (isMap(v) && v.$patch === 'replace') {
      target[k] = withoutDirectives(v);
      setKeyLoc(target, k, here());
      continue;
    }
    const cur = target[k];
    if (Array.isArray(v) && Array.isArray(cur)) {
      const key = keyOf(k, [...v, ...cur]);
      if (key && !v.some((i) => isMap(i) && i.$patch === 'replace')) {
        mergeList(cur, v, key, fallback);
        continue;
      }
      target[k] = v.filter((i) => !(isMap(i) && i.$patch === 'replace'));
      setKeyLoc(target, k, here());
    } else if (isMap(v) && isMap(cur)) strategicMerge(cur, v, fallback);
    else if (cur !== v || !(k in target)) {
      // an equal value (a container's own name, a patch repeating the base) keeps its base line
      target[k] = isMap(v) ? withoutDirectives(v) : v;
      setKeyLoc(target, k, here());
    }
  }
}

/** kustomize (kyaml) order: the patch's items first, in its order, then the others unchanged. */
function mergeList(cur: unknown[], items: unknown[], key: string, fallback: { file: string; line: number }): void {
  const used = new Set<unknown>();
  const removed = new Set<unknown>();
  const front: unknown[] = [];
  for (const item of items) {
    if (!isMap(item)) continue;
    const hit = cur.find((c) => isMap(c) && c[key] === item[key] && !used.has(c));
    if (item.$patch === 'delete') {
      if (hit) removed.add(hit);
      continue;
    }
    if (hit) {
      used.add(hit);
      strategicMerge(hit as Obj, item, fallback);
      front.push(hit);
    } else front.push(withoutDirectives(item));
  }
  const rest = cur.filter((c) => !used.has(c) && !removed.has(c));
  cur.splice(0, cur.length, ...front, ...rest);
}
