import type { RepoSource } from '../source/types.js';

/** Scans only a folder of another source (the `path` input), with paths relative to it. */
export class SubtreeSource implements RepoSource {
  readonly label: string;
  constructor(
    private readonly inner: RepoSource,
    private readonly prefix: string,
  ) {
    this.label = prefix ? `${inner.label}/${prefix}` : inner.label;
  }
  async list() {
    const l = await this.inner.list();
    if (!this.prefix) return l;
    const p = `${this.prefix}/`;
    return { ...l, files: l.files.filter((f) => f.path.startsWith(p)).map((f) => ({ ...f, path: f.path.slice(p.length), dir: f.dir === this.prefix ? '' : f.dir.slice(p.length) })) };
  }
  async read(paths: readonly string[]) {
    const r = await this.inner.read(paths.map((x) => (this.prefix ? `${this.prefix}/${x}` : x)));
    if (!this.prefix) return r;
    return new Map([...r].map(([k, v]) => [k.slice(this.prefix.length + 1), v]));
  }
}

/** The `path` input as a repository prefix: '' for the root, else without ./ and trailing slash. */
export function pathPrefix(path: string): string {
  const p = path.replace(/^\.\/?/, '').replace(/\/+$/, '');
  return p === '.' ? '' : p;
}
