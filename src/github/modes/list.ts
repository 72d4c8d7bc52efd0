import * as core from '@actions/core';
import type { GitHubClient } from '../client.js';
import type { RunContext } from '../event.js';
import type { ActionInputs } from '../inputs.js';
import { listOwnerRepos, parseRepoSpec } from '../remote-repo.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MATRIX_MAX = 256;

/**
 * The first job of an organisation scan: the repositories to scan as a JSON array for
 * `strategy.matrix` (`fromJSON(outputs.repositories)`), from the `repositories` input or from
 * every repository of `owner` (not archived, not forks).
 */
export async function runList(inputs: ActionInputs, ctx: RunContext, client: GitHubClient | undefined): Promise<void> {
  let repos: string[] = [];
  try {
    for (const r of inputs.repositories) parseRepoSpec(r);
    repos = [...inputs.repositories];
    if (inputs.owner) {
      if (!client) throw new Error('listing the repositories of an owner needs a token');
      repos.push(...(await listOwnerRepos(client, inputs.owner)));
    }
    if (!inputs.owner && repos.length === 0) repos.push(`${ctx.owner}/${ctx.repo}`);
  } catch (err) {
    return core.setFailed(`Readiness Gate: ${(err as Error).message}`);
  }
  repos = [...new Set(repos)];
  if (repos.length > MATRIX_MAX) {
    core.warning(`Readiness Gate: ${repos.length} repositories; a matrix runs at most ${MATRIX_MAX} jobs, so the first ${MATRIX_MAX} are scanned. Split the list across callers for the rest.`);
    repos = repos.slice(0, MATRIX_MAX);
  }
  core.setOutput('repositories', JSON.stringify(repos));
  core.info(`Readiness Gate: ${repos.length} repositories to scan`);
}
