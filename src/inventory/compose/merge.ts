/**
 * Merging compose service definitions by the compose specification's rules: mappings merge,
 * shell commands replace, multi-value options append without duplicates, volumes/secrets/configs
 * merge by target, and the list and map spellings of environment, labels, depends_on unify.
 * `!reset` removes a value, `!override` replaces it.
 */
import { isObj } from '../values.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonMap = { [k: string]: Json };

/** Replaced wholesale by a later file. */
const REPLACE = new Set(['command', 'entrypoint', 'image', 'container_name', 'user', 'working_dir', 'restart']);
/** Sequences appended without duplicates. */
const APPEND_UNIQUE = new Set(['ports', 'expose', 'dns', 'dns_search', 'tmpfs', 'cap_add', 'cap_drop', 'security_opt', 'external_links', 'env_file', 'devices', 'profiles', 'group_add', 'dns_opt', 'links']);
/** Sequences merged by their target path. */
const BY_TARGET = new Set(['volumes', 'secrets', 'configs']);
/** Written as a list (`KEY=value`) or a map; unified into a map. */
const KEY_VALUE = new Set(['environment', 'labels', 'extra_hosts', 'sysctls', 'annotations']);

/** The shared map test, narrowed to compose's JSON values. */
export const isMap = isObj as (v: unknown) => v is JsonMap;

/** `["A=1", "B"]` -> `{A: "1", B: null}`; maps are returned as they are. */
export function keyValueMap(v: Json | undefined, sep = '='): JsonMap {
  if (isMap(v)) return v;
  const out: JsonMap = {};
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = String(item);
      const i = s.indexOf(sep);
      if (i < 0) out[s] = null;
      else out[s.slice(0, i)] = s.slice(i + 1);
    }
  }
  return out;
}

/** Normalises the spellings that merge differently in list and map form. */
export function normaliseService(svc: JsonMap): JsonMap {
  const out: JsonMap = { ...svc };
  for (const k of KEY_VALUE) if (k in out && out[k] !== null) out[k] = keyValueMap(out[k], k === 'extra_hosts' ? ':' : '=');
  if (Array.isArray(out.depends_on)) {
    const deps: JsonMap = {};
    for (const d of out.depends_on) deps[String(d)] = { condition: 'service_started' };
    out.depends_on = deps;
  }
  if (typeof out.build === 'string') out.build = { context: out.build };
  if (isMap(out.build) && 'args' in out.build) out.build = { ...out.build, args: keyValueMap(out.build.args) };
  return out;
}

function targetOf(item: Json): string {
  if (isMap(item)) return String(item.target ?? item.source ?? JSON.stringify(item));
  const s = String(item);
  const parts = s.split(':');
  return parts.length >= 2 ? parts[1] : parts[0];
}

function appendUnique(a: Json[], b: Json[]): Json[] {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  const out = [...a];
  for (const x of b) {
    const k = JSON.stringify(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

function mergeByTarget(a: Json[], b: Json[]): Json[] {
  const out = new Map<string, Json>();
  for (const x of a) out.set(targetOf(x), x);
  for (const x of b) out.set(targetOf(x), x);
  return [...out.values()];
}

export type TagOf = (container: unknown, key: string) => string | undefined;

/**
 * Merges `over` onto `base` (both normalised). `raw` is the parsed YAML `over` came from: its
 * `!reset` / `!override` tags (read with `tagOf`) apply at any depth where it is a mapping.
 */
export function mergeService(base: JsonMap, over: JsonMap, raw?: unknown, tagOf: TagOf = () => undefined): JsonMap {
  const out: JsonMap = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const tag = tagOf(raw, k);
    if (tag === '!reset') {
      delete out[k];
      continue;
    }
    const prev = out[k];
    const rawChild = isMap(raw) ? raw[k] : undefined;
    if (tag === '!override' || prev === undefined || REPLACE.has(k)) out[k] = v;
    else if (APPEND_UNIQUE.has(k) && Array.isArray(prev) && Array.isArray(v)) out[k] = appendUnique(prev, v);
    else if (BY_TARGET.has(k) && Array.isArray(prev) && Array.isArray(v)) out[k] = mergeByTarget(prev, v);
    // healthcheck.test is a command: deepMerge replaces sequences, so it is never appended
    else if (isMap(prev) && isMap(v)) out[k] = deepMerge(prev, v, rawChild, tagOf);
    else out[k] = v;
  }
  return out;
}

/** Mappings merge key by key; anything else is replaced. Tags as in `mergeService`. */
export function deepMerge(a: JsonMap, b: JsonMap, raw?: unknown, tagOf: TagOf = () => undefined): JsonMap {
  const out: JsonMap = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const tag = tagOf(raw, k);
    if (tag === '!reset') {
      delete out[k];
      continue;
    }
    const prev = out[k];
    out[k] = tag !== '!override' && isMap(prev) && isMap(v) ? deepMerge(prev, v, isMap(raw) ? raw[k] : undefined, tagOf) : v;
  }
  return out;
}
