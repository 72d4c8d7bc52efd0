import { posix } from 'node:path';
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import type { FileEntry } from '../../source/types.js';
import { parseNginx, type Directive } from './parse.js';

export type { Directive };

export interface NginxServer {
  file: string;
  line: number;
  listen: { port: string; ssl: boolean; http2: boolean; line: number }[];
  serverNames: string[];
  tls?: { certificate: string; protocols?: string[]; line: number };
  /** a redirect of everything to https */
  redirectsToHttps?: { line: number };
  proxies: { location: string; target: string; line: number }[];
  headers: { name: string; value: string; always: boolean; line: number; file: string }[];
  rateLimits: { directive: string; line: number; file: string }[];
  gzip: boolean;
  brotli: boolean;
  modsecurity?: { line: number; crs: boolean };
  staticCaching: boolean;
}

export interface NginxUpstream {
  name: string;
  file: string;
  line: number;
  servers: { address: string; backup: boolean; line: number }[];
  method: string;
}

export interface NginxConfig {
  file: string;
  includes: string[];
}

export interface NginxInventory {
  configs: NginxConfig[];
  servers: NginxServer[];
  upstreams: NginxUpstream[];
  /** zones declared at http level (limit_req_zone / limit_conn_zone) */
  zones: { directive: string; name: string; file: string; line: number }[];
  /** host names that proxy_pass and upstreams send traffic to */
  proxyTargets: { host: string; file: string; line: number }[];
}

function isNginxFile(f: FileEntry): boolean {
  if (f.ext === '.conf' || f.name.endsWith('.conf.template') || f.name.endsWith('.conf.j2')) return true;
  return /(^|\/)(nginx|sites-available|sites-enabled|conf\.d)(\/|$)/.test(f.dir) && !f.ext;
}

const globRe = (g: string) => new RegExp('^' + g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '.') + '$');

