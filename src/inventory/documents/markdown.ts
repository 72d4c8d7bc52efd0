/** A cheap, line-based reading of markdown: enough structure to judge what a document is. */
export interface MarkdownOutline {
  title?: string;
  headings: { line: number; level: number; text: string; anchor: string }[];
  ordered: { line: number; text: string }[];
  checklist: { line: number; checked: boolean; text: string }[];
  /** unordered list items */
  bullets: { line: number; text: string }[];
  code: { line: number; lang: string; text: string }[];
  /** operational commands in shell-like code blocks: tool and line (the text may hold secrets) */
  commands: { line: number; tool: string }[];
  tables: { line: number; rows: number; header: string[] }[];
  links: { line: number; target: string }[];
  words: number;
  /** text outside code blocks, lower-cased */
  prose: string;
}

/** GitHub's heading anchors: lower-case, punctuation dropped, spaces to dashes (Korean kept). */
export function anchorOf(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function outlineMarkdown(text: string): MarkdownOutline {
  const out: MarkdownOutline = { headings: [], ordered: [], bullets: [], checklist: [], code: [], commands: [], tables: [], links: [], words: 0, prose: '' };
  const lines = text.split('\n');
  const prose: string[] = [];
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const n = i + 1;
    // the first non-blank character decides which pattern can match: most lines run no regex at all
    const t = l.trimStart();
    const c0 = t.charCodeAt(0);
    const f = c0 === 96 /* ` */ || c0 === 126 /* ~ */ ? /^(```+|~~~+)\s*([\w+-]*)/.exec(t) : null;
    if (fence) {
      if (f && f[1].startsWith(fence.marker[0]) && f[1].length >= fence.marker.length && !f[2]) {
        out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join('\n') });
        fence = undefined;
      } else fence.body.push(l);
      continue;
    }
    if (f) {
      fence = { marker: f[1], lang: f[2] ?? '', line: n, body: [] };
      continue;
    }
    prose.push(l);
    if (c0 === 35 /* # */) {
      const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
      if (h) {
        const textH = h[2].replace(/\*\*|__|`/g, '');
        out.headings.push({ line: n, level: h[1].length, text: textH, anchor: anchorOf(textH) });
        if (h[1].length === 1 && out.title === undefined) out.title = textH;
        continue;
      }
    } else if (c0 === 45 || c0 === 42 || c0 === 43 /* - * + */) {
      const c = /^[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(t);
      if (c) {
        out.checklist.push({ line: n, checked: c[1] !== ' ', text: c[2].trim() });
        continue;
      }
      const b = /^[-*+]\s+(.*)$/.exec(t);
      if (b) out.bullets.push({ line: n, text: b[1].trim() });
    } else if (c0 >= 48 && c0 <= 57) {
      const o = /^\d+[.)]\s+(.*)$/.exec(t);
      if (o) out.ordered.push({ line: n, text: o[1] });
    } else if (c0 === 124 /* | */ || (l.includes(' | ') && /^\s*\|?[^|]+\|/.test(l))) table(out, l, n);
    if (l.includes('](')) for (const m of l.matchAll(/\]\(([^)\s]+)/g)) out.links.push({ line: n, target: m[1] });
  }
  if (fence) out.code.push({ line: fence.line, lang: fence.lang.toLowerCase(), text: fence.body.join('\n') });
  out.commands = commandsOf(out.code);
  out.title ??= out.headings[0]?.text;
  out.prose = prose.join('\n').toLowerCase();
  out.words = countWords(out.prose);
  return out;
}

/** rows that continue the table started on the line before; a new table otherwise */
function table(out: MarkdownOutline, l: string, n: number): void {
  const last = out.tables[out.tables.length - 1];
  if (last && last.line + last.rows === n) {
    last.rows++;
    return;
  }
  out.tables.push({ line: n, rows: 1, header: l.split('|').map((c) => c.trim()).filter(Boolean) });
}

const SHELL_LANGS = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'powershell', 'ps1', 'sql', 'terminal', 'cmd', 'text']);
/** tools whose commands make a document runnable; first word of a line (after `$ `, `sudo `) */
const OPS_TOOLS = /^(?:\$\s*)?(?:sudo\s+)?(pg_dump|pg_dumpall|pg_restore|pg_basebackup|pgbackrest|psql|mysqldump|mysql|mongodump|mongorestore|redis-cli|kubectl|helm|docker(?:-compose)?|podman|alembic|flyway|liquibase|systemctl|journalctl|velero|restic|borg|wal-g|aws|gcloud|az|terraform|ansible-playbook|rsync|tar|curl|make|npm|yarn|pip|python3?|manage\.py|git|gh|crontab|certbot|nginx|ssh|scp)\b/;

export function commandsOf(code: MarkdownOutline['code']): MarkdownOutline['commands'] {
  const out: MarkdownOutline['commands'] = [];
  for (const c of code) {
    if (!SHELL_LANGS.has(c.lang)) continue;
    c.text.split('\n').forEach((l, i) => {
      const m = OPS_TOOLS.exec(l.trim());
      if (m) out.push({ line: c.line + 1 + i, tool: m[1] });
    });
  }
  return out;
}

/** whitespace-separated words, counted without building an array */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
