/** Renovate configuration: renovate.json(5), .renovaterc(.json), .github/renovate.json, package.json#renovate. */
import type { ScanContext } from '../context.js';
import { json5ToJson } from './json5.js';
import type { RenovateConfig } from './types.js';
import { isObj, strList } from '../values.js';

/** Config file names, in Renovate's own order of preference. */
export const RENOVATE_FILES = ['renovate.json', 'renovate.json5', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json', '.renovaterc', '.renovaterc.json', '.renovaterc.json5'];
const RENOVATE_SET = new Set(RENOVATE_FILES);

export const isRenovateFile = (path: string) => RENOVATE_SET.has(path);

export function readRenovate(ctx: ScanContext, file: string): RenovateConfig {
  const text = ctx.text(file) ?? '';
  let value: unknown;
  try {
    value = JSON.parse(file.endsWith('.json') ? text : json5ToJson(text));
  } catch {
    try {
      value = JSON.parse(json5ToJson(text));
    } catch (err) {
      ctx.diagnose({ file, line: 1, severity: 'warning', code: 'renovate-unreadable', message: `Renovate config not readable as JSON5: ${(err as Error).message}` });
      return { file, line: 1, extends: [], enabled: true, unreadable: true };
    }
  }
  return fromValue(value, file, 1);
}

/** `"renovate": {...}` inside the root package.json. */
export function readPackageJsonRenovate(ctx: ScanContext, file: string): RenovateConfig | undefined {
  const text = ctx.text(file);
  if (!text || !text.includes('"renovate"')) return undefined;
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return undefined; // the app inventory reports broken package.json files
  }
  if (!isObj(pkg) || !isObj(pkg.renovate)) return undefined;
  const at = text.indexOf('"renovate"');
  return fromValue(pkg.renovate, file, text.slice(0, at).split('\n').length);
}

function fromValue(v: unknown, file: string, line: number): RenovateConfig {
  const cfg: RenovateConfig = { file, line, extends: [], enabled: true };
  if (!isObj(v)) return cfg;
  cfg.extends = strList(v.extends) ?? [];
  const managers = strList(v.enabledManagers);
  if (managers) cfg.enabledManagers = managers;
  if (v.enabled === false) cfg.enabled = false;
  return cfg;
}
