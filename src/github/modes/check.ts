import * as core from '@actions/core';
import { GitHubTreeSource } from '../../source/github-tree-source.js';
import { runReview } from '../../engine/review.js';
import { renderMarkdown } from '../../report/review-markdown.js';
import { renderComment } from '../../report/comment.js';
import { diffReviews, type ReviewDiff } from '../../report/diff.js';
import { toAnnotations } from '../../report/annotations.js';
import type { GitHubClient } from '../client.js';
import type { RunContext } from '../event.js';
import type { ActionInputs } from '../inputs.js';
import { commentMarker, upsertStickyComment } from '../comment.js';
import { publishCheckRun } from '../check-run.js';
import { isPermissionError, publishLocal } from '../publish-summary.js';
import type { ScanTarget } from '../scan-target.js';
import { SubtreeSource } from '../subtree-source.js';

/**
 * Pull requests and pushes: review the checkout, compare with the pull request's base, publish
 * the check run and sticky comment, and decide the gate. Publishing problems never lose the
 * report and never change the outcome: the gate alone decides it.
 */
export async function runCheck(inputs: ActionInputs, ctx: RunContext, target: ScanTarget, workspace: string, client: GitHubClient | undefined): Promise<void> {
  const head = await runReview(target.source, { gate: inputs.gate });
  const report = head.report;
  const notPosted: string[] = [];

  // the base commit, read through the API (actions/checkout fetches only the head)
  let diff: ReviewDiff | undefined;
  if (client && ctx.baseSha && ctx.pullNumber) {
    try {
      const base = await runReview(new SubtreeSource(new GitHubTreeSource(client, ctx.owner, ctx.repo, ctx.baseSha), target.prefix), { gate: inputs.gate });
      diff = diffReviews(base.report, report);
    } catch (err) {
      core.warning(`Readiness Gate: the base commit ${ctx.baseSha.slice(0, 7)} could not be read (${(err as Error).message}); changes are not shown.`);
    }
  }

  await publishLocal(report, inputs, workspace);

  const runUrl = ctx.runUrl;
  if (client && ctx.owner) {
    const exists = (p: string) => head.inventory.files.list.some((f) => f.path === p);
    const prefix = target.prefix ? `${target.prefix}/` : '';
    const annotations = toAnnotations(report, exists).map((a) => ({ ...a, path: prefix + a.path }));
    try {
      const cr = await publishCheckRun(client, {
        owner: target.owner,
        repo: target.repo,
        headSha: target.remote ? target.sha : ctx.headSha,
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
