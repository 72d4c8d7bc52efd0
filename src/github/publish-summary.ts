import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { AppReview } from '../config/index.js';
import type { StageId } from '../checklist/types.js';
import { renderMarkdown } from '../report/review-markdown.js';
import { renderJson } from '../report/review-json.js';
import { renderAppsMarkdown } from '../report/review-apps.js';
import { toSarif } from '../report/sarif.js';
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import type { ActionInputs } from './inputs.js';

export const VERSION = '0.1.0';

const STAGE_ORDER: StageId[] = ['short-term', 'mid-term', 'long-term'];

/** An app's folder in the repository: the scanned folder, then the app's path. */
export function appPrefix(targetPrefix: string, app: Pick<AppReview, 'path'>): string {
  return [targetPrefix, app.path].filter(Boolean).join('/');
}

/** The review as the job summary shows it: one review, or a row per app and then each app. */
export function summaryMarkdown(apps: readonly AppReview[], lang: 'en' | 'ko', limit: number): string {
  if (apps.length === 1) return renderMarkdown(apps[0].review.report, lang, { limit });
  const share = Math.floor(limit / (apps.length + 1));
  return [renderAppsMarkdown(apps, lang), ...apps.map((a) => `### ${escapeMarkdown(a.name)} (${codeSpan(a.path || '.')})\n\n${renderMarkdown(a.review.report, lang, { limit: share, level: 4 })}`)].join('\n');
}

/**
 * The parts of a run that never depend on the API: job summary, JSON report, SARIF and outputs.
 * They go out first, so a failing API cannot lose the report. With several apps the outputs say
 * the worst of them: the lowest score and stage, every blocking risk, passed only if all pass.
 */
export async function publishLocal(apps: readonly AppReview[], inputs: ActionInputs, workspace: string, targetPrefix: string): Promise<void> {
  await core.summary.addRaw(summaryMarkdown(apps, inputs.language, 1_000_000), true).write().catch((err: Error) => core.warning(`could not write the job summary: ${err.message}`));
  const jsonPath = join(process.env.RUNNER_TEMP || workspace, 'readiness-gate-report.json');
  const single = apps.length === 1 ? apps[0].review.report : undefined;
  writeFileSync(jsonPath, single ? renderJson(single) : `${JSON.stringify({ apps: apps.map((a) => ({ name: a.name, path: a.path, report: JSON.parse(renderJson(a.review.report)) })) }, null, 2)}\n`);
  if (inputs.sarifFile) {
    const p = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, JSON.stringify(toSarif(apps.map((a) => ({ report: a.review.report, prefix: appPrefix(targetPrefix, a) })), VERSION), null, 2));
  }
  const reports = apps.map((a) => a.review.report);
  const scores = reports.flatMap((r) => (r.score === null ? [] : [r.score]));
  const stages = reports.map((r) => r.stage.met);
  const lowestStage = stages.includes(null) ? null : stages.reduce((a, b) => (STAGE_ORDER.indexOf(a!) <= STAGE_ORDER.indexOf(b!) ? a : b), stages[0]);
  core.setOutput('score', scores.length ? String(Math.min(...scores)) : '');
  core.setOutput('stage-met', lowestStage ?? '');
  core.setOutput('blocking-count', String(reports.reduce((n, r) => n + r.blocking.length, 0)));
  core.setOutput('passed', String(reports.every((r) => r.gate.passed)));
  core.setOutput('report-json', jsonPath);
  core.setOutput('apps', JSON.stringify(apps.map((a) => ({ name: a.name, path: a.path, score: a.review.report.score, passed: a.review.report.gate.passed, blocking: a.review.report.blocking.length }))));
}

/** GitHub refuses writes from tokens that lack the permission (a fork's pull request token). */
export function isPermissionError(err: unknown): boolean {
  const s = (err as { status?: number }).status;
  return s === 403 || s === 404 || s === 401;
}
