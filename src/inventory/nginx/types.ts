import type { Loc } from '../diagnostics.js';

/** A directive's value where it was set (inherited values keep the file and line of the outer block). */
export interface NginxSetting extends Loc {
  value: string;
}

export interface NginxListen extends Loc {
  /** as written: `443`, `[::]:443`, `127.0.0.1:8080`, `unix:/run/x.sock`, `${PORT}` */
  address: string;
  /** the port number as a string ('' for unix sockets) */
  port: string;
  host?: string;
  ssl: boolean;
  http2: boolean;
  quic: boolean;
  defaultServer: boolean;
  ipv6: boolean;
}

export interface NginxHeader extends Loc {
  name: string;
  value: string;
  /** sent on error responses too; without it HSTS and CSP are missing from 4xx/5xx pages */
  always: boolean;
  level: 'http' | 'server' | 'location';
  location?: string;
}

export interface NginxRateLimit extends Loc {
  directive: 'limit_req' | 'limit_conn';
  zone?: string;
  level: 'http' | 'server' | 'location';
  location?: string;
}

export interface NginxProxy extends Loc {
  directive: string;
  location: string;
  target: string;
  scheme?: string;
  host?: string;
  port?: string;
  /** the target names an upstream block of the configuration */
  upstream?: string;
  /** the host comes from a variable nginx resolves at run time */
  variable: boolean;
}

export interface NginxLocation extends Loc {
  /** modifier and URI as written: `/api/`, `= /healthz`, `~* \.(css|js)$`, `@fallback` */
  path: string;
  /** enclosing location for nested ones */
  parent?: string;
  proxyPass?: string;
  /** add_header set in this location; when there are any, the server's add_header lines do not apply here */
  headers: NginxHeader[];
  /** this location's add_header lines hide headers set at server/http level */
  dropsInheritedHeaders: boolean;
  expires?: string;
  cacheControl?: string;
  return?: { code: string; target?: string };
  rateLimits: NginxRateLimit[];
}

export interface NginxServer extends Loc {
  context: 'http' | 'stream';
  /** no listen directive means *:80 */
  listen: NginxListen[];
  serverNames: string[];
  defaultServer: boolean;
  tls?: {
    certificate: string;
    certificateKey?: string;
    protocols?: string[];
    ciphers?: string;
    /** where ssl_certificate is set */
    line: number;
    file: string;
    protocolsAt?: Loc;
  };
  /** a redirect of the whole site to https (server level, `location /`, or `if ($scheme ...)`) */
  redirectsToHttps?: Loc & { via: 'return' | 'rewrite' };
  locations: NginxLocation[];
  proxies: NginxProxy[];
  /** add_header at server level, or inherited from http when the server sets none */
  headers: NginxHeader[];
  /** limit_req/limit_conn in effect at server level plus those of its locations */
  rateLimits: NginxRateLimit[];
  gzip: boolean;
  gzipTypes?: string[];
  brotli: boolean;
  modsecurity?: Loc & { crs: boolean; rulesFiles: string[] };
  /** expires or a long Cache-Control max-age somewhere in the server */
  staticCaching: boolean;
  clientMaxBodySize?: NginxSetting;
  serverTokens?: NginxSetting;
  proxyReadTimeout?: NginxSetting;
}

export interface NginxUpstreamServer extends Loc {
  address: string;
  host: string;
  port?: string;
  weight?: number;
  maxFails?: number;
  failTimeout?: string;
  backup: boolean;
  down: boolean;
}

export interface NginxUpstream extends Loc {
  name: string;
  context: 'http' | 'stream';
  servers: NginxUpstreamServer[];
  /** round-robin unless least_conn, ip_hash, hash, random or least_time is set */
  method: string;
  keepalive?: number;
}

export interface NginxZone extends Loc {
  directive: 'limit_req_zone' | 'limit_conn_zone';
  name: string;
  size?: string;
  rate?: string;
  key?: string;
}

export interface NginxInclude extends Loc {
  pattern: string;
  /** repository files it matched ([] for files that live in the image, like mime.types) */
  resolved: string[];
}

export interface NginxConfig {
  file: string;
  /** not included by another configuration: an entry point */
  root: boolean;
  includedBy: string[];
  includes: NginxInclude[];
  /** top-level block names: `http`, `events`, `server`, `upstream`, ... */
  topLevel: string[];
}

export interface NginxProxyTarget extends Loc {
  host: string;
  port?: string;
  via: 'proxy_pass' | 'upstream';
  upstream?: string;
}

export interface NginxInventory {
  configs: NginxConfig[];
  servers: NginxServer[];
  upstreams: NginxUpstream[];
  /** zones declared at http level (limit_req_zone / limit_conn_zone) */
  zones: NginxZone[];
  /** host names that proxy_pass and upstreams send traffic to */
  proxyTargets: NginxProxyTarget[];
  /** server_tokens at http level (the default is on: the version is shown) */
  serverTokens?: NginxSetting;
}
