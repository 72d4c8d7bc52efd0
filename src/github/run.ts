import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { FsSource } from '../source/fs-source.js';
import { GitHubTreeSource } from '../source/github-tree-source.js';
import { runReview } from '../engine/review.js';
import { renderMarkdown } from '../report/review-markdown.js';
import { renderJson } from '../report/review-json.js';
import { renderComment } from '../report/comment.js';
import { diffReviews, type ReviewDiff } from '../report/diff.js';
import { toAnnotations } from '../report/annotations.js';
import { toSarif } from '../report/sarif.js';
import { readInputs, InputError } from './inputs.js';
import { readRunContext } from './event.js';
import { createClient } from './client.js';
import { commentMarker, upsertStickyComment } from './comment.js';
import { publishCheckRun } from './check-run.js';

const VERSION = '0.1.0';

/** GitHub refuses writes from tokens that lack the permission (a fork's pull request token). */
function isPermissionError(err: unknown): boolean {
  const s = (err as { status?: number }).status;
  return s === 403 || s === 404 || s === 401;
}

/**
 * The Action: review the checkout, compare with the pull request's base, publish the comment,
 * check run, job summary and outputs, and decide the gate. Publishing problems never lose the
 * report and never change the outcome: the gate alone decides it.
 */
export async function runAction(): Promise<void> {
  let inputs;
  try {
    inputs = readInputs((n) => core.getInput(n));
  } catch (err) {
    if (err instanceof InputError) return core.setFailed(`Readiness Gate: ${err.message}`);
    throw err;
  }
  if (inputs.config) core.notice(`Readiness Gate: the "config" input (${inputs.config}) is not read by this version yet; using the built-in checklist.`);
  const ctx = readRunContext();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const root = resolve(workspace, inputs.path);
  const head = await runReview(new FsSource(root), { gate: inputs.gate });
  const report = head.report;
  const client = inputs.token ? createClient(inputs.token, { info: core.info, warning: core.warning }) : undefined;
  const notPosted: string[] = [];

  // the base commit, read through the API (actions/checkout fetches only the head)
  let diff: ReviewDiff | undefined;
  if (client && ctx.baseSha && ctx.pullNumber) {
    try {
      const prefix = inputs.path === '.' ? '' : inputs.path.replace(/^\.\//, '').replace(/\/$/, '');
      const base = await runReview(new SubtreeSource(new GitHubTreeSource(client, ctx.owner, ctx.repo, ctx.baseSha), prefix), { gate: inputs.gate });
      diff = diffReviews(base.report, report);
    } catch (err) {
      core.warning(`Readiness Gate: the base commit ${ctx.baseSha.slice(0, 7)} could not be read (${(err as Error).message}); changes are not shown.`);
    }
  }

  // job summary and outputs first: they never depend on the API
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

  const runUrl = ctx.runUrl;
  if (client && ctx.owner) {
    const exists = (p: string) => head.inventory.files.list.some((f) => f.path === p);
    const prefix = inputs.path === '.' ? '' : `${inputs.path.replace(/^\.\//, '').replace(/\/$/, '')}/`;
    const annotations = toAnnotations(report, exists).map((a) => ({ ...a, path: prefix + a.path }));
    try {
      const cr = await publishCheckRun(client, {
        owner: ctx.owner,
        repo: ctx.repo,
        headSha: ctx.headSha,
        name: inputs.checkName,
        conclusion: report.gate.passed ? 'success' : 'failure',
        title: `${report.score === null ? 'nothing to judge' : `${report.score}%`} — ${report.gate.passed ? 'passed' : `${report.blocking.length} blocking`}`,
        summary: renderMarkdown(report, inputs.language, { limit: 60_000 }),
        annotations,
        detailsUrl: runUrl,
      });
      core.setOutput('check-run-url', cr.url);
      core.info(`Check run "${inputs.checkName}" on ${ctx.headSha.slice(0, 7)}: ${cr.annotated} annotations in ${cr.requests} requests${cr.omitted ? `, ${cr.omitted} more counted in the summary` : ''}`);
    } catch (err) {
      if (isPermissionError(err)) notPosted.push('the check run');
      else core.warning(`Readiness Gate: the check run could not be posted: ${(err as Error).message}`);
    }
    if (ctx.pullNumber && inputs.comment !== 'never') {
      const marker = commentMarker(`${inputs.checkName}:${inputs.path}`);
      const body = renderComment(report, diff, inputs.language, { marker, summaryUrl: runUrl });
      try {
        const r = await upsertStickyComment(client, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullNumber, marker }, body, inputs.comment);
        core.setOutput('comment-url', r.url);
        core.info(`Pull request comment ${r.action}${r.removedDuplicates ? ` (${r.removedDuplicates} duplicate removed)` : ''}: ${r.url}`);
      } catch (err) {
        if (isPermissionError(err)) notPosted.push('the pull request comment');
        else core.warning(`Readiness Gate: the pull request comment could not be posted: ${(err as Error).message}`);
      }
    }
  } else if (!client) notPosted.push('the check run and comment (no token)');
  if (notPosted.length) {
    core.notice(
      `Readiness Gate could not post ${notPosted.join(' and ')}: the token has no write access${ctx.fromFork ? ' (a pull request from a fork gets a read-only token)' : ''}. The report is in the job summary and the outputs. To post it, run Readiness Gate from a workflow_run workflow (see the README).`,
    );
  }
  if (!report.gate.passed) core.setFailed(`Readiness Gate: ${report.gate.reason}`);
  else core.info(`Readiness Gate: ${report.gate.reason}`);
}

/** Scans only a folder of another source (the `path` input), with paths relative to it. */
class SubtreeSource {
  readonly label: string;
  constructor(
    private readonly inner: GitHubTreeSource,
    private readonly prefix: string,
  ) {
    this.label = inner.label;
  }
  async list() {
    const l = await this.inner.list();
    if (!this.prefix) return l;
    const p = `${this.prefix}/`;
    return { ...l, files: l.files.filter((f) => f.path.startsWith(p)).map((f) => ({ ...f, path: f.path.slice(p.length), dir: f.dir === this.prefix ? '' : f.dir.slice(p.length) })) };
  }
  async read(paths: readonly string[]) {
    const r = await this.inner.read(paths.map((x) => (this.prefix ? `${this.prefix}/${x}` : x)));
    if (!this.prefix) return r;
    return new Map([...r].map(([k, v]) => [k.slice(this.prefix.length + 1), v]));
  }
}
