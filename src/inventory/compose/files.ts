import type { FileEntry } from '../../source/types.js';
import { lineCursor } from '../../text/line-index.js';
import { byCodeUnits } from '../../text/compare.js';

export type ComposeRole = 'base' | 'development' | 'production' | 'staging' | 'test' | 'other';

const BASE_ORDER = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** Cheap name test, run on every file of the repository. */
export function isComposeFile(f: FileEntry): boolean {
  if (f.ext !== '.yml' && f.ext !== '.yaml') return false;
  const n = f.name.toLowerCase();
  return n.startsWith('docker-compose') || n.startsWith('compose.') || n.startsWith('compose-') || n.startsWith('docker_compose');
}

/** The overlay's middle name: `docker-compose.prod.yml` -> `prod`; '' for a base file. */
export function overlayName(name: string): string {
  const n = name.toLowerCase().replace(/\.(ya?ml)$/, '');
  const m = /^(?:docker[-_]compose|compose)(?:[._-](.+))?$/.exec(n);
  return m?.[1] ?? n;
}

export function roleOf(name: string): ComposeRole {
  if (BASE_ORDER.includes(name.toLowerCase())) return 'base';
  const o = overlayName(name);
  if (/(^|[._-])(override|dev|develop|development|local)($|[._-])/.test(o)) return 'development';
  if (/(^|[._-])(prod|production|prd|live|release)($|[._-])/.test(o)) return 'production';
  if (/(^|[._-])(staging|stage|stg|preprod|uat)($|[._-])/.test(o)) return 'staging';
  if (/(^|[._-])(test|tests|ci|e2e|integration)($|[._-])/.test(o)) return 'test';
  return 'other';
}

export interface ComposeGroup {
  dir: string;
  base?: string;
  files: { path: string; role: ComposeRole }[];
}

/** Groups compose files per directory, as `docker compose` finds them from that directory. */
export function groupComposeFiles(files: readonly FileEntry[]): ComposeGroup[] {
  const byDir = new Map<string, FileEntry[]>();
  for (const f of files) {
    const list = byDir.get(f.dir) ?? [];
    list.push(f);
    byDir.set(f.dir, list);
  }
  const groups: ComposeGroup[] = [];
  for (const [dir, list] of [...byDir].sort(([a], [b]) => byCodeUnits(a, b))) {
    const names = new Map(list.map((f) => [f.name.toLowerCase(), f]));
    const baseName = BASE_ORDER.find((b) => names.has(b));
    const base = baseName ? names.get(baseName)!.path : undefined;
    groups.push({
      dir,
      base,
      files: list
        .map((f) => ({ path: f.path, role: f.path === base ? ('base' as const) : BASE_ORDER.includes(f.name.toLowerCase()) ? ('other' as const) : roleOf(f.name) }))
        .sort((a, b) => (a.role === 'base' ? -1 : b.role === 'base' ? 1 : byCodeUnits(a.path, b.path))),
    });
  }
  return groups;
}

/** `docker compose -f a.yml -f b.yml` sets written in scripts, Makefiles and READMEs. */
export function findFileSets(text: string): { files: string[]; line: number }[] {
  const out: { files: string[]; line: number }[] = [];
  // only lines that say `compose` can hold a set; line ends are counted only for a set found
  const lineOf = lineCursor(text);
  for (let at = text.indexOf('compose'); at >= 0; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    const l = text.slice(start, nl < 0 ? text.length : nl);
    if (/\s(-f|--file)[\s=]/.test(l) && /docker[- ]compose/.test(l)) {
      // only YAML paths: `logs -f backend` follows logs, and `-f "$COMPOSE_FILE"` cannot be resolved
      const files = [...l.matchAll(/(?:-f|--file)[\s=]+["']?([^\s"';|&]+)/g)].map((m) => m[1]).filter((f) => /\.ya?ml$/i.test(f) && !f.includes('$'));
      if (files.length) out.push({ files, line: lineOf(start) });
    }
    at = nl < 0 ? -1 : text.indexOf('compose', nl);
  }
  return out;
}
