/**
 * One `server` block read with nginx's inheritance rules: scalar settings come from the nearest
 * level that sets them; `add_header` and `limit_req` lists are inherited only by levels that set
 * none of their own (the classic way security headers vanish inside a location).
 */
import type { Directive } from './parse.js';
import type { NginxHeader, NginxListen, NginxLocation, NginxProxy, NginxRateLimit, NginxServer, NginxSetting } from './types.js';
import { parseTarget } from './upstream.js';

const PASS = new Set(['proxy_pass', 'grpc_pass', 'uwsgi_pass', 'fastcgi_pass', 'scgi_pass', 'memcached_pass']);
const REDIRECT_CODES = new Set(['301', '302', '303', '307', '308']);

type Level = 'http' | 'server' | 'location';

const lastOf = (list: readonly Directive[], name: string) => {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) return list[i];
  return undefined;
};

function setting(d: Directive | undefined): NginxSetting | undefined {
  return d ? { value: d.args.join(' '), file: d.file, line: d.line, column: d.column } : undefined;
}

function headers(list: readonly Directive[], level: Level, location?: string): NginxHeader[] {
  const out: NginxHeader[] = [];
  for (const d of list) {
    if (d.name === 'add_header') out.push({ name: d.args[0] ?? '', value: d.args[1] ?? '', always: d.args[2] === 'always', level, location, file: d.file, line: d.line, column: d.column });
    else if (d.name === 'more_set_headers') {
      // headers-more: "Name: value" arguments (after optional -s/-t filters)
      for (const a of d.args) {
        const colon = a.indexOf(':');
        if (colon > 0 && !a.startsWith('-')) out.push({ name: a.slice(0, colon).trim(), value: a.slice(colon + 1).trim(), always: true, level, location, file: d.file, line: d.line, column: d.column });
      }
    }
  }
  return out;
}

function rateLimits(list: readonly Directive[], level: Level, location?: string): NginxRateLimit[] {
  return list
    .filter((d) => d.name === 'limit_req' || d.name === 'limit_conn')
    .map((d) => ({ directive: d.name as NginxRateLimit['directive'], zone: d.name === 'limit_req' ? d.args.find((a) => a.startsWith('zone='))?.slice(5) : d.args[0], level, location, file: d.file, line: d.line, column: d.column }));
}

function parseListen(d: Directive, ssl: boolean, http2: boolean): NginxListen {
  const address = d.args[0] ?? '80';
  let host: string | undefined;
  let port = address;
  if (address.startsWith('unix:')) port = '';
  else if (address.startsWith('[')) {
    const end = address.indexOf(']');
    host = address.slice(1, end);
    port = address.slice(end + 2) || '80';
  } else if (address.includes(':') && !address.startsWith('$')) {
    const colon = address.lastIndexOf(':');
    host = address.slice(0, colon);
    port = address.slice(colon + 1);
  } else if (!/^\d+$/.test(address) && !address.includes('$')) {
    host = address;
    port = '80';
  }
  const has = (w: string) => d.args.includes(w);
  return {
    address,
    port,
    host,
    ssl: ssl || has('ssl'),
    http2: http2 || has('http2'),
    quic: has('quic') || has('http3'),
    defaultServer: has('default_server') || has('default'),
    ipv6: address.startsWith('['),
    file: d.file,
    line: d.line,
    column: d.column,
  };
}

