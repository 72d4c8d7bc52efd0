import type { GitHubClient } from './client.js';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** hidden marker that finds the comment again; unique per check name and scanned path */
  marker: string;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged';
  url: string;
  id: number;
  /** duplicates removed after a race with a concurrent run */
  removedDuplicates: number;
}

/** `<!-- readiness-gate:comment key -->`: invisible in the rendered comment. */
export function commentMarker(key: string): string {
  return `<!-- readiness-gate:comment ${key.replace(/--/g, '-')} -->`;
}

interface CommentLike {
  id: number;
  body?: string;
  html_url: string;
}

async function findMarked(client: GitHubClient, t: StickyTarget): Promise<CommentLike[]> {
  // a busy pull request has hundreds of comments: read every page
  const all = await client.paginate(client.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 });
  return all.filter((c) => c.body?.includes(t.marker)).sort((a, b) => a.id - b.id);
}

/**
 * One comment per pull request, updated in place. Two runs of the same pull request can race:
 * both see no comment and both create one. After creating, the run lists again and keeps the
 * oldest marked comment, deleting the others, so the pull request ends with exactly one.
 */
export async function upsertStickyComment(client: GitHubClient, t: StickyTarget, body: string, mode: 'always' | 'on-change'): Promise<StickyResult> {
  const full = body.includes(t.marker) ? body : `${t.marker}\n${body}`;
  const existing = await findMarked(client, t);
  if (existing.length > 0) {
    const keep = existing[0];
    const removed = await removeDuplicates(client, t, existing.slice(1));
    if (mode === 'on-change' && keep.body === full) return { action: 'unchanged', url: keep.html_url, id: keep.id, removedDuplicates: removed };
    const { data } = await client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: keep.id, body: full });
    return { action: 'updated', url: data.html_url, id: data.id, removedDuplicates: removed };
  }
  const { data: created } = await client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: full });
  const after = await findMarked(client, t);
  if (after.length > 1 && after[0].id !== created.id) {
    // another run won the race: our content goes into its comment, ours goes away
    const keep = after[0];
    const removed = await removeDuplicates(client, t, after.slice(1));
    const { data } = await client.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: keep.id, body: full });
    return { action: 'updated', url: data.html_url, id: data.id, removedDuplicates: removed };
  }
  const removed = await removeDuplicates(client, t, after.slice(1));
  return { action: 'created', url: created.html_url, id: created.id, removedDuplicates: removed };
}

async function removeDuplicates(client: GitHubClient, t: StickyTarget, extra: CommentLike[]): Promise<number> {
  let removed = 0;
  for (const c of extra) {
    try {
      await client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id });
      removed++;
    } catch (err) {
      // the other run may have deleted it first
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }
  return removed;
}
