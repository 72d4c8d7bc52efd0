/**
 * Strategic merge patches for the common cases, as kustomize applies them: maps merge, lists of
 * named items merge by their key (containers and env by name, volumeMounts by mountPath, ports
 * by port), other lists are replaced, `null` and `$patch: delete` remove, `$patch: replace`
 * replaces. Every value a patch sets remembers the patch line.
 */
import { isMap } from '../objects.js';
import type { Obj } from '../objects.js';
import { inherit, locOf, setKeyLoc, shallow } from '../provenance.js';

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

/**
 * Merges `patch` into `target`, which must be the caller's own container; the containers below
 * it may be shared with other renderings, so each is copied before it changes.
 */
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
        target[k] = mergeList(cur, v, key, fallback);
        continue;
      }
      target[k] = v.filter((i) => !(isMap(i) && i.$patch === 'replace'));
      setKeyLoc(target, k, here());
    } else if (isMap(v) && isMap(cur)) {
      const mine = shallow(cur);
      target[k] = mine;
      strategicMerge(mine, v, fallback);
    }
    else if (cur !== v || !(k in target)) {
      // an equal value (a container's own name, a patch repeating the base) keeps its base line
      target[k] = isMap(v) ? withoutDirectives(v) : v;
      setKeyLoc(target, k, here());
    }
  }
}

/**
 * kustomize (kyaml) order: the patch's items first, in its order, then the others unchanged.
 * Returns a new list (with the old one's positions); merged items are copies.
 */
function mergeList(cur: unknown[], items: unknown[], key: string, fallback: { file: string; line: number }): unknown[] {
  // by index: with YAML aliases one item object can stand in the list twice
  const used = new Set<number>();
  const removed = new Set<number>();
  const front: unknown[] = [];
  for (const item of items) {
    if (!isMap(item)) continue;
    const at = cur.findIndex((c, i) => isMap(c) && c[key] === item[key] && !used.has(i));
    if (item.$patch === 'delete') {
      if (at >= 0) removed.add(at);
      continue;
    }
    if (at >= 0) {
      used.add(at);
      const mine = shallow(cur[at] as Obj);
      strategicMerge(mine, item, fallback);
      front.push(mine);
    } else front.push(withoutDirectives(item));
  }
  const out = shallow(cur);
  out.splice(0, out.length, ...front, ...cur.filter((_, i) => !used.has(i) && !removed.has(i)));
  return out;
}
