/**
 * In-memory GitHub: repositories with their issues (pull requests are issues too), comments,
 * check runs and annotations, labels, git objects (real git SHA-1s) and workflow runs.
 * Stored objects have the shape GitHub returns, built from the OpenAPI description's examples.
 */
import { createHash } from 'node:crypto';
import { spec } from './openapi.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Actor {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** Who a workflow's GITHUB_TOKEN acts as. */
export const ACTIONS_BOT: Actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: Actor = { login: 'octocat', id: 583231, type: 'User' };

export interface TreeEntry {
  path: string;
  mode: '100644' | '100755' | '120000' | '040000' | '160000';
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CommitRecord {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  date: string;
}

export interface Repo {
  owner: string;
  name: string;
  fullName: string;
  id: number;
  defaultBranch: string;
  private: boolean;
  /** issues and pull requests share numbers, as on GitHub */
  issues: Map<number, Json>;
  pulls: Map<number, Json>;
  comments: Map<number, Json>;
  checkRuns: Map<number, Json>;
  annotations: Map<number, Annotation[]>;
  labels: Map<string, Json>;
  blobs: Map<string, Buffer>;
  trees: Map<string, TreeEntry[]>;
  commits: Map<string, CommitRecord>;
  branches: Map<string, string>;
  workflowRuns: Json[];
  /** recursive tree listings stop after this many entries with truncated: true (GitHub: 100,000) */
  treeLimit: number;
  nextNumber: number;
}

export type FileSpec = string | Buffer | { content: string | Buffer; mode?: '100644' | '100755' | '120000' };

export function template(name: string): Json {
  const ex = spec().components.examples[name];
  if (!ex) throw new Error(`no example ${name} in the OpenAPI description`);
  return structuredClone(ex.value);
}

export function gitHash(type: string, content: Buffer): string {
  return createHash('sha1').update(Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content])).digest('hex');
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0${kind}${id}`).toString('base64').replace(/=+$/, '');
}

export class FakeState {
  readonly repos = new Map<string, Repo>();
  private id = 1_000_000;
  private clockMs = Date.parse('2025-01-06T09:00:00Z');

  constructor(
    public apiUrl: string,
    public serverUrl = 'https://github.com',
  ) {}

  nextId(): number {
    return ++this.id;
  }

  /** Timestamps move forward one second per write, so ordering by date is stable. */
  now(): string {
    this.clockMs = Math.max(this.clockMs + 1000, Date.now());
    return new Date(this.clockMs).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  repo(fullName: string): Repo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** Same as repo(), throwing for a repository that was never seeded (for tests). */
  get(fullName: string): Repo {
    const r = this.repo(fullName);
    if (!r) throw new Error(`no repository ${fullName} in the fake`);
    return r;
  }

  addRepo(owner: string, name: string, opts: { defaultBranch?: string; private?: boolean; treeLimit?: number } = {}): Repo {
    const repo: Repo = {
      owner,
      name,
      fullName: `${owner}/${name}`,
      id: this.nextId(),
      defaultBranch: opts.defaultBranch ?? 'main',
      private: opts.private ?? false,
      issues: new Map(),
      pulls: new Map(),
      comments: new Map(),
      checkRuns: new Map(),
      annotations: new Map(),
      labels: new Map(),
      blobs: new Map(),
      trees: new Map(),
      commits: new Map(),
      branches: new Map(),
      workflowRuns: [],
      treeLimit: opts.treeLimit ?? 100_000,
      nextNumber: 1,
    };
    this.repos.set(repo.fullName.toLowerCase(), repo);
    return repo;
  }

  // ---- objects in GitHub's shape ----

  user(a: Actor): Json {
    const u = `${this.apiUrl}/users/${a.login}`;
    return {
      login: a.login,
      id: a.id,
      node_id: nodeId(a.type === 'Bot' ? 'Bot' : 'User', a.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${a.id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: a.type === 'Bot' ? `${this.serverUrl}/apps/${a.login.replace(/\[bot\]$/, '')}` : `${this.serverUrl}/${a.login}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: a.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  repoUrl(r: Repo): string {
    return `${this.apiUrl}/repos/${r.owner}/${r.name}`;
  }

  repository(r: Repo): Json {
    const t = template('full-repository');
    const base = this.repoUrl(r);
    // every *_url of the example points at octocat/Hello-World: rewrite them for this repository
    const text = JSON.stringify(t)
      .replaceAll('https://api.github.com/repos/octocat/Hello-World', base)
      .replaceAll('https://github.com/octocat/Hello-World', `${this.serverUrl}/${r.fullName}`)
      .replaceAll('git:github.com/octocat/Hello-World.git', `git:github.com/${r.fullName}.git`)
      .replaceAll('git@github.com:octocat/Hello-World.git', `git@github.com:${r.fullName}.git`);
    const out = JSON.parse(text);
    Object.assign(out, {
      id: r.id,
      node_id: nodeId('Repository', r.id),
      name: r.name,
      full_name: r.fullName,
      owner: this.user({ login: r.owner, id: r.id + 1, type: 'Organization' }),
      private: r.private,
      visibility: r.private ? 'private' : 'public',
      default_branch: r.defaultBranch,
      fork: false,
      // required by the description, missing from its example
      has_discussions: out.has_discussions ?? false,
    });
    delete out.parent;
    delete out.source;
    delete out.organization;
    delete out.template_repository;
    return out;
  }

  // ---- git objects ----

  putBlob(r: Repo, content: Buffer): string {
    const sha = gitHash('blob', content);
    r.blobs.set(sha, content);
    return sha;
  }

  /** Builds nested trees from a flat path -> file map and returns the root tree's sha. */
  putTree(r: Repo, files: Record<string, FileSpec>): string {
    interface Dir {
      dirs: Map<string, Dir>;
      files: Map<string, { sha: string; mode: string; size: number }>;
    }
    const root: Dir = { dirs: new Map(), files: new Map() };
    for (const [path, f] of Object.entries(files)) {
      const spec = typeof f === 'string' || Buffer.isBuffer(f) ? { content: f } : f;
      const content = Buffer.isBuffer(spec.content) ? spec.content : Buffer.from(spec.content);
      const parts = path.split('/').filter(Boolean);
      let d = root;
      for (const p of parts.slice(0, -1)) {
        if (!d.dirs.has(p)) d.dirs.set(p, { dirs: new Map(), files: new Map() });
        d = d.dirs.get(p)!;
      }
      d.files.set(parts[parts.length - 1], { sha: this.putBlob(r, content), mode: spec.mode ?? '100644', size: content.length });
    }
    const write = (d: Dir): string => {
      const entries: { name: string; mode: string; sha: string; type: 'blob' | 'tree'; size?: number }[] = [];
      for (const [name, sub] of d.dirs) entries.push({ name, mode: '040000', sha: write(sub), type: 'tree' });
      for (const [name, f] of d.files) entries.push({ name, mode: f.mode, sha: f.sha, type: 'blob', size: f.size });
      // git orders a tree's entries by name, a directory's name compared as if it ended in '/'
      const key = (e: { name: string; type: string }) => (e.type === 'tree' ? `${e.name}/` : e.name);
      entries.sort((a, b) => (Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b)))));
      const raw = Buffer.concat(entries.map((e) => Buffer.concat([Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')])));
      const sha = gitHash('tree', raw);
      r.trees.set(sha, entries.map((e) => ({ path: e.name, mode: e.mode as TreeEntry['mode'], type: e.type, sha: e.sha, size: e.size })));
      return sha;
    };
    return write(root);
  }

  putCommit(r: Repo, files: Record<string, FileSpec>, opts: { parents?: string[]; message?: string; branch?: string } = {}): string {
    const tree = this.putTree(r, files);
    const date = this.now();
    const secs = Math.floor(Date.parse(date) / 1000);
    const who = `${OCTOCAT.login} <${OCTOCAT.login}@users.noreply.github.com> ${secs} +0000`;
    const message = opts.message ?? 'Commit';
    const parents = opts.parents ?? [];
    const raw = `tree ${tree}\n${parents.map((p) => `parent ${p}\n`).join('')}author ${who}\ncommitter ${who}\n\n${message}\n`;
    const sha = gitHash('commit', Buffer.from(raw));
    r.commits.set(sha, { sha, tree, parents, message, date });
    if (opts.branch) r.branches.set(opts.branch, sha);
    return sha;
  }

  /** A commit sha, branch name or tree sha to the root tree's sha. */
  resolveTree(r: Repo, ref: string): string | undefined {
    if (r.trees.has(ref)) return ref;
    const commit = r.commits.get(ref) ?? r.commits.get(r.branches.get(ref.replace(/^refs\/heads\//, '')) ?? '');
    return commit?.tree;
  }

  resolveCommit(r: Repo, ref: string): CommitRecord | undefined {
    return r.commits.get(ref) ?? r.commits.get(r.branches.get(ref.replace(/^refs\/heads\//, '').replace(/^heads\//, '')) ?? '');
  }

  /** Every blob under a tree with its full path, depth first in git order. */
  walk(r: Repo, treeSha: string, prefix = ''): TreeEntry[] {
    const out: TreeEntry[] = [];
    for (const e of r.trees.get(treeSha) ?? []) {
      const path = prefix ? `${prefix}/${e.path}` : e.path;
      out.push({ ...e, path });
      if (e.type === 'tree') out.push(...this.walk(r, e.sha, path));
    }
    return out;
  }

  gitCommit(r: Repo, c: CommitRecord): Json {
    const person = { name: 'Octocat', email: 'octocat@users.noreply.github.com', date: c.date };
    const base = this.repoUrl(r);
    return {
      sha: c.sha,
      node_id: nodeId('Commit', c.sha),
      url: `${base}/git/commits/${c.sha}`,
      html_url: `${this.serverUrl}/${r.fullName}/commit/${c.sha}`,
      author: person,
      committer: person,
      message: c.message,
      tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
      parents: c.parents.map((p) => ({ sha: p, url: `${base}/git/commits/${p}`, html_url: `${this.serverUrl}/${r.fullName}/commit/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  // ---- issues, pull requests, comments, labels, check runs, workflow runs ----

  label(r: Repo, name: string, color = 'ededed', description: string | null = null): Json {
    const found = r.labels.get(name.toLowerCase());
    if (found) return found;
    const id = this.nextId();
    const l = {
      id,
      node_id: nodeId('Label', id),
      url: `${this.repoUrl(r)}/labels/${encodeURIComponent(name)}`,
      name,
      description,
      color,
      default: false,
    };
    r.labels.set(name.toLowerCase(), l);
    return l;
  }

  issue(r: Repo, input: { title: string; body?: string | null; user?: Actor; labels?: string[]; assignees?: string[]; number?: number }): Json {
    const number = input.number ?? r.nextNumber;
    r.nextNumber = Math.max(r.nextNumber, number + 1);
    const id = this.nextId();
    const at = this.now();
    const url = `${this.repoUrl(r)}/issues/${number}`;
    const issue = {
      id,
      node_id: nodeId('Issue', id),
      url,
      repository_url: this.repoUrl(r),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.serverUrl}/${r.fullName}/issues/${number}`,
      number,
      state: 'open',
      state_reason: null,
      title: input.title,
      body: input.body ?? null,
      user: this.user(input.user ?? ACTIONS_BOT),
      labels: (input.labels ?? []).map((n) => this.label(r, n)),
      assignee: null as Json,
      assignees: [] as Json[],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: null as string | null,
      created_at: at,
      updated_at: at,
      closed_by: null,
      author_association: (input.user ?? ACTIONS_BOT).type === 'Bot' ? 'NONE' : 'OWNER',
    };
    this.assign(issue, input.assignees ?? []);
    r.issues.set(number, issue);
    return issue;
  }

  assign(issue: Json, logins: string[]): void {
    issue.assignees = logins.map((login, i) => this.user({ login, id: 9000 + i, type: 'User' }));
    issue.assignee = issue.assignees[0] ?? null;
  }

  comment(r: Repo, issueNumber: number, body: string, user: Actor = ACTIONS_BOT): Json {
    const id = this.nextId();
    const at = this.now();
    const issue = r.issues.get(issueNumber)!;
    const c = {
      id,
      node_id: nodeId('IssueComment', id),
      url: `${this.repoUrl(r)}/issues/comments/${id}`,
      html_url: `${issue.html_url.replace(/\/issues\//, r.pulls.has(issueNumber) ? '/pull/' : '/issues/')}#issuecomment-${id}`,
      issue_url: issue.url,
      body,
      user: this.user(user),
      created_at: at,
      updated_at: at,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
      reactions: this.reactions(`${this.repoUrl(r)}/issues/comments/${id}/reactions`),
      performed_via_github_app: null,
    };
    r.comments.set(id, c);
    issue.comments++;
    return c;
  }

  reactions(url: string): Json {
    return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 };
  }

  pullRequest(r: Repo, input: { number?: number; title?: string; body?: string; user?: Actor; headSha: string; baseSha: string; mergeSha?: string; headRef: string; baseRef: string; headRepo?: string; draft?: boolean }): Json {
    const issue = this.issue(r, { title: input.title ?? 'Change', body: input.body ?? null, user: input.user ?? OCTOCAT, number: input.number });
    const n = issue.number;
    const pr = template('pull-request');
    const base = this.repoUrl(r);
    const repoJson = this.repository(r);
    const headRepo = input.headRepo && input.headRepo.toLowerCase() !== r.fullName.toLowerCase() ? this.forkOf(r, input.headRepo) : repoJson;
    Object.assign(pr, {
      id: issue.id,
      node_id: nodeId('PullRequest', issue.id),
      url: `${base}/pulls/${n}`,
      html_url: `${this.serverUrl}/${r.fullName}/pull/${n}`,
      diff_url: `${this.serverUrl}/${r.fullName}/pull/${n}.diff`,
      patch_url: `${this.serverUrl}/${r.fullName}/pull/${n}.patch`,
      issue_url: issue.url,
      commits_url: `${base}/pulls/${n}/commits`,
      review_comments_url: `${base}/pulls/${n}/comments`,
      review_comment_url: `${base}/pulls/comments{/number}`,
      comments_url: issue.comments_url,
      statuses_url: `${base}/statuses/${input.headSha}`,
      number: n,
      state: 'open',
      locked: false,
      title: issue.title,
      user: issue.user,
      body: issue.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: input.mergeSha ?? null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${headRepo.owner.login}:${input.headRef}`, ref: input.headRef, sha: input.headSha, user: headRepo.owner, repo: headRepo },
      base: { label: `${r.owner}:${input.baseRef}`, ref: input.baseRef, sha: input.baseSha, user: repoJson.owner, repo: repoJson },
      _links: {
        self: { href: `${base}/pulls/${n}` },
        html: { href: `${this.serverUrl}/${r.fullName}/pull/${n}` },
        issue: { href: issue.url },
        comments: { href: issue.comments_url },
        review_comments: { href: `${base}/pulls/${n}/comments` },
        review_comment: { href: `${base}/pulls/comments{/number}` },
        commits: { href: `${base}/pulls/${n}/commits` },
        statuses: { href: `${base}/statuses/${input.headSha}` },
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: input.draft ?? false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    });
    issue.pull_request = { url: pr.url, html_url: pr.html_url, diff_url: pr.diff_url, patch_url: pr.patch_url, merged_at: null };
    issue.html_url = pr.html_url;
    r.pulls.set(n, pr);
    return pr;
  }

  forkOf(r: Repo, fullName: string): Json {
    const [owner, name] = fullName.split('/');
    const fork = this.repository({ ...r, owner, name, fullName, id: r.id + 7 });
    fork.fork = true;
    return fork;
  }

  /** Files changed between two commits, as the pull request files endpoint lists them. */
  diff(r: Repo, baseSha: string, headSha: string): Json[] {
    const index = (sha: string) => new Map(this.walk(r, r.commits.get(sha)?.tree ?? '').filter((e) => e.type === 'blob').map((e) => [e.path, e]));
    const before = index(baseSha);
    const after = index(headSha);
    const lines = (sha?: string) => (sha ? r.blobs.get(sha)!.toString('utf8').split('\n').filter((l, i, a) => l !== '' || i < a.length - 1) : []);
    const out: Json[] = [];
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const path of paths) {
      const a = before.get(path);
      const b = after.get(path);
      if (a?.sha === b?.sha) continue;
      const old = lines(a?.sha);
      const now = lines(b?.sha);
      const removed = old.filter((l) => !now.includes(l));
      const added = now.filter((l) => !old.includes(l));
      const sha = (b ?? a)!.sha;
      const ref = b ? headSha : baseSha;
      out.push({
        sha,
        filename: path,
        status: !a ? 'added' : !b ? 'removed' : 'modified',
        additions: added.length,
        deletions: removed.length,
        changes: added.length + removed.length,
        blob_url: `${this.serverUrl}/${r.fullName}/blob/${ref}/${path}`,
        raw_url: `${this.serverUrl}/${r.fullName}/raw/${ref}/${path}`,
        contents_url: `${this.repoUrl(r)}/contents/${path}?ref=${ref}`,
        patch: `@@ -1,${old.length} +1,${now.length} @@\n${removed.map((l) => `-${l}`).concat(added.map((l) => `+${l}`)).join('\n')}`,
      });
    }
    return out;
  }

  checkRun(r: Repo, input: Json): Json {
    const id = this.nextId();
    const t = template('check-run');
    const at = this.now();
    const status = input.conclusion ? 'completed' : (input.status ?? 'queued');
    const prs = [...r.pulls.values()]
      .filter((p) => p.head.sha === input.head_sha && p.state === 'open')
      .map((p) => ({
        url: p.url,
        id: p.id,
        number: p.number,
        head: { ref: p.head.ref, sha: p.head.sha, repo: { id: p.head.repo.id, url: p.head.repo.url, name: p.head.repo.name } },
        base: { ref: p.base.ref, sha: p.base.sha, repo: { id: r.id, url: this.repoUrl(r), name: r.name } },
      }));
    const run = {
      id,
      head_sha: input.head_sha,
      node_id: nodeId('CheckRun', id),
      external_id: input.external_id ?? '',
      url: `${this.repoUrl(r)}/check-runs/${id}`,
      html_url: `${this.serverUrl}/${r.fullName}/runs/${id}`,
      details_url: input.details_url ?? `${this.serverUrl}/${r.fullName}/runs/${id}`,
      status,
      conclusion: status === 'completed' ? (input.conclusion ?? null) : null,
      started_at: input.started_at ?? at,
      completed_at: status === 'completed' ? (input.completed_at ?? at) : null,
      output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${this.repoUrl(r)}/check-runs/${id}/annotations` },
      name: input.name,
      check_suite: { id: this.nextId() },
      app: { ...t.app, id: 15368, slug: 'github-actions', name: 'GitHub Actions', owner: this.user({ login: 'github', id: 9919, type: 'Organization' }) },
      pull_requests: prs,
    };
    r.checkRuns.set(id, run);
    r.annotations.set(id, []);
    this.applyCheckRun(r, run, input);
    return run;
  }

  /** Fields of a create or update request; annotations append, as GitHub documents. */
  applyCheckRun(r: Repo, run: Json, input: Json): void {
    for (const k of ['name', 'details_url', 'external_id', 'started_at'] as const) if (input[k] !== undefined) run[k] = input[k];
    if (input.status) run.status = input.status;
    if (input.conclusion) {
      run.status = 'completed';
      run.conclusion = input.conclusion;
      run.completed_at = input.completed_at ?? run.completed_at ?? this.now();
    }
    if (input.output) {
      for (const k of ['title', 'summary', 'text'] as const) if (input.output[k] !== undefined) run.output[k] = input.output[k];
      const list = r.annotations.get(run.id)!;
      for (const a of input.output.annotations ?? []) {
        list.push({
          ...a,
          start_column: a.start_column ?? null,
          end_column: a.end_column ?? null,
          title: a.title ?? null,
          raw_details: a.raw_details ?? null,
          blob_href: `${this.serverUrl}/${r.fullName}/blob/${run.head_sha}/${a.path}`,
        });
      }
      run.output.annotations_count = list.length;
    }
  }

  workflowRun(r: Repo, input: Partial<{ name: string; path: string; workflow_id: number; event: string; status: string; conclusion: string | null; head_branch: string; head_sha: string; created_at: string; run_attempt: number }>): Json {
    const run = template('workflow-run');
    const id = this.nextId();
    const base = this.repoUrl(r);
    const path = input.path ?? '.github/workflows/ci.yml';
    const created = input.created_at ?? this.now();
    const repoJson = this.repository(r);
    const minimal = Object.fromEntries(Object.entries(repoJson).filter(([k]) => k in run.repository));
    Object.assign(run, {
      id,
      node_id: nodeId('WorkflowRun', id),
      name: input.name ?? 'CI',
      display_title: input.name ?? 'CI',
      path,
      workflow_id: input.workflow_id ?? 100 + (Math.abs([...path].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0)) % 100000),
      event: input.event ?? 'push',
      status: input.status ?? 'completed',
      conclusion: input.status && input.status !== 'completed' ? null : (input.conclusion ?? 'success'),
      head_branch: input.head_branch ?? r.defaultBranch,
      head_sha: input.head_sha ?? r.branches.get(r.defaultBranch) ?? '0'.repeat(40),
      run_number: r.workflowRuns.length + 1,
      run_attempt: input.run_attempt ?? 1,
      created_at: created,
      updated_at: created,
      run_started_at: created,
      url: `${base}/actions/runs/${id}`,
      html_url: `${this.serverUrl}/${r.fullName}/actions/runs/${id}`,
      jobs_url: `${base}/actions/runs/${id}/jobs`,
      logs_url: `${base}/actions/runs/${id}/logs`,
      check_suite_url: `${base}/check-suites/${id}`,
      artifacts_url: `${base}/actions/runs/${id}/artifacts`,
      cancel_url: `${base}/actions/runs/${id}/cancel`,
      rerun_url: `${base}/actions/runs/${id}/rerun`,
      workflow_url: `${base}/actions/workflows/${input.workflow_id ?? path.split('/').pop()}`,
      pull_requests: [],
      repository: minimal,
      head_repository: minimal,
    });
    run.head_commit = { ...run.head_commit, id: run.head_sha, tree_id: r.commits.get(run.head_sha)?.tree ?? run.head_commit.tree_id };
    r.workflowRuns.push(run);
    return run;
  }
}