export const nginxCollector: Collector<'nginx', NginxInventory> = {
  key: 'nginx',
  wants: isNginxFile,
  collect(ctx) {
    const parsed = new Map<string, Directive[]>();
    for (const f of ctx.files) {
      if (!isNginxFile(f)) continue;
      const text = ctx.text(f.path);
      // a .conf that has no nginx blocks (supervisord.conf, redis.conf) is not nginx
      if (!text || !/\b(server|http|upstream|location|events)\s*\{|^\s*(listen|proxy_pass|server_name)\s/m.test(text)) continue;
      const r = parseNginx(text, f.path);
      for (const e of r.errors) ctx.diagnose({ file: f.path, line: e.line, severity: 'error', code: 'nginx-syntax', message: e.message });
      parsed.set(f.path, r.directives);
    }
    const included = new Set<string>();
    const configs: NginxConfig[] = [];
    const expand = (file: string, list: Directive[], stack: string[]): Directive[] =>
      list.flatMap((d) => {
        if (d.name === 'include' && d.args[0]) {
          const targets = resolveInclude(ctx, file, d.args[0], parsed);
          const out: Directive[] = [];
          for (const t of targets) {
            included.add(t);
            if (stack.includes(t)) {
              ctx.diagnose({ file, line: d.line, severity: 'error', code: 'nginx-include-loop', message: `include loops back to ${t}` });
              continue;
            }
            out.push(...expand(t, parsed.get(t) ?? [], [...stack, t]));
          }
          return out;
        }
        return d.block ? [{ ...d, block: expand(file, d.block, stack) }] : [d];
      });
    const trees = new Map<string, Directive[]>();
    for (const [file, list] of parsed) trees.set(file, expand(file, list, [file]));
    const inv: NginxInventory = { configs, servers: [], upstreams: [], zones: [], proxyTargets: [] };
    for (const [file, tree] of trees) {
      if (included.has(file)) continue;
      configs.push({ file, includes: [] });
      walk(tree, [], inv);
    }
    return inv;
  },
  describe(inv) {
    const out: string[] = [];
    for (const s of inv.servers) {
      const bits = [`listen ${s.listen.map((l) => `${l.port}${l.ssl ? ' ssl' : ''}`).join(', ') || '80'}`, `server_name ${s.serverNames.join(' ') || '-'}`];
      if (s.tls) bits.push(`TLS ${s.tls.protocols?.join(' ') ?? '(default protocols)'}`);
      if (s.redirectsToHttps) bits.push('redirects to https');
      if (s.proxies.length) bits.push(`proxies to ${[...new Set(s.proxies.map((p) => p.target))].join(', ')}`);
      if (s.headers.length) bits.push(`headers ${s.headers.map((h) => h.name).join(', ')}`);
      if (s.rateLimits.length) bits.push('rate limited');
      if (s.gzip) bits.push('gzip');
      if (s.modsecurity) bits.push('modsecurity');
      out.push(`${s.file}:${s.line} server: ${bits.join('; ')}`);
    }
    for (const u of inv.upstreams) out.push(`${u.file}:${u.line} upstream ${u.name}: ${u.servers.map((s) => s.address).join(', ')} (${u.method})`);
    return out;
  },
};

function resolveInclude(ctx: ScanContext, from: string, pattern: string, parsed: Map<string, Directive[]>): string[] {
  if (pattern.includes('mime.types') || pattern.includes('fastcgi_params') || pattern.includes('modules-enabled')) return [];
  const dir = posix.dirname(from);
  const rel = pattern.replace(/^\/etc\/nginx\//, '');
  const candidates = pattern.startsWith('/') ? [rel] : [posix.join(dir, pattern), pattern];
  const out: string[] = [];
  for (const c of candidates) {
    const re = globRe(posix.normalize(c));
    for (const p of parsed.keys()) if (re.test(p) || (pattern.startsWith('/') && globRe('*/' + posix.normalize(c)).test(p) && posix.dirname(p).startsWith(dir))) out.push(p);
    if (out.length) break;
  }
  return [...new Set(out)];
}

function walk(list: Directive[], inherited: Directive[], inv: NginxInventory): void {
  for (const d of list) {
    if (d.name === 'limit_req_zone' || d.name === 'limit_conn_zone') {
      const zone = d.args.find((a) => a.startsWith('zone='))?.slice(5).split(':')[0] ?? '';
      inv.zones.push({ directive: d.name, name: zone, file: d.file, line: d.line });
    }
    if (d.name === 'upstream' && d.block) {
      const servers = d.block.filter((x) => x.name === 'server').map((x) => ({ address: x.args[0] ?? '', backup: x.args.includes('backup'), line: x.line }));
      const method = d.block.find((x) => ['least_conn', 'ip_hash', 'hash', 'random', 'least_time'].includes(x.name))?.name ?? 'round-robin';
      inv.upstreams.push({ name: d.args[0] ?? '', file: d.file, line: d.line, servers, method });
      for (const s of servers) inv.proxyTargets.push({ host: s.address.split(':')[0], file: d.file, line: s.line });
    } else if (d.name === 'server' && d.block) inv.servers.push(server(d, inherited, inv));
    else if (d.block && (d.name === 'http' || d.name === 'stream')) walk(d.block, [...inherited, ...d.block.filter((x) => !x.block)], inv);
  }
}

function server(d: Directive, inherited: Directive[], inv: NginxInventory): NginxServer {
  const own = d.block ?? [];
  const all: Directive[] = [];
  const collect = (l: Directive[]) => l.forEach((x) => (all.push(x), x.block && collect(x.block)));
  collect(own);
  const scope = [...inherited, ...all];
  const listen = own.filter((x) => x.name === 'listen').map((x) => ({ port: (x.args[0] ?? '80').replace(/^.*:/, '').replace(/^\[.*\]:?/, '') || '80', ssl: x.args.includes('ssl') || x.args.includes('quic'), http2: x.args.includes('http2'), line: x.line }));
  const cert = scope.find((x) => x.name === 'ssl_certificate');
  const protocols = scope.find((x) => x.name === 'ssl_protocols');
  const redirect = own.find((x) => (x.name === 'return' && /^30[1278]$/.test(x.args[0] ?? '') && /^https:\/\//.test(x.args[1] ?? '')) || (x.name === 'rewrite' && /^https:\/\//.test(x.args[1] ?? '')))
    ?? all.find((x) => x.name === 'return' && /^30[1278]$/.test(x.args[0] ?? '') && /^https:\/\/\$(host|server_name)/.test(x.args[1] ?? ''));
  const proxies: NginxServer['proxies'] = [];
  const walkLoc = (l: Directive[], loc: string) => {
    for (const x of l) {
      if (x.name === 'proxy_pass' || x.name === 'grpc_pass' || x.name === 'uwsgi_pass' || x.name === 'fastcgi_pass') {
        const target = x.args[0] ?? '';
        proxies.push({ location: loc, target, line: x.line });
        const host = target.replace(/^\w+:\/\//, '').split(/[:/]/)[0];
        if (host && !host.startsWith('$')) inv.proxyTargets.push({ host, file: x.file, line: x.line });
      }
      if (x.block) walkLoc(x.block, x.name === 'location' ? x.args.join(' ') : loc);
    }
  };
  walkLoc(own, '/');
  const modsec = scope.find((x) => x.name === 'modsecurity' && x.args[0] === 'on');
  return {
    file: d.file,
    line: d.line,
    listen,
    serverNames: own.filter((x) => x.name === 'server_name').flatMap((x) => x.args),
    tls: cert ? { certificate: cert.args[0] ?? '', protocols: protocols?.args, line: cert.line } : undefined,
    redirectsToHttps: redirect ? { line: redirect.line } : undefined,
    proxies,
    headers: scope.filter((x) => x.name === 'add_header' || x.name === 'more_set_headers').map((x) => ({ name: x.args[0] ?? '', value: x.args[1] ?? '', always: x.args.includes('always'), line: x.line, file: x.file })),
    rateLimits: scope.filter((x) => x.name === 'limit_req' || x.name === 'limit_conn').map((x) => ({ directive: x.name, line: x.line, file: x.file })),
    gzip: scope.some((x) => x.name === 'gzip' && x.args[0] === 'on'),
    brotli: scope.some((x) => x.name === 'brotli' && x.args[0] === 'on'),
    modsecurity: modsec ? { line: modsec.line, crs: scope.some((x) => (x.name === 'modsecurity_rules_file' || x.name === 'include') && /crs|owasp/i.test(x.args.join(' '))) } : undefined,
    staticCaching: scope.some((x) => x.name === 'expires' && x.args[0] !== 'off') || scope.some((x) => x.name === 'add_header' && /cache-control/i.test(x.args[0] ?? '') && /max-age=\d{4,}|immutable/.test(x.args.join(' '))),
  };
}
