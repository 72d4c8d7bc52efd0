import AjvModule from 'ajv';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { renderJson } from '../../src/report/review-json.js';
import type { ScoredReport } from '../../src/score/types.js';

const ajv = new AjvModule.default({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** Validates a JSON report (text, object or scored report) against schemas/report.schema.json; throws with every error. */
export function validateReport(report: string | object | ScoredReport): unknown {
  const data = typeof report === 'string' ? JSON.parse(report) : 'overall' in report && 'gate' in report && !('schemaVersion' in report) ? JSON.parse(renderJson(report as ScoredReport)) : report;
  if (!validate(data)) throw new Error(`report does not match its schema:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  return data;
}
