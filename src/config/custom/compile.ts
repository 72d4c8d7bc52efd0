import AjvModule, { type ValidateFunction } from 'ajv';
import { locate, didYouMean } from '../../checklist/validate.js';
import type { ConfigError } from '../../checklist/types.js';
import { yamlPosition } from '../../yaml/load.js';

// Strict: a misspelt keyword (`requried`) would otherwise be ignored and the check pass for nothing.
// addUsedSchema off: two checks may reuse a schema with the same $id.
// Made on first use: an Ajv instance compiles its meta-schemas, which a scan without custom checks never needs.
let instance: InstanceType<typeof AjvModule.default> | undefined;
const checkAjv = () => (instance ??= new AjvModule.default({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, strictRequired: false, logger: false, addUsedSchema: false }));
const keywords = () => Object.keys((checkAjv() as unknown as { RULES: { keywords: Record<string, unknown> } }).RULES.keywords);

/**
 * Compiles the JSON Schema of a custom check (draft-07). Problems come back as configuration errors
 * at the line of the offending keyword: `pointer` is where the schema sits in the configuration.
 */
export function compileCheckSchema(schema: object, doc: unknown, pointer: string, file: string): { validate?: ValidateFunction; errors: ConfigError[] } {
  const ajv = checkAjv();
  if (!ajv.validateSchema(schema)) {
    const errors = (ajv.errors ?? []).map((e) => {
      const at = locate(doc, pointer + e.instancePath);
      return { file, ...at, field: pointer + e.instancePath, message: `the check's schema does not compile: ${e.instancePath || '/'} ${e.message}` };
    });
    return { errors };
  }
  try {
    return { validate: ajv.compile(schema), errors: [] };
  } catch (err) {
    const message = (err as Error).message;
    const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
    const found = keyword ? findKey(schema, keyword) : undefined;
    const at = found ? (yamlPosition(found.container, keyword) ?? locate(doc, pointer)) : locate(doc, pointer);
    const hint = keyword ? didYouMean(keyword, keywords()) : '';
    return { errors: [{ file, ...at, field: pointer + (found?.pointer ?? ''), message: `the check's schema does not compile: ${message}${hint}` }] };
  }
}

/** The first object holding `key`, depth first, with its JSON pointer. */
function findKey(node: unknown, key: string, pointer = ''): { container: object; pointer: string } | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  if (!Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, key)) return { container: node, pointer: `${pointer}/${key}` };
  for (const [k, v] of Object.entries(node)) {
    const hit = findKey(v, key, `${pointer}/${k}`);
    if (hit) return hit;
  }
  return undefined;
}
