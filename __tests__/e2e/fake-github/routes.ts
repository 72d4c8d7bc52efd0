/**
 * The endpoints Readiness Gate uses, keyed by the OpenAPI operationId, with GitHub's limits and
 * error answers. Handlers run synchronously on the state once the request is read, so each write
 * is atomic and two concurrent creates both succeed, as on GitHub.
 */
import type { Operation } from './openapi.js';
import { ACTIONS_BOT, type Actor, type FakeState, type Repo } from './state.js';
import { DOCS } from './scenarios.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Context {
  state: FakeState;
  op: Operation;
  repo: Repo;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: Json;
  actor: Actor;
  /** request path without the query, for Link headers */
  path: string;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  constructor(
    public status: number,
    public body: unknown,
    public headers: Record<string, string> = {},
    /** a request the Action should never make (recorded in violations) */
    public violation = status === 422,
  ) {
    super(`${status} ${(body as { message?: string })?.message ?? ''}`);
  }
}

export const BODY_LIMIT = 65_536;
export const TITLE_LIMIT = 256;

export function notFound(docs = DOCS): HttpError {
  return new HttpError(404, { message: 'Not Found', documentation_url: docs, status: '404' });
}

/** GitHub's 422 with per-field errors. */
export function validationFailed(docs: string, ...errors: { resource: string; field: string; code: string; message?: string }[]): HttpError {
  // "already exists" is an answer a client may count on (create, then ignore the 422); the rest are its bugs
  return new HttpError(422, { message: 'Validation Failed', errors, documentation_url: docs, status: '422' }, {}, !errors.every((e) => e.code === 'already_exists'));
}

