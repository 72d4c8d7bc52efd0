import { GitHubTreeSource } from '../source/github-tree-source.js';
import type { GitHubClient } from './client.js';

export interface RepoSpec {
  owner: string;
  repo: string;
  /** branch, tag or commit; the default branch when absent */
  ref?: string;
}

/** `owner/name`, `owner/name@ref`; anything else is a usage error naming the expected form. */
export function parseRepoSpec(text: string): RepoSpec {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})(?:@(.+))?$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a repository: expected owner/name or owner/name@ref`);
  return { owner: m[1], repo: m[2].replace(/\.git$/, ''), ...(m[3] ? { ref: m[3] } : {}) };
}

export interface ResolvedRepo extends RepoSpec {
  /** the commit that is scanned */
  sha: string;
  /** the ref as given, or the default branch */
  refName: string;
  htmlUrl: string;
}

const SHA = /^[0-9a-f]{40}$/i;

/**
 * The commit a spec names: a full sha as is; otherwise a branch (the default branch when none is
 * given), then a tag. Annotated tags are followed to their commit.
 */
export async function resolveRepo(client: GitHubClient, spec: RepoSpec): Promise<ResolvedRepo> {
  const { data: repo } = await client.rest.repos.get({ owner: spec.owner, repo: spec.repo });
  const refName = spec.ref ?? repo.default_branch;
  const base = { ...spec, refName, htmlUrl: repo.html_url };
  if (SHA.test(refName)) return { ...base, sha: refName.toLowerCase() };
  for (const kind of ['heads', 'tags']) {
    try {
      const { data } = await client.rest.git.getRef({ owner: spec.owner, repo: spec.repo, ref: `${kind}/${refName}` });
      if (data.object.type === 'tag') {
        const { data: tag } = await client.rest.git.getTag({ owner: spec.owner, repo: spec.repo, tag_sha: data.object.sha });
        return { ...base, sha: tag.object.sha };
      }
      return { ...base, sha: data.object.sha };
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }
  throw new Error(`${spec.owner}/${spec.repo} has no branch or tag "${refName}"`);
}

/** `owner/name[@ref]` as a source read through the git trees and blobs API, at the commit it names. */
export async function openRepo(client: GitHubClient, spec: string): Promise<{ source: GitHubTreeSource; repo: ResolvedRepo }> {
  const repo = await resolveRepo(client, parseRepoSpec(spec));
  return { source: new GitHubTreeSource(client, repo.owner, repo.repo, repo.sha), repo };
}

/** Every repository of an organisation (or, failing that, a user): not archived, not forks unless asked. */
export async function listOwnerRepos(client: GitHubClient, owner: string, opts: { forks?: boolean; archived?: boolean } = {}): Promise<string[]> {
  let repos: { full_name: string; fork?: boolean; archived?: boolean }[];
  try {
    repos = await client.paginate(client.rest.repos.listForOrg, { org: owner, per_page: 100, type: 'all' });
  } catch (err) {
    if ((err as { status?: number }).status !== 404) throw err;
    repos = await client.paginate(client.rest.repos.listForUser, { username: owner, per_page: 100, type: 'owner' });
  }
  return repos.filter((r) => (opts.forks || !r.fork) && (opts.archived || !r.archived)).map((r) => r.full_name).sort();
}
