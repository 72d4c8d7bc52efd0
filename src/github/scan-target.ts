import { resolve } from 'node:path';
import type { RepoSource } from '../source/types.js';
import { FsSource } from '../source/fs-source.js';
import type { GitHubClient } from './client.js';
import type { RunContext } from './event.js';
import { openRepo } from './remote-repo.js';
import { SubtreeSource } from '../source/subtree-source.js';

/** What a run scans: the workspace checkout, or another repository read through the API. */
export interface ScanTarget {
  /** the scanned folder */
  source: RepoSource;
  /** the whole repository (where the configuration may live) */
  root: RepoSource;
  owner: string;
  repo: string;
  /** the scanned commit */
  sha: string;
  /** branch or tag name when known */
  ref?: string;
  repoUrl: string;
  /** folder inside the repository ('' for the root); evidence paths are relative to it */
  prefix: string;
  remote: boolean;
}

export class ScanTargetError extends Error {}

export async function openScanTarget(o: { repository?: string; path: string; workspace: string; ctx: RunContext; client?: GitHubClient }): Promise<ScanTarget> {
  const prefix = pathPrefix(o.path);
  if (!o.repository) {
    const root = new FsSource(resolve(o.workspace));
    return {
      source: prefix ? new FsSource(resolve(o.workspace, o.path)) : root,
      root,
      owner: o.ctx.owner,
      repo: o.ctx.repo,
      sha: o.ctx.headSha,
      ref: o.ctx.branch,
      repoUrl: `${o.ctx.serverUrl}/${o.ctx.owner}/${o.ctx.repo}`,
      prefix,
      remote: false,
    };
  }
  if (!o.client) throw new ScanTargetError(`scanning ${o.repository} needs a token that can read it`);
  const { source: tree, repo: r } = await openRepo(o.client, o.repository);
  return { source: prefix ? new SubtreeSource(tree, prefix) : tree, root: tree, owner: r.owner, repo: r.repo, sha: r.sha, ref: r.refName, repoUrl: r.htmlUrl, prefix, remote: true };
}

/** The `path` input as a repository prefix: '' for the root, else without ./ and trailing slash. */
export function pathPrefix(path: string): string {
  const p = path.replace(/^\.\/?/, '').replace(/\/+$/, '');
  return p === '.' ? '' : p;
}