function tooLong(c: Context, resource: string, field: string, value: unknown, max: number): void {
  if (typeof value === 'string' && [...value].length > max) {
    throw validationFailed(c.op.docs, { resource, code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` });
  }
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[v.length - 1] : v;
}

/** `per_page` (default 30, at most 100, as GitHub clamps it), `page`, and a Link header with first/prev/next/last. */
function paginate<T>(c: Context, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(one(c.query.per_page) ?? 30) || 30, 1), 100);
  const page = Math.max(Number(one(c.query.page) ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(c.query)) if (k !== 'page') for (const x of [v].flat()) q.append(k, x);
    q.set('page', String(p));
    return `<${c.state.apiUrl}${c.path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

function list(c: Context, items: unknown[], wrap?: (page: unknown[]) => unknown): Answer {
  const { page, headers } = paginate(c, items);
  return { status: 200, body: wrap ? wrap(page) : page, headers };
}

function issueOf(c: Context, n: string | number): Json {
  const issue = c.repo.issues.get(Number(n));
  if (!issue) throw notFound(c.op.docs);
  return issue;
}

function commentOf(c: Context): Json {
  const comment = c.repo.comments.get(Number(c.params.comment_id));
  if (!comment) throw notFound(c.op.docs);
  return comment;
}

function checkRunOf(c: Context): Json {
  const run = c.repo.checkRuns.get(Number(c.params.check_run_id));
  if (!run) throw notFound(c.op.docs);
  return run;
}

function commentBody(c: Context): string {
  const body = c.body?.body;
  if (typeof body !== 'string' || body.trim() === '') throw validationFailed(c.op.docs, { resource: 'IssueComment', code: 'missing_field', field: 'body' });
  tooLong(c, 'IssueComment', 'body', body, BODY_LIMIT);
  return body;
}

/** What the Checks API refuses beyond the schema: bad line ranges and columns across lines. */
function checkOutput(c: Context): void {
  const out = c.body?.output;
  if (!out) return;
  const annotations: Json[] = out.annotations ?? [];
  if (annotations.length > 50) throw validationFailed(c.op.docs, { resource: 'CheckRun', code: 'custom', field: 'annotations', message: 'annotations exceeds the maximum of 50 per request' });
  annotations.forEach((a, i) => {
    if (a.end_line < a.start_line) throw validationFailed(c.op.docs, { resource: 'CheckRun', code: 'invalid', field: `annotations[${i}].end_line`, message: 'end_line must be greater than or equal to start_line' });
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      throw validationFailed(c.op.docs, { resource: 'CheckRun', code: 'invalid', field: `annotations[${i}].start_column`, message: 'start_column and end_column may only be given when start_line and end_line are equal' });
    }
    if (a.start_line < 1) throw validationFailed(c.op.docs, { resource: 'CheckRun', code: 'invalid', field: `annotations[${i}].start_line` });
  });
  for (const k of ['summary', 'text'] as const) tooLong(c, 'CheckRun', `output.${k}`, out[k], 65_535);
  if (out.title !== undefined) tooLong(c, 'CheckRun', 'output.title', out.title, 255);
  if (c.body.conclusion === undefined && (c.body.status === 'completed' || c.body.completed_at) && c.op.method === 'POST') {
    throw validationFailed(c.op.docs, { resource: 'CheckRun', code: 'missing_field', field: 'conclusion' });
  }
}

function labelNames(labels: Json[] | undefined): string[] | undefined {
  return labels?.map((l) => (typeof l === 'string' ? l : l.name)).filter(Boolean);
}

/** `>=2025-01-01`, `<2025-01-01T10:00:00Z`, `2025-01-01..2025-01-31`, or a day. */
function createdFilter(expr: string): (iso: string) => boolean {
  const t = (s: string, end = false) => (/T/.test(s) ? Date.parse(s) : Date.parse(`${s}T00:00:00Z`) + (end ? 86_399_999 : 0));
  const range = /^(.+)\.\.(.+)$/.exec(expr);
  if (range) return (iso) => Date.parse(iso) >= t(range[1]) && Date.parse(iso) <= t(range[2], true);
  const cmp = /^([<>]=?)(.+)$/.exec(expr);
  if (cmp) {
    const [, op, v] = cmp;
    return (iso) => {
      const x = Date.parse(iso);
      return op === '>' ? x > t(v, true) : op === '>=' ? x >= t(v) : op === '<' ? x < t(v) : x <= t(v, true);
    };
  }
  return (iso) => Date.parse(iso) >= t(expr) && Date.parse(iso) <= t(expr, true);
}

const RUN_STATUSES = new Set(['requested', 'in_progress', 'completed', 'queued', 'pending', 'waiting']);

function workflowRuns(c: Context, runs: Json[]): Answer {
  const q = (k: string) => one(c.query[k]);
  let out = [...runs];
  const status = q('status');
  if (status) out = out.filter((r) => (RUN_STATUSES.has(status) ? r.status === status : r.conclusion === status));
  if (q('branch')) out = out.filter((r) => r.head_branch === q('branch'));
  if (q('event')) out = out.filter((r) => r.event === q('event'));
  if (q('head_sha')) out = out.filter((r) => r.head_sha === q('head_sha'));
  if (q('created')) out = out.filter((r) => createdFilter(q('created')!)(r.created_at));
  out.sort((a, b) => b.id - a.id);
  return list(c, out, (page) => ({ total_count: out.length, workflow_runs: page }));
}

type Handler = (c: Context) => Answer;

export const handlers: Record<string, Handler> = {
  'repos/get': (c) => ({ status: 200, body: c.state.repository(c.repo) }),

  // ---- issue comments ----
  'issues/list-comments': (c) => {
    const issue = issueOf(c, c.params.issue_number);
    const since = one(c.query.since);
    const all = [...c.repo.comments.values()].filter((x) => x.issue_url === issue.url && (!since || x.updated_at >= since)).sort((a, b) => a.id - b.id);
    return list(c, all);
  },
  'issues/create-comment': (c) => {
    issueOf(c, c.params.issue_number);
    const body = commentBody(c);
    const comment = c.state.comment(c.repo, Number(c.params.issue_number), body, c.actor);
    return { status: 201, body: comment, headers: { location: comment.url } };
  },
  'issues/get-comment': (c) => ({ status: 200, body: commentOf(c) }),
  'issues/update-comment': (c) => {
    const comment = commentOf(c);
    comment.body = commentBody(c);
    comment.updated_at = c.state.now();
    return { status: 200, body: comment };
  },
  'issues/delete-comment': (c) => {
    const comment = commentOf(c);
    c.repo.comments.delete(comment.id);
    const issue = [...c.repo.issues.values()].find((i) => i.url === comment.issue_url);
    if (issue) issue.comments--;
    return { status: 204 };
  },

  // ---- issues and labels ----
  'issues/list-for-repo': (c) => {
    const q = (k: string) => one(c.query[k]);
    const state = q('state') ?? 'open';
    const labels = (q('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
    let out = [...c.repo.issues.values()].filter((i) => state === 'all' || i.state === state);
    if (labels.length) out = out.filter((i) => labels.every((l) => i.labels.some((x: Json) => x.name.toLowerCase() === l)));
    if (q('creator')) out = out.filter((i) => i.user.login.toLowerCase() === q('creator')!.toLowerCase());
    if (q('since')) out = out.filter((i) => i.updated_at >= q('since')!);
    const key = q('sort') === 'updated' ? 'updated_at' : q('sort') === 'comments' ? 'comments' : 'created_at';
    const dir = q('direction') === 'asc' ? 1 : -1;
    out.sort((a, b) => (a[key] === b[key] ? b.number - a.number : (a[key] < b[key] ? -1 : 1) * dir));
    return list(c, out);
  },
  'issues/create': (c) => {
    const title = c.body.title === undefined ? undefined : String(c.body.title);
    if (!title?.trim()) throw validationFailed(c.op.docs, { resource: 'Issue', code: 'missing_field', field: 'title' });
    tooLong(c, 'Issue', 'title', title, TITLE_LIMIT);
    tooLong(c, 'Issue', 'body', c.body.body, BODY_LIMIT);
    // GitHub creates missing labels for a token that can push
    const issue = c.state.issue(c.repo, { title, body: c.body.body, user: c.actor, labels: labelNames(c.body.labels), assignees: c.body.assignees });
    return { status: 201, body: issue, headers: { location: issue.url } };
  },
  'issues/get': (c) => ({ status: 200, body: issueOf(c, c.params.issue_number) }),
  'issues/update': (c) => {
    const issue = issueOf(c, c.params.issue_number);
    const b = c.body ?? {};
    if (b.title !== undefined) {
      if (!String(b.title ?? '').trim()) throw validationFailed(c.op.docs, { resource: 'Issue', code: 'missing_field', field: 'title' });
      tooLong(c, 'Issue', 'title', String(b.title), TITLE_LIMIT);
      issue.title = String(b.title);
    }
    if (b.body !== undefined) {
      tooLong(c, 'Issue', 'body', b.body, BODY_LIMIT);
      issue.body = b.body;
    }
    if (b.labels !== undefined) issue.labels = (labelNames(b.labels) ?? []).map((n) => c.state.label(c.repo, n));
    if (b.assignees !== undefined) c.state.assign(issue, b.assignees ?? []);
    if (b.state !== undefined && b.state !== issue.state) {
      issue.state = b.state;
      issue.closed_at = b.state === 'closed' ? c.state.now() : null;
      issue.closed_by = b.state === 'closed' ? c.state.user(c.actor) : null;
      issue.state_reason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened';
    } else if (b.state_reason !== undefined) {
      issue.state_reason = b.state_reason;
    }
    issue.updated_at = c.state.now();
    const pr = c.repo.pulls.get(issue.number);
    if (pr) Object.assign(pr, { title: issue.title, body: issue.body, state: issue.state, labels: issue.labels, updated_at: issue.updated_at });
    return { status: 200, body: issue };
  },
  'issues/create-label': (c) => {
    const { name, color, description } = c.body;
    if (c.repo.labels.has(String(name).toLowerCase())) throw validationFailed(c.op.docs, { resource: 'Label', code: 'already_exists', field: 'name' });
    const hex = String(color ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-f]{6}$/i.test(hex)) throw validationFailed(c.op.docs, { resource: 'Label', code: 'invalid', field: 'color' });
    tooLong(c, 'Label', 'name', name, 50);
    tooLong(c, 'Label', 'description', description, 100);
    const label = c.state.label(c.repo, name, hex.toLowerCase(), description ?? null);
    return { status: 201, body: label, headers: { location: label.url } };
  },
  'issues/get-label': (c) => {
    const label = c.repo.labels.get(c.params.name.toLowerCase());
    if (!label) throw notFound(c.op.docs);
    return { status: 200, body: label };
  },

  // ---- check runs ----
  'checks/create': (c) => {
    checkOutput(c);
    if (!c.state.resolveCommit(c.repo, c.body.head_sha)) {
      throw new HttpError(422, { message: `No commit found for SHA: ${c.body.head_sha}`, documentation_url: c.op.docs, status: '422' });
    }
    const run = c.state.checkRun(c.repo, c.body);
    return { status: 201, body: run };
  },
  'checks/update': (c) => {
    const run = checkRunOf(c);
    checkOutput(c);
    c.state.applyCheckRun(c.repo, run, c.body);
    return { status: 200, body: run };
  },
  'checks/get': (c) => ({ status: 200, body: checkRunOf(c) }),
  'checks/list-annotations': (c) => {
    const run = checkRunOf(c);
    return list(c, c.repo.annotations.get(run.id) ?? []);
  },
  'checks/list-for-ref': (c) => {
    const commit = c.state.resolveCommit(c.repo, c.params.ref);
    if (!commit) throw validationFailed(c.op.docs, { resource: 'Commit', code: 'invalid', field: 'ref' });
    const q = (k: string) => one(c.query[k]);
    let runs = [...c.repo.checkRuns.values()].filter((r) => r.head_sha === commit.sha);
    if (q('check_name')) runs = runs.filter((r) => r.name === q('check_name'));
    if (q('status')) runs = runs.filter((r) => r.status === q('status'));
    if ((q('filter') ?? 'latest') === 'latest') runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
    runs.sort((a, b) => b.id - a.id);
    return list(c, runs, (page) => ({ total_count: runs.length, check_runs: page }));
  },

  // ---- pull requests ----
  'pulls/get': (c) => {
    const pr = c.repo.pulls.get(Number(c.params.pull_number));
    if (!pr) throw notFound(c.op.docs);
    const files = c.state.diff(c.repo, pr.base.sha, pr.head.sha);
    return { status: 200, body: { ...pr, changed_files: files.length, additions: files.reduce((n, f) => n + f.additions, 0), deletions: files.reduce((n, f) => n + f.deletions, 0), comments: c.repo.issues.get(pr.number)?.comments ?? 0 } };
  },
  'pulls/list-files': (c) => {
    const pr = c.repo.pulls.get(Number(c.params.pull_number));
    if (!pr) throw notFound(c.op.docs);
    // GitHub lists at most 3000 files of a pull request
    return list(c, c.state.diff(c.repo, pr.base.sha, pr.head.sha).slice(0, 3000));
  },

  // ---- git data and contents ----
  'git/get-ref': (c) => {
    const ref = c.params.ref;
    const sha = ref.startsWith('heads/') ? c.repo.branches.get(ref.slice('heads/'.length)) : undefined;
    if (!sha) throw notFound(c.op.docs);
    const base = c.state.repoUrl(c.repo);
    return { status: 200, body: { ref: `refs/${ref}`, node_id: `REF_${sha.slice(0, 12)}`, url: `${base}/git/refs/${ref}`, object: { type: 'commit', sha, url: `${base}/git/commits/${sha}` } } };
  },
  'git/get-commit': (c) => {
    const commit = c.repo.commits.get(c.params.commit_sha);
    if (!commit) throw notFound(c.op.docs);
    return { status: 200, body: c.state.gitCommit(c.repo, commit) };
  },
  'git/get-tree': (c) => {
    const sha = c.state.resolveTree(c.repo, c.params.tree_sha);
    if (!sha) throw notFound(c.op.docs);
    const base = c.state.repoUrl(c.repo);
    // any value of `recursive` (even "0" or "false") asks for the whole tree
    const entries = c.query.recursive !== undefined ? c.state.walk(c.repo, sha) : (c.repo.trees.get(sha) ?? []);
    const truncated = entries.length > c.repo.treeLimit;
    const tree = entries.slice(0, c.repo.treeLimit).map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === 'blob' ? { size: e.size, url: `${base}/git/blobs/${e.sha}` } : { url: `${base}/git/trees/${e.sha}` }),
    }));
    return { status: 200, body: { sha, url: `${base}/git/trees/${sha}`, tree, truncated } };
  },
  'git/get-blob': (c) => {
    const blob = c.repo.blobs.get(c.params.file_sha);
    if (!blob) throw notFound(c.op.docs);
    return {
      status: 200,
      body: {
        sha: c.params.file_sha,
        node_id: Buffer.from(`04:Blob${c.repo.id}:${c.params.file_sha}`).toString('base64'),
        size: blob.length,
        url: `${c.state.repoUrl(c.repo)}/git/blobs/${c.params.file_sha}`,
        // GitHub wraps base64 content at 60 characters
        content: (blob.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n',
        encoding: 'base64',
      },
    };
  },
  'repos/get-content': (c) => {
    const ref = one(c.query.ref) ?? c.repo.defaultBranch;
    const root = c.state.resolveTree(c.repo, ref);
    if (!root) throw notFound(c.op.docs);
    const path = c.params.path.replace(/^\/+|\/+$/g, '');
    const all = c.state.walk(c.repo, root);
    const base = c.state.repoUrl(c.repo);
    const describe = (e: { path: string; sha: string; type: string; size?: number }) => {
      const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file';
      const html = `${c.state.serverUrl}/${c.repo.fullName}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${e.path}`;
      const git = `${base}/git/${type === 'dir' ? 'trees' : 'blobs'}/${e.sha}`;
      const self = `${base}/contents/${e.path}?ref=${ref}`;
      return {
        type,
        size: e.size ?? 0,
        name: e.path.split('/').pop()!,
        path: e.path,
        sha: e.sha,
        url: self,
        git_url: git,
        html_url: html,
        download_url: type === 'file' ? `https://raw.githubusercontent.com/${c.repo.fullName}/${ref}/${e.path}` : null,
        _links: { self, git, html },
      };
    };
    const entry = all.find((e) => e.path === path);
    if (path === '' || entry?.type === 'tree') {
      const children = all.filter((e) => e.path.startsWith(path ? `${path}/` : '') && !e.path.slice(path ? path.length + 1 : 0).includes('/'));
      return { status: 200, body: children.map(describe) };
    }
    if (!entry) throw notFound(c.op.docs);
    const blob = c.repo.blobs.get(entry.sha)!;
    // above 1 MB the contents API gives no content ("none"); the blob API still does
    const big = blob.length > 1_000_000;
    return { status: 200, body: { ...describe(entry), encoding: big ? 'none' : 'base64', content: big ? '' : (blob.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n' } };
  },

  // ---- workflow runs ----
  'actions/list-workflow-runs-for-repo': (c) => workflowRuns(c, c.repo.workflowRuns),
  'actions/list-workflow-runs': (c) => {
    const id = c.params.workflow_id;
    const runs = c.repo.workflowRuns.filter((r) => String(r.workflow_id) === id || r.path.split('/').pop() === id);
    if (runs.length === 0 && !/^\d+$/.test(id) && !/\.ya?ml$/.test(id)) throw notFound(c.op.docs);
    return workflowRuns(c, runs);
  },
};

/** Endpoints of an owner rather than of one repository (no `repo` in the context). */
export const ownerHandlers: Record<string, Handler> = {
  'repos/list-for-org': (c) => ownerRepos(c, c.params.org),
  'repos/list-for-user': (c) => ownerRepos(c, c.params.username),
};

function ownerRepos(c: Context, owner: string): Answer {
  const repos = [...c.state.repos.values()].filter((r) => r.owner.toLowerCase() === owner.toLowerCase());
  if (!repos.length) throw notFound(c.op.docs);
  repos.sort((a, b) => (a.name < b.name ? -1 : 1));
  return list(c, repos.map((r) => c.state.repository(r)));
}

export function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

export { ACTIONS_BOT };
