import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxCollector } from '../../../src/inventory/nginx/index.js';
import { runCollector } from './helpers.js';

const run = (dir: string) => runCollector(nginxCollector, `__tests__/fixtures/nginx/${dir}`);

describe('nginx inventory: reverse proxy with TLS', () => {
  it('reads servers through includes: TLS, redirects, headers, rate limits, upstreams, proxies', async () => {
    const { value: n, lines } = await run('proxy');
    expect(n.configs.map((c) => [c.file, c.root])).toEqual([['nginx/conf.d/site.conf', false], ['nginx/nginx.conf', true]]);
    expect(n.configs[1].includes).toEqual([{ pattern: 'conf.d/*.conf', resolved: ['nginx/conf.d/site.conf'], file: 'nginx/nginx.conf', line: 17, column: 5 }]);
    const [plain, tls] = n.servers;
    expect(plain).toMatchObject({ file: 'nginx/conf.d/site.conf', line: 1, redirectsToHttps: { line: 4, via: 'return' }, listen: [{ port: '80', ssl: false }] });
    expect(tls.listen).toEqual([{ address: '443', port: '443', ssl: true, http2: true, quic: false, defaultServer: false, ipv6: false, file: 'nginx/conf.d/site.conf', line: 8, column: 5 }]);
    expect(tls.tls).toMatchObject({ certificate: '/etc/letsencrypt/live/shop.example.com/fullchain.pem', certificateKey: '/etc/letsencrypt/live/shop.example.com/privkey.pem', protocols: ['TLSv1.2', 'TLSv1.3'], line: 10 });
    expect(tls.headers.map((h) => [h.name, h.always, h.level, h.line])).toEqual([['Strict-Transport-Security', true, 'server', 13], ['X-Frame-Options', true, 'server', 14]]);
    expect(tls.rateLimits).toEqual([{ directive: 'limit_req', zone: 'api', level: 'location', location: '/api/', file: 'nginx/conf.d/site.conf', line: 17, column: 9 }]);
    expect(tls).toMatchObject({ gzip: true, gzipTypes: ['text/css', 'application/javascript', 'application/json'], staticCaching: true, serverTokens: { value: 'off', file: 'nginx/nginx.conf', line: 5 } });
    expect(tls.locations.map((l) => [l.path, l.line, l.dropsInheritedHeaders])).toEqual([['/api/', 16], ['/static/', 21], ['/', 26], ['/download/', 33]].map(([p, l]) => [p, l, p === '/download/']));
    expect(tls.proxies.map((p) => [p.location, p.host, p.port, p.upstream])).toEqual([['/api/', 'backend', undefined, 'backend'], ['/', 'frontend', '8501', undefined], ['/download/', 'files.internal', '9000', undefined]]);
    expect(n.upstreams[0]).toMatchObject({ name: 'backend', method: 'least_conn', line: 10, servers: [{ address: 'backend-1:8000', host: 'backend-1', port: '8000', maxFails: 3 }, { address: 'backend-2:8000' }, { address: 'backup-host:8000', backup: true }] });
    expect(n.zones).toEqual([{ directive: 'limit_req_zone', name: 'api', size: '10m', rate: '10r/s', key: '$binary_remote_addr', file: 'nginx/nginx.conf', line: 8, column: 5 }]);
    expect(n.proxyTargets.map((t) => [t.host, t.via])).toEqual([['backend', 'proxy_pass'], ['frontend', 'proxy_pass'], ['files.internal', 'proxy_pass'], ['backend-1', 'upstream'], ['backend-2', 'upstream'], ['backup-host', 'upstream']]);
    expect(lines[1]).toMatch(/^nginx\/conf\.d\/site\.conf:7 server: listen 443 ssl http2; server_name shop\.example\.com; TLS TLSv1\.2 TLSv1\.3; .*headers Strict-Transport-Security always.*add_header in \/download\/ hides the server headers; rate limited \(api\)/);
    expect(lines).toContain('nginx/nginx.conf:10 upstream backend: backend-1:8000, backend-2:8000, backup-host:8000 backup (least_conn)');
  });
});

