import { resolve } from 'node:path';
import * as core from '@actions/core';
import { ORG_WORDS, renderOrgBody } from '../../report/issue/org-body.js';
import type { GitHubClient } from '../client.js';
import type { RunContext } from '../event.js';
import { DEFAULT_ISSUE_TITLE, type ActionInputs } from '../inputs.js';
import { isPermissionError } from '../publish-summary.js';
import { readRecords } from '../records-io.js';
import { findReportIssues, reportMarker, syncReportIssue } from '../report-issue.js';

/**
 * The last job of an organisation scan: the records of every matrix job in one issue of this
 * repository, worst first. The issue closes when every repository passes its gate.
 */
export async function runAggregate(inputs: ActionInputs, ctx: RunContext, workspace: string, client: GitHubClient | undefined): Promise<void> {
  if (!inputs.records) return core.setFailed('Readiness Gate: aggregate mode needs the "records" input (the folder the scan records were downloaded to)');
  const dir = resolve(workspace, inputs.records);
  let read;
  try {
    read = readRecords(dir);
  } catch (err) {
    return core.setFailed(`Readiness Gate: the records in ${inputs.records} could not be read: ${(err as Error).message}`);
  }
  for (const p of read.problems) core.warning(`Readiness Gate: ${p}`);
  const records = read.records;
  if (records.length === 0) return core.setFailed(`Readiness Gate: no scan records in ${inputs.records}`);
  const who = inputs.owner ?? ctx.owner;
  const now = new Date();
  const marker = reportMarker(`org:${who}`);
  const body = renderOrgBody(records, { who, marker, at: now, lang: inputs.language });
  await core.summary.addRaw(body, true).write().catch((err: Error) => core.warning(`could not write the job summary: ${err.message}`));
  const failing = records.filter((r) => r.error || !r.passed).length;
  core.setOutput('passed', String(failing === 0));
  core.setOutput('repository-count', String(records.length));
  if (!client) return core.notice('Readiness Gate: no token, so no organisation issue; the table is in the job summary.');
  const title = inputs.issueTitle === DEFAULT_ISSUE_TITLE ? `Production readiness: ${who} — ${records.length} repositories, ${failing} below the bar` : inputs.issueTitle.replace(/\{(repository|owner)\}/g, who).replace(/\{(path|score|stage)\}/g, '');
  try {
    const t = { owner: ctx.owner, repo: ctx.repo, marker, labels: inputs.issueLabels, assignees: inputs.issueAssignees };
    const found = await findReportIssues(client, t);
    const { closed, reopened } = ORG_WORDS[inputs.language];
    const r = await syncReportIssue(client, t, found, { title, body }, failing === 0, { closed, reopened });
    if (r.number) core.setOutput('issue-number', String(r.number));
    if (r.url) core.setOutput('issue-url', r.url);
    core.info(`Organisation issue ${r.action}${r.number ? ` #${r.number}` : ''}: ${records.length} repositories, ${failing} below the bar`);
  } catch (err) {
    if (isPermissionError(err)) core.notice(`Readiness Gate could not file the organisation issue in ${ctx.owner}/${ctx.repo}: the token needs issues: write.`);
    else core.warning(`Readiness Gate: the organisation issue could not be filed: ${(err as Error).message}`);
  }
}
