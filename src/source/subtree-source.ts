import type { Listing, RepoSource } from './types.js';

/** One folder of a repository as a repository of its own (a monorepo app), paths relative to it. */
export class SubtreeSource implements RepoSource {
  readonly label: string;
  readonly readSync?: (path: string) => Buffer | Error;
  readonly readTransient?: (path: string, size: number) => Buffer | Error;
  private readonly prefix: string;

  constructor(
    private readonly inner: RepoSource,
    folder: string,
  ) {
    this.prefix = folder.replace(/^\.\//, '').replace(/\/+$/, '');
    this.label = this.prefix ? `${inner.label}/${this.prefix}` : inner.label;
    if (inner.readSync) this.readSync = (p) => inner.readSync!(this.outer(p));
    if (inner.readTransient) this.readTransient = (p, size) => inner.readTransient!(this.outer(p), size);
  }

  private outer(path: string): string {
    return this.prefix ? `${this.prefix}/${path}` : path;
  }

  async list(): Promise<Listing> {
    const l = await this.inner.list();
    if (!this.prefix) return l;
    const p = `${this.prefix}/`;
    const files = l.files
      .filter((f) => f.path.startsWith(p))
      .map((f) => ({ ...f, path: f.path.slice(p.length), dir: f.dir === this.prefix ? '' : f.dir.slice(p.length) }));
    const diagnostics = l.diagnostics.filter((d) => d.file.startsWith(p)).map((d) => ({ ...d, file: d.file.slice(p.length) }));
    return { files, diagnostics };
  }

  async read(paths: readonly string[]): Promise<Map<string, Buffer | Error>> {
    const r = await this.inner.read(paths.map((x) => this.outer(x)));
    if (!this.prefix) return r;
    return new Map([...r].map(([k, v]) => [k.slice(this.prefix.length + 1), v]));
  }
}
