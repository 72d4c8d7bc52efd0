/**
 * Runs the bundled Action (dist/index.js) the way the GitHub Actions runner does: a clean
 * environment of GITHUB_* / RUNNER_* variables, INPUT_* for every input (action.yml defaults
 * included), the event payload in a file, and file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_STATE, GITHUB_ENV, GITHUB_PATH) read back afterwards together with the workflow
 * commands printed on stdout.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ActionEvent {
  /** GITHUB_EVENT_NAME */
  name: string;
  payload: Record<string, unknown>;
  /** GITHUB_REF / GITHUB_SHA when the payload alone does not say (schedule, workflow_dispatch) */
  ref?: string;
  sha?: string;
}

export interface RunActionOptions {
  /** `with:` of the step; names as in action.yml */
  inputs?: Record<string, string | number | boolean>;
  /** extra or overriding environment variables (`env:` of the step) */
  env?: Record<string, string>;
  event: ActionEvent;
  /** GITHUB_API_URL, e.g. the fake's url */
  apiUrl: string;
  /** GITHUB_WORKSPACE and the working directory */
  cwd: string;
  /** "owner/name" (default: the payload's repository) */
  repository?: string;
  /** what `${{ github.token }}` gives (default ghs_ + 36 characters, like an installation token) */
  token?: string;
  timeoutMs?: number;
  /** the script to run (default dist/index.js of the project) */
  script?: string;
  runId?: number;
  runAttempt?: number;
  job?: string;
  workflow?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, and legacy ::set-output */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written */
  summary: string;
  /** every workflow command on stdout, in order */
  commands: WorkflowCommand[];
  /** ::error / ::warning / ::notice only */
  annotations: WorkflowCommand[];
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  addedPath: string[];
  /** the environment the script ran with */
  env: Record<string, string>;
}

const DEFAULT_TOKEN = 'ghs_' + 'x'.repeat(36);

/** `INPUT_<NAME>` as @actions/core reads it: spaces to underscores, upper-cased, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Inputs of action.yml with their defaults, `${{ github.token }}` and friends evaluated. */
function actionDefaults(ctx: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  let meta: { inputs?: Record<string, { default?: unknown }> } = {};
  try {
    meta = (load(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) ?? {}) as typeof meta;
  } catch {
    return out;
  }
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    out[name] = String(spec.default).replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_m, expr: string) => ctx[expr] ?? '');
  }
  return out;
}

function payloadRepo(payload: Record<string, unknown>): string | undefined {
  return (payload.repository as { full_name?: string } | undefined)?.full_name;
}

