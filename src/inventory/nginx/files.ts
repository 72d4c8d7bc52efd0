/** Which files may be nginx configuration, decided from names first and content second. */
import type { FileEntry } from '../../source/types.js';

const NGINX_DIRS = ['nginx', 'sites-available', 'sites-enabled', 'conf.d', 'openresty', 'snippets'];

function inNginxDir(dir: string): boolean {
  if (!dir) return false;
  const d = dir.toLowerCase();
  return NGINX_DIRS.some((n) => d === n || d.endsWith('/' + n) || d.includes(n + '/') || (n === 'nginx' && d.includes('nginx')));
}

/**
 * `*.conf`, `*.conf.template`/`.conf.j2`/`.conf.tmpl` anywhere (the content decides), and files
 * without an extension (`proxy_params`, sites-enabled entries) in nginx-looking folders.
 */
export function isNginxCandidate(f: FileEntry): boolean {
  const ext = f.ext;
  if (ext === '.conf') return true;
  if (ext === '.template' || ext === '.j2' || ext === '.tmpl' || ext === '.erb') return f.name.includes('.conf.');
  if (ext === '' && f.dir) return inNginxDir(f.dir) && f.name !== 'Dockerfile' && !f.name.startsWith('.');
  return false;
}

/** nginx blocks or its hallmark directives: skips supervisord.conf, redis.conf, fail2ban jails... */
const NGINX_TEXT = /(^|[\s;{}])(server|http|upstream|location|events|stream)\s*[^;{}\n]*\{|^\s*(listen|proxy_pass|server_name|add_header|ssl_certificate|root|gzip|limit_req|include)\s+[^=\n]*;/m;

export function looksLikeNginx(text: string): boolean {
  return NGINX_TEXT.test(text);
}
