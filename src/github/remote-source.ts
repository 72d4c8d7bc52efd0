import type { RepoSource } from '../source/types.js';
import { createClient, type ClientLog } from './client.js';
import { openRepo, type ResolvedRepo } from './remote-repo.js';

/**
 * `owner/name[@ref]` as a source read through the API (git trees and blobs), for the CLI's
 * `scan --repo`. The token comes from GITHUB_TOKEN (or GH_TOKEN): a repository's tree and blobs
 * take hundreds of requests, past the unauthenticated limit of 60 an hour.
 */
export async function openRemoteSource(spec: string, env: NodeJS.ProcessEnv, log: ClientLog): Promise<{ source: RepoSource; repo: ResolvedRepo }> {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) throw new Error('scanning through the API needs a token: set GITHUB_TOKEN (a fine-grained token with contents: read is enough)');
  return openRepo(createClient(token, log), spec);
}
