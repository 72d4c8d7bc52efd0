import type { GitHubClient } from './client.js';

export interface ReportIssueTarget {
  owner: string;
  repo: string;
  /** hidden marker that finds the issue again; unique per scanned repository and path */
  marker: string;
  /** the first label is the one issues are searched by */
  labels: string[];
  assignees: string[];
}

export interface ReportIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  html_url: string;
  labels: string[];
}

export interface ReportIssueResult {
  action: 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'none';
  number?: number;
  url?: string;
  /** open duplicates closed after a race with a concurrent run */
  closedDuplicates: number;
}

/** `<!-- readiness-gate:report key -->`, invisible in the rendered issue. */
export function reportMarker(key: string): string {
  return `<!-- readiness-gate:report ${key.replace(/--/g, '-')} -->`;
}

/** Report issues carrying the marker, open ones first, oldest first: the one to keep leads. */
export async function findReportIssues(client: GitHubClient, t: ReportIssueTarget): Promise<ReportIssue[]> {
  const all = await client.paginate(client.rest.issues.listForRepo, { owner: t.owner, repo: t.repo, labels: t.labels[0], state: 'all', per_page: 100 });
  return all
    .filter((i) => !i.pull_request && i.body?.includes(t.marker))
    .map((i) => ({
      number: i.number,
      state: i.state as 'open' | 'closed',
      title: i.title,
      body: i.body ?? '',
      html_url: i.html_url,
      labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    }))
    .sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
}

/** The most recent report, open or closed: where the history continues from. */
export function currentReport(found: readonly ReportIssue[]): ReportIssue | undefined {
  const open = found.filter((i) => i.state === 'open');
  if (open.length) return open[0];
  return found.filter((i) => i.state === 'closed').sort((a, b) => b.number - a.number)[0];
}

async function ensureLabel(client: GitHubClient, t: ReportIssueTarget): Promise<void> {
  const name = t.labels[0];
  if (!name) return;
  try {
    await client.rest.issues.getLabel({ owner: t.owner, repo: t.repo, name });
  } catch (err) {
    if ((err as { status?: number }).status !== 404) throw err;
    try {
      await client.rest.issues.createLabel({ owner: t.owner, repo: t.repo, name, color: '0e8a16', description: 'Production readiness report (Readiness Gate)' });
    } catch (e) {
      // a concurrent run created it first
      if ((e as { status?: number }).status !== 422) throw e;
    }
  }
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Keeps one report issue per marker. Not met: update the open issue in place, reopen the last
 * closed one, or create one. Met: close the open issue with a comment (the body is updated first
 * so the closed issue shows the passing review); with nothing open, the last closed issue's body
 * still takes the new history, and no issue is created. Two runs can race to create: after
 * creating, the run lists again, keeps the oldest open issue and closes the others.
 */
export async function syncReportIssue(
  client: GitHubClient,
  t: ReportIssueTarget,
  found: readonly ReportIssue[],
  content: { title: string; body: string },
  met: boolean,
  words: { closed: string; reopened: string },
): Promise<ReportIssueResult> {
  const body = content.body.includes(t.marker) ? content.body : `${t.marker}\n${content.body}`;
  const open = found.filter((i) => i.state === 'open');
  const target = { owner: t.owner, repo: t.repo };
  const update = async (issue: ReportIssue, extra: { state?: 'open' | 'closed'; state_reason?: 'completed' | 'reopened' | 'not_planned'; assignees?: string[] } = {}) => {
    const { data } = await client.rest.issues.update({ ...target, issue_number: issue.number, title: content.title, body, labels: union(issue.labels, t.labels), ...extra });
    return data;
  };
  const closeDuplicates = async (keep: number, issues: readonly ReportIssue[]) => {
    let n = 0;
    for (const d of issues) {
      if (d.number === keep || d.state !== 'open') continue;
      await client.rest.issues.createComment({ ...target, issue_number: d.number, body: `${t.marker}\nDuplicate of #${keep}.` });
      await client.rest.issues.update({ ...target, issue_number: d.number, state: 'closed', state_reason: 'not_planned' });
      n++;
    }
    return n;
  };

  if (met) {
    if (open.length === 0) {
      const last = currentReport(found);
      if (!last) return { action: 'none', closedDuplicates: 0 };
      if (last.body === body && last.title === content.title) return { action: 'unchanged', number: last.number, url: last.html_url, closedDuplicates: 0 };
      const data = await update(last);
      return { action: 'updated', number: data.number, url: data.html_url, closedDuplicates: 0 };
    }
    const [keep, ...rest] = open;
    await update(keep);
    await client.rest.issues.createComment({ ...target, issue_number: keep.number, body: words.closed });
    const { data } = await client.rest.issues.update({ ...target, issue_number: keep.number, state: 'closed', state_reason: 'completed' });
    const closedDuplicates = await closeDuplicates(keep.number, rest);
    return { action: 'closed', number: data.number, url: data.html_url, closedDuplicates };
  }

  if (open.length) {
    const [keep, ...rest] = open;
    const closedDuplicates = await closeDuplicates(keep.number, rest);
    if (keep.body === body && keep.title === content.title) return { action: 'unchanged', number: keep.number, url: keep.html_url, closedDuplicates };
    const data = await update(keep);
    return { action: 'updated', number: data.number, url: data.html_url, closedDuplicates };
  }
  const last = currentReport(found);
  if (last) {
    const data = await update(last, { state: 'open', state_reason: 'reopened', ...(t.assignees.length ? { assignees: t.assignees } : {}) });
    await client.rest.issues.createComment({ ...target, issue_number: last.number, body: words.reopened });
    return { action: 'reopened', number: data.number, url: data.html_url, closedDuplicates: 0 };
  }
  await ensureLabel(client, t);
  const { data: created } = await client.rest.issues.create({ ...target, title: content.title, body, labels: t.labels, ...(t.assignees.length ? { assignees: t.assignees } : {}) });
  const after = (await findReportIssues(client, t)).filter((i) => i.state === 'open');
  const keep = after[0];
  if (keep && keep.number !== created.number) {
    // another run created one first: keep it, with this run's content, and close ours
    const data = await update(keep);
    const closedDuplicates = await closeDuplicates(keep.number, after);
    return { action: 'updated', number: data.number, url: data.html_url, closedDuplicates };
  }
  const closedDuplicates = await closeDuplicates(created.number, after);
  return { action: 'created', number: created.number, url: created.html_url, closedDuplicates };
}
