/** Scalar values and mapping keys the way js-yaml's core schema reads them. */
import { CORE_SCHEMA } from 'js-yaml';

export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function resolveScalar(text: string, style: number, tag: string | undefined): unknown {
  if (tag) {
    if (tag === '!!str' || tag === '!' || tag === 'tag:yaml.org,2002:str') return text;
    if (tag === '!!int' || tag === '!!float') {
      const n = Number(text);
      return Number.isNaN(n) ? text : n;
    }
    if (tag === '!!bool') return text === 'true';
    if (tag === '!!null') return null;
    // custom tags (`!reset`, `!Ref`, ...) keep their text; plain ones are still resolved so `!reset null` is null
    if (style !== 1) return text;
  } else if (style !== 1) return text;
  return resolvePlain(text);
}

/**
 * A plain scalar under the core schema. Only null (`~`, `null`), booleans (`true`, `false`) and
 * numbers (digits, signs, `.inf`, `.nan`) resolve to something else, so other text is a string
 * without asking the schema.
 */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // n, N, t, T, f, F: only null, true and false (five letters at most) are not strings
  const word = c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
  const maybeTyped = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || (word && text.length <= 5) || text.length === 0;
  return maybeTyped ? CORE_SCHEMA.resolveImplicitScalarTag(text).value : text;
}

export function scalarKey(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
