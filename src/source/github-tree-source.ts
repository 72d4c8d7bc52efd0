import type { Diagnostic } from '../inventory/diagnostics.js';
import { fileEntry, type FileEntry, type Listing, type RepoSource } from './types.js';
import { SKIPPED_DIRS } from './fs-source.js';

/** The part of Octokit this source needs (kept narrow so tests can pass a fake). */
export interface GitDataApi {
  rest: {
    git: {
      getTree(p: { owner: string; repo: string; tree_sha: string; recursive?: string }): Promise<{ data: { truncated: boolean; tree: { path?: string; mode?: string; type?: string; sha?: string; size?: number }[] } }>;
      getBlob(p: { owner: string; repo: string; file_sha: string }): Promise<{ data: { content: string; encoding: string } }>;
    };
  };
}

/**
 * A commit read through the GitHub API without cloning: one recursive tree listing, then only
 * the blobs the inventory asks for, a few at a time. Used for a pull request's base commit
 * (actions/checkout fetches only the head) and for scanning other repositories.
 */
export class GitHubTreeSource implements RepoSource {
  readonly label: string;
  private readonly shas = new Map<string, string>();

  constructor(
    private readonly api: GitDataApi,
    private readonly owner: string,
    private readonly repo: string,
    private readonly ref: string,
    private readonly concurrency = 8,
  ) {
    this.label = `${owner}/${repo}@${ref.length === 40 ? ref.slice(0, 7) : ref}`;
  }

  async list(): Promise<Listing> {
    const { data } = await this.api.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: this.ref, recursive: '1' });
    const files: FileEntry[] = [];
    const diagnostics: Diagnostic[] = [];
    if (data.truncated) {
      diagnostics.push({ file: '.', severity: 'warning', code: 'tree-truncated', message: `the API listed only part of ${this.label}'s tree (too many files); files beyond it were not read` });
    }
    for (const t of data.tree) {
      if (t.type !== 'blob' || !t.path || !t.sha) continue;
      if (t.path.split('/').some((p) => SKIPPED_DIRS.has(p))) continue;
      if (t.mode === '120000') {
        diagnostics.push({ file: t.path, severity: 'notice', code: 'symlink-not-followed', message: 'symbolic link in the API tree is not followed' });
        continue;
      }
      this.shas.set(t.path, t.sha);
      files.push(fileEntry(t.path, t.size ?? 0));
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, diagnostics };
  }

  async read(paths: readonly string[]): Promise<Map<string, Buffer | Error>> {
    const out = new Map<string, Buffer | Error>();
    let next = 0;
    const worker = async () => {
      while (next < paths.length) {
        const path = paths[next++];
        const sha = this.shas.get(path);
        if (!sha) {
          out.set(path, new Error('not in the tree'));
          continue;
        }
        try {
          const { data } = await this.api.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: sha });
          out.set(path, Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'));
        } catch (err) {
          out.set(path, err instanceof Error ? err : new Error(String(err)));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, paths.length) }, worker));
    return out;
  }
}