describe('nginx inventory: edge with ModSecurity, snippets and templates', () => {
  it('reads listen variants, if-redirects, inherited limits, snippet headers, variables and Lua', async () => {
    const { value: n, diagnostics } = await run('waf');
    expect(n.configs.map((c) => c.file)).toEqual(['nginx/conf.d/edge.conf', 'nginx/nginx.conf', 'nginx/snippets/security-headers.conf', 'nginx/templates/default.conf.template']);
    expect(n.configs.filter((c) => c.root).map((c) => c.file)).toEqual(['nginx/nginx.conf', 'nginx/templates/default.conf.template']);
    const [http80, edge, tmpl] = n.servers;
    expect(http80.listen.map((l) => [l.address, l.port, l.ipv6, l.defaultServer])).toEqual([['80', '80', false, true], ['[::]:80', '80', true, true]]);
    expect(http80.redirectsToHttps).toMatchObject({ line: 6, via: 'return' });
    expect(edge.listen.every((l) => l.ssl && l.http2)).toBe(true);
    expect(edge.defaultServer).toBe(true);
    expect(edge.tls).toMatchObject({ protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'], ciphers: 'HIGH:!aNULL:!MD5', protocolsAt: { file: 'nginx/conf.d/edge.conf', line: 17 } });
    expect(edge.headers.map((h) => [h.name, h.always, h.file, h.line])).toEqual([
      ['Strict-Transport-Security', true, 'nginx/snippets/security-headers.conf', 1],
      ['X-Content-Type-Options', true, 'nginx/snippets/security-headers.conf', 2],
      ['Referrer-Policy', false, 'nginx/snippets/security-headers.conf', 3],
      ['Content-Security-Policy', true, 'nginx/snippets/security-headers.conf', 4],
    ]);
    expect(edge.rateLimits).toEqual([expect.objectContaining({ directive: 'limit_conn', zone: 'perip', level: 'http', line: 15 })]);
    expect(edge).toMatchObject({ brotli: true, gzip: false, staticCaching: true, clientMaxBodySize: { value: '10m', line: 10 }, proxyReadTimeout: { value: '75s', line: 19 }, modsecurity: { line: 12, crs: true, rulesFiles: ['/etc/nginx/modsec/main.conf'] } });
    expect(edge.locations.find((l) => l.path.startsWith('~*'))).toMatchObject({ path: '~* \\.(css|js|woff2)$', cacheControl: 'public, max-age=31536000, immutable', dropsInheritedHeaders: true });
    expect(edge.locations.map((l) => l.path)).toContain('/metrics');
    expect(edge.proxies.map((p) => [p.directive, p.location, p.host, p.port, p.upstream, p.variable])).toEqual([
      ['proxy_pass', '/', 'app', '8080', undefined, false],
      ['proxy_pass', '/api/', 'api_pool', undefined, 'api_pool', false],
      ['grpc_pass', '= /grpc.Health/Check', 'health-svc', '50051', undefined, false],
    ]);
    expect(tmpl).toMatchObject({ listen: [{ address: '${NGINX_PORT}' }], serverNames: ['${SERVER_NAME}'], staticCaching: false });
    expect(tmpl.proxies[0]).toMatchObject({ variable: true, host: undefined });
    expect(n.upstreams[0]).toMatchObject({ name: 'api_pool', method: 'ip_hash', keepalive: 32 });
    expect(n.upstreams[0].servers.map((s) => [s.host, s.port, s.weight, s.maxFails, s.failTimeout, s.down, s.backup])).toEqual([
      ['api-1.internal', '9000', 3, 2, '15s', false, false],
      ['10.0.0.12', '9000', undefined, undefined, undefined, true, false],
      ['::1', '9000', undefined, undefined, undefined, false, true],
    ]);
    expect(n.zones.map((z) => [z.directive, z.name])).toEqual([['limit_conn_zone', 'perip']]);
    expect(n.serverTokens).toMatchObject({ value: 'off', line: 9 });
    expect(n.proxyTargets.map((t) => t.host)).toEqual(expect.arrayContaining(['app', 'api_pool', 'health-svc', 'api-1.internal']));
    expect(diagnostics.filter((d) => d.code.startsWith('nginx')).map((d) => [d.file, d.line, d.code])).toEqual([['nginx/nginx.conf', 8, 'nginx-include-missing']]);
  });
});

describe('nginx inventory: bad input', () => {
  it('reports an unclosed block with its line and keeps going', async () => {
    const { value, diagnostics } = await run('broken');
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: 'nginx.conf', code: 'nginx-syntax', line: 2 }));
    expect(value.servers).toHaveLength(1);
    expect(value.servers[0].proxies[0]).toMatchObject({ host: 'app', port: '3000' });
  });

  it('reports an include loop with the including line and reads both files once', async () => {
    const { value, diagnostics } = await run('loop');
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: 'b.conf', line: 1, code: 'nginx-include-loop' }));
    expect(value.servers.map((s) => `${s.file}:${s.line}`).sort()).toEqual(['a.conf:3', 'b.conf:2']);
  });

  describe('generated', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'rg-nginx-'));
      mkdirSync(join(dir, 'nginx/conf.d'), { recursive: true });
      writeFileSync(join(dir, 'nginx/nginx.conf'), 'events {}\nhttp {\n  include conf.d/*.conf;\n}\n');
      for (let i = 0; i < 1500; i++) writeFileSync(join(dir, `nginx/conf.d/s${i}.conf`), `upstream u${i} { server svc-${i}:80; }\nserver {\n  listen 80;\n  server_name s${i}.example.com;\n  location / { proxy_pass http://u${i}; }\n}\n`);
      writeFileSync(join(dir, 'nginx/conf.d/bin.conf'), Buffer.from([0x73, 0x65, 0x00, 0x72]));
      writeFileSync(join(dir, 'redis.conf'), 'bind 127.0.0.1\nport 6379\n');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads 1500 included sites quickly, skips binary and non-nginx .conf files', async () => {
      const t = Date.now();
      const { value, diagnostics } = await runCollector(nginxCollector, dir);
      expect(Date.now() - t).toBeLessThan(3000);
      expect(value.servers).toHaveLength(1500);
      expect(value.upstreams).toHaveLength(1500);
      expect(value.configs.some((c) => c.file === 'redis.conf')).toBe(false);
      expect(diagnostics.map((d) => d.code)).toEqual(['binary-file']);
    });
  });
});