function httpsRedirect(list: readonly Directive[]): Directive | undefined {
  return list.find((x) => (x.name === 'return' && REDIRECT_CODES.has(x.args[0] ?? '') && /^https:\/\//.test(x.args[1] ?? '')) || (x.name === 'rewrite' && /^https:\/\//.test(x.args[1] ?? '')));
}

/** `if ($scheme = http)`, `if ($scheme != "https")`, `if ($http_x_forwarded_proto != 'https')`. */
const isSchemeTest = (d: Directive) => d.name === 'if' && /\$(scheme|http_x_forwarded_proto)\b/.test(d.args.join(' '));

/** `mentionsCrs`: whether a ModSecurity rules file of the repository loads the OWASP Core Rule Set */
export function readServer(d: Directive, http: readonly Directive[], context: 'http' | 'stream', upstreams: ReadonlySet<string>, mentionsCrs: (rulesFile: string) => boolean): NginxServer {
  const block = d.block ?? [];
  const own = block.filter((x) => !x.block);
  const pick = (name: string) => lastOf(own, name) ?? lastOf(http, name);
  const sslOn = pick('ssl')?.args[0] === 'on';
  const http2On = pick('http2')?.args[0] === 'on';
  const listen = own.filter((x) => x.name === 'listen').map((x) => parseListen(x, sslOn, http2On));

  const cert = pick('ssl_certificate');
  const protocols = pick('ssl_protocols');
  const ciphers = pick('ssl_ciphers');
  const key = pick('ssl_certificate_key');

  // `set $backend app:8000;` resolves `proxy_pass http://$backend;`
  const vars = new Map<string, string>();
  const collectSets = (l: readonly Directive[]) => l.forEach((x) => (x.name === 'set' && x.args[0] && vars.set(x.args[0].replace(/^\$/, ''), x.args[1] ?? ''), x.block && collectSets(x.block)));
  collectSets(block);
  const expand = (s: string) => s.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, n: string) => vars.get(n) ?? m);

  const serverHeaders = headers(own, 'server');
  const effectiveHeaders = own.some((x) => x.name === 'add_header') ? serverHeaders : [...headers(http, 'http'), ...serverHeaders];
  const inheritedHeaderCount = effectiveHeaders.filter((h) => h.level !== 'location').length;
  // limit_req and limit_conn are inherited separately, each only when the server sets none
  const serverLimits = (['limit_req', 'limit_conn'] as const).flatMap((name) => {
    const mine = own.filter((x) => x.name === name);
    return mine.length ? rateLimits(mine, 'server') : rateLimits(http.filter((x) => x.name === name), 'http');
  });
  const locLimits: NginxRateLimit[] = [];
  const locations: NginxLocation[] = [];
  const proxies: NginxProxy[] = [];

  const addProxy = (x: Directive, location: string) => {
    const target = x.args[0] ?? '';
    const resolved = expand(target);
    const t = parseTarget(resolved);
    const variable = t.host.includes('$');
    proxies.push({ directive: x.name, location, target, scheme: t.scheme, host: variable ? undefined : t.host, port: t.port, upstream: !variable && !t.port && upstreams.has(t.host) ? t.host : undefined, variable, file: x.file, line: x.line, column: x.column });
  };

  // a location's own directives, with those of its `if` blocks, which act inside it
  const flatten = (l: readonly Directive[]): Directive[] => l.flatMap((x) => (x.name === 'if' && x.block ? flatten(x.block) : x.block ? [] : [x]));
  const walkLocation = (x: Directive, parent?: string) => {
    const path = x.args.join(' ');
    const body = flatten(x.block ?? []);
    const hs = headers(body, 'location', path);
    const pass = body.find((y) => PASS.has(y.name));
    const ret = lastOf(body, 'return');
    const cc = hs.find((h) => h.name.toLowerCase() === 'cache-control');
    const lim = rateLimits(body, 'location', path);
    locLimits.push(...lim);
    locations.push({
      path,
      parent,
      proxyPass: pass?.args[0],
      headers: hs,
      dropsInheritedHeaders: body.some((y) => y.name === 'add_header') && inheritedHeaderCount > 0,
      expires: lastOf(body, 'expires')?.args.join(' '),
      cacheControl: cc?.value,
      return: ret ? { code: ret.args[0] ?? '', target: ret.args[1] } : undefined,
      rateLimits: lim,
      file: x.file,
      line: x.line,
      column: x.column,
    });
    for (const y of body) if (PASS.has(y.name)) addProxy(y, path);
    for (const y of x.block ?? []) if (y.name === 'location' && y.block) walkLocation(y, path);
      else if (y.name === 'if' && y.block) for (const z of y.block) if (z.name === 'location' && z.block) walkLocation(z, path);
  };
  for (const x of block) {
    if (x.name === 'location' && x.block) walkLocation(x);
    // stream servers proxy at server level
    else if (!x.block && PASS.has(x.name)) addProxy(x, '');
  }

  const rootLoc = block.find((x) => x.name === 'location' && x.block && (x.args.join(' ') === '/' || x.args.join(' ') === '= /'));
  const redirect = httpsRedirect(own) ?? httpsRedirect(block.filter(isSchemeTest).flatMap((x) => x.block ?? [])) ?? (rootLoc ? httpsRedirect(flatten(rootLoc.block ?? [])) : undefined);

  const everywhere: Directive[] = [];
  const gather = (l: readonly Directive[]) => l.forEach((x) => (x.block ? gather(x.block) : everywhere.push(x)));
  gather(block);
  const modsec = [pick('modsecurity'), ...everywhere.filter((x) => x.name === 'modsecurity')].find((x) => x?.args[0] === 'on');
  const rulesFiles = [...http, ...everywhere].filter((x) => x.name === 'modsecurity_rules_file').map((x) => x.args[0] ?? '');
  const crs = [...http, ...everywhere].some((x) => (x.name === 'include' || x.name === 'modsecurity_rules') && /crs|owasp/i.test(x.args.join(' '))) || rulesFiles.some((f) => /crs|owasp/i.test(f) || mentionsCrs(f));

  const staticCaching =
    (!!pick('expires') && !/^(off|epoch|-1)$/.test(pick('expires')?.args[0] ?? '')) ||
    locations.some((l) => (l.expires !== undefined && !/^(off|epoch|-1|0)$/.test(l.expires)) || /max-age=\d{4,}|immutable/.test(l.cacheControl ?? ''));
  const gzipTypes = pick('gzip_types');
  return {
    context,
    listen,
    serverNames: own.filter((x) => x.name === 'server_name').flatMap((x) => x.args),
    defaultServer: listen.some((l) => l.defaultServer),
    tls: cert
      ? { certificate: cert.args[0] ?? '', certificateKey: key?.args[0], protocols: protocols?.args, ciphers: ciphers?.args.join(' '), line: cert.line, file: cert.file, protocolsAt: protocols ? { file: protocols.file, line: protocols.line } : undefined }
      : undefined,
    redirectsToHttps: redirect ? { file: redirect.file, line: redirect.line, column: redirect.column, via: redirect.name === 'rewrite' ? 'rewrite' : 'return' } : undefined,
    locations,
    proxies,
    headers: effectiveHeaders,
    rateLimits: [...serverLimits, ...locLimits],
    gzip: pick('gzip')?.args[0] === 'on',
    gzipTypes: gzipTypes?.args,
    brotli: pick('brotli')?.args[0] === 'on',
    modsecurity: modsec ? { file: modsec.file, line: modsec.line, crs, rulesFiles } : undefined,
    staticCaching,
    clientMaxBodySize: setting(pick('client_max_body_size')),
    serverTokens: setting(pick('server_tokens')),
    proxyReadTimeout: setting(pick('proxy_read_timeout')),
    file: d.file,
    line: d.line,
    column: d.column,
  };
}
