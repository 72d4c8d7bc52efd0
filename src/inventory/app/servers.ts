import type { StartCommand } from './commands.js';

export interface ServerHint {
  name: string;
  file: string;
  line: number;
  /** started by a production start command, not only listed as a dependency */
  wired: boolean;
  workers?: number;
  /** development server or auto-reload in the start command */
  dev: boolean;
}

const SERVERS: { name: string; re: RegExp; workers?: RegExp }[] = [
  { name: 'gunicorn', re: /\bgunicorn\b/, workers: /(?:-w|--workers)[\s=]+(\d+)/ },
  { name: 'uvicorn', re: /\buvicorn\b/, workers: /--workers[\s=]+(\d+)/ },
  { name: 'hypercorn', re: /\bhypercorn\b/, workers: /(?:-w|--workers)[\s=]+(\d+)/ },
  { name: 'waitress', re: /\bwaitress-serve\b/ },
  { name: 'daphne', re: /\bdaphne\b/ },
  { name: 'pm2-runtime', re: /\bpm2(-runtime)?\b/, workers: /(?:-i|--instances)[\s=]+(\d+|max)/ },
  { name: 'node', re: /(^|\s)node\s+[\w./-]+\.(m?js|cjs)\b/ },
  { name: 'next start', re: /\bnext\s+start\b/ },
  { name: 'flask dev server', re: /\bflask\s+run\b/ },
  { name: 'django runserver', re: /\bmanage\.py\s+runserver\b/ },
  { name: 'streamlit', re: /\bstreamlit\s+run\b/ },
];
const DEV = /--reload\b|--debug\b|\bflask\s+run\b|\brunserver\b|\bnodemon\b|\bnpm\s+run\s+dev\b|\bts-node\b/;

/** The application servers the start commands run, with worker counts where given. */
export function serversFrom(commands: StartCommand[]): ServerHint[] {
  const out: ServerHint[] = [];
  for (const c of commands) {
    const s = SERVERS.find((x) => x.re.test(c.text));
    if (!s) continue;
    const w = s.workers?.exec(c.text)?.[1];
    out.push({ name: s.name, file: c.file, line: c.line, wired: true, workers: w === undefined ? undefined : w === 'max' ? 0 : Number(w), dev: DEV.test(c.text) });
  }
  return out;
}
