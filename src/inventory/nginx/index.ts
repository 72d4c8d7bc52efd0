import { posix } from 'node:path';
import type { Collector } from '../collector.js';
import type { ScanContext } from '../context.js';
import { isNginxCandidate, looksLikeNginx } from './files.js';
import { IncludeResolver } from './include.js';
import { parseNginx, type Directive } from './parse.js';
import { readServer } from './server.js';
import type { NginxConfig, NginxInventory } from './types.js';
import { readUpstream, readZone } from './upstream.js';
import { byCodeUnits } from '../../text/compare.js';

export type { Directive };
export type * from './types.js';

/** Files nginx images ship with: an include of them that is not in the repository is expected. */
const IMAGE_FILES = /(^|\/)(mime\.types|fastcgi_params|fastcgi\.conf|scgi_params|uwsgi_params|proxy_params|koi-utf|koi-win|win-utf|options-ssl-nginx\.conf)$|modules-enabled\/|\/etc\/letsencrypt\//;

export const nginxCollector: Collector<'nginx', NginxInventory> = {
  key: 'nginx',
  wants: isNginxCandidate,
  collect(ctx) {
    return collectNginx(ctx);
  },
  describe: describeNginx,
};

function collectNginx(ctx: ScanContext): NginxInventory {
  const candidates: string[] = [];
  for (const f of ctx.files) if (isNginxCandidate(f)) candidates.push(f.path);
  const parsed = new Map<string, Directive[]>();
  const load = (path: string, sniff: boolean): Directive[] | undefined => {
    if (parsed.has(path)) return parsed.get(path);
    const text = ctx.text(path);
    // a .conf without nginx blocks (supervisord.conf, redis.conf) is not nginx; an included file is
    if (text === undefined || (sniff && !looksLikeNginx(text))) return undefined;
    const r = parseNginx(text, path);
    for (const e of r.errors) ctx.diagnose({ file: path, line: e.line, column: e.column, severity: 'error', code: 'nginx-syntax', message: e.message });
    parsed.set(path, r.directives);
    return r.directives;
  };
  for (const p of candidates) load(p, true);

  // the conf root (nginx's prefix) of a file: the nearest folder above it holding an nginx.conf
  const mainDirs = new Set<string>();
  for (const p of parsed.keys()) if (p === 'nginx.conf' || p.endsWith('/nginx.conf')) mainDirs.add(posix.dirname(p));
  const confRoot = (file: string) => {
    for (let d = posix.dirname(file); ; d = posix.dirname(d)) {
      if (mainDirs.has(d)) return d;
      if (d === '.' || d === '/' || d === '') return posix.dirname(file);
    }
  };

  // include graph; included files are read even when their name or content would not say nginx
  const resolver = new IncludeResolver(ctx.files, candidates);
  const configs = new Map<string, NginxConfig>();
  const queue = [...parsed.keys()];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const tree = parsed.get(file) ?? [];
    const cfg: NginxConfig = { file, root: true, includedBy: [], includes: [], topLevel: [...new Set(tree.filter((d) => d.block).map((d) => d.name))] };
    configs.set(file, cfg);
    forEachInclude(tree, (d) => {
      const pattern = d.args[0] ?? '';
      const resolved = resolver.resolve(pattern, file, confRoot(file));
      cfg.includes.push({ pattern, resolved, file, line: d.line, column: d.column });
      if (!resolved.length && !/[*?]/.test(pattern) && !IMAGE_FILES.test(pattern)) {
        ctx.diagnose({ file, line: d.line, column: d.column, severity: 'notice', code: 'nginx-include-missing', message: `include ${pattern}: no such file in the repository (it must come from the image or a volume)` });
      }
      for (const t of resolved) if (!parsed.has(t) && load(t, false)) queue.push(t);
    });
  }
  for (const cfg of configs.values()) for (const inc of cfg.includes) for (const t of inc.resolved) {
    const target = configs.get(t);
    if (target && t !== cfg.file) {
      target.root = false;
      if (!target.includedBy.includes(cfg.file)) target.includedBy.push(cfg.file);
    }
  }

  // expand includes in place (the include directive stays, its files' directives follow it)
  const includesOf = new Map<string, Map<Directive, string[]>>();
  for (const cfg of configs.values()) {
    const m = new Map<Directive, string[]>();
    forEachInclude(parsed.get(cfg.file) ?? [], (d) => m.set(d, cfg.includes.find((x) => x.line === d.line && x.column === d.column)?.resolved ?? []));
    includesOf.set(cfg.file, m);
  }
  const expand = (file: string, list: readonly Directive[], stack: string[]): Directive[] => {
    const out: Directive[] = [];
    for (const d of list) {
      if (d.block) {
        out.push({ ...d, block: expand(file, d.block, stack) });
        continue;
      }
      out.push(d);
      if (d.name !== 'include') continue;
      for (const t of includesOf.get(file)?.get(d) ?? []) {
        if (stack.includes(t)) {
          ctx.diagnose({ file, line: d.line, column: d.column, severity: 'error', code: 'nginx-include-loop', message: `include ${d.args[0]} loops back to ${t} (${[...stack, t].join(' -> ')})` });
          continue;
        }
        out.push(...expand(t, parsed.get(t) ?? [], [...stack, t]));
      }
    }
    return out;
  };
  const roots = [...configs.values()].filter((c) => c.root).map((c) => c.file);
  // files only reachable through a loop have no root: read them from the first one
  const reached = new Set<string>();
  const mark = (f: string) => {
    if (reached.has(f)) return;
    reached.add(f);
    for (const inc of configs.get(f)?.includes ?? []) inc.resolved.forEach(mark);
  };
  roots.forEach(mark);
  for (const f of [...configs.keys()].sort()) if (!reached.has(f)) {
    roots.push(f);
    mark(f);
  }
  const trees = roots.sort().map((f) => ({ file: f, tree: expand(f, parsed.get(f) ?? [], [f]) }));

  const inv: NginxInventory = { configs: [...configs.values()].sort((a, b) => byCodeUnits(a.file, b.file)), servers: [], upstreams: [], zones: [], proxyTargets: [] };
  const seen = new Set<string>();
  const once = (d: Directive) => {
    const k = `${d.file}:${d.line}:${d.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  // upstream names first: proxy_pass http://backend means the upstream when one is declared
  const visit = (list: readonly Directive[], level: 'main' | 'http' | 'stream', http: readonly Directive[], fn: (d: Directive, context: 'http' | 'stream', http: readonly Directive[]) => void) => {
    for (const d of list) {
      if ((d.name === 'http' || d.name === 'stream') && d.block && level === 'main') visit(d.block, d.name, d.block.filter((x) => !x.block), fn);
      else fn(d, level === 'stream' ? 'stream' : 'http', http);
    }
  };
  for (const { tree } of trees) {
    visit(tree, 'main', tree.filter((x) => !x.block), (d, context) => {
      if (d.name === 'upstream' && d.block && once(d)) inv.upstreams.push(readUpstream(d, context));
      else if ((d.name === 'limit_req_zone' || d.name === 'limit_conn_zone') && once(d)) inv.zones.push(readZone(d));
      else if (d.name === 'server_tokens' && !d.block) inv.serverTokens = { value: d.args.join(' '), file: d.file, line: d.line, column: d.column };
    });
  }
  const upstreamNames = new Set(inv.upstreams.map((u) => u.name));
  for (const { file, tree } of trees) {
    const mentionsCrs = (rules: string) => resolver.resolve(rules, file, confRoot(file)).some((p) => /crs|owasp/i.test(ctx.text(p) ?? ''));
    visit(tree, 'main', tree.filter((x) => !x.block), (d, context, http) => {
      if (d.name === 'server' && d.block && once(d)) inv.servers.push(readServer(d, http, context, upstreamNames, mentionsCrs));
    });
  }
  for (const s of inv.servers) for (const p of s.proxies) if (p.host && !p.host.startsWith('unix:')) inv.proxyTargets.push({ host: p.host, port: p.port, via: 'proxy_pass', upstream: p.upstream, file: p.file, line: p.line, column: p.column });
  for (const u of inv.upstreams) for (const s of u.servers) if (!s.host.startsWith('unix:')) inv.proxyTargets.push({ host: s.host, port: s.port, via: 'upstream', upstream: u.name, file: s.file, line: s.line, column: s.column });
  return inv;
}

function forEachInclude(list: readonly Directive[], fn: (d: Directive) => void): void {
  for (const d of list) {
    if (d.block) forEachInclude(d.block, fn);
    else if (d.name === 'include') fn(d);
  }
}

function describeNginx(inv: NginxInventory): string[] {
  const out: string[] = [];
  for (const s of inv.servers) {
    const listen = s.listen.map((l) => `${l.address}${l.ssl ? ' ssl' : ''}${l.http2 ? ' http2' : ''}${l.defaultServer ? ' default_server' : ''}`).join(', ') || '80 (default)';
    const bits = [`listen ${listen}`, `server_name ${s.serverNames.join(' ') || '-'}`];
    if (s.tls) bits.push(`TLS ${s.tls.protocols?.join(' ') ?? '(default protocols)'}`);
    if (s.redirectsToHttps) bits.push(`redirects to https (line ${s.redirectsToHttps.line})`);
    if (s.proxies.length) bits.push(`proxies to ${[...new Set(s.proxies.map((p) => p.target))].join(', ')}`);
    const hs = s.headers.map((h) => `${h.name}${h.always ? ' always' : ''}`);
    bits.push(hs.length ? `headers ${hs.join(', ')}` : 'no security headers');
    const dropped = s.locations.filter((l) => l.dropsInheritedHeaders).map((l) => l.path);
    if (dropped.length) bits.push(`add_header in ${dropped.join(', ')} hides the server headers`);
    bits.push(s.rateLimits.length ? `rate limited (${[...new Set(s.rateLimits.map((r) => r.zone ?? r.directive))].join(', ')})` : 'no rate limit');
    if (s.gzip) bits.push('gzip');
    if (s.brotli) bits.push('brotli');
    if (s.modsecurity) bits.push(`modsecurity${s.modsecurity.crs ? ' + OWASP CRS' : ''}`);
    if (s.staticCaching) bits.push('static caching');
    if (s.clientMaxBodySize) bits.push(`client_max_body_size ${s.clientMaxBodySize.value}`);
    if (s.serverTokens) bits.push(`server_tokens ${s.serverTokens.value}`);
    out.push(`${s.file}:${s.line} server: ${bits.join('; ')}`);
  }
  for (const u of inv.upstreams) out.push(`${u.file}:${u.line} upstream ${u.name}: ${u.servers.map((s) => `${s.address}${s.backup ? ' backup' : ''}`).join(', ') || '(no servers)'} (${u.method})`);
  for (const z of inv.zones) out.push(`${z.file}:${z.line} ${z.directive} ${z.name}${z.rate ? ` rate ${z.rate}` : ''}`);
  return out;
}
