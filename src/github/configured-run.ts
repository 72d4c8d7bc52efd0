import * as core from '@actions/core';
import { formatConfigError, loadConfig, runConfiguredReview, type ConfigError, type ConfiguredReview, type ReadinessConfig } from '../config/index.js';
import type { PolicyNote } from '../score/types.js';
import type { RunContext } from './event.js';
import type { ActionInputs } from './inputs.js';
import type { ScanTarget } from './scan-target.js';

/** A configuration problem as an error annotation on its line, and the step's failure. */
function reportErrors(what: string, errors: readonly ConfigError[], prefix: string): void {
  for (const e of errors) {
    core.error(`${e.field ? `${e.field}: ` : ''}${e.message}`, { title: `Readiness Gate: ${what}`, file: prefix + e.file, startLine: e.line || undefined, startColumn: e.column || undefined });
  }
  core.setFailed(`Readiness Gate: ${what}:\n${errors.map(formatConfigError).join('\n')}`);
}

const NOTE_WORDS: Record<PolicyNote['state'], string> = {
  expired: 'expired — the item is judged again',
  expiring: 'expires soon',
  unused: 'matches nothing any more — remove it',
  forbidden: 'is not honoured: inline waivers are switched off',
};

/**
 * The configuration (`config` input; else .github/readiness.yml in the scanned folder, then at
 * the repository root) applied to the scan: one review per app. An invalid configuration or
 * inline waiver fails the step with its file, line and column, and returns null.
 */
export async function configuredReview(inputs: ActionInputs, ctx: RunContext, target: ScanTarget): Promise<{ run: ConfiguredReview; config: ReadinessConfig } | null> {
  let loaded = inputs.config ? await loadConfig(target.root, inputs.config.replace(/^\.\//, '')) : await loadConfig(target.source);
  let prefix = inputs.config || !target.prefix ? '' : `${target.prefix}/`;
  if (!inputs.config && target.prefix && loaded.config && !loaded.config.file) {
    loaded = await loadConfig(target.root);
    prefix = '';
  }
  if (!loaded.config) {
    reportErrors('invalid configuration', loaded.errors, prefix);
    return null;
  }
  if (loaded.config.file) core.info(`Readiness Gate: configuration ${prefix}${loaded.config.file}`);
  const run = await runConfiguredReview(target.source, loaded.config, { branch: ctx.branch, gateOverrides: inputs.gateOverrides });
  // inline waivers are written in the scanned files, the rest in the configuration file
  const scanned = target.prefix ? `${target.prefix}/` : '';
  if (run.errors.length) {
    reportErrors('invalid inline waiver', run.errors, scanned);
    return null;
  }
  // waivers and attestations that need attention, where they are written
  const notes = [...run.waivers.expired, ...run.waivers.expiring, ...run.waivers.unused, ...run.waivers.forbidden, ...run.attestations.expired, ...run.attestations.expiring];
  for (const n of notes) {
    const file = (n.source === 'inline' ? scanned : prefix) + n.file;
    core.warning(`${n.kind} of ${n.item}${n.owner ? ` (${n.owner})` : ''} until ${n.until} ${NOTE_WORDS[n.state]}`, { title: 'Readiness Gate: policy', file, startLine: n.line || undefined });
  }
  return { run, config: loaded.config };
}
