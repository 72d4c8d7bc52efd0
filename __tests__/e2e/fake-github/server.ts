/**
 * A GitHub REST API on loopback for end-to-end tests of the bundled Action. Every request is
 * checked against GitHub's OpenAPI description; anything GitHub would refuse is answered as
 * GitHub answers it and recorded in `violations`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { matchRoute, validateBody, validateParams, validateResponse, describe, type Problem } from './openapi.js';
import { ACTIONS_BOT, FakeState, type Actor, type FileSpec, type Repo } from './state.js';
import { Scenarios, READ_ONLY, primaryRateLimit, DOCS, type Scenario, type ErrorAnswer } from './scenarios.js';
import { handlers, ownerHandlers, HttpError, isWrite, notFound, type Answer } from './routes.js';

export interface FakeGitHubOptions {
  /** the token requests must carry (`token X` or `Bearer X`); any non-empty token when omitted */
  token?: string;
  /** a fork's pull request token: every write answers 403 "Resource not accessible by integration" */
  readOnly?: boolean;
  /** who the token acts as (default github-actions[bot]) */
  actor?: Actor;
  /** primary rate limit quota for the hour (default 5000); reaching 0 answers GitHub's rate-limit error */
  rateLimit?: number;
  /** delay before every request is handled, to force interleavings */
  delayMs?: number;
  scenarios?: Scenario[];
  /** check the fake's own 2xx answers against the documented response schemas (default true) */
  validateResponses?: boolean;
  serverUrl?: string;
}

export interface Call {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  status: number;
  operationId?: string;
  headers: Record<string, string | undefined>;
}

export interface Violation {
  kind: 'headers' | 'unknown-route' | 'params' | 'query' | 'body' | 'limit' | 'unimplemented' | 'response';
  method: string;
  path: string;
  operationId?: string;
  message: string;
}

export interface SeedRepoOptions {
  owner?: string;
  name?: string;
  defaultBranch?: string;
  private?: boolean;
  /** files of the default branch's head commit (the pull request's base) */
  files?: Record<string, FileSpec>;
  /** recursive tree listings stop after this many entries and say truncated */
  treeLimit?: number;
  pullRequest?: {
    number?: number;
    title?: string;
    body?: string;
    headRef?: string;
    /** files of the head commit; the base files when omitted */
    files?: Record<string, FileSpec>;
    /** "someone/service": the head lives in a fork */
    headRepo?: string;
    draft?: boolean;
    user?: Actor;
  };
}

export interface SeededRepo {
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  baseSha: string;
  baseTreeSha: string;
  pullNumber?: number;
  headSha?: string;
  headRef?: string;
  /** the test merge commit GitHub makes for a pull request (GITHUB_SHA on pull_request events) */
  mergeSha?: string;
  repo: Repo;
}

