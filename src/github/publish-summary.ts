import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { ScoredReport } from '../score/types.js';
import { renderMarkdown } from '../report/review-markdown.js';
import { renderJson } from '../report/review-json.js';
import { toSarif } from '../report/sarif.js';
import type { ActionInputs } from './inputs.js';

export const VERSION = '0.1.0';

/**
 * The parts of a run that never depend on the API: job summary, JSON report, SARIF and outputs.
 * They go out first, so a failing API cannot lose the report.
 */
export async function publishLocal(report: ScoredReport, inputs: ActionInputs, workspace: string): Promise<void> {
  const summary = renderMarkdown(report, inputs.language, { limit: 1_000_000 });
  await core.summary.addRaw(summary, true).write().catch((err: Error) => core.warning(`could not write the job summary: ${err.message}`));
  const jsonPath = join(process.env.RUNNER_TEMP || workspace, 'readiness-gate-report.json');
  writeFileSync(jsonPath, renderJson(report));
  if (inputs.sarifFile) {
    const p = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, JSON.stringify(toSarif(report, VERSION), null, 2));
  }
  core.setOutput('score', report.score === null ? '' : String(report.score));
  core.setOutput('stage-met', report.stage.met ?? '');
  core.setOutput('blocking-count', String(report.blocking.length));
  core.setOutput('passed', String(report.gate.passed));
  core.setOutput('report-json', jsonPath);
}

/** GitHub refuses writes from tokens that lack the permission (a fork's pull request token). */
export function isPermissionError(err: unknown): boolean {
  const s = (err as { status?: number }).status;
  return s === 403 || s === 404 || s === 401;
}
