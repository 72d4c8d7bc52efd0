import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import { yamlPosition } from '../yaml/load.js';
import type { ConfigError } from './types.js';

// ajv is CommonJS: under NodeNext its class is the module's `default` member
// made on first use: creating one compiles its meta-schemas, which a scan with built-in checklists and no configuration never needs
let ajv: InstanceType<typeof AjvModule.default> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** Closest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** ` (did you mean "x"?)` when a candidate is close enough, else nothing: appended to "unknown" messages. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hint = closest(word, candidates);
  return hint ? ` (did you mean "${hint}"?)` : '';
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** The position of the key a JSON pointer ends at (or of its nearest written ancestor). */
export function locate(doc: unknown, pointer: string, extraKey?: string): { line: number; column: number } {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extraKey !== undefined) parts.push(extraKey);
  let container: unknown = doc;
  let best = yamlPosition(doc) ?? { line: 1, column: 1 };
  for (const p of parts) {
    if (container === null || typeof container !== 'object') break;
    const key = Array.isArray(container) ? Number(p) : p;
    best = yamlPosition(container, key) ?? best;
    container = (container as Record<string, unknown>)[p];
  }
  return best;
}

/** Validates parsed YAML against a JSON schema; every error points at its key's line. */
export function validateWithSchema(schema: object, doc: unknown, file: string): ConfigError[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = (ajv ??= new AjvModule.default({ allErrors: true, strict: false, verbose: true })).compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => toError(e, doc, file));
}

function toError(e: ErrorObject, doc: unknown, file: string): ConfigError {
  let message = e.message ?? 'is invalid';
  let extra: string | undefined;
  if (e.keyword === 'additionalProperties') {
    extra = String((e.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys(((e.parentSchema as { properties?: object })?.properties ?? {}) as object);
    message = `unknown key "${extra}"${didYouMean(extra, allowed)}`;
  } else if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
    const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed.filter((v): v is string => typeof v === 'string')) : '';
    message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${hint}`;
  } else if (e.keyword === 'required') {
    message = `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
  }
  const pos = locate(doc, e.instancePath, extra);
  return { file, line: pos.line, column: pos.column, field: e.instancePath + (extra ? `/${extra}` : ''), message };
}

export function formatConfigError(e: ConfigError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.field || '/'} ${e.message}`;
}
