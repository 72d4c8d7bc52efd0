import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  warning(message: string): void;
  info(message: string): void;
}

/** Longest wait for a rate limit to reset before giving up on a post (the report is never lost). */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * Octokit with GitHub's documented retry rules: 5xx and timeouts retried (plugin-retry),
 * primary and secondary rate limits waited out when the wait is short (plugin-throttling).
 * The base URL comes from GITHUB_API_URL, so GitHub Enterprise and the loopback test API work.
 */
export function createClient(token: string, log: ClientLog, opts: { retries?: number; timeoutMs?: number } = {}): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
    if (retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
      log.info(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter}s`);
      return true;
    }
    log.warning(`GitHub ${kind} rate limit on ${what}: giving up (reset in ${retryAfter}s)`);
    return false;
  };
  return getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      retry: { retries: opts.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      // a hung connection must not hold the job: each request gets its own deadline
      request: { fetch: timedFetch(opts.timeoutMs ?? 30_000) },
    },
    retry,
    throttling,
  );
}

function timedFetch(ms: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(ms) });
}
