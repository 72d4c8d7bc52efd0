/**
 * Failure modes a test can switch on: primary and secondary rate limits, 5xx answers, slow
 * answers, and the read-only token of a fork's pull request. Each scenario applies to the next
 * `times` matching requests (default 1; Infinity for all), optionally only to some routes.
 */

export interface Match {
  method?: string;
  /** operationId from the OpenAPI description, e.g. "issues/create-comment" */
  operationId?: string;
  /** tested against the request's path (no query) */
  path?: RegExp | string;
}

interface Common {
  times?: number;
  match?: Match;
}

export type Scenario =
  | (Common & { kind: 'primary-rate-limit'; status?: 403 | 429; resetInSeconds?: number })
  | (Common & { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfter?: number })
  | (Common & { kind: 'server-error'; status?: 500 | 502 | 503 | 504 })
  | (Common & { kind: 'delay'; ms: number })
  /** the connection is accepted and never answered (the client's timeout must fire) */
  | (Common & { kind: 'hang' });

export interface RequestInfo {
  method: string;
  path: string;
  operationId?: string;
}

export interface ErrorAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** the rate-limit headers announce an exhausted quota */
  exhausted?: { reset: number };
}

export const DOCS = 'https://docs.github.com/rest';
const RATE_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

function matches(m: Match | undefined, req: RequestInfo): boolean {
  if (!m) return true;
  if (m.method && m.method.toUpperCase() !== req.method) return false;
  if (m.operationId && m.operationId !== req.operationId) return false;
  if (m.path !== undefined && !(typeof m.path === 'string' ? req.path === m.path : m.path.test(req.path))) return false;
  return true;
}

export class Scenarios {
  private active: (Scenario & { left: number })[] = [];

  add(...list: Scenario[]): void {
    for (const s of list) this.active.push({ ...s, left: s.times ?? 1 });
  }

  clear(): void {
    this.active = [];
  }

  /** Takes (and uses up) the first scenario of the given kinds that applies to this request. */
  take(req: RequestInfo, kinds: Scenario['kind'][]): Scenario | undefined {
    const s = this.active.find((x) => x.left > 0 && kinds.includes(x.kind) && matches(x.match, req));
    if (!s) return undefined;
    s.left--;
    this.active = this.active.filter((x) => x.left > 0);
    return s;
  }

  /** Total delay of every matching delay scenario. */
  delay(req: RequestInfo): number {
    let ms = 0;
    for (let s = this.take(req, ['delay']); s; s = this.take(req, ['delay'])) ms += (s as { ms: number }).ms;
    return ms;
  }

  /** The error answer GitHub would give, or undefined. */
  failure(req: RequestInfo, requestId: string): ErrorAnswer | 'hang' | undefined {
    const s = this.take(req, ['hang', 'primary-rate-limit', 'secondary-rate-limit', 'server-error']);
    if (!s) return undefined;
    switch (s.kind) {
      case 'hang':
        return 'hang';
      case 'primary-rate-limit':
        return primaryRateLimit(s.status ?? 403, Math.floor(Date.now() / 1000) + (s.resetInSeconds ?? 60));
      case 'secondary-rate-limit':
        return {
          status: s.status ?? 403,
          headers: { 'retry-after': String(s.retryAfter ?? 60) },
          body: {
            message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
            documentation_url: `${RATE_DOCS}#about-secondary-rate-limits`,
            status: String(s.status ?? 403),
          },
        };
      case 'server-error': {
        const status = s.status ?? 502;
        const message = status === 502 ? 'Server Error' : status === 503 ? 'Service Unavailable' : status === 504 ? "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists." : 'Internal Server Error';
        return { status, body: { message, documentation_url: DOCS, status: String(status) } };
      }
      default:
        return undefined;
    }
  }
}

export function primaryRateLimit(status: number, reset: number): ErrorAnswer {
  return {
    status,
    exhausted: { reset },
    body: { message: 'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.', documentation_url: RATE_DOCS, status: String(status) },
  };
}

export const READ_ONLY: ErrorAnswer = {
  status: 403,
  body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
  headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
};
