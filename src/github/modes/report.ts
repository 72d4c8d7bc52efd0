import * as core from '@actions/core';
import type { AppReview } from '../../config/index.js';
import { runCollectors } from '../../engine/inventory.js';
import { workflowsCollector } from '../../inventory/workflows/index.js';
import type { Workflow, WorkflowInventory } from '../../inventory/workflows/types.js';
import { label, messages } from '../../i18n/index.js';
import { renderIssueBody } from '../../report/issue/body.js';
import { extendHistory, readHistory } from '../../report/issue/history.js';
import { issueWords } from '../../report/issue/words.js';
import { pct } from '../../report/review-parts.js';
import { plain } from '../../report/escape.js';
import type { ScoredReport } from '../../score/types.js';
import type { GitHubClient } from '../client.js';
import type { RunContext } from '../event.js';
import { DEFAULT_ISSUE_TITLE, type ActionInputs } from '../inputs.js';
import { deployWorkflowsOf, measureOperations } from '../operations.js';
import { appPrefix, isPermissionError, publishLocal } from '../publish-summary.js';
import { currentReport, findReportIssues, reportMarker, syncReportIssue } from '../report-issue.js';
import type { ScanTarget } from '../scan-target.js';
import { recordOf } from '../../report/scan-record.js';
import { recordsDir, writeRecord } from '../records-io.js';

/** GitHub's longest issue title. */
const TITLE_MAX = 256;

/** `{repository}`, `{path}`, `{score}` and `{stage}` filled in; cut to GitHub's title limit. */
export function issueTitle(template: string, v: { repository: string; path: string; report: ScoredReport; lang: 'en' | 'ko' }): string {
  const stage = v.report.stage.stages.find((s) => s.id === v.report.stage.met);
  const words: Record<string, string> = {
    repository: v.repository,
    path: v.path === '.' ? '' : ` (${v.path})`,
    score: v.report.score === null ? messages(v.lang).nothingToJudge : pct(v.report.score),
    stage: stage ? label(stage, v.lang) : messages(v.lang).noStageMet,
  };
  const t = plain(template.replace(/\{(repository|path|score|stage)\}/g, (_, k: string) => words[k])).trim();
  return [...t].length > TITLE_MAX ? `${[...t].slice(0, TITLE_MAX - 1).join('')}…` : t;
}

/**
 * The repository's workflows: they live at its root, outside a scanned folder or an app's path,
 * so those scans read the root's workflow files on their own.
 */
async function rootWorkflows(target: ScanTarget, apps: readonly AppReview[]): Promise<Workflow[]> {
  const atRoot = !target.prefix ? apps.find((a) => !a.path) : undefined;
  if (atRoot) return atRoot.review.inventory.workflows.workflows;
  const { found } = await runCollectors(target.root, [workflowsCollector]);
  return (found.workflows as WorkflowInventory | undefined)?.workflows ?? [];
}

/**
 * Scheduled and manual runs: the full review kept in one issue per scanned repository and app
 * folder, with its history, the operational figures of section 7.2, and a record per app for an
 * organisation's aggregate. The report issue is the signal here; the step fails only when it
 * cannot scan.
 */
export async function runReport(inputs: ActionInputs, ctx: RunContext, target: ScanTarget, workspace: string, client: GitHubClient | undefined, apps: readonly AppReview[]): Promise<void> {
  const now = new Date();
  await publishLocal(apps, inputs, workspace, target.prefix);
  const repository = `${target.owner}/${target.repo}`;
  const issueUrls = new Map<string, string | undefined>();

  if (client && inputs.issue) {
    // the repository's deployments and incidents, once for all its apps
    const operations = await measureOperations(client, {
      owner: target.owner,
      repo: target.repo,
      deployWorkflows: inputs.deployWorkflows.length ? inputs.deployWorkflows : deployWorkflowsOf(await rootWorkflows(target, apps)),
      incidentLabel: inputs.incidentLabel,
      windowDays: inputs.windowDays,
      now,
    });
    for (const app of apps) {
      const report = app.review.report;
      const folder = appPrefix(target.prefix, app);
      try {
        const t = { owner: target.owner, repo: target.repo, marker: reportMarker(`${repository}:${folder || '.'}`), labels: inputs.issueLabels, assignees: inputs.issueAssignees };
        const found = await findReportIssues(client, t);
        const previous = readHistory(currentReport(found)?.body);
        const history = extendHistory(previous, report, { at: now, sha: target.sha });
        const body = renderIssueBody({
          report,
          lang: inputs.language,
          title: `${repository}${folder ? `/${folder}` : ''}`,
          sha: target.sha,
          repoUrl: target.repoUrl,
          pathPrefix: folder,
          at: now,
          requiredStage: app.gate.stage,
          operations,
          previous,
          history,
          marker: t.marker,
        });
        // the default title follows the report's language
        const title = issueTitle(inputs.issueTitle === DEFAULT_ISSUE_TITLE ? issueWords(inputs.language).title : inputs.issueTitle, { repository, path: folder || '.', report, lang: inputs.language });
        const w = issueWords(inputs.language);
        const required = report.stage.stages.find((s) => s.id === app.gate.stage);
        const r = await syncReportIssue(client, t, found, { title, body }, report.gate.passed, {
          closed: w.closedComment(required ? label(required, inputs.language) : String(app.gate.stage), pct(report.score)),
          reopened: w.reopenedNote,
        });
        issueUrls.set(app.name, r.url);
        if (app === apps[0]) {
          if (r.number) core.setOutput('issue-number', String(r.number));
          if (r.url) core.setOutput('issue-url', r.url);
        }
        core.info(`Report issue${apps.length > 1 ? ` of ${app.name}` : ''} ${r.action}${r.number ? ` #${r.number}` : ''}${r.closedDuplicates ? ` (${r.closedDuplicates} duplicate closed)` : ''}${r.url ? `: ${r.url}` : ''}`);
      } catch (err) {
        if (isPermissionError(err)) {
          core.notice(`Readiness Gate could not keep the report issue in ${repository}: the token needs issues: write (and actions: read for the deployment figures). The report is in the job summary.`);
          break;
        }
        core.warning(`Readiness Gate: the report issue${apps.length > 1 ? ` of ${app.name}` : ''} could not be kept: ${(err as Error).message}`);
      }
    }
  } else if (!client) core.notice('Readiness Gate: no token, so no report issue; the report is in the job summary.');

  const dir = recordsDir(workspace);
  const paths = apps.map((app) => writeRecord(dir, recordOf(app.review.report, { repository, path: appPrefix(target.prefix, app) || '.', ref: target.ref, sha: target.sha, url: target.repoUrl, issueUrl: issueUrls.get(app.name), at: now })));
  // one record per app; the output names the first (a repository without apps has one)
  core.setOutput('record-json', paths[0]);
  core.info(`Readiness Gate: ${apps.map((a) => a.review.report.gate.reason).join('; ')}`);
}
