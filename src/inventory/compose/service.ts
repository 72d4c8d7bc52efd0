import { posix } from 'node:path';
import type { ScanContext } from '../context.js';
import type { Loc } from '../diagnostics.js';
import { parseImageRef, type ImageRef } from '../image-ref.js';
import { isSecretName, REDACTED } from '../secret-names.js';
import { isMap, keyValueMap, type Json, type JsonMap } from './merge.js';
import { itemKey, type LoadedService } from './load.js';

export interface ComposePort {
  published?: string;
  target: string;
  hostIp?: string;
  protocol: string;
  /** where this port was written (the overlay's line when the prod overlay added it) */
  file: string;
  line: number;
}

export interface ComposeEnvVar {
  name: string;
  /** the value as compose would pass it; secrets as `***` */
  value: string | null;
  file: string;
  line: number;
}

export interface ComposeBuild {
  context: string;
  dockerfile?: string;
  /** false when the Dockerfile compose would build from is not in the repository */
  dockerfileExists: boolean;
  inline: boolean;
  remote: boolean;
  /** build args after the merge; secret-like ones redacted */
  args: Record<string, string | null>;
  file: string;
  line: number;
}

export interface ComposeHealthcheck {
  test?: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  startPeriod?: string;
  disabled: boolean;
  file: string;
  line: number;
}

export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

/** A service of a project's production model, every field with the file:line that set it. */
export interface ComposeService {
  name: string;
  file: string;
  line: number;
  image?: string;
  imageRef?: ImageRef;
  build?: ComposeBuild;
  ports: ComposePort[];
  expose: string[];
  environment: ComposeEnvVar[];
  envFiles: string[];
  command?: string;
  entrypoint?: string;
  healthcheck?: ComposeHealthcheck;
  restart?: Located<string>;
  replicas?: Located<number>;
  limits?: Located<{ cpus?: string; memory?: string }>;
  reservations?: Located<{ cpus?: string; memory?: string }>;
  containerName?: Located<string>;
  networks: string[];
  volumes: string[];
  dependsOn: { service: string; condition: string }[];
  logging?: Located<{ driver?: string; options: Record<string, string> }>;
  user?: string;
  readOnly: boolean;
  privileged: boolean;
  capDrop: string[];
  securityOpt: string[];
  labels: Record<string, string>;
  extraHosts: Record<string, string>;
  profiles: string[];
  /** where each configured field (dotted path) got its final value */
  locs: Record<string, Loc>;
}

const str = (v: Json | undefined): string | undefined => (v === undefined || v === null ? undefined : Array.isArray(v) ? v.join(' ') : String(v));

function cmd(v: Json | undefined): string | undefined {
  if (Array.isArray(v)) return v.map((x) => (/\s/.test(String(x)) ? JSON.stringify(String(x)) : String(x))).join(' ');
  return str(v);
}

/** Short (`[HOST_IP:][HOST:]CONTAINER[/PROTO]`) and long (`{target, published, host_ip}`) syntax. */
export function parsePort(p: Json, at: Loc): ComposePort | undefined {
  const { file, line } = at;
  if (isMap(p)) {
    if (p.target === undefined) return undefined;
    return { target: String(p.target), published: str(p.published), hostIp: str(p.host_ip), protocol: str(p.protocol) ?? 'tcp', file, line };
  }
  let s = String(p);
  let protocol = 'tcp';
  const slash = s.lastIndexOf('/');
  if (slash > 0) {
    protocol = s.slice(slash + 1);
    s = s.slice(0, slash);
  }
  // [HOST_IP:][HOST:]CONTAINER, where HOST_IP may be an IPv6 literal in brackets
  let hostIp: string | undefined;
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(s);
  if (v6) {
    hostIp = v6[1];
    s = v6[2];
  }
  const parts = s.split(':');
  if (parts.length === 3) return { hostIp: parts[0] || undefined, published: parts[1] || undefined, target: parts[2], protocol, file, line };
  if (parts.length === 2) return { hostIp, published: parts[0] || undefined, target: parts[1], protocol, file, line };
  return { hostIp, target: parts[0], protocol, file, line };
}

function located<T>(value: T | undefined, loc: Loc | undefined, fallback: Loc): Located<T> | undefined {
  if (value === undefined) return undefined;
  const l = loc ?? fallback;
  return { value, file: l.file, line: l.line };
}

function resources(v: Json | undefined): { cpus?: string; memory?: string } | undefined {
  if (!isMap(v)) return undefined;
  const out: { cpus?: string; memory?: string } = {};
  if (v.cpus !== undefined && v.cpus !== null) out.cpus = String(v.cpus);
  if (v.memory !== undefined && v.memory !== null) out.memory = String(v.memory);
  return out.cpus || out.memory ? out : undefined;
}

