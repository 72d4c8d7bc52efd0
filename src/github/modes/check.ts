import * as core from '@actions/core';
import { runConfiguredReview, type AppReview, type ReadinessConfig } from '../../config/index.js';
import { GitHubTreeSource } from '../../source/github-tree-source.js';
import { SubtreeSource } from '../../source/subtree-source.js';
import { renderMarkdown } from '../../report/review-markdown.js';
import { renderAppsComment } from '../../report/comment.js';
import { diffReviews, type ReviewDiff } from '../../report/diff.js';
import { toAnnotations } from '../../report/annotations.js';
import type { GitHubClient } from '../client.js';
import type { RunContext } from '../event.js';
import type { ActionInputs } from '../inputs.js';
import { commentMarker, upsertStickyComment } from '../comment.js';
import { publishCheckRun } from '../check-run.js';
import { appPrefix, isPermissionError, publishLocal } from '../publish-summary.js';
import type { ScanTarget } from '../scan-target.js';

/** The check run of one app: the check name itself, or "name / app" when there are several. */
export function checkNameOf(checkName: string, app: AppReview, many: boolean): string {
  return many ? `${checkName} / ${app.name}` : checkName;
}

/**
 * Pull requests and pushes: the configured review of the checkout, compared with the pull
 * request's base, published as one check run per app and one sticky comment, and the gate
 * decided. Publishing problems never lose the report and never change the outcome.
 */
export async function runCheck(inputs: ActionInputs, ctx: RunContext, target: ScanTarget, workspace: string, client: GitHubClient | undefined, apps: readonly AppReview[], config: ReadinessConfig): Promise<void> {
  const notPosted: string[] = [];
  const many = apps.length > 1;

  // the base commit, read through the API (actions/checkout fetches only the head), judged by the same configuration
  const diffs = new Map<string, ReviewDiff>();
  if (client && ctx.baseSha && ctx.pullNumber) {
    try {
      const tree = new GitHubTreeSource(client, ctx.owner, ctx.repo, ctx.baseSha);
      const base = await runConfiguredReview(target.prefix ? new SubtreeSource(tree, target.prefix) : tree, config, { branch: ctx.branch, gateOverrides: inputs.gateOverrides });
      for (const a of apps) {
        const b = base.apps.find((x) => x.name === a.name);
        if (b) diffs.set(a.name, diffReviews(b.review.report, a.review.report));
      }
    } catch (err) {
      core.warning(`Readiness Gate: the base commit ${ctx.baseSha.slice(0, 7)} could not be read (${(err as Error).message}); changes are not shown.`);
    }
  }

  await publishLocal(apps, inputs, workspace, target.prefix);

  const runUrl = ctx.runUrl;
  if (client && ctx.owner) {
    for (const app of apps) {
      const report = app.review.report;
      const files = new Set(app.review.inventory.files.list.map((f) => f.path));
      const prefix = appPrefix(target.prefix, app);
      const annotations = toAnnotations(report, (p) => files.has(p)).map((a) => ({ ...a, path: prefix ? `${prefix}/${a.path}` : a.path }));
      const name = checkNameOf(inputs.checkName, app, many);
      try {
        const cr = await publishCheckRun(client, {
          owner: target.owner,
          repo: target.repo,
          headSha: target.remote ? target.sha : ctx.headSha,
          name,
          conclusion: report.gate.passed ? 'success' : 'failure',
          title: `${report.score === null ? 'nothing to judge' : `${report.score}%`} — ${report.gate.passed ? 'passed' : `${report.blocking.length} blocking`}`,
          summary: renderMarkdown(report, inputs.language, { limit: 60_000 }),
          annotations,
          detailsUrl: runUrl,
        });
        if (app === apps[0]) core.setOutput('check-run-url', cr.url);
        core.info(`Check run "${name}" on ${ctx.headSha.slice(0, 7)}: ${cr.annotated} annotations in ${cr.requests} requests${cr.omitted ? `, ${cr.omitted} more counted in the summary` : ''}`);
      } catch (err) {
        if (isPermissionError(err)) {
          if (!notPosted.includes('the check run')) notPosted.push('the check run');
        } else core.warning(`Readiness Gate: the check run "${name}" could not be posted: ${(err as Error).message}`);
      }
    }
    if (ctx.pullNumber && inputs.comment !== 'never') {
      const marker = commentMarker(`${inputs.checkName}:${inputs.path}`);
      const body = renderAppsComment(
        apps.map((a) => ({ name: a.name, path: a.path, report: a.review.report, diff: diffs.get(a.name) })),
        inputs.language,
        { marker, summaryUrl: runUrl },
      );
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
  const failed = apps.filter((a) => !a.review.report.gate.passed);
  if (failed.length) core.setFailed(`Readiness Gate: ${failed.map((a) => (many ? `${a.name}: ${a.review.report.gate.reason}` : a.review.report.gate.reason)).join('; ')}`);
  else core.info(`Readiness Gate: ${apps.map((a) => a.review.report.gate.reason).join('; ')}`);
}
