import { GitHubTreeSource, type GitDataApi } from '../../src/source/github-tree-source.js';

function fakeApi(files: Record<string, string>, opts: { truncated?: boolean; failing?: string } = {}) {
  const calls: string[] = [];
  const api: GitDataApi = {
    rest: {
      git: {
        async getTree() {
          calls.push('tree');
          return {
            data: {
              truncated: !!opts.truncated,
              tree: [
                ...Object.entries(files).map(([path, c]) => ({ path, mode: '100644', type: 'blob', sha: `sha-${path}`, size: c.length })),
                { path: 'docs', mode: '040000', type: 'tree', sha: 't1' },
                { path: 'link', mode: '120000', type: 'blob', sha: 'l1', size: 3 },
                { path: 'node_modules/x.js', mode: '100644', type: 'blob', sha: 'n1', size: 1 },
              ],
            },
          };
        },
        async getBlob({ file_sha }) {
          calls.push(file_sha);
          const path = file_sha.slice(4);
          if (path === opts.failing) throw new Error('Server Error');
          return { data: { content: Buffer.from(files[path]).toString('base64'), encoding: 'base64' } };
        },
      },
    },
  };
  return { api, calls };
}

describe('GitHubTreeSource', () => {
  it('lists blobs from one recursive tree and reads only what is asked', async () => {
    const { api, calls } = fakeApi({ 'a.yml': 'x: 1', 'b/c.txt': 'hello' });
    const src = new GitHubTreeSource(api, 'o', 'r', 'abcdef0123456789abcdef0123456789abcdef01');
    const listing = await src.list();
    expect(listing.files.map((f) => f.path)).toEqual(['a.yml', 'b/c.txt']);
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['symlink-not-followed']);
    const read = await src.read(['b/c.txt']);
    expect(read.get('b/c.txt')!.toString()).toBe('hello');
    expect(calls).toEqual(['tree', 'sha-b/c.txt']);
    expect(src.label).toBe('o/r@abcdef0');
  });

  it('reports a truncated tree and keeps failed blobs as errors', async () => {
    const { api } = fakeApi({ 'a.yml': 'x', 'b.yml': 'y' }, { truncated: true, failing: 'b.yml' });
    const src = new GitHubTreeSource(api, 'o', 'r', 'main');
    const listing = await src.list();
    expect(listing.diagnostics.map((d) => d.code)).toContain('tree-truncated');
    const read = await src.read(['a.yml', 'b.yml']);
    expect(read.get('a.yml')!.toString()).toBe('x');
    expect(read.get('b.yml')).toBeInstanceOf(Error);
  });
});
