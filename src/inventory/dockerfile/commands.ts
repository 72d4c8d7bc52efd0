/**
 * What a container's command says about how it runs (dev servers, the program, idling) and the
 * few RUN habits worth reporting. Kept to cheap regular expressions over one command each.
 */
import { isSecretName } from '../secret-names.js';

/** Fragments of CMD/ENTRYPOINT that mean a development server or reloader. */
const DEV_SERVERS: [RegExp, string][] = [
  [/(^|\s)--reload(\s|=|$)/, '--reload'],
  [/\bflask(\s+--?\S+(\s+[^-\s]\S*)?)*\s+run\b/, 'flask run'],
  [/\b(manage\.py|django-admin)\s+runserver\b/, 'manage.py runserver'],
  [/\b(npm|bun)\s+run\s+(dev|start:dev|serve|watch)\b/, 'npm run dev'],
  [/\b(yarn|pnpm|bun)\s+(run\s+)?(dev|start:dev|serve|watch)\b/, 'yarn dev'],
  [/\b(next|nuxt|nuxi|astro|remix)\s+dev\b/, 'next dev'],
  [/\bvite(\s+(dev|serve)\b|\s*$|\s+--)/, 'vite dev server'],
  [/\bnodemon\b/, 'nodemon'],
  [/\bts-node-dev\b/, 'ts-node-dev'],
  [/\b(tsx|node)\s+(--)?watch\b/, 'watch mode'],
  [/\bng\s+serve\b/, 'ng serve'],
  [/\bwebpack(-dev-server|\s+serve)\b/, 'webpack dev server'],
  [/\breact-scripts\s+start\b/, 'react-scripts start'],
  [/\bvue-cli-service\s+serve\b/, 'vue-cli-service serve'],
  [/\bphp\s+artisan\s+serve\b/, 'artisan serve'],
  [/\bphp\s+-S\s/, 'php -S'],
  [/\brails\s+s(erver)?\b.*-e\s+development/, 'rails development'],
  [/\bjupyter\s+(notebook|lab)\b/, 'jupyter'],
  [/(^|\s)--debug(\s|=|$)/, '--debug'],
];

/** Known long-running programs, to say what the container runs. */
const PROGRAMS = ['gunicorn', 'uvicorn', 'hypercorn', 'daphne', 'waitress-serve', 'streamlit', 'celery', 'nginx', 'caddy', 'httpd', 'java', 'dotnet', 'node', 'bun', 'deno', 'npm', 'yarn', 'pnpm', 'python', 'python3', 'php-fpm', 'puma', 'rails', 'flask', 'supervisord', 'envoy', 'traefik'];

export interface LaunchFacts {
  program?: string;
  devServer?: string;
  /** keeps the container alive without serving anything (`sleep infinity`, `tail -f /dev/null`) */
  idle: boolean;
  /** what was noticed about the program's own options, e.g. `streamlit without --server.headless` */
  notes: string[];
}

export function launchFacts(command: string, argv: readonly string[]): LaunchFacts {
  const hit = DEV_SERVERS.find(([re]) => re.test(command));
  const idle = /\bsleep\s+(infinity|inf|\d{5,})\b|\btail\s+-f\s+\/dev\/null\b/.test(command);
  const notes: string[] = [];
  let program: string | undefined;
  for (const w of argv.length ? argv : command.split(/\s+/)) {
    const base = w.slice(w.lastIndexOf('/') + 1);
    if (PROGRAMS.includes(base)) {
      program = base;
      // `python -m uvicorn` and `npm start` say more with the next words
      if (base !== 'python' && base !== 'python3' && base !== 'node' && base !== 'npm' && base !== 'yarn' && base !== 'pnpm') break;
    }
  }
  if (/\bstreamlit\s+run\b/.test(command) && !/--server\.headless(=|\s+)true\b/.test(command)) notes.push('streamlit without --server.headless true');
  if (/--host[= ](127\.0\.0\.1|localhost)\b|--bind[= ](127\.0\.0\.1|localhost)\b/.test(command)) notes.push('listens on localhost only');
  if (/\bgunicorn\b/.test(command) && !/(-w|--workers)[= ]?\S/.test(command)) notes.push('gunicorn with the default single worker');
  return { program, devServer: hit?.[1], idle, notes };
}

export type RunFinding = 'apt-recommends' | 'apt-lists-kept' | 'apk-cache-kept' | 'pipe-to-shell' | 'sudo';

export function runFindings(text: string, cacheMounts: readonly string[]): RunFinding[] {
  const out: RunFinding[] = [];
  if (/\bapt(-get)?\s+(-\S+\s+)*install\b/.test(text)) {
    if (!/--no-install-recommends\b/.test(text)) out.push('apt-recommends');
    if (!/rm\s+-(rf|fr|r)\s+[^;&|]*\/var\/lib\/apt\/lists/.test(text) && !/\bapt(-get)?\s+(clean|distclean)\b/.test(text) && !cacheMounts.some((t) => t.includes('/var/lib/apt') || t.includes('/var/cache/apt'))) out.push('apt-lists-kept');
  }
  if (/\bapk\s+(-\S+\s+)*add\b/.test(text) && !/--no-cache\b/.test(text) && !cacheMounts.some((t) => t.includes('/var/cache/apk'))) out.push('apk-cache-kept');
  if (/\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b/.test(text)) out.push('pipe-to-shell');
  if (/(^|[;&|]\s*)sudo\s/.test(text)) out.push('sudo');
  return out;
}

/**
 * A RUN command as it may appear in the inventory: secret-looking assignments, URL passwords and
 * bearer tokens are masked, long scripts are cut (the secrets collector reports what it finds).
 */
export function redactCommand(text: string, max = 300): string {
  let s = text
    .replace(/\b([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g, (m, name: string) => (isSecretName(name) ? `${name}=***` : m))
    .replace(/(\w+:\/\/[^\s:/@]+):[^\s@/]+@/g, '$1:***@')
    .replace(/\b(bearer|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***')
    .replace(/(--password|--token)([= ])\S+/g, '$1$2***');
  if (s.length > max) s = s.slice(0, max) + '…';
  return s;
}
