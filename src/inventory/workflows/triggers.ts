/** The `on:` of a workflow, in its three spellings: a string, a list of events, or a map. */
import { yamlLine } from '../../yaml/load.js';
import type { Trigger } from './types.js';
import { isObj, keys, strList, type Obj } from '../values.js';

export function readTriggers(on: unknown, doc: Obj, onKey: string, file: string): Trigger[] {
  const at = yamlLine(doc, onKey) || 1;
  if (typeof on === 'string') return [{ event: on, file, line: at }];
  if (Array.isArray(on)) return on.map((e, i) => ({ event: String(e), file, line: yamlLine(on, i) || at }));
  if (!isObj(on)) return [];
  return Object.entries(on).map(([event, cfg]) => readTrigger(event, cfg, file, yamlLine(on, event) || at));
}

function readTrigger(event: string, cfg: unknown, file: string, line: number): Trigger {
  const t: Trigger = { event, file, line };
  if (event === 'schedule') {
    if (Array.isArray(cfg)) t.cron = cfg.flatMap((c) => (isObj(c) && c.cron !== undefined ? [String(c.cron)] : []));
    return t;
  }
  if (!isObj(cfg)) return t;
  const set = <K extends keyof Trigger>(k: K, v: Trigger[K] | undefined) => {
    if (v !== undefined) t[k] = v;
  };
  set('branches', strList(cfg.branches));
  set('branchesIgnore', strList(cfg['branches-ignore']));
  set('tags', strList(cfg.tags));
  set('paths', strList(cfg.paths));
  set('pathsIgnore', strList(cfg['paths-ignore']));
  set('types', strList(cfg.types));
  set('workflows', strList(cfg.workflows));
  if (isObj(cfg.inputs)) t.inputs = keys(cfg.inputs);
  return t;
}