/** Turns a merged service definition into the typed model. */
export function toService(ctx: ScanContext, name: string, s: LoadedService, projectDir: string): ComposeService {
  const c = s.config;
  // item locations (`ports[...]`) are internal; the public map holds field paths
  const locs = Object.fromEntries([...s.locs].filter(([k]) => !k.includes('[')));
  const at = (path: string): Loc => s.locs.get(path) ?? { file: s.file, line: s.line };
  const own: Loc = { file: s.file, line: s.line };
  const env = keyValueMap(c.environment);
  const deploy = isMap(c.deploy) ? c.deploy : {};
  const deployRes = isMap(deploy.resources) ? deploy.resources : {};
  let limits = located(resources(deployRes.limits), s.locs.get('deploy.resources.limits'), own);
  if (!limits && (c.mem_limit !== undefined || c.cpus !== undefined)) {
    limits = located({ memory: str(c.mem_limit), cpus: str(c.cpus) }, s.locs.get('mem_limit') ?? s.locs.get('cpus'), own);
  }
  const hc = isMap(c.healthcheck) ? c.healthcheck : undefined;
  const test = hc?.test;
  const image = str(c.image);
  const service: ComposeService = {
    name,
    file: s.file,
    line: s.line,
    image,
    imageRef: image ? parseImageRef(image) : undefined,
    build: isMap(c.build) ? buildOf(ctx, c.build, at('build'), projectDir) : undefined,
    ports: (Array.isArray(c.ports) ? c.ports : []).map((p) => parsePort(p, s.locs.get(itemKey('ports', p)) ?? at('ports'))).filter((p): p is ComposePort => !!p),
    expose: (Array.isArray(c.expose) ? c.expose : []).map(String),
    environment: Object.entries(env).map(([k, v]) => {
      const value = v === null ? null : String(v);
      // literal secrets are never kept; interpolated ones were masked already
      const shown = value !== null && value !== '' && isSecretName(k) && !value.includes('***') ? REDACTED : value;
      const l = at(`environment.${k}`);
      return { name: k, value: shown, file: l.file, line: l.line };
    }),
    envFiles: (Array.isArray(c.env_file) ? c.env_file : c.env_file !== undefined ? [c.env_file] : []).map((e) => (isMap(e) ? String(e.path) : String(e))),
    command: cmd(c.command),
    entrypoint: cmd(c.entrypoint),
    healthcheck: hc
      ? {
          test: Array.isArray(test) ? test.map(String) : test !== undefined && test !== null ? [String(test)] : undefined,
          interval: str(hc.interval),
          timeout: str(hc.timeout),
          retries: hc.retries === undefined ? undefined : Number(hc.retries),
          startPeriod: str(hc.start_period),
          disabled: hc.disable === true || (Array.isArray(test) && test[0] === 'NONE'),
          file: at('healthcheck').file,
          line: at('healthcheck').line,
        }
      : undefined,
    restart: located(str(c.restart), s.locs.get('restart'), own),
    replicas: located(deploy.replicas === undefined ? undefined : Number(deploy.replicas), s.locs.get('deploy.replicas'), own),
    limits,
    reservations: located(resources(deployRes.reservations), s.locs.get('deploy.resources.reservations'), own),
    containerName: located(str(c.container_name), s.locs.get('container_name'), own),
    networks: Array.isArray(c.networks) ? c.networks.map(String) : isMap(c.networks) ? Object.keys(c.networks) : [],
    volumes: (Array.isArray(c.volumes) ? c.volumes : []).map((v) => (isMap(v) ? `${v.source ?? ''}:${v.target ?? ''}` : String(v))),
    dependsOn: isMap(c.depends_on) ? Object.entries(c.depends_on).map(([k, v]) => ({ service: k, condition: isMap(v) ? String(v.condition ?? 'service_started') : 'service_started' })) : [],
    logging: isMap(c.logging)
      ? located({ driver: str(c.logging.driver), options: Object.fromEntries(Object.entries(isMap(c.logging.options) ? c.logging.options : {}).map(([k, v]) => [k, String(v)])) }, s.locs.get('logging'), own)
      : undefined,
    user: str(c.user),
    readOnly: c.read_only === true,
    privileged: c.privileged === true,
    capDrop: (Array.isArray(c.cap_drop) ? c.cap_drop : []).map(String),
    securityOpt: (Array.isArray(c.security_opt) ? c.security_opt : []).map(String),
    labels: Object.fromEntries(Object.entries(redactedMap(c.labels)).map(([k, v]) => [k, v ?? ''])),
    extraHosts: Object.fromEntries(Object.entries(keyValueMap(c.extra_hosts, ':')).map(([k, v]) => [k, v === null ? '' : String(v)])),
    profiles: (Array.isArray(c.profiles) ? c.profiles : []).map(String),
    locs,
  };
  return service;
}

/** A `KEY=value` list or map, with the values of secret-like keys replaced (interpolated ones are masked already). */
function redactedMap(v: Json | undefined): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, x] of Object.entries(keyValueMap(v))) {
    const value = x === null ? null : String(x);
    out[k] = value !== null && value !== '' && isSecretName(k) && !value.includes('***') ? REDACTED : value;
  }
  return out;
}

function buildOf(ctx: ScanContext, b: JsonMap, loc: Loc, projectDir: string): ComposeBuild {
  // compose's default context is the project directory
  const context = str(b.context) ?? (projectDir || '.');
  const remote = b.remote === true;
  const inline = typeof b.dockerfile_inline === 'string';
  let dockerfile: string | undefined;
  let exists = true;
  if (!remote && !inline) {
    const rel = str(b.dockerfile) ?? 'Dockerfile';
    // an absolute Dockerfile path points outside the repository: it cannot be found in it
    dockerfile = rel.startsWith('/') ? rel : posix.normalize(posix.join(context, rel)).replace(/^\.\//, '');
    exists = ctx.exists(dockerfile);
  }
  return { context, dockerfile, dockerfileExists: exists, inline, remote, args: redactedMap(b.args), file: loc.file, line: loc.line };
}
