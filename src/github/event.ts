import { readFileSync } from 'node:fs';

/** What the Action needs to know about the run that started it. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** the commit the check run belongs to: a pull request's head, else GITHUB_SHA */
  headSha: string;
  /** pull request number on pull_request / pull_request_target events */
  pullNumber?: number;
  /** base commit of a pull request, judged for "what this pull request changes" */
  baseSha?: string;
  /** the pull request comes from a fork: its token cannot write */
  fromFork: boolean;
  /** branch name for per-branch bars (GITHUB_HEAD_REF on pull requests, else GITHUB_REF's branch) */
  branch?: string;
  serverUrl: string;
  runUrl?: string;
}

interface PullRequestPayload {
  number?: number;
  pull_request?: {
    number: number;
    head: { sha: string; ref?: string; repo?: { full_name?: string; fork?: boolean } | null };
    base: { sha: string; ref?: string; repo?: { full_name?: string } };
  };
}

/** Reads GITHUB_* variables and the event payload, as the runner provides them. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: PullRequestPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestPayload;
    } catch {
      payload = {};
    }
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const pr = payload.pull_request;
  const ref = env.GITHUB_REF ?? '';
  if (pr) {
    const headRepo = pr.head.repo?.full_name;
    const baseRepo = pr.base.repo?.full_name ?? `${owner}/${repo}`;
    return {
      eventName,
      owner,
      repo,
      // on pull_request events GITHUB_SHA is the merge commit; a check run there never shows on the PR
      headSha: pr.head.sha,
      pullNumber: pr.number ?? payload.number,
      baseSha: pr.base.sha,
      fromFork: headRepo !== undefined && headRepo !== baseRepo,
      branch: env.GITHUB_HEAD_REF || pr.head.ref,
      serverUrl,
      runUrl,
    };
  }
  return {
    eventName,
    owner,
    repo,
    headSha: env.GITHUB_SHA ?? '',
    fromFork: false,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    serverUrl,
    runUrl,
  };
}