/** GITHUB_REF, GITHUB_SHA, GITHUB_HEAD_REF, GITHUB_BASE_REF as the runner sets them for each event. */
function refsOf(event: ActionEvent): { ref: string; sha: string; headRef: string; baseRef: string } {
  const p = event.payload as Json;
  if (p.pull_request) {
    const pr = p.pull_request;
    const target = event.name === 'pull_request_target';
    return {
      // pull_request runs on the test merge commit; pull_request_target on the base branch
      ref: event.ref ?? (target ? `refs/heads/${pr.base.ref}` : `refs/pull/${pr.number}/merge`),
      sha: event.sha ?? (target ? pr.base.sha : (pr.merge_commit_sha ?? pr.head.sha)),
      headRef: pr.head.ref,
      baseRef: pr.base.ref,
    };
  }
  if (event.name === 'push') return { ref: event.ref ?? p.ref, sha: event.sha ?? p.after, headRef: '', baseRef: '' };
  const branch = p.repository?.default_branch ?? 'main';
  return { ref: event.ref ?? p.ref ?? `refs/heads/${branch}`, sha: event.sha ?? '0'.repeat(40), headRef: '', baseRef: '' };
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function runAction(o: RunActionOptions): Promise<ActionResult> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'));
  const files = {
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'step_summary'),
    state: join(dir, 'state'),
    env: join(dir, 'env'),
    path: join(dir, 'path'),
  };
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  writeFileSync(files.event, JSON.stringify(o.event.payload, null, 2));
  for (const f of [files.output, files.summary, files.state, files.env, files.path]) writeFileSync(f, '');

  const repository = o.repository ?? payloadRepo(o.event.payload) ?? 'octo-org/service';
  const [owner] = repository.split('/');
  const refs = refsOf(o.event);
  const token = o.token ?? DEFAULT_TOKEN;
  const apiUrl = o.apiUrl.replace(/\/+$/, '');
  const runId = o.runId ?? 9_000_000_001;
  const sender = (o.event.payload.sender as { login?: string; id?: number } | undefined) ?? {};
  const refName = refs.ref.replace(/^refs\/(heads|tags)\//, '');

  const inputs: Record<string, string> = { ...actionDefaults({ 'github.token': token, 'github.workspace': o.cwd, 'github.repository': repository, 'github.event_name': o.event.name }) };
  for (const [k, v] of Object.entries(o.inputs ?? {})) inputs[k] = String(v);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTOR: sender.login ?? 'octocat',
    GITHUB_ACTOR_ID: String(sender.id ?? 583231),
    GITHUB_TRIGGERING_ACTOR: sender.login ?? 'octocat',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_ID: String((o.event.payload.repository as { id?: number } | undefined)?.id ?? 1296269),
    GITHUB_EVENT_NAME: o.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: refs.ref,
    GITHUB_REF_NAME: refs.ref.startsWith('refs/pull/') ? refs.ref.slice('refs/pull/'.length) : refName,
    GITHUB_REF_TYPE: refs.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_SHA: refs.sha,
    GITHUB_HEAD_REF: refs.headRef,
    GITHUB_BASE_REF: refs.baseRef,
    GITHUB_WORKSPACE: o.cwd,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: String(o.runAttempt ?? 1),
    GITHUB_JOB: o.job ?? 'readiness',
    GITHUB_WORKFLOW: o.workflow ?? 'Readiness',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/readiness.yml@${refs.ref}`,
    GITHUB_WORKFLOW_SHA: refs.sha,
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 2',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(dir, 'toolcache'),
    RUNNER_DEBUG: '',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v])),
    ...o.env,
  };
  if (!env.RUNNER_DEBUG) delete env.RUNNER_DEBUG;

  const script = o.script ?? join(PROJECT_ROOT, 'dist', 'index.js');
  const started = Date.now();
  const child = spawn(process.execPath, [script], { cwd: o.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, o.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, sig) => done([code, sig]));
  }).finally(() => clearTimeout(timer));

  const commands = parseWorkflowCommands(stdout);
  const outputs = parseFileCommand(readFileSync(files.output, 'utf8'));
  for (const c of commands) if (c.command === 'set-output' && c.properties.name) outputs[c.properties.name] ??= c.message;
  const result: ActionResult = {
    exitCode,
    signal,
    timedOut,
    durationMs: Date.now() - started,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(files.summary, 'utf8'),
    commands,
    annotations: commands.filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice'),
    state: parseFileCommand(readFileSync(files.state, 'utf8')),
    exportedEnv: parseFileCommand(readFileSync(files.env, 'utf8')),
    addedPath: readFileSync(files.path, 'utf8').split(/\r?\n/).filter(Boolean),
    env,
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** `name=value` lines and `name<<DELIMITER` heredocs, as the runner reads GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || line.indexOf('<<') < eq)) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`file command: no closing delimiter ${delimiter} for ${name}`);
      out[name] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`file command: invalid line "${line}"`);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

/** `::command key=value,key=value::message` lines, with ::stop-commands::TOKEN honoured. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^\s*::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props, message] = m;
    if (stopToken !== undefined) {
      if (command === stopToken || line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (props ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ command, properties, message: unescapeData(message) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Event payloads with the fields GitHub sends

interface RepoRef {
  owner?: string;
  repo?: string;
}

function user(login: string, id: number, type: 'User' | 'Organization' | 'Bot' = 'User'): Json {
  return {
    login,
    id,
    node_id: Buffer.from(`04:${type}${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The `repository` object of webhook payloads. */
export function repositoryPayload(owner = 'octo-org', name = 'service', o: { id?: number; fork?: boolean; defaultBranch?: string; private?: boolean } = {}): Json {
  const full = `${owner}/${name}`;
  const api = `https://api.github.com/repos/${full}`;
  return {
    id: o.id ?? 1296269,
    node_id: Buffer.from(`010:Repository${o.id ?? 1296269}`).toString('base64'),
    name,
    full_name: full,
    private: o.private ?? false,
    owner: user(owner, 9000001, o.fork ? 'User' : 'Organization'),
    html_url: `https://github.com/${full}`,
    description: null,
    fork: o.fork ?? false,
    url: api,
    pulls_url: `${api}/pulls{/number}`,
    issues_url: `${api}/issues{/number}`,
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    clone_url: `https://github.com/${full}.git`,
    created_at: '2024-03-01T10:00:00Z',
    updated_at: '2025-01-05T10:00:00Z',
    pushed_at: '2025-01-06T08:59:00Z',
    size: 1024,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'TypeScript',
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    forks_count: 1,
    archived: false,
    disabled: false,
    open_issues_count: 1,
    license: null,
    allow_forking: true,
    is_template: false,
    topics: [],
    visibility: o.private ? 'private' : 'public',
    forks: 1,
    open_issues: 1,
    watchers: 0,
    default_branch: o.defaultBranch ?? 'main',
  };
}

export function pullRequestEvent(o: RepoRef & {
  number: number;
  headSha: string;
  baseSha: string;
  /** the test merge commit (GITHUB_SHA); the head sha when omitted */
  mergeSha?: string;
  headRef?: string;
  baseRef?: string;
  /** the head branch lives in a fork: its token is read-only */
  headRepoFork?: boolean | string;
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited' | 'ready_for_review' | 'labeled';
  title?: string;
  body?: string | null;
  draft?: boolean;
  author?: string;
  /** pull_request_target instead of pull_request */
  target?: boolean;
}): ActionEvent {
  const owner = o.owner ?? 'octo-org';
  const name = o.repo ?? 'service';
  const base = repositoryPayload(owner, name);
  const forkOwner = typeof o.headRepoFork === 'string' ? o.headRepoFork : 'contributor';
  const head = o.headRepoFork ? repositoryPayload(forkOwner, name, { id: 5550001, fork: true }) : base;
  const author = user(o.author ?? (o.headRepoFork ? forkOwner : 'octocat'), o.headRepoFork ? 7000123 : 583231);
  const api = `https://api.github.com/repos/${owner}/${name}`;
  const headRef = o.headRef ?? 'feature';
  const baseRef = o.baseRef ?? 'main';
  const pr = {
    url: `${api}/pulls/${o.number}`,
    id: 1_800_000_000 + o.number,
    node_id: Buffer.from(`011:PullRequest${o.number}`).toString('base64'),
    html_url: `https://github.com/${owner}/${name}/pull/${o.number}`,
    diff_url: `https://github.com/${owner}/${name}/pull/${o.number}.diff`,
    patch_url: `https://github.com/${owner}/${name}/pull/${o.number}.patch`,
    issue_url: `${api}/issues/${o.number}`,
    number: o.number,
    state: 'open',
    locked: false,
    title: o.title ?? 'Change',
    user: author,
    body: o.body ?? null,
    created_at: '2025-01-06T09:00:00Z',
    updated_at: '2025-01-06T09:05:00Z',
    closed_at: null,
    merged_at: null,
    merge_commit_sha: o.mergeSha ?? null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: o.draft ?? false,
    commits_url: `${api}/pulls/${o.number}/commits`,
    review_comments_url: `${api}/pulls/${o.number}/comments`,
    comments_url: `${api}/issues/${o.number}/comments`,
    statuses_url: `${api}/statuses/${o.headSha}`,
    head: { label: `${head.owner.login}:${headRef}`, ref: headRef, sha: o.headSha, user: head.owner, repo: head },
    base: { label: `${owner}:${baseRef}`, ref: baseRef, sha: o.baseSha, user: base.owner, repo: base },
    author_association: o.headRepoFork ? 'FIRST_TIME_CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    active_lock_reason: null,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
  const event: ActionEvent = {
    name: o.target ? 'pull_request_target' : 'pull_request',
    payload: { action: o.action ?? 'synchronize', number: o.number, pull_request: pr, repository: base, sender: author, ...(o.action === 'synchronize' || !o.action ? { before: '1'.repeat(40), after: o.headSha } : {}) },
  };
  if (!o.mergeSha && !o.target) event.sha = o.headSha;
  return event;
}

export function pushEvent(o: RepoRef & { ref: string; sha: string; before?: string; message?: string }): ActionEvent {
  const owner = o.owner ?? 'octo-org';
  const name = o.repo ?? 'service';
  const repository = repositoryPayload(owner, name);
  const pusher = user('octocat', 583231);
  const commit = {
    id: o.sha,
    tree_id: 'f'.repeat(40),
    distinct: true,
    message: o.message ?? 'Change',
    timestamp: '2025-01-06T09:00:00Z',
    url: `https://github.com/${owner}/${name}/commit/${o.sha}`,
    author: { name: 'Octocat', email: 'octocat@users.noreply.github.com', username: 'octocat' },
    committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
    added: [],
    removed: [],
    modified: ['README.md'],
  };
  return {
    name: 'push',
    payload: {
      ref: o.ref,
      before: o.before ?? '0'.repeat(40),
      after: o.sha,
      repository,
      pusher: { name: 'octocat', email: 'octocat@users.noreply.github.com' },
      sender: pusher,
      created: false,
      deleted: false,
      forced: false,
      base_ref: null,
      compare: `https://github.com/${owner}/${name}/compare/${(o.before ?? '0'.repeat(40)).slice(0, 12)}...${o.sha.slice(0, 12)}`,
      commits: [commit],
      head_commit: commit,
    },
  };
}

export function scheduleEvent(o: RepoRef & { cron?: string; sha?: string; defaultBranch?: string } = {}): ActionEvent {
  const repository = repositoryPayload(o.owner, o.repo, { defaultBranch: o.defaultBranch });
  return {
    name: 'schedule',
    payload: { schedule: o.cron ?? '0 6 * * 1', repository, workflow: '.github/workflows/readiness.yml' },
    ref: `refs/heads/${repository.default_branch}`,
    sha: o.sha ?? '0'.repeat(40),
  };
}

export function workflowDispatchEvent(o: RepoRef & { ref?: string; sha?: string; inputs?: Record<string, string> } = {}): ActionEvent {
  const repository = repositoryPayload(o.owner, o.repo);
  const ref = o.ref ?? 'refs/heads/main';
  return {
    name: 'workflow_dispatch',
    payload: { inputs: o.inputs ?? {}, ref, repository, sender: user('octocat', 583231), workflow: '.github/workflows/readiness.yml' },
    ref,
    sha: o.sha ?? '0'.repeat(40),
  };
}
