import { FsSource } from '../../../src/source/fs-source.js';
import { buildInventory } from '../../../src/engine/inventory.js';
import { parseNginx } from '../../../src/inventory/nginx/parse.js';

describe('nginx parser', () => {
  it('builds the directive tree with quotes, comments and lines', () => {
    const r = parseNginx('# c\nhttp {\n  add_header X-A "a b; c" always; # note\n  server { listen 80; }\n}\n', 'n.conf');
    expect(r.errors).toEqual([]);
    const http = r.directives[0];
    expect(http.block![0]).toEqual({ name: 'add_header', args: ['X-A', 'a b; c', 'always'], file: 'n.conf', line: 3 });
    expect(http.block![1]).toMatchObject({ name: 'server', line: 4, block: [{ name: 'listen', args: ['80'], line: 4 }] });
  });
});

describe('nginx inventory', () => {
  it('reads servers through includes: TLS, redirects, headers, rate limits, upstreams, proxies', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/nginx/proxy'));
    const n = inv.nginx;
    expect(n.configs.map((c) => c.file)).toEqual(['nginx/nginx.conf']);
    const [plain, tls] = n.servers;
    expect(plain).toMatchObject({ file: 'nginx/conf.d/site.conf', line: 1, redirectsToHttps: { line: 4 } });
    expect(tls.listen).toEqual([{ port: '443', ssl: true, http2: true, line: 8 }]);
    expect(tls.tls).toEqual({ certificate: '/etc/letsencrypt/live/shop.example.com/fullchain.pem', protocols: ['TLSv1.2', 'TLSv1.3'], line: 10 });
    expect(tls.headers.map((h) => h.name)).toEqual(['Strict-Transport-Security', 'X-Frame-Options']);
    expect(tls.rateLimits).toEqual([{ directive: 'limit_req', line: 17, file: 'nginx/conf.d/site.conf' }]);
    expect(tls).toMatchObject({ gzip: true, staticCaching: true });
    expect(n.upstreams[0]).toMatchObject({ name: 'backend', method: 'least_conn', servers: [{ address: 'backend-1:8000' }, { address: 'backend-2:8000' }, { address: 'backup-host:8000', backup: true }] });
    expect(n.zones).toEqual([{ directive: 'limit_req_zone', name: 'api', file: 'nginx/nginx.conf', line: 8 }]);
    expect(n.proxyTargets.map((t) => t.host)).toEqual(expect.arrayContaining(['backend-1', 'backend', 'frontend']));
  });

  it('reports an unclosed block with its line and keeps going', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/nginx/broken'));
    expect(inv.diagnostics).toContainEqual(expect.objectContaining({ file: 'nginx.conf', code: 'nginx-syntax', line: 2 }));
    expect(inv.nginx.servers).toHaveLength(1);
  });

  it('reports an include loop', async () => {
    const inv = await buildInventory(new FsSource('__tests__/fixtures/nginx/loop'));
    expect(inv.diagnostics.some((d) => d.code === 'nginx-include-loop')).toBe(true);
  });
});
