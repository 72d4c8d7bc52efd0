import { fileEntry, type Listing, type RepoSource } from './types.js';

/**
 * A repository held in memory: files fetched through the GitHub API (a base commit's tree and
 * blobs), or small repositories written inline by tests.
 */
export class MemorySource implements RepoSource {
  private readonly files: Map<string, Buffer>;

  constructor(
    files: Record<string, string | Buffer> | Map<string, Buffer>,
    readonly label = 'memory',
  ) {
    this.files = files instanceof Map ? files : new Map(Object.entries(files).map(([p, c]) => [p, Buffer.isBuffer(c) ? c : Buffer.from(c)]));
  }

  async list(): Promise<Listing> {
    const paths = [...this.files.keys()].sort();
    return { files: paths.map((p) => fileEntry(p, this.files.get(p)!.length)), diagnostics: [] };
  }

  async read(paths: readonly string[]): Promise<Map<string, Buffer | Error>> {
    const out = new Map<string, Buffer | Error>();
    for (const p of paths) out.set(p, this.files.get(p) ?? new Error(`no such file: ${p}`));
    return out;
  }
}
