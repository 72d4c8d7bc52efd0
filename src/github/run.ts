import * as core from '@actions/core';
import { errorRecord } from '../report/scan-record.js';
import { recordsDir, writeRecord } from './records-io.js';
import { readInputs, resolveMode, InputError } from './inputs.js';
import { readRunContext } from './event.js';
import { createClient } from './client.js';
import { openScanTarget } from './scan-target.js';
import { configuredReview } from './configured-run.js';
import { runCheck } from './modes/check.js';
import { runReport } from './modes/report.js';
import { runAggregate } from './modes/aggregate.js';
import { runList } from './modes/list.js';

/**
 * The Action. One of four modes: `check` (pull requests and pushes: check run, sticky comment,
 * gate), `report` (schedule: the report issue), `list` and `aggregate` (an organisation's matrix
 * of scans and its one issue). `auto` picks check or report from the event.
 */
export async function runAction(): Promise<void> {
  let inputs;
  try {
    inputs = readInputs((n) => core.getInput(n));
  } catch (err) {
    if (err instanceof InputError) return core.setFailed(`Readiness Gate: ${err.message}`);
    throw err;
  }
  const ctx = readRunContext();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const client = inputs.token ? createClient(inputs.token, { info: core.info, warning: core.warning }) : undefined;
  const mode = resolveMode(inputs, ctx.eventName);
  core.info(`Readiness Gate: ${mode} mode (${ctx.eventName || 'no event'})`);
  if (mode === 'list') return runList(inputs, ctx, client);
  if (mode === 'aggregate') return runAggregate(inputs, ctx, workspace, client);
  let target;
  try {
    target = await openScanTarget({ repository: inputs.repository, path: inputs.path, workspace, ctx, client });
  } catch (err) {
    const what = inputs.repository ?? inputs.path;
    // an organisation's aggregate still lists the repository, with the reason
    if (mode === 'report' && inputs.repository) {
      const repository = inputs.repository.replace(/@.*$/, '');
      core.setOutput('record-json', writeRecord(recordsDir(workspace), errorRecord(repository, inputs.path, (err as Error).message, new Date())));
    }
    return core.setFailed(`Readiness Gate: ${what} could not be read: ${(err as Error).message}`);
  }
  const configured = await configuredReview(inputs, ctx, target);
  if (!configured) return;
  const { run, config } = configured;
  if (mode === 'report') return runReport(inputs, ctx, target, workspace, client, run.apps);
  return runCheck(inputs, ctx, target, workspace, client, run.apps, config);
}
