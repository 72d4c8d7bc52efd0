/** `upstream` blocks, `limit_*_zone` declarations and proxy targets split into host and port. */
import type { Directive } from './parse.js';
import type { NginxUpstream, NginxUpstreamServer, NginxZone } from './types.js';

const METHODS = new Set(['least_conn', 'ip_hash', 'hash', 'random', 'least_time', 'sticky', 'ntlm']);

/** `backend-1:8000`, `[::1]:80`, `unix:/run/app.sock`, `app` -> host and port. */
export function splitHostPort(address: string): { host: string; port?: string } {
  if (address.startsWith('unix:')) return { host: address };
  if (address.startsWith('[')) {
    const end = address.indexOf(']');
    const port = address.slice(end + 1).replace(/^:/, '');
    return { host: address.slice(1, end), port: port || undefined };
  }
  const colon = address.lastIndexOf(':');
  if (colon > 0 && address.indexOf(':') === colon) return { host: address.slice(0, colon), port: address.slice(colon + 1) || undefined };
  return { host: address };
}

/** proxy_pass/grpc_pass/fastcgi_pass target -> scheme, host and port (the path is dropped). */
export function parseTarget(target: string): { scheme?: string; host: string; port?: string } {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(target);
  const scheme = m?.[1].toLowerCase();
  let rest = m ? m[2] : target;
  if (rest.startsWith('unix:')) return { scheme, host: rest.replace(/:[^:]*$/, '') || rest };
  const slash = rest.indexOf('/');
  if (slash >= 0) rest = rest.slice(0, slash);
  return { scheme, ...splitHostPort(rest) };
}

export function readUpstream(d: Directive, context: 'http' | 'stream'): NginxUpstream {
  const servers: NginxUpstreamServer[] = [];
  let method = 'round-robin';
  let keepalive: number | undefined;
  for (const x of d.block ?? []) {
    if (x.name === 'server') {
      const address = x.args[0] ?? '';
      const opts = new Map<string, string>();
      for (const a of x.args.slice(1)) {
        const eq = a.indexOf('=');
        opts.set(eq < 0 ? a : a.slice(0, eq), eq < 0 ? '' : a.slice(eq + 1));
      }
      const num = (k: string) => (opts.has(k) && /^\d+$/.test(opts.get(k) ?? '') ? Number(opts.get(k)) : undefined);
      servers.push({
        address,
        ...splitHostPort(address),
        weight: num('weight'),
        maxFails: num('max_fails'),
        failTimeout: opts.get('fail_timeout') || undefined,
        backup: opts.has('backup'),
        down: opts.has('down'),
        file: x.file,
        line: x.line,
        column: x.column,
      });
    } else if (METHODS.has(x.name)) method = x.args.length ? `${x.name} ${x.args.join(' ')}` : x.name;
    else if (x.name === 'keepalive' && /^\d+$/.test(x.args[0] ?? '')) keepalive = Number(x.args[0]);
  }
  return { name: d.args[0] ?? '', context, servers, method, keepalive, file: d.file, line: d.line, column: d.column };
}

/** `limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;` */
export function readZone(d: Directive): NginxZone {
  const arg = (k: string) => d.args.find((a) => a.startsWith(k + '='))?.slice(k.length + 1);
  const [name, size] = (arg('zone') ?? '').split(':');
  return { directive: d.name as NginxZone['directive'], name, size, rate: arg('rate'), key: d.args.find((a) => !a.includes('=')), file: d.file, line: d.line, column: d.column };
}