export interface FakeGitHub {
  /** base URL for GITHUB_API_URL, e.g. http://127.0.0.1:53211 */
  url: string;
  calls: Call[];
  violations: Violation[];
  state: FakeState;
  scenarios: Scenarios;
  readOnly: boolean;
  /** calls to one operation, e.g. "issues/create-comment" */
  callsTo(operationId: string): Call[];
  addScenario(...s: Scenario[]): void;
  seedRepo(opts?: SeedRepoOptions): SeededRepo;
  /** `count` comments on an issue or pull request, by other users unless `user` says otherwise */
  seedComments(repo: string, issueNumber: number, count: number, opts?: { body?: (i: number) => string; user?: Actor }): number[];
  seedWorkflowRuns(repo: string, runs: Parameters<FakeState['workflowRun']>[1][]): void;
  /** an issue with the given times (opened, closed) and comments at given times; returns its number */
  seedIssue(repo: string, o: { title: string; labels?: string[]; user?: Actor; createdAt: string; closedAt?: string; body?: string; comments?: { user: Actor; at: string; body?: string }[] }): number;
  /** a new commit on the repository; returns its sha */
  commit(repo: string, files: Record<string, FileSpec>, opts?: { parents?: string[]; message?: string; branch?: string }): string;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function queryOf(url: URL): Record<string, string | string[]> {
  const q: Record<string, string | string[]> = {};
  for (const k of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(k);
    q[k] = all.length === 1 ? all[0] : all;
  }
  return q;
}

/**
 * Starts the fake on 127.0.0.1 with a random port. The first call of a process reads and indexes
 * the OpenAPI description (a few seconds): start it in a beforeAll with a generous timeout.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  matchRoute('GET', '/');
  const state = new FakeState('', options.serverUrl);
  const scenarios = new Scenarios();
  scenarios.add(...(options.scenarios ?? []));
  const calls: Call[] = [];
  const violations: Violation[] = [];
  const actor = options.actor ?? ACTIONS_BOT;
  const quota = { limit: options.rateLimit ?? 5000, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
  const hanging = new Set<ServerResponse>();

  const fake: FakeGitHub = {
    url: '',
    calls,
    violations,
    state,
    scenarios,
    readOnly: options.readOnly ?? false,
    callsTo: (id) => calls.filter((c) => c.operationId === id),
    addScenario: (...s) => scenarios.add(...s),
    seedRepo: (o) => seedRepo(state, o),
    seedComments(repo, issueNumber, count, o = {}) {
      const r = state.get(repo);
      if (!r.issues.has(issueNumber)) throw new Error(`no issue or pull request #${issueNumber} in ${repo}`);
      const ids: number[] = [];
      for (let i = 0; i < count; i++) ids.push(state.comment(r, issueNumber, o.body?.(i) ?? `Comment ${i + 1}`, o.user ?? { login: `reviewer-${i % 7}`, id: 7000 + (i % 7), type: 'User' }).id);
      return ids;
    },
    seedWorkflowRuns(repo, runs) {
      const r = state.get(repo);
      for (const run of runs) state.workflowRun(r, run);
    },
    seedIssue(repo, o) {
      const r = state.get(repo);
      const issue = state.issue(r, { title: o.title, body: o.body ?? null, labels: o.labels, user: o.user ?? { login: 'reporter', id: 6001, type: 'User' } });
      Object.assign(issue, { created_at: o.createdAt, updated_at: o.closedAt ?? o.createdAt });
      for (const c of o.comments ?? []) Object.assign(state.comment(r, issue.number, c.body ?? 'On it.', c.user), { created_at: c.at, updated_at: c.at });
      if (o.closedAt) Object.assign(issue, { state: 'closed', state_reason: 'completed', closed_at: o.closedAt, updated_at: o.closedAt });
      return issue.number;
    },
    commit: (repo, files, o) => state.putCommit(state.get(repo), files, o),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  const violation = (v: Omit<Violation, 'message'>, problems: (Problem | string)[]) => {
    for (const p of problems) violations.push({ ...v, message: typeof p === 'string' ? p : `${p.where}: ${p.message}` });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', fake.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const query = queryOf(url);
    const requestId = randomUUID().slice(0, 18).toUpperCase();
    let body: unknown;
    let badJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        badJson = true;
        body = raw;
      }
    }
    const h = req.headers;
    const call: Call = {
      method,
      path: url.pathname,
      query,
      body,
      status: 0,
      headers: { authorization: h.authorization, accept: h.accept, 'user-agent': h['user-agent'], 'content-type': h['content-type'] },
    };
    calls.push(call);
    const { route, pathKnown } = matchRoute(method, url.pathname);
    call.operationId = route?.op.operationId;
    const where = { method, path: url.pathname, operationId: call.operationId };

    const send = (a: Answer, exhausted?: { reset: number }) => {
      call.status = a.status;
      const remaining = exhausted ? 0 : Math.max(quota.limit - quota.used, 0);
      const headers: Record<string, string> = {
        'x-github-request-id': requestId,
        'x-github-media-type': 'github.v3; format=json',
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': String(quota.limit),
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-used': String(exhausted ? quota.limit : quota.used),
        'x-ratelimit-reset': String(exhausted?.reset ?? quota.reset),
        'x-ratelimit-resource': 'core',
        ...(a.body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        ...a.headers,
      };
      res.writeHead(a.status, headers);
      res.end(a.body === undefined ? undefined : JSON.stringify(a.body));
    };
    const fail = (e: ErrorAnswer) => send({ status: e.status, body: e.body, headers: e.headers }, e.exhausted);

    // -- what a real client sends
    const auth = h.authorization ?? '';
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(auth)?.[1];
    if (!h['user-agent']) {
      violation({ kind: 'headers', ...where }, ['no user-agent header']);
      return send({ status: 403, body: { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.' } });
    }
    if (!h.accept) violation({ kind: 'headers', ...where }, ['no accept header']);
    if (!token || (options.token !== undefined && token !== options.token)) {
      violation({ kind: 'headers', ...where }, [auth ? 'authorization is not "token X" / "Bearer X" with the expected token' : 'no authorization header']);
      return send({ status: 401, body: { message: auth ? 'Bad credentials' : 'Requires authentication', documentation_url: DOCS, status: '401' } });
    }
    if (raw !== '' && !/^application\/(?:[\w.+-]*\+)?json\b/i.test(h['content-type'] ?? '')) violation({ kind: 'headers', ...where }, [`body sent as ${h['content-type'] ?? 'no content-type'}`]);

    // -- forced interleavings and slow answers
    const info = { method, path: url.pathname, operationId: call.operationId };
    const wait = (options.delayMs ?? 0) + scenarios.delay(info);
    if (wait > 0) await sleep(wait);

    if (!route) {
      violation({ kind: 'unknown-route', ...where }, [pathKnown ? `${method} is not an operation of ${url.pathname}` : `no operation matches ${method} ${url.pathname}`]);
      return send({ status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
    }
    const { op, params } = route;

    // -- quota and failure scenarios, then the token's permissions
    quota.used++;
    if (quota.used > quota.limit) return fail(primaryRateLimit(403, quota.reset));
    const forced = scenarios.failure(info, requestId);
    if (forced === 'hang') {
      call.status = -1;
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (forced) return fail(forced);
    if (fake.readOnly && isWrite(method)) return fail(READ_ONLY);

    // -- the request against the description
    const paramProblems = validateParams(op, params, query);
    const unknownQuery = paramProblems.filter((p) => p.where === 'query' && !p.errors);
    violation({ kind: 'query', ...where }, unknownQuery);
    const invalid = paramProblems.filter((p) => p.errors);
    if (invalid.length) {
      violation({ kind: 'params', ...where }, invalid);
      // a malformed path parameter is simply not found; a bad query value is a validation failure
      if (invalid.some((p) => p.where === 'path')) return send({ status: 404, body: { message: 'Not Found', documentation_url: op.docs, status: '404' } });
      return send({ status: 422, body: { message: `Invalid request.\n\n${invalid.map((p) => p.message).join('\n')}`, documentation_url: op.docs, status: '422' } });
    }
    if (badJson) {
      violation({ kind: 'body', ...where }, ['body is not JSON']);
      return send({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: op.docs, status: '400' } });
    }
    const bodyProblems = validateBody(op, body);
    if (bodyProblems.length) {
      violation({ kind: 'body', ...where }, bodyProblems);
      const message = bodyProblems.map((p) => (p.errors ? describe(p.errors) : p.message)).join('\n');
      return send({ status: 422, body: { message: `Invalid request.\n\n${message}`, documentation_url: op.docs, status: '422' } });
    }

    // -- the endpoint
    const ownerHandler = ownerHandlers[op.operationId];
    const handler = ownerHandler ?? handlers[op.operationId];
    if (!handler) {
      violation({ kind: 'unimplemented', ...where }, [`${op.operationId} (${method} ${op.template}) is not implemented by the fake`]);
      return send({ status: 404, body: { message: 'Not Found', documentation_url: op.docs, status: '404' } });
    }
    const repo = params.owner && params.repo ? state.repo(`${params.owner}/${params.repo}`) : undefined;
    if (!repo && !ownerHandler) return send({ status: 404, body: { message: 'Not Found', documentation_url: op.docs, status: '404' } });
    let answer: Answer;
    try {
      answer = handler({ state, op, repo: repo as Repo, params, query, body: body ?? {}, actor, path: url.pathname });
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      if (err.violation) violation({ kind: 'limit', ...where }, [JSON.stringify(err.body)]);
      return send({ status: err.status, body: err.body, headers: err.headers });
    }
    if (options.validateResponses !== false && answer.status < 300 && answer.body !== undefined) {
      violation({ kind: 'response', ...where }, validateResponse(op, answer.status, answer.body));
    }
    send(answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      violations.push({ kind: 'unimplemented', method: req.method ?? '', path: req.url ?? '', message: `the fake crashed: ${err.stack}` });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: 'Server Error', documentation_url: DOCS }));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.apiUrl = fake.url;
  return fake;
}

function seedRepo(state: FakeState, o: SeedRepoOptions = {}): SeededRepo {
  const owner = o.owner ?? 'octo-org';
  const name = o.name ?? 'service';
  const repo = state.addRepo(owner, name, { defaultBranch: o.defaultBranch, private: o.private, treeLimit: o.treeLimit });
  const files = o.files ?? { 'README.md': '# service\n' };
  const baseSha = state.putCommit(repo, files, { message: 'Base', branch: repo.defaultBranch });
  const out: SeededRepo = { owner, name, fullName: repo.fullName, defaultBranch: repo.defaultBranch, baseSha, baseTreeSha: repo.commits.get(baseSha)!.tree, repo };
  const p = o.pullRequest;
  if (p) {
    const headRef = p.headRef ?? 'feature';
    const headFiles = p.files ?? { ...files, 'CHANGELOG.md': 'Unreleased\n' };
    const headSha = state.putCommit(repo, headFiles, { parents: [baseSha], message: 'Change', branch: headRef });
    const mergeSha = state.putCommit(repo, headFiles, { parents: [baseSha, headSha], message: `Merge ${headSha} into ${baseSha}` });
    const pr = state.pullRequest(repo, { number: p.number, title: p.title, body: p.body, user: p.user, headSha, baseSha, mergeSha, headRef, baseRef: repo.defaultBranch, headRepo: p.headRepo, draft: p.draft });
    Object.assign(out, { pullNumber: pr.number, headSha, headRef, mergeSha });
  }
  return out;
}

export { notFound };
